#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace homing {

void installTranslations(QCoreApplication &application)
{
    installTranslations(application, QString());
}

void installTranslations(QCoreApplication &application, const QString &language)
{
    const QString override = qEnvironmentVariable("HOMING_LANGUAGE");
    const QString chosen = override.isEmpty() ? language : override;
    QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    // The C locale reads English; English itself has a catalogue for plural forms only.
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English);
    if (locale.language() != QLocale::English) {
        auto *qt = new QTranslator(&application);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
    auto *homing = new QTranslator(&application);
    if (homing->load(locale, QStringLiteral("homing"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(homing);
}

} // namespace homing
