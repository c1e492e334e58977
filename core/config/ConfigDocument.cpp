#include "config/ConfigDocument.h"

#include "platform/FilePrivacy.h"
#include "storage/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::ConfigDocument)
};

} // namespace

std::optional<ConfigDocument> ConfigDocument::read(const QString &path, QString *error)
{
    ConfigDocument document;
    document.m_path = path;
    if (!QFile::exists(path))
        return document;
    // The same checks as when Homing reads it to run.
    const TrustedFileContent content = readTrustedFile(path, TrustedFileUse::Configuration, kMaximumConfigFileBytes);
    if (!content.problem.isEmpty()) {
        if (error)
            *error = content.problem;
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument json = QJsonDocument::fromJson(content.data, &parseError);
    if (!json.isObject()) {
        if (error)
            *error = Text::tr("%1 is not a JSON object (%2); fix it by hand first").arg(path, parseError.errorString());
        return std::nullopt;
    }
    document.m_root = json.object();
    document.m_original = content.data;
    return document;
}

QByteArray ConfigDocument::toJson() const
{
    return QJsonDocument(m_root).toJson(QJsonDocument::Indented);
}

QString ConfigDocument::save() const
{
    // The first save on a new machine: the directory may not exist yet. It
    // is made private, as a directory others can write to would make Homing
    // refuse the file it holds.
    const QString directory = QFileInfo(m_path).absolutePath();
    if (!QFileInfo::exists(directory)) {
        if (const QString error = ensurePrivateDirectory(directory); !error.isEmpty())
            return error;
    }
    if (!m_original.isEmpty()) {
        if (const QString error = writeFileAtomically(m_path + QStringLiteral(".bak"), m_original); !error.isEmpty())
            return error;
    }
    return writeFileAtomically(m_path, toJson());
}

} // namespace homing
