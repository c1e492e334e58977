#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <map>
#include <set>

class QLocalServer;
class QLocalSocket;

namespace homing {

// The local socket on which the process that holds the data directory takes
// commands from homing-cli and the tray app (see ControlProtocol.h). One
// JSON object per line in each direction; only the same user may connect.
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

    // Sends `event` to every connection that asked to "subscribe".
    void broadcast(const QJsonObject &event);

private:
    void accept();
    void readFrom(QLocalSocket *socket);

    QString m_name;
    Handler m_handler;
    QLocalServer *m_server;
    std::set<QLocalSocket *> m_subscribers;
};

// The other end for a program that stays connected (the tray app attached
// to a daemon): requests answered asynchronously, and the events the server
// sends after "subscribe".
class ControlConnection : public QObject
{
    Q_OBJECT

public:
    using Answer = std::function<void(const std::optional<QJsonObject> &reply)>; // nothing: no answer

    explicit ControlConnection(QString name, QObject *parent = nullptr);
    ~ControlConnection() override;

    // Connects and checks that the server runs as this user; false when not.
    bool open(int timeoutMs, QString *error);
    bool isOpen() const;
    void close();
    void request(QJsonObject request, Answer answer);

Q_SIGNALS:
    void eventReceived(const QJsonObject &event);
    void closed();

private:
    void readLines();

    QString m_name;
    QLocalSocket *m_socket = nullptr;
    qint64 m_nextId = 1;
    std::map<qint64, Answer> m_pending;
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
