#pragma once

#include <QObject>

class QComboBox;
class QMenu;
class QWidget;

namespace kg::ui {

class ActionRegistry;
class DesignDocument;

// The variants of the open design, as people handle them: New Variant (a copy of what is
// shown), Rename, Delete, the AKS or EKS equivalent, the previous and next one, a menu listing
// them and a switcher for the tool bar. Showing a variant is not an edit; adding, renaming and
// deleting are undo steps.
class VariantController : public QObject
{
    Q_OBJECT

public:
    VariantController(DesignDocument* document, QWidget* window);

    // Registers variant.new, variant.rename, variant.delete, variant.previous, variant.next.
    void registerActions(ActionRegistry& actions);
    // The Variants menu: the commands, then every variant to show (the base first).
    QMenu* createMenu(ActionRegistry& actions);
    // A combo box listing the base and the variants, following the document.
    QComboBox* createSwitcher(QWidget* parent);

    // The commands, with the name given (no dialog) for tests and scripts; false when the name
    // is refused (empty, on two lines, too long or taken), with the reason in `why`.
    bool newVariant(const QString& name, QString* why = nullptr);
    bool renameVariant(const QString& name, QString* why = nullptr);
    void deleteVariant();
    // Create AKS Equivalent / Create EKS Equivalent: the other cloud's equivalent of what is
    // shown (Equivalents), as a new variant shown at once, its notes in the variant's notes and
    // in a message. False when what is shown has nothing of the source cloud.
    bool createEquivalent(bool aks, QString* why = nullptr);
    // A variant's name refused, and why; empty when it is fine. `except` is the variant being
    // renamed, whose own name is not taken.
    QString nameProblem(const QString& name, int except = -1) const;

signals:
    void message(const QString& text);

private:
    void askNewVariant();
    void askRename();
    void step(int delta);
    void refresh();

    DesignDocument* m_document;
    QWidget* m_window;
    QMenu* m_menu = nullptr;
    QObject* m_listed = nullptr; // owns the menu's current variant entries
    QList<QComboBox*> m_switchers;
    ActionRegistry* m_actions = nullptr;
};

} // namespace kg::ui
