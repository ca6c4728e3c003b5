#include "panels/InspectorPanel.h"

#include "Application.h"
#include "Retranslator.h"
#include "canvas/KindIcons.h"
#include "canvas/KindNames.h"
#include "commands/ChangeDesignInfoCommand.h"
#include "commands/ChangeElementsCommand.h"
#include "commands/ChangeLinkCommand.h"
#include "document/DesignDocument.h"
#include "model/AccessMode.h"
#include "model/DesignChange.h"
#include "model/KindRegistry.h"
#include "model/PropertyValidator.h"
#include "model/TextForm.h"
#include "panels/AccessModeEditor.h"
#include "panels/FittedComboBox.h"
#include "panels/ListEditor.h"
#include "panels/PropertyLabels.h"
#include "panels/PropertyTexts.h"
#include "panels/WheelGuarded.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>
#include <functional>
#include <type_traits>

namespace kg::ui {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QStringList toQt(const StringList& list)
{
    QStringList out;
    for (const auto& s : list)
        out << qs(s);
    return out;
}

StringList fromQt(const QStringList& list)
{
    StringList out;
    for (const auto& s : list)
        out.push_back(s.toStdString());
    return out;
}

// "apiServerAccessProfile.authorizedIPRanges" -> "authorizedIPRanges": the field name people
// know from the cloud's API, shown under the name in words; the full path is in the tooltip.
QString shortKey(const std::string& key)
{
    const auto dot = key.rfind('.');
    return qs(dot == std::string::npos ? key : key.substr(dot + 1));
}

// A value as a History entry shows it: enum values in words, text and lists as written (long
// ones cut), booleans as on and off, nothing as "(none)".
QString shown(const PropertyValue& value, const PropertySpec* spec)
{
    QString text;
    if (const auto* choice = std::get_if<std::string>(&value);
        choice && spec && spec->type == PropertyType::Enum)
        text = PropertyLabels::value(spec->key, *choice);
    else if (const auto* b = std::get_if<bool>(&value))
        text = *b ? InspectorPanel::tr("on") : InspectorPanel::tr("off");
    else if (const auto* i = std::get_if<std::int64_t>(&value))
        text = QString::number(*i);
    else if (const auto* str = std::get_if<std::string>(&value))
        text = qs(*str);
    else if (const auto* list = std::get_if<StringList>(&value)) {
        QStringList parts;
        for (const auto& x : *list)
            parts << qs(x);
        text = parts.join(QStringLiteral(", "));
    }
    if (text.isEmpty())
        return InspectorPanel::tr("(none)");
    return text.size() > 40 ? text.left(39) + QChar(0x2026) : text;
}

QLabel* caption(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setWordWrap(true);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    l->setFont(f);
    l->setForegroundRole(QPalette::PlaceholderText);
    return l;
}

// Shows `problem`'s verdict on `editor` as the person types: a red border and the reason in a
// line below. Returns the editor and its reason line in one widget; `ok()` on the editor's
// property "kgTextOk" tells the commit whether the text may be kept.
template <typename Editor>
QWidget* checkedText(Editor* editor, std::function<Sentence(std::string_view)> problem,
                     QString what)
{
    auto* container = new QWidget;
    auto* v = new QVBoxLayout(container);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(1);
    auto* error = new QLabel;
    error->setObjectName(editor->objectName() + QStringLiteral("Error"));
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #C62828;"));
    error->setVisible(false);
    v->addWidget(editor);
    v->addWidget(error);
    auto check = [editor, error, problem, what] {
        QString text;
        if constexpr (std::is_same_v<Editor, QPlainTextEdit>)
            text = editor->toPlainText();
        else
            text = editor->text().trimmed();
        const QString why = Application::render(problem(text.toStdString()), {});
        //: %1 is "The name" or "The notes", %2 the reason, a predicate in the interface
        //: language ("contains a right-to-left override (U+202E) at character 4")
        error->setText(why.isEmpty() ? QString()
                                     : InspectorPanel::tr("%1 %2; it is not kept.").arg(what, why));
        error->setVisible(!why.isEmpty());
        editor->setProperty("kgTextOk", why.isEmpty());
        editor->setStyleSheet(
            why.isEmpty() ? QString()
                          : QStringLiteral("%1 { border: 1px solid #C62828; }")
                                .arg(QString::fromLatin1(editor->metaObject()->className())));
    };
    QObject::connect(editor, &Editor::textChanged, container, check);
    check();
    return container;
}

bool textOk(const QObject* editor)
{
    return editor->property("kgTextOk").toBool();
}

} // namespace

