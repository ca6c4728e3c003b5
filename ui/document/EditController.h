#pragma once

#include "model/Fragment.h"

#include <QObject>

namespace kg::ui {

class DesignDocument;
class DiagramScene;

// The Edit menu's work on the current selection: cut, copy, paste, duplicate, delete, select
// all, align and distribute. Each change is one undo command. The clipboard holds a Fragment
// inside the program (shared by every window): pasting re-creates the copied elements with
// fresh ids, into the selected container when their kinds fit there.
class EditController : public QObject
{
    Q_OBJECT

public:
    EditController(DesignDocument* document, DiagramScene* scene, QObject* parent = nullptr);

    enum class Align { Left, HCenter, Right, Top, VCenter, Bottom };
    enum class Distribute { Horizontally, Vertically };

    void copy();
    void cut();
    void paste();
    void duplicate();
    void deleteSelection();
    void selectAll();
    void align(Align how);
    void distribute(Distribute how);

    bool canPaste() const { return !clipboard().empty(); }

signals:
    void message(const QString& text);

private:
    static Fragment& clipboard();
    void addFragment(const Fragment& source, double offset, const QString& label);

    DesignDocument* m_document;
    DiagramScene* m_scene;
    int m_pasteCount = 0;
};

} // namespace kg::ui
