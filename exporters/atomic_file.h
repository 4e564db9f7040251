// atomic_file.h — write an output file: a regular file is replaced all at once (readers see the old content or
// the new, never half of it); a device, a FIFO or a socket is written straight through; "-" is standard output.
#pragma once

#include <functional>
#include <memory>
#include <ostream>
#include <string>

namespace planport {

/// Where writing to an output named `path` really goes. Symlinks are followed (a relative one from its own
/// folder) to the name they end at, which need not exist yet: that file is replaced and the link stays a link.
/// "-" is standard output, and a name of one of this process's descriptors (/dev/stdout, /dev/fd/N,
/// /proc/self/fd/N) is that descriptor, written as it is (its offset and append mode kept).
struct OutputTarget {
    std::string path;  ///< the file to write, symlinks followed ("-" for standard output)
    int fd = -1;       ///< the descriptor of "-" (1) or /dev/fd/N (N); -1 for a file named by path
};
/// Throws std::runtime_error("cannot write <path>: <strerror>") for a loop of symlinks.
OutputTarget resolve_output(const std::string& path);

/// Runs `writer` on the output `path` (see AtomicFile) and commits it. When `writer` throws, a regular file is
/// left as it was and the exception propagates. IO failures throw std::runtime_error("cannot write <path>:
/// <strerror>"); a folder throws "cannot write <path>: is a folder".
void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& writer);

namespace detail {
class FdBuf;
}

/// An output file written bit by bit (rows streamed while a batch runs). After resolve_output():
///  - a regular file, or nothing yet: written to a temporary file beside it (<target>.tmp-<pid>-<n>); commit()
///    flushes, fsyncs and renames it over the target; destroyed uncommitted (an exception, an early return) it
///    removes the temporary file and leaves the target as it was. The new file gets the default permissions
///    (0666 less the umask), not those of the file it replaces;
///  - anything else that exists (a character device such as /dev/null, a FIFO, a socket, a descriptor such as
///    /dev/stdout): opened and written straight through, never replaced; commit() flushes. What was written
///    before a failure has been written;
///  - "-": standard output (std::cout), flushed at commit();
///  - a folder: the constructor throws "cannot write <path>: is a folder".
class AtomicFile {
public:
    explicit AtomicFile(std::string path);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;
    std::ostream& stream() { return *out_; }
    void commit();

private:
    std::string path_, target_, tmp_;  // tmp_ empty: written straight through
    std::unique_ptr<detail::FdBuf> buf_;
    std::unique_ptr<std::ostream> file_;
    std::ostream* out_ = nullptr;
    bool committed_ = false;
};

}  // namespace planport