InspectorPanel::InspectorPanel(DesignDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // The form follows the dock's width; long values elide or wrap instead of scrolling sideways.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setMinimumWidth(widestField());
    layout->addWidget(m_scroll);
    connect(document, &DesignDocument::changed, this, &InspectorPanel::followChange);
    connect(document, &DesignDocument::variantsChanged, this, &InspectorPanel::rebuild);
    Retranslator::bind(this, [this] { rebuild(); }); // every label is made by rebuild
}

int InspectorPanel::widestField() const
{
    // Choice fields are as wide as their longest choice; the panel never gets narrower than the
    // longest of them all (with the group box's and the form's margins and the scroll bar), so
    // that no choice is cut whatever is selected.
    FittedComboBox probe;
    for (const QString& text : PropertyLabels::values())
        probe.addItem(text);
    for (ElementKind kind : {ElementKind::AksCluster, ElementKind::EksCluster})
        for (AccessPreset preset : AccessMode::presetsFor(kind))
            probe.addItem(AccessModeEditor::presetName(preset));
    const int margins = 2 * style()->pixelMetric(QStyle::PM_LayoutLeftMargin) +
                        2 * style()->pixelMetric(QStyle::PM_LayoutRightMargin) + 8;
    return probe.sizeHint().width() + margins + style()->pixelMetric(QStyle::PM_ScrollBarExtent);
}

void InspectorPanel::showSelection(const std::vector<std::string>& ids)
{
    if (ids == m_ids)
        return;
    // Notes typed but not yet committed belong to what was shown, not to the new selection.
    if (auto* notes = static_cast<QPlainTextEdit*>(m_notes);
        notes && notes->hasFocus() && textOk(notes))
        commitNotes(notes->toPlainText());
    m_ids = ids;
    rebuild();
}

void InspectorPanel::focusName()
{
    if (auto* name = m_scroll->findChild<QLineEdit*>(QStringLiteral("inspectorName"))) {
        name->setFocus();
        name->selectAll();
    }
}

void InspectorPanel::followChange(const DesignChange& change)
{
    // Moving things around changes nothing the inspector shows (it has no geometry fields);
    // anything else may (values, names in reference lists, the selection's existence).
    if (change.type == DesignChange::Type::ElementChanged &&
        change.fields == DesignChange::Geometry)
        return;
    scheduleRebuild();
}

void InspectorPanel::scheduleRebuild()
{
    if (m_rebuildScheduled)
        return;
    m_rebuildScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_rebuildScheduled = false;
        rebuild();
    });
}

