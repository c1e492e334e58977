// The control socket: the input is what a client sends, split into lines by
// the server exactly as in the daemon (ControlServer::readFrom, which only
// takes a socket). A real ControlServer on a local socket gets the bytes; the
// handler reads the fields "homing-cli run" reads. Every complete line must
// get exactly one answer line, itself a JSON object.
#include "FuzzSupport.h"
#include "daemon/ControlChannel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QUuid>

#include <cstdlib>

using namespace homing;

namespace {

ControlServer &server(const QString &name)
{
    static ControlServer *made = [&] {
        auto *created = new ControlServer(name, [](const QJsonObject &request, const ControlServer::Reply &reply) {
            const QString command = request.value(QStringLiteral("command")).toString();
            if (command == QLatin1String("update"))
                reply({{QStringLiteral("ok"), true}, {QStringLiteral("force"), request.value(QStringLiteral("force")).toBool()},
                       {QStringLiteral("record"), request.value(QStringLiteral("record")).toString()}});
            else if (command == QLatin1String("ping") || command == QLatin1String("status"))
                reply({{QStringLiteral("ok"), true}});
            else
                reply({{QStringLiteral("ok"), false}, {QStringLiteral("error"), QStringLiteral("unknown command")}});
        });
        QString error;
        if (!created->listen(&error)) {
            fprintf(stderr, "cannot listen: %s\n", qPrintable(error));
            std::abort();
        }
        return created;
    }();
    return *made;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    static const QString name = QStringLiteral("homing-fuzz-control-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    server(name);

    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype lines = input.count('\n');
    QLocalSocket client;
    client.connectToServer(name);
    if (!client.waitForConnected(5000))
        std::abort();
    client.write(input);
    client.flush();

    QByteArray answers;
    QElapsedTimer timer;
    timer.start();
    while (answers.count('\n') < lines) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        client.waitForReadyRead(1);
        answers += client.readAll();
        if (timer.elapsed() > 5000) {
            fprintf(stderr, "%lld of %lld answers after 5 s\n", qlonglong(answers.count('\n')), qlonglong(lines));
            std::abort();
        }
    }
    for (const QByteArray &line : answers.split('\n')) {
        if (!line.isEmpty() && !QJsonDocument::fromJson(line).isObject())
            std::abort();
    }
    client.abort();
    // Let the server notice the disconnection and delete its socket.
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}
