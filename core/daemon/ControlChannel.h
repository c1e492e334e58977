#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QLocalServer;
class QLocalSocket;

namespace homing {

// The local socket on which the process that holds the data directory takes
// commands ("update", "status") from homing-cli. One JSON object per line in
// each direction; only the same user may connect.
class ControlServer : public QObject
{
    Q_OBJECT

public:
    using Reply = std::function<void(const QJsonObject &)>;
    using Handler = std::function<void(const QJsonObject &request, Reply reply)>;

    ControlServer(QString name, Handler handler, QObject *parent = nullptr);
    ~ControlServer() override;

    // Call only while holding the InstanceLock: a leftover socket of a dead
    // process is removed first.
    bool listen(QString *error);

private:
    void accept();
    void readFrom(QLocalSocket *socket);

    QString m_name;
    Handler m_handler;
    QLocalServer *m_server;
};

// The other end, for one-shot commands: connect, send one request, wait for
// its reply. Blocking, which suits a command-line program.
class ControlClient
{
public:
    explicit ControlClient(QString name);

    // Nothing when no process listens; `error` says why.
    std::optional<QJsonObject> request(const QJsonObject &request, int timeoutMs, QString *error) const;

private:
    QString m_name;
};

} // namespace homing
