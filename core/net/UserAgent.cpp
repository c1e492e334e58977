#include "net/UserAgent.h"

#include "common/HomingVersion.h"

#include <QString>
#include <QSysInfo>

namespace homing {

QByteArray homingUserAgent()
{
    QString os = QSysInfo::prettyProductName();
    // Parentheses inside a comment would end it early.
    os.replace(QLatin1Char('('), QLatin1Char('[')).replace(QLatin1Char(')'), QLatin1Char(']'));
    return QStringLiteral("Homing/%1 (%2; %3)")
        .arg(QLatin1String(HOMING_VERSION), os, QSysInfo::currentCpuArchitecture())
        .toUtf8();
}

} // namespace homing
