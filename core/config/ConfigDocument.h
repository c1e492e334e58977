#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace homing {

// config.json as the user wrote it, for a program that changes it (the tray
// app): every key it does not touch is kept (`_comments`, unknown keys),
// the file is replaced atomically, and the version before is kept as
// config.json.bak. Validate the result with ConfigLoader::parse before saving.
class ConfigDocument
{
public:
    // An absent file reads as an empty document.
    static std::optional<ConfigDocument> read(const QString &path, QString *error);

    QJsonObject &root() { return m_root; }
    const QJsonObject &root() const { return m_root; }
    QByteArray toJson() const;
    // Empty on success, else what went wrong.
    QString save() const;

private:
    QString m_path;
    QJsonObject m_root;
    QByteArray m_original; // empty when there was no file
};

} // namespace homing
