#include "ProcessHardening.h"

namespace homing::cli {

bool disableCoreDumps()
{
    // Windows writes a user-mode dump only when Windows Error Reporting is
    // configured for it (LocalDumps in the registry) or a debugger asks. There
    // is no per-process switch like Linux's PR_SET_DUMPABLE: excluding the
    // application from WER (WerAddExcludedApplication) changes machine- or
    // user-wide settings and still does not stop a debugger, so nothing is done
    // here. Homing does not write dumps itself.
    return true;
}

} // namespace homing::cli
