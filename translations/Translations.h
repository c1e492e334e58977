#pragma once

class QCoreApplication;
class QString;

namespace homing {

// Loads Homing's and Qt's own translations for `language` ("zh_CN", "en"),
// or the system locale when it is empty. HOMING_LANGUAGE overrides both.
// English loads only its plural forms. Called again, it replaces the
// translations it installed before (widgets built earlier keep their text).
void installTranslations(QCoreApplication &application, const QString &language);
void installTranslations(QCoreApplication &application);

} // namespace homing
