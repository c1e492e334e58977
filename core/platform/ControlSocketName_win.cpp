#include "platform/ControlSocketName.h"

#include <QCryptographicHash>

namespace homing {

QString controlSocketName(const QString &canonicalDataDir)
{
    // A named pipe (\\.\pipe\homing-...); QLocalServer's UserAccessOption
    // restricts it to the current user. The data directory's lock, not the
    // pipe, decides which process updates.
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(canonicalDataDir.toLower().toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    return QStringLiteral("homing-%1").arg(hash);
}

} // namespace homing
