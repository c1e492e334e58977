#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace homing {
struct HistoryEntry;
class Redactor;
}

namespace homing::gui {

// What "Copy diagnostics" puts on the clipboard for a bug report: versions,
// the configuration without anything secret, the status, the last 50
// history entries and the last 200 log lines, all through the redactor.
struct DiagnosticsInput {
    QString versions;          // "Homing 0.1.0, Qt 6.4.2, …"
    QByteArray configJson;     // config.json as it is on disk (may be empty)
    QJsonObject status;
    QList<HistoryEntry> history; // oldest first
    QString logPath;
};

QString diagnosticsReport(const DiagnosticsInput &input, const Redactor &redactor);

// config.json with what could be secret taken out: secret references stay
// (they name where a secret is, not the secret), but a custom provider's
// URL keeps only its scheme and host, and its header values are hidden,
// since users paste tokens there.
QByteArray configWithoutSecrets(const QByteArray &configJson);

} // namespace homing::gui
