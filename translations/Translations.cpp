#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace homing {

void installTranslations(QCoreApplication &application)
{
    const QString override = qEnvironmentVariable("HOMING_LANGUAGE");
    const QLocale locale = override.isEmpty() ? QLocale::system() : QLocale(override);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    auto *qt = new QTranslator(&application);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *homing = new QTranslator(&application);
    if (homing->load(locale, QStringLiteral("homing"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(homing);
}

} // namespace homing
