#pragma once

class QCoreApplication;

namespace homing {

// Loads Homing's and Qt's own translations for the system locale
// (HOMING_LANGUAGE overrides it, e.g. "zh_CN" or "en"). English loads only
// its plural forms.
void installTranslations(QCoreApplication &application);

} // namespace homing
