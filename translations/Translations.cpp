#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace homing {

void installTranslations(QCoreApplication &application)
{
    const QString override = qEnvironmentVariable("HOMING_LANGUAGE");
    QLocale locale = override.isEmpty() ? QLocale::system() : QLocale(override);
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
