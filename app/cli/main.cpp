#include "CliApplication.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    // Shared with the tray app: ~/.config/homing and ~/.local/share/homing on Linux.
    QCoreApplication::setApplicationName(QStringLiteral("homing"));
    QCoreApplication::setOrganizationName(QString());
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    homing::installTranslations(application);
    homing::cli::CliApplication cli(application);
    return cli.run();
}
