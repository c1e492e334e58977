#pragma once

#include <QByteArray>
#include <QString>

namespace homing {

// Replaces `path` with `data` so that a crash or power loss at any moment
// leaves either the old or the new file, never a torn one. The file is
// readable by its owner only; a symbolic link in its place is refused.
// Returns an empty string on success.
QString writeFileAtomically(const QString &path, const QByteArray &data);

// Creates `path` (and parents) readable by its owner only, or checks that an
// existing one belongs to this user and that nobody else can write to it
// (then makes it owner-only). Empty on success, else what is wrong.
QString ensurePrivateDirectory(const QString &path);

} // namespace homing