void InspectorPanel::rebuild()
{
    // Keep the cursor where it was across a rebuild (an edit commits, the design changes, the
    // form is rebuilt from the new values).
    QString focused;
    if (QWidget* f = QApplication::focusWidget(); f && m_scroll->isAncestorOf(f))
        focused = f->objectName();
    const Design& d = m_document->design();
    // Forget ids that no longer exist (deleted, undone).
    std::erase_if(m_ids, [&](const std::string& id) { return !d.contains(id); });
    // The same selection rebuilt after an edit keeps its scroll position: a field committed at
    // the bottom of a cluster's properties must not send the panel back to the top.
    const bool sameSelection = m_ids == m_shownIds;
    const int scrolled = m_scroll->verticalScrollBar()->value();
    m_shownIds = m_ids;

    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 8);
    m_access = nullptr;
    m_notes = nullptr;
    m_title = nullptr;
    if (m_ids.empty()) {
        auto* box = new QGroupBox(tr("Design"), page);
        auto* form = new QFormLayout(box);
        buildDesignInfo(form);
        layout->addWidget(box);
        // The variant shown: its name and its notes (an equivalent's list of where the clouds
        // differ); Variants > Rename changes the name.
        if (const int v = m_document->shownVariant(); v >= 0) {
            const Variant& variant = m_document->variants()[static_cast<std::size_t>(v)];
            auto* shown = new QGroupBox(tr("Variant shown"), page);
            shown->setObjectName(QStringLiteral("inspectorVariant"));
            auto* vf = new QFormLayout(shown);
            auto* name = new QLabel(shown);
            name->setTextFormat(Qt::PlainText);
            name->setText(qs(variant.name));
            vf->addRow(tr("Name"), name);
            if (!variant.notes.empty()) {
                auto* notes = new QLabel(shown);
                notes->setTextFormat(Qt::PlainText);
                notes->setText(qs(variant.notes));
                notes->setWordWrap(true);
                notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
                vf->addRow(tr("Notes"), notes);
            }
            layout->addWidget(shown);
        }
        layout->addWidget(caption(tr("Select an element or a link to edit it. Drag elements "
                                     "from the palette onto the canvas."),
                                  page));
    } else if (m_ids.size() > 1) {
        layout->addWidget(
            new QLabel(tr("%n items selected", nullptr, static_cast<int>(m_ids.size())), page));
        layout->addWidget(caption(tr("Move them together by dragging, align them with "
                                     "Edit > Align, or delete them with Del."),
                                  page));
    } else if (const Element* e = d.element(m_ids.front())) {
        buildElement(layout, *e);
    } else if (const Link* l = d.link(m_ids.front())) {
        buildLink(layout, *l);
    }
    layout->addStretch(1);
    m_scroll->setWidget(page); // deletes the previous page
    if (sameSelection && scrolled > 0) {
        page->adjustSize();
        m_scroll->verticalScrollBar()->setValue(scrolled);
    }
    if (!focused.isEmpty())
        if (auto* w = page->findChild<QWidget*>(focused))
            w->setFocus();
}

void InspectorPanel::buildDesignInfo(QFormLayout* form)
{
    const Design& d = m_document->design();
    auto* title = new QLineEdit(qs(d.title()));
    title->setObjectName(QStringLiteral("inspectorTitle"));
    title->setCursorPosition(0); // show the start of a long title, not its end
    connect(title, &QLineEdit::editingFinished, this, [this, title] {
        const Design& design = m_document->design();
        if (textOk(title) && title->text().toStdString() != design.title())
            m_document->push(new ChangeDesignInfoCommand(m_document, title->text().toStdString(),
                                                         design.notes()));
    });
    form->addRow(tr("Title"), checkedText(title, nameProblem, tr("The title")));
    auto* notes = new QPlainTextEdit(qs(d.notes()));
    notes->setObjectName(QStringLiteral("inspectorDesignNotes"));
    notes->setTabChangesFocus(true);
    notes->installEventFilter(this);
    m_notes = notes;
    form->addRow(tr("Notes"), checkedText(notes, notesProblem, tr("The notes")));
}

