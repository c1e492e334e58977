#pragma once

#include "address/AddressFamily.h"
#include "address/IpSourceFactory.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace homing::gui {

// The rule preview: the sources a user is typing, created as Homing would
// create them and asked once, so that the settings show which address they
// would choose, and why, before anything is saved.
class SourcePreview : public QObject
{
    Q_OBJECT

public:
    SourcePreview(const IpSourceFactory &factory, IpSourceEnvironment environment, QObject *parent = nullptr);

    // What is wrong with the specs (the first bad one, in plain words), or empty.
    QString problem(const QStringList &specs) const;
    // Asks every spec; a preview still running is dropped. `finished`
    // follows (at once when a spec is not valid: then nothing is asked).
    void start(AddressFamily family, const QStringList &specs, int minAgree = 1);
    bool isRunning() const { return !m_run.isNull(); }

    // "interface:* https://a" → the specs (separated by spaces or new lines).
    static QStringList splitSpecs(const QString &text);

Q_SIGNALS:
    // One family's object, as status --json gives it ({"address", "error",
    // "sources": [{"source", "address", "error", "candidates"}]}), and a
    // problem when the specs could not be asked.
    void finished(homing::AddressFamily family, const QJsonObject &result, const QString &problem);

private:
    const IpSourceFactory &m_factory;
    IpSourceEnvironment m_environment;
    QPointer<QObject> m_run; // the running preview's context: deleting it drops its answers
};

} // namespace homing::gui
