#pragma once

#include "config/Config.h"
#include "config/ConfigIssue.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace homing {

class ProviderRegistry;
class IpSourceFactory;

struct ConfigLoadResult {
    std::optional<Config> config; // set only when there are no errors
    QList<ConfigIssue> issues;    // errors and warnings, each with its JSON path
};

// Reads, migrates and validates config.json. Never modifies the file.
class ConfigLoader
{
public:
    ConfigLoader(const ProviderRegistry &providers, const IpSourceFactory &sources);

    ConfigLoadResult loadFile(const QString &path) const;
    ConfigLoadResult parse(const QByteArray &json) const;

    // Brings an older config document to the current version, in place.
    // Returns false (with an issue) when the document is from a newer Homing.
    static bool migrate(QJsonObject &document, QList<ConfigIssue> &issues);

private:
    const ProviderRegistry &m_providers;
    const IpSourceFactory &m_sources;
};

} // namespace homing
