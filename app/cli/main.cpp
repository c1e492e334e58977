#include "CliApplication.h"
#include "Translations.h"
#include "platform/ProcessHardening.h"

#include <QCoreApplication>
#include <QEvent>
#include <QNetworkProxyFactory>

#include <cstdio>

#if defined(HOMING_OPENSSL_NO_ATEXIT)
#include <openssl/crypto.h>
#endif

namespace {

// Stops OpenSSL from freeing its state in an atexit() handler.
//
// Qt's OpenSSL TLS backend loads libcrypto at run time and uses it on the
// QNetworkAccessManager thread. That thread is a QThread, and Qt's threads are
// detached: QThread::wait() (which the manager's destructor calls) returns
// before the thread has run its thread-local destructors. By default OpenSSL
// registers OPENSSL_cleanup() with atexit(); it frees the per-thread state of
// every thread that used libcrypto, so when the network thread was still
// freeing its own state as main() returned, the same block was freed twice
// ("double free or corruption" at exit). OPENSSL_INIT_NO_ATEXIT is OpenSSL's
// documented way to skip that cleanup; the operating system reclaims the
// memory when the process ends. It must come before anything else initialises
// OpenSSL, since only the first initialisation decides about atexit().
// homing-cli links the same libcrypto (OpenSSL 3, by its soname) that Qt's
// backend loads, so this call reaches the instance Qt uses.
void keepOpenSslStateUntilExit()
{
#if defined(HOMING_OPENSSL_NO_ATEXIT)
    OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr);
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    keepOpenSslStateUntilExit();
    // Before any secret is read: no core dump is to hold one.
    if (!homing::cli::disableCoreDumps())
        std::fputs("homing-cli: warning: could not disable core dumps of this process\n", stderr);

    QCoreApplication application(argc, argv);
    // Shared with the tray app: ~/.config/homing and ~/.local/share/homing on Linux.
    QCoreApplication::setApplicationName(QStringLiteral("homing"));
    QCoreApplication::setOrganizationName(QString());
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    homing::installTranslations(application);
    int exitCode = 0;
    {
        // Owns, through the command it runs, every network object (the
        // Runtime's QNetworkAccessManagers and their replies): all are gone,
        // and the managers' threads told to stop, when it is destroyed.
        homing::cli::CliApplication cli(application);
        exitCode = cli.run();
    }
    // Objects whose deleteLater() no event loop reached are deleted now, while
    // the application still exists, not left for after main().
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return exitCode;
}
