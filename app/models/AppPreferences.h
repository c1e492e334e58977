#pragma once

#include "notify/Notifier.h"

#include <QString>

namespace homing::gui {

// What only the tray app uses, kept apart from config.json (which homing-cli
// shares): the language and which kinds of notification to show. Stored in
// `homing-app.ini` beside config.json.
class AppPreferences
{
public:
    explicit AppPreferences(const QString &configDir);

    // "" (the system's), "en" or "zh_CN".
    QString language() const;
    void setLanguage(const QString &language);

    bool shows(Notification::Kind kind) const;
    void setShows(Notification::Kind kind, bool shown);

    QString path() const { return m_path; }

    static QString kindKey(Notification::Kind kind);

private:
    QString m_path;
};

} // namespace homing::gui
