#include "config/ConfigIssue.h"

#include <algorithm>

namespace homing {

QString ConfigIssue::toString() const
{
    const QString where = path.isEmpty() ? QStringLiteral("config.json") : path;
    return QStringLiteral("%1: %2").arg(where, message);
}

bool hasErrors(const QList<ConfigIssue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const ConfigIssue &issue) { return issue.isError(); });
}

} // namespace homing
