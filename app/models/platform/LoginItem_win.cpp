#include "platform/LoginItem.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

#include <windows.h>

namespace homing::gui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::gui::LoginItem)
};

const QString kRunKey = QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
const wchar_t kApprovedKey[] = L"Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\StartupApproved\\Run";
const QString kValueName = QStringLiteral("Homing");

// When the user turns the entry off in Task Manager or Settings → Apps →
// Startup, Windows keeps the Run value and writes a 12-byte REG_BINARY of
// the same name under StartupApproved\Run whose first byte is odd.
// (Undocumented; see ../shared/reference/platform.md §3.1.)
bool disabledByUser()
{
    BYTE data[12] = {};
    DWORD size = sizeof(data);
    const LSTATUS status = RegGetValueW(HKEY_CURRENT_USER, kApprovedKey, L"Homing", RRF_RT_REG_BINARY, nullptr, data, &size);
    return status == ERROR_SUCCESS && size >= 1 && (data[0] & 1) != 0;
}

} // namespace

LoginItemState loginItemState()
{
    const QSettings run(kRunKey, QSettings::NativeFormat);
    if (!run.contains(kValueName))
        return LoginItemState::Off;
    return disabledByUser() ? LoginItemState::DisabledByUser : LoginItemState::On;
}

QString setLoginItem(bool enabled, const QString &program)
{
    QSettings run(kRunKey, QSettings::NativeFormat);
    if (enabled) {
        // The path quoted, as Windows expects in a Run value.
        run.setValue(kValueName, QLatin1Char('"') + QDir::toNativeSeparators(program) + QLatin1Char('"'));
        // The user asked for it here: lift a "disabled" mark they set elsewhere.
        HKEY key = nullptr;
        if (RegOpenKeyExW(HKEY_CURRENT_USER, kApprovedKey, 0, KEY_SET_VALUE, &key) == ERROR_SUCCESS) {
            RegDeleteValueW(key, L"Homing");
            RegCloseKey(key);
        }
    } else {
        run.remove(kValueName);
    }
    run.sync();
    return run.status() == QSettings::NoError ? QString() : Text::tr("cannot change the Run key in the registry");
}

} // namespace homing::gui
