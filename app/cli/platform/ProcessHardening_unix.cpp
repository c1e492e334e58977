#include "ProcessHardening.h"

#include <sys/resource.h>

#if defined(__linux__)
#include <sys/prctl.h>
#endif

namespace homing::cli {

bool disableCoreDumps()
{
    bool ok = true;
    // Both limits to 0: the process cannot raise the soft limit again, and a
    // child (none today) inherits them.
    const rlimit none{0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0)
        ok = false;
#if defined(__linux__)
    // RLIMIT_CORE alone does not stop a core_pattern pipe handler (systemd-
    // coredump, apport), which is run whatever the limit says; a non-dumpable
    // process is not dumped at all. It also refuses ptrace from the same user.
    // The kernel resets this on execve, so it holds for this process only.
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        ok = false;
#endif
    return ok;
}

} // namespace homing::cli
