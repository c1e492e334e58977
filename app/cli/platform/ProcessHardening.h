#pragma once

namespace homing::cli {

// Keeps the secrets this process holds (tokens, passwords, in several copies
// once requests are built) out of core dumps and away from other processes of
// the same user: on Linux the process becomes non-dumpable (no core file, no
// ptrace attach and /proc/<pid>/mem, environ and the like owned by root) and
// its core size limit is 0; on other Unix systems the core size limit is 0.
// On Windows it does nothing (see ProcessHardening_win.cpp).
// Call it first thing in main, before any secret is read. Returns false if the
// platform refused; the process then runs on as it is.
bool disableCoreDumps();

} // namespace homing::cli
