#include "document/VariantController.h"

#include "ActionRegistry.h"
#include "Application.h"
#include "Retranslator.h"
#include "commands/VariantListCommand.h"
#include "compare/Equivalents.h"
#include "document/DesignDocument.h"
#include "model/KindRegistry.h"
#include "model/Limits.h"
#include "model/TextForm.h"
#include "text/Utf8.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSignalBlocker>

namespace kg::ui {

VariantController::VariantController(DesignDocument* document, QWidget* window)
    : QObject(window), m_document(document), m_window(window)
{
    connect(m_document, &DesignDocument::variantsChanged, this, &VariantController::refresh);
}

void VariantController::registerActions(ActionRegistry& actions)
{
    m_actions = &actions;
    connect(actions.add(QStringLiteral("variant.new"), [] { return tr("&New Variant..."); }),
            &QAction::triggered, this, &VariantController::askNewVariant);
    connect(actions.add(QStringLiteral("variant.rename"), [] { return tr("&Rename Variant..."); }),
            &QAction::triggered, this, &VariantController::askRename);
    connect(actions.add(QStringLiteral("variant.delete"), [] { return tr("&Delete Variant"); }),
            &QAction::triggered, this, &VariantController::deleteVariant);
    connect(actions.add(QStringLiteral("variant.aksEquivalent"),
                        [] { return tr("Create &AKS Equivalent"); }),
            &QAction::triggered, this, [this] { createEquivalent(true); });
    connect(actions.add(QStringLiteral("variant.eksEquivalent"),
                        [] { return tr("Create &EKS Equivalent"); }),
            &QAction::triggered, this, [this] { createEquivalent(false); });
    connect(actions.add(QStringLiteral("variant.previous"), [] { return tr("&Previous Variant"); },
                        {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_PageUp)}),
            &QAction::triggered, this, [this] { step(-1); });
    connect(actions.add(QStringLiteral("variant.next"), [] { return tr("Ne&xt Variant"); },
                        {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_PageDown)}),
            &QAction::triggered, this, [this] { step(1); });
    Retranslator::bind(this, [this] { refresh(); }); // "Base design" in the lists
}

QMenu* VariantController::createMenu(ActionRegistry& actions)
{
    m_menu = new QMenu(m_window);
    Retranslator::bind(m_menu, [this] { m_menu->setTitle(tr("Varia&nts")); });
    m_menu->setObjectName(QStringLiteral("variantsMenu"));
    for (const char* id : {"variant.new", "variant.rename", "variant.delete"})
        m_menu->addAction(actions.action(QString::fromLatin1(id)));
    m_menu->addSeparator();
    for (const char* id : {"variant.aksEquivalent", "variant.eksEquivalent"})
        m_menu->addAction(actions.action(QString::fromLatin1(id)));
    m_menu->addSeparator();
    for (const char* id : {"variant.previous", "variant.next"})
        m_menu->addAction(actions.action(QString::fromLatin1(id)));
    m_menu->addSeparator();
    refresh();
    return m_menu;
}

QComboBox* VariantController::createSwitcher(QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("variantSwitcher"));
    Retranslator::bind(box, [box] { box->setToolTip(tr("The variant shown on the canvas")); });
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->setMinimumContentsLength(12);
    connect(box, &QComboBox::activated, this,
            [this](int index) { m_document->showVariant(index - 1); });
    m_switchers.append(box);
    refresh();
    return box;
}

QString VariantController::nameProblem(const QString& name, int except) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("A variant needs a name.");
    const std::string text = trimmed.toStdString();
    if (text.size() > limits::kMaxNameLength)
        return tr("The name is %1 bytes long; the limit is %2.")
            .arg(text.size())
            .arg(limits::kMaxNameLength);
    if (!textProblem(text, false).empty())
        return tr("The name holds a control character or a line break.");
    const auto& variants = m_document->variants();
    for (std::size_t i = 0; i < variants.size(); ++i)
        if (static_cast<int>(i) != except && variants[i].name == text)
            return tr("There is a variant named \"%1\" already.").arg(trimmed);
    return {};
}

