#pragma once

// A private directory for the targets that read files, emptied before each input.

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace homing::fuzz {

inline QDir scratchDirectory()
{
    // Removed at exit; the process's first input creates it.
    static QTemporaryDir directory(QDir::tempPath() + QStringLiteral("/homing-fuzz-XXXXXX"));
    QDir dir(directory.path());
    // Readers move unreadable files aside; start every input from nothing.
    const QStringList leftovers = dir.entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : leftovers)
        dir.remove(name);
    return dir;
}

inline void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(content);
}

} // namespace homing::fuzz
