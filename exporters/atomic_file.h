// atomic_file.h — replace a file all at once: readers see the old content or the new, never half of it.
#pragma once

#include <fstream>
#include <functional>
#include <ostream>
#include <string>

namespace planport {

/// Runs `writer` on a temporary file beside `path` (path + ".tmp-<pid>-<n>"), flushes and fsyncs it, then
/// renames it over `path`. When `writer` throws, the temporary file is removed, `path` is left as it was and
/// the exception propagates. IO failures throw std::runtime_error("cannot write <path>: <strerror>").
/// The new file gets the default permissions (0666 less the umask), not those of the file it replaces.
void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& writer);

/// The same for a file written bit by bit (rows streamed while a batch runs): the temporary file is opened
/// at construction, commit() flushes, fsyncs and renames it, and a file destroyed uncommitted (an exception,
/// an early return) removes its temporary file and leaves `path` as it was. Errors as above.
class AtomicFile {
public:
    explicit AtomicFile(std::string path);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;
    std::ostream& stream() { return out_; }
    void commit();

private:
    std::string path_, tmp_;
    std::ofstream out_;
    bool committed_ = false;
};

}  // namespace planport
