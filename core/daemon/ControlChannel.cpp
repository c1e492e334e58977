#include "daemon/ControlChannel.h"

#include "common/Logging.h"
#include "platform/PeerCredentials.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::ControlChannel)
};

constexpr qint64 kMaximumLine = 1024 * 1024;

QByteArray encode(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

ControlServer::ControlServer(QString name, Handler handler, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_handler(std::move(handler))
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &ControlServer::accept);
}

ControlServer::~ControlServer() = default;

bool ControlServer::listen(QString *error)
{
    if (m_name.isEmpty()) {
        if (error)
            *error = Text::tr("there is no private directory for the control socket (set XDG_RUNTIME_DIR, "
                              "or use a shorter data directory path)");
        return false;
    }
    QLocalServer::removeServer(m_name);
    if (m_server->listen(m_name))
        return true;
    if (error)
        *error = m_server->errorString();
    return false;
}

void ControlServer::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        if (!peerIsSameUser(socket->socketDescriptor(), PeerRole::Client)) {
            // Only this user commands this process.
            qCWarning(lcDaemon) << "refused a control connection from another user";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_subscribers.erase(socket); });
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readFrom(socket); });
        readFrom(socket);
    }
}

void ControlServer::readFrom(QLocalSocket *socket)
{
    while (socket->canReadLine()) {
        const QByteArray line = socket->readLine();
        const QJsonDocument document = QJsonDocument::fromJson(line);
        QPointer<QLocalSocket> guard(socket);
        const QJsonValue id = document.object().value(QStringLiteral("id"));
        auto reply = [guard, id](QJsonObject response) {
            if (!id.isUndefined())
                response.insert(QStringLiteral("id"), id);
            QLocalSocket *target = guard.data();
            if (!target)
                return;
            // A client that sends requests and never reads their answers is
            // dropped rather than buffered for.
            if (target->bytesToWrite() > kMaximumLine) {
                target->abort();
                return;
            }
            target->write(encode(response));
            target->flush();
        };
        if (!document.isObject()) {
            reply(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), QStringLiteral("not a JSON object")}});
            continue;
        }
        const QString command = document.object().value(QStringLiteral("command")).toString();
        qCDebug(lcDaemon) << "control request" << command;
        if (command == QLatin1String("subscribe")) {
            m_subscribers.insert(socket);
            reply({{QStringLiteral("ok"), true}});
            continue;
        }
        m_handler(document.object(), reply);
    }
    if (socket->bytesAvailable() > kMaximumLine)
        socket->abort();
}

void ControlServer::broadcast(const QJsonObject &event)
{
    const QByteArray line = encode(event);
    for (QLocalSocket *socket : m_subscribers) {
        // A window that stopped reading is dropped rather than buffered for.
        if (socket->bytesToWrite() > kMaximumLine) {
            socket->abort();
            continue;
        }
        socket->write(line);
    }
}

ControlClient::ControlClient(QString name)
    : m_name(std::move(name))
{
}

std::optional<QJsonObject> ControlClient::request(const QJsonObject &request, int timeoutMs, QString *error) const
{
    if (m_name.isEmpty()) {
        if (error)
            *error = Text::tr("there is no private directory for the control socket");
        return std::nullopt;
    }
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(2000)) {
        if (error)
            *error = socket.errorString();
        return std::nullopt;
    }
    if (!peerIsSameUser(socket.socketDescriptor(), PeerRole::Server)) {
        // Its answers could say anything, terminal escapes included.
        qCWarning(lcDaemon).noquote() << "the process listening at" << m_name
                                      << "belongs to another user; Homing does not talk to it";
        if (error)
            *error = Text::tr("the process at the control socket belongs to another user");
        return std::nullopt;
    }
    socket.write(encode(request));
    socket.waitForBytesWritten(2000);
    QElapsedTimer timer;
    timer.start();
    while (!socket.canReadLine()) {
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0 || socket.state() != QLocalSocket::ConnectedState || !socket.waitForReadyRead(int(left))) {
            if (socket.canReadLine())
                break;
            if (error)
                *error = socket.state() == QLocalSocket::ConnectedState ? QStringLiteral("no answer in time")
                                                                        : QStringLiteral("the connection closed");
            return std::nullopt;
        }
    }
    const QJsonDocument document = QJsonDocument::fromJson(socket.readLine());
    if (!document.isObject()) {
        if (error)
            *error = QStringLiteral("an unreadable answer");
        return std::nullopt;
    }
    return document.object();
}

ControlConnection::ControlConnection(QString name, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
{
}

ControlConnection::~ControlConnection()
{
    close();
}

bool ControlConnection::open(int timeoutMs, QString *error)
{
    close();
    if (m_name.isEmpty()) {
        if (error)
            *error = Text::tr("there is no private directory for the control socket");
        return false;
    }
    m_socket = new QLocalSocket(this);
    m_socket->connectToServer(m_name);
    if (!m_socket->waitForConnected(timeoutMs)) {
        if (error)
            *error = m_socket->errorString();
        close();
        return false;
    }
    if (!peerIsSameUser(m_socket->socketDescriptor(), PeerRole::Server)) {
        qCWarning(lcDaemon).noquote() << "the process listening at" << m_name
                                      << "belongs to another user; Homing does not talk to it";
        if (error)
            *error = Text::tr("the process at the control socket belongs to another user");
        close();
        return false;
    }
    connect(m_socket, &QLocalSocket::readyRead, this, &ControlConnection::readLines);
    connect(m_socket, &QLocalSocket::disconnected, this, [this] {
        // Queued: the socket is still inside its own signal.
        QMetaObject::invokeMethod(this, [this] {
            if (m_socket && m_socket->state() != QLocalSocket::ConnectedState) {
                close();
                Q_EMIT closed();
            }
        }, Qt::QueuedConnection);
    });
    return true;
}

bool ControlConnection::isOpen() const
{
    return m_socket && m_socket->state() == QLocalSocket::ConnectedState;
}

void ControlConnection::close()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    // Whoever waits learns that no answer comes.
    auto pending = std::move(m_pending);
    m_pending.clear();
    for (auto &[id, answer] : pending) {
        if (answer)
            answer(std::nullopt);
    }
}

void ControlConnection::request(QJsonObject request, Answer answer)
{
    if (!isOpen()) {
        if (answer)
            answer(std::nullopt);
        return;
    }
    const qint64 id = m_nextId++;
    request.insert(QStringLiteral("id"), id);
    m_pending.emplace(id, std::move(answer));
    m_socket->write(encode(request));
}

void ControlConnection::readLines()
{
    while (m_socket && m_socket->canReadLine()) {
        const QJsonDocument document = QJsonDocument::fromJson(m_socket->readLine());
        if (!document.isObject())
            continue;
        const QJsonObject object = document.object();
        if (object.contains(QStringLiteral("event"))) {
            Q_EMIT eventReceived(object);
            continue;
        }
        const auto found = m_pending.find(object.value(QStringLiteral("id")).toInteger(-1));
        if (found == m_pending.end())
            continue;
        Answer answer = std::move(found->second);
        m_pending.erase(found);
        if (answer)
            answer(object);
    }
    if (m_socket && m_socket->bytesAvailable() > kMaximumLine)
        close();
}

} // namespace homing
