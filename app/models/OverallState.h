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
    // How the addresses were found: "IPv4: 2 of 3 sources agreed, asked 26/11/2026 04:41".
    QString detection;
    QString detectionDetails; // one line per source: what it answered, or its error
};

// Reads a status object (as `homing-cli status --json` prints it, with "running").
OverallSummary summarise(const QJsonObject &status);

// The icon file of a state, under :/icons/tray/ (and :/icons/tray/template/ on macOS).
QString iconName(OverallState state);

} // namespace homing::gui
