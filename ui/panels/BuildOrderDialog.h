#pragma once

#include "model/Design.h"

#include <QDialog>
#include <string>
#include <vector>

class QListWidget;

namespace kg::ui {

// Teach > Build-Up Order: the order in which the build-up reveals the design, one element per
// row, rearranged by dragging or with the buttons. Kubegate's own order is where it starts and
// what Reset gives back. The order is kept in the design (Lesson::buildOrder); a container is
// always revealed before what it holds, whatever the list says.
class BuildOrderDialog : public QDialog
{
    Q_OBJECT

public:
    BuildOrderDialog(const Design& design, QWidget* parent = nullptr);

    // The ids in the order chosen; empty when it is Kubegate's own (nothing to keep).
    std::vector<std::string> chosenOrder() const;

private:
    void fill(const std::vector<std::string>& order);
    void move(int delta);
    std::vector<std::string> listed() const;

    const Design& m_design;
    std::vector<std::string> m_kubegateOrder;
    QListWidget* m_list = nullptr;
};

} // namespace kg::ui
