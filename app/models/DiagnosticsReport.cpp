#include "DiagnosticsReport.h"

#include "secrets/Redactor.h"
#include "storage/HistoryStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace homing::gui {

namespace {

constexpr int kHistoryLines = 50;
constexpr int kLogLines = 200;
constexpr qint64 kLogTailBytes = 256 * 1024;

const QString kHidden = QStringLiteral("[hidden]");

QStringList lastLogLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (file.size() > kLogTailBytes)
        file.seek(file.size() - kLogTailBytes);
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (file.size() > kLogTailBytes && !lines.isEmpty())
        lines.removeFirst(); // cut in the middle
    return lines.mid(std::max<qsizetype>(0, lines.size() - kLogLines));
}

} // namespace

QByteArray configWithoutSecrets(const QByteArray &configJson)
{
    QJsonObject root = QJsonDocument::fromJson(configJson).object();
    if (root.isEmpty())
        return configJson.isEmpty() ? QByteArray() : QByteArray("(config.json is not a JSON object)\n");
    QJsonArray accounts = root.value(QStringLiteral("accounts")).toArray();
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        QJsonObject account = accounts.at(i).toObject();
        QJsonObject settings = account.value(QStringLiteral("settings")).toObject();
        if (settings.contains(QStringLiteral("url"))) {
            const QUrl url(settings.value(QStringLiteral("url")).toString());
            settings.insert(QStringLiteral("url"), url.scheme() + QStringLiteral("://") + url.host() + QStringLiteral("/")
                                                       + kHidden);
        }
        QJsonObject headers = settings.value(QStringLiteral("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            it.value() = kHidden;
        if (!headers.isEmpty())
            settings.insert(QStringLiteral("headers"), headers);
        if (settings.contains(QStringLiteral("body")))
            settings.insert(QStringLiteral("body"), kHidden);
        account.insert(QStringLiteral("settings"), settings);
        accounts[i] = account;
    }
    root.insert(QStringLiteral("accounts"), accounts);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString diagnosticsReport(const DiagnosticsInput &input, const Redactor &redactor)
{
    QStringList report;
    report << QStringLiteral("## Versions") << input.versions << QString();
    report << QStringLiteral("## config.json (secrets are references; custom URLs, headers and bodies hidden)")
           << QString::fromUtf8(configWithoutSecrets(input.configJson)) << QString();
    report << QStringLiteral("## Status") << QString::fromUtf8(QJsonDocument(input.status).toJson(QJsonDocument::Indented))
           << QString();
    report << QStringLiteral("## History (last %1)").arg(kHistoryLines);
    for (qsizetype i = std::max<qsizetype>(0, input.history.size() - kHistoryLines); i < input.history.size(); ++i)
        report << QString::fromUtf8(QJsonDocument(input.history.at(i).toJson()).toJson(QJsonDocument::Compact));
    report << QString() << QStringLiteral("## Log (last %1 lines)").arg(kLogLines) << lastLogLines(input.logPath);
    // Everything once more through the redactor: whatever secret it knows
    // is taken out in every spelling, wherever it slipped in.
    return redactor.redact(report.join(QLatin1Char('\n')));
}

} // namespace homing::gui
