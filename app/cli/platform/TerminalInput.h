#pragma once

#include <QString>

namespace homing::cli {

// True when standard input is an interactive terminal.
bool standardInputIsTerminal();
// Reads one line from the terminal without echoing it (for secrets).
QString readLineWithoutEcho();

} // namespace homing::cli
