#include "ConfigEditor.h"

#include "UpdaterBackend.h"
#include "config/Config.h"
#include "config/ConfigDocument.h"
#include "config/ConfigLoader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace homing::gui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::gui::ConfigEditor)
};

// `paused` set, or the key removed (false is the default: no clutter).
void setFlag(QJsonObject &object, bool paused)
{
    if (paused)
        object.insert(QStringLiteral("paused"), true);
    else
        object.remove(QStringLiteral("paused"));
}

} // namespace

ConfigEditor::ConfigEditor(QString configPath, const ProviderRegistry &providers, const IpSourceFactory &sources,
                           UpdaterBackend &backend)
    : m_path(std::move(configPath))
    , m_providers(providers)
    , m_sources(sources)
    , m_backend(backend)
{
}

QString ConfigEditor::setPaused(bool paused)
{
    return edit([paused](ConfigDocument &document) {
        setFlag(document.root(), paused);
        return QString();
    });
}

QString ConfigEditor::setRecordPaused(const QString &recordKey, bool paused)
{
    return edit([&](ConfigDocument &document) {
        QJsonArray records = document.root().value(QStringLiteral("records")).toArray();
        for (qsizetype i = 0; i < records.size(); ++i) {
            QJsonObject record = records.at(i).toObject();
            if (recordKeyInFile(record) != recordKey)
                continue;
            setFlag(record, paused);
            records[i] = record;
            document.root().insert(QStringLiteral("records"), records);
            return QString();
        }
        return Text::tr("the record %1 is no longer in the configuration").arg(recordKey);
    });
}

QString ConfigEditor::setCheckInterval(int seconds)
{
    return edit([seconds](ConfigDocument &document) {
        document.root().insert(QStringLiteral("check_interval"), seconds);
        return QString();
    });
}

QString ConfigEditor::setProxies(const QString &providers, const QString &detection)
{
    return edit([&](ConfigDocument &document) {
        QJsonObject &root = document.root();
        if (providers.isEmpty())
            root.remove(QStringLiteral("proxy"));
        else
            root.insert(QStringLiteral("proxy"), providers);
        QJsonObject ip = root.value(QStringLiteral("ip")).toObject();
        if (detection.isEmpty())
            ip.remove(QStringLiteral("proxy"));
        else
            ip.insert(QStringLiteral("proxy"), detection);
        if (ip.isEmpty())
            root.remove(QStringLiteral("ip"));
        else
            root.insert(QStringLiteral("ip"), ip);
        return QString();
    });
}

QString ConfigEditor::setSources(const QString &familyKey, const QStringList &sources)
{
    return edit([&](ConfigDocument &document) {
        QJsonObject &root = document.root();
        QJsonObject ip = root.value(QStringLiteral("ip")).toObject();
        QJsonObject family = ip.value(familyKey).toObject();
        if (sources.isEmpty())
            family.remove(QStringLiteral("sources"));
        else
            family.insert(QStringLiteral("sources"), QJsonArray::fromStringList(sources));
        if (family.isEmpty())
            ip.remove(familyKey);
        else
            ip.insert(familyKey, family);
        if (ip.isEmpty())
            root.remove(QStringLiteral("ip"));
        else
            root.insert(QStringLiteral("ip"), ip);
        return QString();
    });
}

QJsonObject ConfigEditor::current() const
{
    QString error;
    const auto document = ConfigDocument::read(m_path, &error);
    return document ? document->root() : QJsonObject();
}

QStringList ConfigEditor::accountIds() const
{
    QStringList ids;
    for (const auto &account : current().value(QStringLiteral("accounts")).toArray())
        ids.append(account.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

QString recordKeyInFile(const QJsonObject &record)
{
    RecordConfig configured;
    configured.account = record.value(QStringLiteral("account")).toString();
    configured.spec.name = normaliseHostName(record.value(QStringLiteral("name")).toString());
    configured.spec.type = record.value(QStringLiteral("type")).toString();
    return configured.key();
}

QString ConfigEditor::edit(const std::function<QString(ConfigDocument &)> &change)
{
    QString error;
    auto document = ConfigDocument::read(m_path, &error);
    if (!document)
        return error;
    if (error = change(*document); !error.isEmpty())
        return error;
    const ConfigLoadResult loaded = ConfigLoader(m_providers, m_sources).parse(document->toJson());
    if (!loaded.config) {
        QString first;
        for (const ConfigIssue &issue : loaded.issues) {
            if (issue.isError()) {
                first = issue.toString();
                break;
            }
        }
        return Text::tr("the configuration would have errors, so nothing was saved: %1 (homing-cli check-config "
                        "lists them all)")
            .arg(first);
    }
    if (error = document->save(); !error.isEmpty())
        return error;
    m_backend.reload();
    return {};
}

} // namespace homing::gui
