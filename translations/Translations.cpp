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
    // Those of an earlier language go first: the app can switch while it runs.
    for (QTranslator *earlier : application.findChildren<QTranslator *>(QStringLiteral("homing-translation"),
                                                                      Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(earlier);
        delete earlier;
    }
    const QString override = qEnvironmentVariable("HOMING_LANGUAGE");
    const QString chosen = override.isEmpty() ? language : override;
    QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    // The C locale reads English; English itself has a catalogue for plural forms only.
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English);
    if (locale.language() != QLocale::English) {
        auto *qt = new QTranslator(&application);
        qt->setObjectName(QStringLiteral("homing-translation"));
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
    auto *homing = new QTranslator(&application);
    homing->setObjectName(QStringLiteral("homing-translation"));
    if (homing->load(locale, QStringLiteral("homing"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(homing);
}

} // namespace homing
