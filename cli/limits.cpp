// limits.cpp — setrlimit for the memory ceiling (see limits.h).
#include "cli/limits.h"

#include <sys/resource.h>

#if defined(__SANITIZE_ADDRESS__)
#define PLANPORT_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PLANPORT_ASAN 1
#endif
#endif

namespace planport::cli {

bool set_memory_ceiling(long megabytes) {
#ifdef PLANPORT_ASAN
    (void)megabytes;
    return false;
#else
    if (megabytes <= 0) return false;
    rlimit lim{};
    if (getrlimit(RLIMIT_DATA, &lim) != 0) return false;
    rlim_t want = static_cast<rlim_t>(megabytes) << 20;
    if (lim.rlim_max != RLIM_INFINITY && want > lim.rlim_max) want = lim.rlim_max;
    if (lim.rlim_cur != RLIM_INFINITY && lim.rlim_cur <= want) return true;  // already as low or lower
    lim.rlim_cur = want;
    return setrlimit(RLIMIT_DATA, &lim) == 0;
#endif
}

}  // namespace planport::cli
