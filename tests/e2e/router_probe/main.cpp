// homing-router-probe: one RouterClient call from the command line, its
// result as JSON on stdout. The end-to-end tests run it in the router lab's
// LAN namespace to prove the clients against miniupnpd:
//   homing-router-probe SPEC address
//   homing-router-probe SPEC add tcp|udp EXTERNAL INTERNAL [LEASE [HOST]]
//   homing-router-probe SPEC delete tcp|udp EXTERNAL INTERNAL
// SPEC is a router source spec ("upnp", "natpmp?gateway=192.168.77.1").
#include "router/RouterClient.h"
#include "router/RouterClients.h"
#include "router/RouterOptions.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace homing;

namespace {

int finish(const QJsonObject &object)
{
    QTextStream(stdout) << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

QJsonObject mappingJson(const PortMappingResult &result, const RouterClient &client)
{
    return {{QStringLiteral("ok"), result.ok},
            {QStringLiteral("external_port"), result.externalPort},
            {QStringLiteral("lease_seconds"), result.leaseSeconds},
            {QStringLiteral("error"), result.error},
            {QStringLiteral("error_code"), result.errorCode},
            {QStringLiteral("local_address"), client.localAddress().toString()}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QTextStream err(stderr);
    if (args.size() < 2) {
        err << "usage: homing-router-probe SPEC address|add|delete ...\n";
        return 2;
    }
    RouterOptions options;
    if (const QString problem = RouterOptions::parse(args.at(0), &options); !problem.isEmpty()) {
        err << problem << '\n';
        return 2;
    }
    RouterClients clients;
    RouterClient *client = clients.client(options);
    if (!client) {
        err << "no client for " << args.at(0) << '\n';
        return 2;
    }
    const QString command = args.at(1);
    int code = 2;
    if (command == QLatin1String("address")) {
        client->externalAddress(&app, [&](const ExternalAddressResult &result) {
            code = finish({{QStringLiteral("address"), result.address.toString()},
                           {QStringLiteral("error"), result.error},
                           {QStringLiteral("not_public"), result.notPublic},
                           {QStringLiteral("local_address"), client->localAddress().toString()}});
            app.quit();
        });
    } else if ((command == QLatin1String("add") || command == QLatin1String("delete")) && args.size() >= 5) {
        const QString protocol = args.at(2);
        const auto externalPort = static_cast<quint16>(args.at(3).toUInt());
        const auto internalPort = static_cast<quint16>(args.at(4).toUInt());
        auto done = [&](const PortMappingResult &result) {
            code = finish(mappingJson(result, *client));
            app.quit();
        };
        if (command == QLatin1String("add")) {
            PortMappingRequest request;
            request.protocol = protocol;
            request.externalPort = externalPort;
            request.internalPort = internalPort;
            request.leaseSeconds = args.size() > 5 ? args.at(5).toInt() : 3600;
            request.internalHost = args.size() > 6 ? QHostAddress(args.at(6)) : QHostAddress();
            request.description = QStringLiteral("homing-router-probe");
            client->addPortMapping(request, &app, done);
        } else {
            client->deletePortMapping(protocol, externalPort, internalPort, &app, done);
        }
    } else {
        err << "unknown command " << command << '\n';
        return 2;
    }
    app.exec();
    return code;
}
