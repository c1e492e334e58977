#include "platform/LoginItem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#import <Foundation/Foundation.h>
#import <ServiceManagement/ServiceManagement.h>

// Follows ../shared/reference/platform.md §3.2. Written to compile on macOS;
// not compiled on the Linux machines where Homing is developed.

namespace homing::gui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::gui::LoginItem)
};

const QString kLabel = QStringLiteral("io.github.homing.Homing");

QString launchAgentPath()
{
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/") + kLabel + QStringLiteral(".plist");
}

// Before macOS 13: a LaunchAgent that runs the app at the next login.
QString writeLaunchAgent(const QString &program)
{
    const QString plist = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
        "<plist version=\"1.0\"><dict>\n"
        "  <key>Label</key><string>%1</string>\n"
        "  <key>ProgramArguments</key><array><string>%2</string></array>\n"
        "  <key>RunAtLoad</key><true/>\n"
        "  <key>AssociatedBundleIdentifiers</key><string>%1</string>\n"
        "  <key>StandardOutPath</key><string>/dev/null</string>\n"
        "  <key>StandardErrorPath</key><string>/dev/null</string>\n"
        "</dict></plist>\n").arg(kLabel, program.toHtmlEscaped());
    QDir().mkpath(QDir::homePath() + QStringLiteral("/Library/LaunchAgents"));
    QFile file(launchAgentPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(plist.toUtf8()) < 0)
        return Text::tr("cannot write %1").arg(launchAgentPath());
    return {};
}

} // namespace

LoginItemState loginItemState()
{
    if (@available(macOS 13.0, *)) {
        // Read at every start: the user can change it in System Settings.
        switch ([SMAppService mainAppService].status) {
        case SMAppServiceStatusEnabled:
            return LoginItemState::On;
        case SMAppServiceStatusRequiresApproval:
            return LoginItemState::NeedsApproval;
        default:
            return LoginItemState::Off;
        }
    }
    return QFile::exists(launchAgentPath()) ? LoginItemState::On : LoginItemState::Off;
}

QString setLoginItem(bool enabled, const QString &program)
{
    if (@available(macOS 13.0, *)) {
        NSError *error = nil;
        SMAppService *service = [SMAppService mainAppService];
        const BOOL done = enabled ? [service registerAndReturnError:&error] : [service unregisterAndReturnError:&error];
        if (!done)
            return QString::fromNSString(error.localizedDescription);
        return {};
    }
    if (enabled)
        return writeLaunchAgent(program);
    QFile::remove(launchAgentPath());
    return {};
}

} // namespace homing::gui
