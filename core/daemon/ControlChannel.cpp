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
        auto reply = [guard](const QJsonObject &response) {
            if (guard) {
                guard->write(encode(response));
                guard->flush();
            }
        };
        if (!document.isObject()) {
            reply(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), QStringLiteral("not a JSON object")}});
            continue;
        }
        qCDebug(lcDaemon) << "control request" << document.object().value(QStringLiteral("command")).toString();
        m_handler(document.object(), reply);
    }
    if (socket->bytesAvailable() > kMaximumLine)
        socket->abort();
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

} // namespace homing
