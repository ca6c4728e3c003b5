#pragma once

#include <QObject>
#include <QPointer>
#include <functional>
#include <vector>

namespace kg::ui {

// Texts that follow the interface language while Kubegate runs. bind() sets a text now and
// again after every change of language (a translator installed or removed), for as long as its
// owner lives: a menu's title, a dock's, a panel's labels, a panel's whole content rebuilt.
// Widgets made when they are shown (dialogs, context menus) need none: they are made in the
// language of the moment.
class Retranslator : public QObject
{
    Q_OBJECT

public:
    // Calls `apply` now, and after every change of language while `owner` lives.
    static void bind(QObject* owner, std::function<void()> apply);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit Retranslator(QObject* parent);
    static Retranslator& instance();

    struct Binding
    {
        QPointer<QObject> owner;
        std::function<void()> apply;
    };
    std::vector<Binding> m_bindings;
};

} // namespace kg::ui
