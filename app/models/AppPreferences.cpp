#include "AppPreferences.h"

#include <QDir>
#include <QSettings>

namespace homing::gui {

AppPreferences::AppPreferences(const QString &configDir)
    : m_path(QDir(configDir).filePath(QStringLiteral("homing-app.ini")))
{
}

QString AppPreferences::language() const
{
    const QString language = QSettings(m_path, QSettings::IniFormat).value(QStringLiteral("language")).toString();
    return language == QLatin1String("en") || language == QLatin1String("zh_CN") ? language : QString();
}

void AppPreferences::setLanguage(const QString &language)
{
    QSettings(m_path, QSettings::IniFormat).setValue(QStringLiteral("language"), language);
}

QString AppPreferences::kindKey(Notification::Kind kind)
{
    switch (kind) {
    case Notification::Kind::AddressChanged:
        return QStringLiteral("address_changed");
    case Notification::Kind::RecordUpdated:
        return QStringLiteral("record_updated");
    case Notification::Kind::RecordFailing:
        return QStringLiteral("record_failing");
    case Notification::Kind::RecordRecovered:
        return QStringLiteral("record_recovered");
    case Notification::Kind::RecordBlocked:
        return QStringLiteral("record_blocked");
    case Notification::Kind::AddressNotPublic:
        return QStringLiteral("address_not_public");
    case Notification::Kind::RecordDrifted:
        return QStringLiteral("record_drifted");
    case Notification::Kind::CarrierGradeNat:
        return QStringLiteral("carrier_grade_nat");
    case Notification::Kind::PortMappingFailed:
        return QStringLiteral("port_mapping_failed");
    }
    return {};
}

bool AppPreferences::shows(Notification::Kind kind) const
{
    // Every kind is shown until the user turns it off.
    return QSettings(m_path, QSettings::IniFormat).value(QStringLiteral("notifications/") + kindKey(kind), true).toBool();
}

void AppPreferences::setShows(Notification::Kind kind, bool shown)
{
    QSettings(m_path, QSettings::IniFormat).setValue(QStringLiteral("notifications/") + kindKey(kind), shown);
}

} // namespace homing::gui
