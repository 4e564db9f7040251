// limits.h — the run's memory ceiling: a hostile file that would eat the machine fails on its own instead.
#pragma once

namespace planport::cli {

/// Caps the memory the process may take (RLIMIT_DATA: heap and private writable mappings, which is what
/// inflated parts, XML trees and page rasters use) at `megabytes`, so that a file needing more fails with
/// std::bad_alloc — reported as "out of memory" for that file — while the other files are converted.
/// RLIMIT_DATA rather than RLIMIT_AS: malloc's per-thread arenas reserve 64 MB of address space each, which
/// would make an address-space ceiling depend on --jobs. Does nothing and returns false when megabytes <= 0,
/// under AddressSanitizer (its shadow memory is terabytes of mapping) or when setrlimit refuses; never raises
/// a lower limit already set.
bool set_memory_ceiling(long megabytes);

}  // namespace planport::cli
