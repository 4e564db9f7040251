// atomic_file.cpp — write to a temporary file, fsync, rename over the target (see atomic_file.h).
#include "exporters/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <stdexcept>

namespace planport {
namespace {

std::runtime_error io_error(const std::string& path, int err) {
    return std::runtime_error("cannot write " + path + ": " + std::strerror(err));
}

std::string temp_name(const std::string& path) {
    static std::atomic<unsigned> counter{0};
    return path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
}

/// fsync of a file or directory by name; returns errno, 0 on success.
int sync_path(const std::string& p, int flags) {
    int fd = ::open(p.c_str(), flags | O_CLOEXEC);
    if (fd < 0) return errno;
    int err = ::fsync(fd) == 0 ? 0 : errno;
    ::close(fd);
    return err;
}

std::string directory_of(const std::string& path) {
    auto slash = path.find_last_of('/');
    if (slash == std::string::npos) return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

}  // namespace

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)), tmp_(temp_name(path_)) {
    errno = 0;
    out_.open(tmp_, std::ios::binary | std::ios::trunc);
    if (!out_) throw io_error(path_, errno ? errno : EIO);
}

AtomicFile::~AtomicFile() {
    if (committed_) return;
    if (out_.is_open()) out_.close();
    std::remove(tmp_.c_str());
}

void AtomicFile::commit() {
    out_.flush();
    if (!out_) throw io_error(path_, errno ? errno : EIO);
    out_.close();
    if (!out_) throw io_error(path_, errno ? errno : EIO);
    // The data must be on disk before the rename makes it the file, or a crash could leave an empty file.
    if (int err = sync_path(tmp_, O_RDONLY)) throw io_error(path_, err);
    if (std::rename(tmp_.c_str(), path_.c_str()) != 0) throw io_error(path_, errno);
    committed_ = true;
    // Make the rename itself durable; failing here does not undo a write that has happened.
    sync_path(directory_of(path_), O_RDONLY | O_DIRECTORY);
}

void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& writer) {
    AtomicFile file(path);
    writer(file.stream());
    file.commit();
}

}  // namespace planport
