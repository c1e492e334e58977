#include "UpdaterBackend.h"

namespace homing::gui {

UpdaterBackend::UpdaterBackend(QObject *parent)
    : QObject(parent)
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(20);
    connect(&m_refresh, &QTimer::timeout, this, &UpdaterBackend::refreshStatus);
}

} // namespace homing::gui
