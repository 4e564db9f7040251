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

void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& writer) {
    const std::string tmp = temp_name(path);
    std::ofstream out;
    errno = 0;
    out.open(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw io_error(path, errno ? errno : EIO);
    try {
        writer(out);
        out.flush();
        if (!out) throw io_error(path, errno ? errno : EIO);
        out.close();
        if (!out) throw io_error(path, errno ? errno : EIO);
        // The data must be on disk before the rename makes it the file, or a crash could leave an empty file.
        if (int err = sync_path(tmp, O_RDONLY)) throw io_error(path, err);
        if (std::rename(tmp.c_str(), path.c_str()) != 0) throw io_error(path, errno);
    } catch (...) {
        if (out.is_open()) out.close();
        std::remove(tmp.c_str());
        throw;
    }
    // Make the rename itself durable; failing here does not undo a write that has happened.
    sync_path(directory_of(path), O_RDONLY | O_DIRECTORY);
}

}  // namespace planport