void InspectorPanel::buildElement(QVBoxLayout* layout, const Element& e)
{
    const Design& d = m_document->design();
    const KindInfo& info = KindRegistry::info(e.kind);
    auto* header = new QLabel;
    header->setText(QStringLiteral("<b>%1</b>").arg(KindNames::name(e.kind).toHtmlEscaped()));
    auto* icon = new QLabel;
    icon->setPixmap(KindIcons::icon(e.kind).pixmap(32, 32));
    auto* row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(header, 1);
    layout->addLayout(row);

    auto* general = new QGroupBox(tr("General"));
    auto* form = new QFormLayout(general);
    auto* name = new QLineEdit(qs(e.name));
    name->setObjectName(QStringLiteral("inspectorName"));
    name->setPlaceholderText(qs(e.id));
    name->setCursorPosition(0);
    connect(name, &QLineEdit::editingFinished, this, [this, name] {
        if (textOk(name))
            commitName(name->text());
    });
    form->addRow(tr("Name"), checkedText(name, nameProblem, tr("The name")));
    auto* id = new QLabel(qs(e.id));
    id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Id"), id);
    const Element* parent = d.element(e.parent);
    form->addRow(tr("Inside"),
                 new QLabel(parent ? QStringLiteral("%1 (%2)").arg(qs(parent->label()),
                                                                   KindNames::name(parent->kind))
                                   : tr("(top level)")));
    layout->addWidget(general);

    if (!AccessMode::presetsFor(e.kind).empty()) {
        auto* box = new QGroupBox(tr("API server access"));
        auto* v = new QVBoxLayout(box);
        m_access = new AccessModeEditor(box);
        std::vector<std::pair<QString, QString>> zones;
        for (const auto& z : d.elements())
            if (z.kind == ElementKind::AzurePrivateDnsZone)
                zones.emplace_back(qs(z.id), qs(z.label()));
        m_access->setCluster(e, zones);
        connect(m_access, &AccessModeEditor::settingsChosen, this, [this](const AccessSettings& s) {
            AccessModeEditor::applyTo(m_document, m_ids.front(), s);
        });
        v->addWidget(m_access);
        layout->addWidget(box);
    }

    if (!info.properties.empty()) {
        auto* box = new QGroupBox(tr("Properties"));
        auto* props = new QFormLayout(box);
        props->setRowWrapPolicy(QFormLayout::WrapLongRows);
        for (const PropertySpec& spec : info.properties) {
            addPropertyRow(props, spec, editorFor(spec, e.value(spec.key), false));
        }
        layout->addWidget(box);
    }

    auto* notesBox = new QGroupBox(tr("Notes"));
    auto* nv = new QVBoxLayout(notesBox);
    auto* notes = new QPlainTextEdit(qs(e.notes));
    notes->setObjectName(QStringLiteral("inspectorNotes"));
    notes->setTabChangesFocus(true);
    notes->setFixedHeight(notes->fontMetrics().lineSpacing() * 4 + 12);
    notes->installEventFilter(this);
    m_notes = notes;
    nv->addWidget(checkedText(notes, notesProblem, tr("The notes")));
    layout->addWidget(notesBox);
}

void InspectorPanel::buildLink(QVBoxLayout* layout, const Link& l)
{
    const Design& d = m_document->design();
    const Element* a = d.element(l.from);
    const Element* b = d.element(l.to);
    auto* header =
        new QLabel(QStringLiteral("<b>%1</b>").arg(KindNames::linkName(l.kind).toHtmlEscaped()));
    layout->addWidget(header);
    auto* general = new QGroupBox(tr("General"));
    auto* form = new QFormLayout(general);
    form->addRow(tr("From"), new QLabel(a ? qs(a->label()) : qs(l.from)));
    form->addRow(tr("To"), new QLabel(b ? qs(b->label()) : qs(l.to)));
    form->addRow(tr("Id"), new QLabel(qs(l.id)));
    layout->addWidget(general);
    const LinkKindInfo& info = KindRegistry::info(l.kind);
    if (info.properties.empty())
        return;
    auto* box = new QGroupBox(tr("Properties"));
    auto* props = new QFormLayout(box);
    props->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const PropertySpec& spec : info.properties) {
        auto it = l.properties.find(spec.key);
        const PropertyValue& value = it != l.properties.end() ? it->second : spec.defaultValue;
        addPropertyRow(props, spec, editorFor(spec, value, true));
    }
    layout->addWidget(box);
}

void InspectorPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        scheduleRebuild();
}

