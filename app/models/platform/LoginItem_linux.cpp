#include "platform/LoginItem.h"

#include "storage/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace homing::gui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::gui::LoginItem)
};

const QString kFileName = QStringLiteral("io.github.homing.Homing.desktop");

// $XDG_CONFIG_HOME/autostart: the user's entries, which override the
// system's ($XDG_CONFIG_DIRS/autostart) by file name.
QString userEntry()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/autostart/")
        + kFileName;
}

QString systemEntry()
{
    const QString dirs = qEnvironmentVariable("XDG_CONFIG_DIRS", QStringLiteral("/etc/xdg"));
    for (const QString &dir : dirs.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        const QString path = dir + QStringLiteral("/autostart/") + kFileName;
        if (QFile::exists(path))
            return path;
    }
    return {};
}

// An entry that says Hidden=true must be ignored (autostart spec); that is
// also how a user entry switches a system-wide one off.
bool isHidden(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    while (!file.atEnd()) {
        if (file.readLine().trimmed() == "Hidden=true")
            return true;
    }
    return false;
}

// The Exec key's quoting (Desktop Entry spec, "The Exec key"): the program
// in double quotes, with each double quote, backtick, dollar sign and
// backslash in it escaped by a backslash.
QString quotedForExec(const QString &program)
{
    QString quoted;
    for (const QChar c : program) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\'))
            quoted += QLatin1Char('\\');
        quoted += c;
    }
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

LoginItemState loginItemState()
{
    const QString user = userEntry();
    if (QFile::exists(user))
        return isHidden(user) ? LoginItemState::Off : LoginItemState::On;
    const QString system = systemEntry();
    return !system.isEmpty() && !isHidden(system) ? LoginItemState::On : LoginItemState::Off;
}

QString setLoginItem(bool enabled, const QString &program)
{
    const QString user = userEntry();
    if (!QDir().mkpath(QFileInfo(user).absolutePath()))
        return Text::tr("cannot create %1").arg(QFileInfo(user).absolutePath());
    if (!enabled && systemEntry().isEmpty()) {
        if (QFile::exists(user) && !QFile::remove(user))
            return Text::tr("cannot remove %1").arg(user);
        return {};
    }
    QString entry = QStringLiteral("[Desktop Entry]\nType=Application\nName=Homing\n"
                                   "Comment=Keeps your domain names pointing home\nIcon=io.github.homing.Homing\n");
    if (enabled) {
        // The path is escaped for Exec only; TryExec takes it as it is.
        entry += QStringLiteral("TryExec=%1\nExec=%2\nX-GNOME-Autostart-Delay=5\n").arg(program, quotedForExec(program));
    } else {
        // A system-wide entry exists: only a user entry with Hidden=true masks it.
        entry += QStringLiteral("Exec=homing\nHidden=true\n");
    }
    const QString error = writeFileAtomically(user, entry.toUtf8());
    return error.isEmpty() ? QString() : Text::tr("cannot write %1: %2").arg(user, error);
}

} // namespace homing::gui
