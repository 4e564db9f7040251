// atomic_file.h — replace a file all at once: readers see the old content or the new, never half of it.
#pragma once

#include <functional>
#include <ostream>
#include <string>

namespace planport {

/// Runs `writer` on a temporary file beside `path` (path + ".tmp-<pid>-<n>"), flushes and fsyncs it, then
/// renames it over `path`. When `writer` throws, the temporary file is removed, `path` is left as it was and
/// the exception propagates. IO failures throw std::runtime_error("cannot write <path>: <strerror>").
/// The new file gets the default permissions (0666 less the umask), not those of the file it replaces.
void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& writer);

}  // namespace planport