void InspectorPanel::addPropertyRow(QFormLayout* form, const PropertySpec& spec, QWidget* editor)
{
    // The property's name in words with the API's field name beside it in smaller, quieter type
    // (the full dotted path in the tooltip); the editor under it at the panel's full width, and
    // the property's description under the editor. A check box carries the words itself.
    const QString apiName =
        QStringLiteral("<span style=\"color:%1; font-size:small;\">%2</span>")
            .arg(palette().color(QPalette::PlaceholderText).name(), shortKey(spec.key));
    auto* label = new QLabel(QStringLiteral("%1&nbsp;&nbsp;%2")
                                 .arg(PropertyLabels::label(spec.key).toHtmlEscaped(), apiName));
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true); // a long name and its API name share the line only when they fit
    label->setObjectName(QStringLiteral("label:") + qs(spec.key));
    label->setToolTip(qs(spec.key));
    editor->setToolTip(qs(spec.key));
    auto* cell = new QWidget;
    auto* v = new QVBoxLayout(cell);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(1);
    if (auto* box = qobject_cast<QCheckBox*>(editor)) {
        box->setText(PropertyLabels::label(spec.key));
        v->addWidget(box);
        label->setText(apiName);
        label->setContentsMargins(box->style()->pixelMetric(QStyle::PM_IndicatorWidth) + 6, 0, 0,
                                  0);
        v->addWidget(label);
    } else {
        v->addWidget(label);
        v->addWidget(editor);
    }
    v->addWidget(caption(PropertyTexts::description(spec), cell));
    form->addRow(cell);
}

