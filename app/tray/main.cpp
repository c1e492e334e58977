#include "AppPreferences.h"
#include "TrayApplication.h"
#include "Translations.h"
#include "config/Paths.h"
#include "platform/ProcessHardening.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QIcon>
#include <QNetworkProxyFactory>

#include <cstdio>

#if defined(HOMING_OPENSSL_NO_ATEXIT)
#include <openssl/crypto.h>
#endif

int main(int argc, char *argv[])
{
#if defined(HOMING_OPENSSL_NO_ATEXIT)
    // See app/cli/main.cpp: Qt's network thread and OpenSSL's atexit() cleanup race at exit.
    OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr);
#endif
    if (!homing::cli::disableCoreDumps())
        std::fputs("homing: warning: could not disable core dumps of this process\n", stderr);

    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("homing"));
    QApplication::setApplicationDisplayName(QStringLiteral("Homing"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.homing.Homing"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/homing.svg")));
    QApplication::setQuitOnLastWindowClosed(false); // closing the window leaves the tray icon
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("config-dir"), QStringLiteral("Where config.json is."), QStringLiteral("dir")},
                       {QStringLiteral("data-dir"), QStringLiteral("Where state and history are."), QStringLiteral("dir")}});
    parser.process(application);
    const QString configDir = homing::resolveConfigDir(parser.value(QStringLiteral("config-dir")));
    homing::installTranslations(application, homing::gui::AppPreferences(configDir).language());

    int exitCode = 0;
    {
        homing::gui::TrayApplication tray(application, configDir, homing::resolveDataDir(parser.value(QStringLiteral("data-dir"))));
        const int started = tray.start();
        // A second `homing` only asked the first to show its window.
        exitCode = started != 0 || !tray.isRunning() ? started : application.exec();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return exitCode;
}
