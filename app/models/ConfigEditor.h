#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace homing {
class ConfigDocument;
class IpSourceFactory;
class ProviderRegistry;
}

namespace homing::gui {

class UpdaterBackend;

// The changes the app makes to config.json: each reads the file, changes
// it, checks the result as Homing would load it, saves it (the previous
// version kept as config.json.bak) and has the updater read it again.
// Nothing is saved when the result would not load.
class ConfigEditor
{
public:
    ConfigEditor(QString configPath, const ProviderRegistry &providers, const IpSourceFactory &sources,
                 UpdaterBackend &backend);

    // Each returns an empty string on success, else what went wrong (plain words).
    QString setPaused(bool paused);
    QString setRecordPaused(const QString &recordKey, bool paused);
    QString setCheckInterval(int seconds);
    // The proxy providers are reached through (top-level "proxy") and the
    // one address detection uses ("ip.proxy"); empty removes the key (the
    // system's proxy for providers, none for detection).
    QString setProxies(const QString &providers, const QString &detection);
    // The sources of one family ("ipv4", "ipv6": ip.<family>.sources); an
    // empty list removes the key (Homing's default sources).
    QString setSources(const QString &familyKey, const QStringList &sources);
    // config.json as it is now (empty when it is missing or unreadable).
    QJsonObject current() const;
    // The ids of its accounts (none on the first run).
    QStringList accountIds() const;
    // Any change: `change` returns an error to save nothing.
    QString edit(const std::function<QString(ConfigDocument &)> &change);

private:

    QString m_path;
    const ProviderRegistry &m_providers;
    const IpSourceFactory &m_sources;
    UpdaterBackend &m_backend;
};

// A record's key ("account/name/type") as Homing will make it from the
// record's object in config.json (the name normalised as the loader does).
QString recordKeyInFile(const QJsonObject &record);

} // namespace homing::gui