QWidget* InspectorPanel::editorFor(const PropertySpec& spec, const PropertyValue& value,
                                   bool isLink)
{
    const Design& d = m_document->design();
    const std::string key = spec.key;
    auto commit = [this, key, isLink](PropertyValue v) {
        if (isLink)
            commitLinkProperty(key, std::move(v));
        else
            commitElementProperty(key, std::move(v));
    };
    const QString objectName = QStringLiteral("prop:") + qs(key);
    auto refChoices = [&](QComboBox* combo) {
        for (const auto& e : d.elements())
            if (std::find(spec.refKinds.begin(), spec.refKinds.end(), e.kind) !=
                spec.refKinds.end())
                combo->addItem(KindIcons::icon(e.kind), qs(e.label()), qs(e.id));
    };
    QWidget* w = nullptr;
    switch (spec.type) {
    case PropertyType::Bool: {
        auto* box = new QCheckBox;
        box->setChecked(std::get<bool>(value));
        connect(box, &QCheckBox::clicked, this, [commit](bool on) { commit(on); });
        w = box;
        break;
    }
    case PropertyType::Int: {
        auto* spin = new WheelGuarded<QSpinBox>;
        spin->setRange(0, 1 << 30);
        spin->setValue(static_cast<int>(std::get<std::int64_t>(value)));
        connect(spin, &QSpinBox::editingFinished, this,
                [commit, spin] { commit(static_cast<std::int64_t>(spin->value())); });
        w = spin;
        break;
    }
    case PropertyType::Enum: {
        auto* combo = new FittedComboBox;
        for (const auto& c : spec.choices) {
            combo->addItem(PropertyLabels::value(spec.key, c), qs(c));
            combo->setItemData(combo->count() - 1, qs(c), Qt::ToolTipRole);
        }
        combo->setCurrentIndex(combo->findData(qs(std::get<std::string>(value))));
        connect(combo, &QComboBox::activated, this,
                [commit, combo] { commit(combo->currentData().toString().toStdString()); });
        w = combo;
        break;
    }
    case PropertyType::Ref:
    case PropertyType::ZoneChoice: {
        auto* combo = new FittedComboBox;
        if (spec.type == PropertyType::ZoneChoice) {
            for (const char* choice : {"System", "None"})
                combo->addItem(PropertyLabels::value(spec.key, choice),
                               QString::fromLatin1(choice));
        } else {
            combo->addItem(tr("(none)"), QString());
        }
        refChoices(combo);
        combo->setCurrentIndex(std::max(0, combo->findData(qs(std::get<std::string>(value)))));
        connect(combo, &QComboBox::activated, this,
                [commit, combo] { commit(combo->currentData().toString().toStdString()); });
        w = combo;
        break;
    }
    case PropertyType::RefList: {
        auto* list = new QListWidget;
        const StringList& chosen = std::get<StringList>(value);
        for (const auto& e : d.elements()) {
            if (std::find(spec.refKinds.begin(), spec.refKinds.end(), e.kind) ==
                spec.refKinds.end())
                continue;
            auto* item = new QListWidgetItem(KindIcons::icon(e.kind), qs(e.label()), list);
            item->setData(Qt::UserRole, qs(e.id));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(std::find(chosen.begin(), chosen.end(), e.id) != chosen.end()
                                    ? Qt::Checked
                                    : Qt::Unchecked);
        }
        list->setFixedHeight(std::min(6, std::max(2, list->count())) * 22 + 6);
        connect(list, &QListWidget::itemChanged, this, [commit, list] {
            StringList ids;
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->checkState() == Qt::Checked)
                    ids.push_back(list->item(i)->data(Qt::UserRole).toString().toStdString());
            commit(ids);
        });
        if (list->count() == 0) {
            delete list;
            return caption(tr("(nothing of the right kind in the design yet)"), nullptr);
        }
        w = list;
        break;
    }
    case PropertyType::CidrList:
    case PropertyType::IpList:
    case PropertyType::TextList:
    case PropertyType::SourceList: {
        PropertySpec one = spec; // each line checked as a one-entry list
        auto* editor = new ListEditor([one](const QString& line) {
            // Checked as a one-entry list; the editor names the line itself.
            Sentence why = validatePropertyValue(one, StringList{line.toStdString()});
            if (why.id == "problem.value.entry" && !why.parts.empty()) {
                Sentence entry = std::move(why.parts.front().second); // the entry's own reason
                why = std::move(entry);
            }
            return Application::render(why, {});
        });
        editor->setValues(toQt(std::get<StringList>(value)));
        editor->setPlaceholderText(
            spec.type == PropertyType::CidrList ? tr("One CIDR per line, e.g. 203.0.113.0/24")
            : spec.type == PropertyType::IpList ? tr("One address per line")
            : spec.form == TextForm::RoleAssignment
                ? tr("One per line: a principal, then a built-in role or a custom role's actions, "
                     "e.g. alice@contoso.com Reader")
            : spec.form == TextForm::EksAccessEntry
                ? tr("One per line: an IAM ARN, then access policies and Kubernetes groups, e.g. "
                     "arn:aws:iam::111122223333:role/ops AmazonEKSViewPolicy")
            : spec.form == TextForm::AwsAuthEntry
                ? tr("One per line: an IAM role or user ARN, then Kubernetes groups, e.g. "
                     "arn:aws:iam::111122223333:role/ops system:masters")
                : tr("One entry per line"));
        connect(editor, &ListEditor::committed, this,
                [commit](const QStringList& values) { commit(fromQt(values)); });
        editor->textEdit()->setObjectName(objectName);
        return editor;
    }
    case PropertyType::String:
    case PropertyType::Cidr:
    case PropertyType::Ip: {
        auto* container = new QWidget;
        auto* v = new QVBoxLayout(container);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(1);
        auto* line = new QLineEdit(qs(std::get<std::string>(value)));
        line->setObjectName(objectName);
        auto* error = new QLabel;
        error->setWordWrap(true);
        error->setStyleSheet(QStringLiteral("color: #C62828;"));
        error->setVisible(false);
        v->addWidget(line);
        v->addWidget(error);
        auto check = [spec, line, error] {
            const QString why =
                line->text().isEmpty()
                    ? QString()
                    : Application::render(
                          validatePropertyValue(spec, line->text().trimmed().toStdString()), {});
            error->setText(why);
            error->setVisible(!why.isEmpty());
            line->setStyleSheet(why.isEmpty() ? QString()
                                              : QStringLiteral("QLineEdit { border: 1px solid "
                                                               "#C62828; }"));
            return why.isEmpty();
        };
        connect(line, &QLineEdit::textChanged, this, check);
        connect(line, &QLineEdit::editingFinished, this, [commit, line, check] {
            if (check())
                commit(line->text().trimmed().toStdString());
        });
        return container;
    }
    }
    if (w)
        w->setObjectName(objectName);
    return w;
}

