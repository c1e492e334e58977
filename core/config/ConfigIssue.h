#pragma once

#include <QList>
#include <QString>

namespace homing {

// One problem found in config.json: where (a JSON path such as
// "accounts[0].settings.server") and what is wrong, in plain words.
struct ConfigIssue {
    enum class Severity { Error, Warning };
    QString path;
    QString message;
    Severity severity = Severity::Error;

    static ConfigIssue error(const QString &path, const QString &message) { return {path, message, Severity::Error}; }
    static ConfigIssue warning(const QString &path, const QString &message) { return {path, message, Severity::Warning}; }
    bool isError() const { return severity == Severity::Error; }
    QString toString() const;
};

bool hasErrors(const QList<ConfigIssue> &issues);

} // namespace homing
