#pragma once

#include <QJsonObject>
#include <QString>

namespace homing::gui {

// The state the tray icon shows, from the worst to the best that applies:
// what a glance at the panel should tell.
enum class OverallState { Updating, Blocked, Failing, NoAddress, Paused, InSync };

struct OverallSummary {
    OverallState state = OverallState::InSync;
    QString headline; // "All 3 records point here", "1 record is blocked: …" (translated)
    QString addresses; // "IPv4 81.2.69.160 · IPv6 2001:db8::1", or what is missing
};

// Reads a status object (as `homing-cli status --json` prints it, with "running").
OverallSummary summarise(const QJsonObject &status);

// The icon file of a state, under :/icons/tray/ (and :/icons/tray/template/ on macOS).
QString iconName(OverallState state);

} // namespace homing::gui