void InspectorPanel::commitElementProperty(const std::string& key, PropertyValue value)
{
    if (m_ids.size() != 1)
        return;
    const Element* e = m_document->design().element(m_ids.front());
    if (!e || e->value(key) == value)
        return;
    // The History says what changed: "aks-1: Private DNS zone System to None".
    const PropertySpec* spec = KindRegistry::property(e->kind, key);
    CommandLabel label = [name = qs(e->label()), key, was = e->value(key), now = value, spec] {
        return tr("%1: %2 %3 to %4")
            .arg(name, PropertyLabels::label(key), shown(was, spec), shown(now, spec));
    };
    Element after = *e;
    if (spec && spec->defaultValue == value)
        after.properties.erase(key); // back to the default: unset, as files store it
    else
        after.properties[key] = std::move(value);
    m_document->push(new ChangeElementsCommand(m_document, {{*e, after}}, std::move(label)));
}

void InspectorPanel::commitLinkProperty(const std::string& key, PropertyValue value)
{
    if (m_ids.size() != 1)
        return;
    const Link* l = m_document->design().link(m_ids.front());
    if (!l)
        return;
    Link after = *l;
    const auto it = l->properties.find(key);
    const PropertySpec* spec = KindRegistry::property(l->kind, key);
    std::optional<PropertyValue> was;
    if (it != l->properties.end())
        was = it->second;
    CommandLabel label = [kind = l->kind, id = qs(l->id), key, was, now = value, spec] {
        return tr("%1 link %2: %3 %4 to %5")
            .arg(KindNames::linkName(kind), id, PropertyLabels::label(key),
                 was ? shown(*was, spec) : tr("(none)"), shown(now, spec));
    };
    after.properties[key] = std::move(value);
    if (after == *l)
        return;
    m_document->push(new ChangeLinkCommand(m_document, *l, after, std::move(label)));
}

void InspectorPanel::commitName(const QString& name)
{
    if (m_ids.size() != 1)
        return;
    const Element* e = m_document->design().element(m_ids.front());
    const std::string trimmed = name.trimmed().toStdString();
    if (!e || e->name == trimmed)
        return;
    Element after = *e;
    after.name = trimmed;
    m_document->push(new ChangeElementsCommand(m_document, {{*e, after}},
                                               [was = qs(e->label()), now = name.trimmed()] {
                                                   return tr("Rename %1 to %2").arg(was, now);
                                               }));
}

void InspectorPanel::commitNotes(const QString& notes)
{
    const Design& d = m_document->design();
    if (m_ids.empty()) {
        if (notes.toStdString() != d.notes())
            m_document->push(
                new ChangeDesignInfoCommand(m_document, d.title(), notes.toStdString()));
        return;
    }
    if (m_ids.size() != 1)
        return;
    const Element* e = d.element(m_ids.front());
    if (!e || e->notes == notes.toStdString())
        return;
    Element after = *e;
    after.notes = notes.toStdString();
    m_document->push(new ChangeElementsCommand(m_document, {{*e, after}}, [name = qs(e->label())] {
        return tr("Change notes of %1").arg(name);
    }));
}

bool InspectorPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut && textOk(m_notes))
        commitNotes(static_cast<QPlainTextEdit*>(m_notes)->toPlainText());
    return QWidget::eventFilter(watched, event);
}

} // namespace kg::ui
