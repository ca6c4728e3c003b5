#include "Retranslator.h"

#include <QCoreApplication>
#include <QEvent>

namespace kg::ui {

Retranslator::Retranslator(QObject* parent) : QObject(parent)
{
    // The application object receives LanguageChange whenever a translator is installed or
    // removed, before Qt forwards it to the widgets.
    parent->installEventFilter(this);
}

Retranslator& Retranslator::instance()
{
    static auto* self = new Retranslator(QCoreApplication::instance());
    return *self;
}

void Retranslator::bind(QObject* owner, std::function<void()> apply)
{
    apply();
    instance().m_bindings.push_back({owner, std::move(apply)});
}

bool Retranslator::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parent() && event->type() == QEvent::LanguageChange) {
        std::erase_if(m_bindings, [](const Binding& b) { return b.owner.isNull(); });
        // By index: a binding may bind more (a panel rebuilding its content).
        for (std::size_t i = 0; i < m_bindings.size(); ++i) {
            if (m_bindings[i].owner.isNull())
                continue;
            const std::function<void()> apply = m_bindings[i].apply; // the vector may grow
            apply();
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kg::ui