bool VariantController::newVariant(const QString& name, QString* why)
{
    const QString problem = nameProblem(name);
    if (!problem.isEmpty()) {
        if (why)
            *why = problem;
        return false;
    }
    // A copy of what is shown: the base gives an empty variant, a variant its own changes.
    const Design file = m_document->fileDesign();
    std::vector<Variant> after = file.variants();
    Variant v = m_document->shownVariant() < 0
                    ? Variant()
                    : after[static_cast<std::size_t>(m_document->shownVariant())];
    v.name = name.trimmed().toStdString();
    v.notes.clear();
    after.push_back(std::move(v));
    const int shown = static_cast<int>(after.size()) - 1;
    m_document->push(
        new VariantListCommand(m_document, std::move(after), shown,
                               [n = name.trimmed()] { return tr("New Variant \"%1\"").arg(n); }));
    return true;
}

bool VariantController::renameVariant(const QString& name, QString* why)
{
    const int shown = m_document->shownVariant();
    if (shown < 0) {
        if (why)
            *why = tr("The base design has no name to change; show a variant first.");
        return false;
    }
    const QString problem = nameProblem(name, shown);
    if (!problem.isEmpty()) {
        if (why)
            *why = problem;
        return false;
    }
    std::vector<Variant> after = m_document->fileDesign().variants();
    const QString old = QString::fromStdString(after[static_cast<std::size_t>(shown)].name);
    after[static_cast<std::size_t>(shown)].name = name.trimmed().toStdString();
    m_document->push(
        new VariantListCommand(m_document, std::move(after), shown, [old, now = name.trimmed()] {
            return tr("Rename Variant \"%1\" to \"%2\"").arg(old, now);
        }));
    return true;
}

void VariantController::deleteVariant()
{
    const int shown = m_document->shownVariant();
    if (shown < 0)
        return;
    std::vector<Variant> after = m_document->fileDesign().variants();
    const QString name = QString::fromStdString(after[static_cast<std::size_t>(shown)].name);
    after.erase(after.begin() + shown);
    m_document->push(new VariantListCommand(m_document, std::move(after), -1, [name] {
        return tr("Delete Variant \"%1\"").arg(name);
    }));
    emit message(tr("Deleted the variant \"%1\"; the base design is shown.").arg(name));
}

