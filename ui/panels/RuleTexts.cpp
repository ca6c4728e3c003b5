#include "panels/RuleTexts.h"

#include "Application.h"
#include "validate/RuleRegistry.h"

#include <QCoreApplication>

namespace kg::ui {

QString RuleTexts::summary(const std::string& ruleId)
{
    if (!RuleRegistry::find(ruleId))
        return {};
    return QString::fromStdString(render(Sentence("rule." + ruleId), Application::language()));
}

QString RuleTexts::severity(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QCoreApplication::translate("RuleTexts", "Error");
    case Severity::Warning:
        return QCoreApplication::translate("RuleTexts", "Warning");
    case Severity::Info:
        break;
    }
    return QCoreApplication::translate("RuleTexts", "Info");
}

QString RuleTexts::message(const Finding& finding)
{
    return QString::fromStdString(finding.message(Application::language()));
}

} // namespace kg::ui