bool VariantController::createEquivalent(bool aks, QString* why)
{
    const Design& shown = m_document->design();
    const Cloud source = aks ? Cloud::Aws : Cloud::Azure;
    if (std::none_of(shown.elements().begin(), shown.elements().end(), [&](const Element& e) {
            return KindRegistry::info(e.kind).cloud == source;
        })) {
        const QString text = aks ? tr("Nothing to map: what is shown has no AWS element.")
                                 : tr("Nothing to map: what is shown has no Azure element.");
        if (why)
            *why = text;
        emit message(text);
        return false;
    }
    const Equivalent eq = aks ? Equivalents::toAks(shown) : Equivalents::toEks(shown);
    const Design file = m_document->fileDesign();
    Variant v = Variant::between(m_document->variantDesign(-1), eq.design);
    // "AKS equivalent", or "AKS equivalent of <variant>", made unique.
    QString stem = aks ? tr("AKS equivalent") : tr("EKS equivalent");
    if (const int from = m_document->shownVariant(); from >= 0)
        stem =
            tr("%1 of %2")
                .arg(stem,
                     QString::fromStdString(file.variants()[static_cast<std::size_t>(from)].name));
    QString name = stem;
    for (int n = 2; !nameProblem(name).isEmpty(); ++n)
        name = QStringLiteral("%1 (%2)").arg(stem).arg(n);
    v.name = name.toStdString();
    QStringList lines;
    for (const Equivalent::Note& note : eq.notes) {
        const Element* e = shown.element(note.element);
        const QString text = Application::render(note.text, {});
        //: An equivalent's note in the variant's notes: %1 the element's name, %2 the note
        lines << (e ? tr("%1: %2").arg(QString::fromStdString(e->label()), text) : text);
    }
    std::string notes = lines.join(QLatin1Char('\n')).toStdString();
    // Cut between characters: a Chinese note cut inside one would not load again.
    v.notes = utf8Prefix(notes, limits::kMaxNotesLength);
    std::vector<Variant> after = file.variants();
    after.push_back(std::move(v));
    const int index = static_cast<int>(after.size()) - 1;
    m_document->push(new VariantListCommand(m_document, std::move(after), index,
                                            [name] { return tr("Create %1").arg(name); }));
    emit message(tr("Created the variant \"%1\": %n note(s) on where the clouds differ.", nullptr,
                    static_cast<int>(eq.notes.size()))
                     .arg(name));
    if (m_window && m_window->isVisible() && !eq.notes.empty()) {
        auto* box =
            new QMessageBox(QMessageBox::Information, tr("Equivalent Created"),
                            tr("The variant \"%1\" is shown. Where the clouds differ:").arg(name),
                            QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("equivalentNotes"));
        box->setInformativeText(lines.mid(0, 12).join(QLatin1Char('\n')) +
                                (lines.size() > 12 ? QStringLiteral("\n…") : QString()));
        box->setDetailedText(lines.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    return true;
}

void VariantController::askNewVariant()
{
    QString name = tr("Variant %1").arg(m_document->variants().size() + 1);
    for (;;) {
        bool ok = false;
        name = QInputDialog::getText(m_window, tr("New Variant"),
                                     tr("A name for the variant (a copy of what is shown):"),
                                     QLineEdit::Normal, name, &ok);
        if (!ok)
            return;
        QString why;
        if (newVariant(name, &why))
            return;
        QMessageBox::warning(m_window, tr("New Variant"), why);
    }
}

void VariantController::askRename()
{
    const int shown = m_document->shownVariant();
    if (shown < 0)
        return;
    QString name =
        QString::fromStdString(m_document->variants()[static_cast<std::size_t>(shown)].name);
    for (;;) {
        bool ok = false;
        name = QInputDialog::getText(m_window, tr("Rename Variant"), tr("The variant's name:"),
                                     QLineEdit::Normal, name, &ok);
        if (!ok)
            return;
        QString why;
        if (renameVariant(name, &why))
            return;
        QMessageBox::warning(m_window, tr("Rename Variant"), why);
    }
}

void VariantController::step(int delta)
{
    const int count = static_cast<int>(m_document->variants().size()) + 1; // the base too
    if (count < 2)
        return;
    const int at = (m_document->shownVariant() + 1 + delta + count) % count;
    m_document->showVariant(at - 1);
}

void VariantController::refresh()
{
    const auto& variants = m_document->variants();
    const int shown = m_document->shownVariant();
    QStringList names{tr("Base design")};
    for (const Variant& v : variants)
        names << QString::fromStdString(v.name);
    for (QComboBox* box : m_switchers) {
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItems(names);
        box->setCurrentIndex(shown + 1);
        box->setEnabled(names.size() > 1);
    }
    if (m_actions) {
        m_actions->action(QStringLiteral("variant.rename"))->setEnabled(shown >= 0);
        m_actions->action(QStringLiteral("variant.delete"))->setEnabled(shown >= 0);
        m_actions->action(QStringLiteral("variant.previous"))->setEnabled(!variants.empty());
        m_actions->action(QStringLiteral("variant.next"))->setEnabled(!variants.empty());
    }
    if (!m_menu)
        return;
    // The list below the last separator: one checkable entry per variant, the base first.
    delete m_listed; // its actions leave the menu with it
    m_listed = new QObject(this);
    auto* group = new QActionGroup(m_listed);
    for (int i = 0; i < names.size(); ++i) {
        auto* a = new QAction(names[i], m_listed);
        m_menu->addAction(a);
        a->setCheckable(true);
        a->setChecked(i == shown + 1);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, i] { m_document->showVariant(i - 1); });
    }
}

} // namespace kg::ui
