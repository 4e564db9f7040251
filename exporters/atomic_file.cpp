// atomic_file.cpp — a regular file: write to a temporary file, fsync, rename over the target; anything else:
// write straight through (see atomic_file.h).
#include "exporters/atomic_file.h"

#include <fcntl.h>
#include <limits.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <stdexcept>
#include <streambuf>
#include <vector>

namespace planport {

namespace detail {

/// An output stream buffer on a file descriptor it owns; remembers the first write error.
class FdBuf : public std::streambuf {
public:
    explicit FdBuf(int fd) : fd_(fd), buf_(1 << 16) { setp(buf_.data(), buf_.data() + buf_.size()); }
    ~FdBuf() override {
        if (fd_ >= 0) ::close(fd_);
    }
    int fd() const { return fd_; }
    /// Writes what is buffered; returns errno of the first failure so far, 0 if none.
    int flush() {
        drain();
        return error_;
    }
    /// Flushes and closes; returns errno, 0 on success.
    int close() {
        int err = flush();
        if (fd_ >= 0 && ::close(fd_) != 0 && !err) err = errno;
        fd_ = -1;
        return err;
    }

protected:
    int_type overflow(int_type c) override {
        if (!drain()) return traits_type::eof();
        if (!traits_type::eq_int_type(c, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(c);
            pbump(1);
        }
        return traits_type::not_eof(c);
    }
    int sync() override { return drain() ? 0 : -1; }

private:
    bool drain() {
        if (error_) return false;
        for (const char* p = pbase(); p < pptr();) {
            ssize_t n = ::write(fd_, p, static_cast<size_t>(pptr() - p));
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) {
                error_ = errno;
                return false;
            }
            p += n;
        }
        setp(buf_.data(), buf_.data() + buf_.size());
        return true;
    }

    int fd_;
    int error_ = 0;
    std::vector<char> buf_;
};

}  // namespace detail

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

/// N when `p` names descriptor N of this process (/proc/self/fd/N, /dev/fd/N: their folder is this process's
/// /proc/<pid>/fd or /proc/<pid>/task/<tid>/fd); -1 otherwise.
int own_descriptor(const std::string& p) {
    std::string name = p.substr(p.find_last_of('/') + 1);
    if (name.empty() || name.size() > 9 || name.find_first_not_of("0123456789") != std::string::npos) return -1;
    std::error_code ec;
    std::string dir = std::filesystem::canonical(directory_of(p), ec).string();
    if (ec) return -1;
    std::string proc = "/proc/" + std::to_string(::getpid()) + "/";
    bool own = dir == proc + "fd" ||
               (dir.rfind(proc + "task/", 0) == 0 && dir.size() > 3 && dir.compare(dir.size() - 3, 3, "/fd") == 0);
    return own ? std::stoi(name) : -1;
}

/// A connected stream socket to the Unix socket `path`; -1 with errno set on failure.
int connect_socket(const std::string& path) {
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    if (path.size() >= sizeof addr.sun_path) {
        errno = ENAMETOOLONG;
        return -1;
    }
    std::memcpy(addr.sun_path, path.c_str(), path.size() + 1);
    int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return -1;
    if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        int err = errno;
        ::close(fd);
        errno = err;
        return -1;
    }
    return fd;
}

}  // namespace

OutputTarget resolve_output(const std::string& path) {
    if (path == "-") return {"-", STDOUT_FILENO};
    std::string p = path;
    for (int hops = 0; hops < 40; ++hops) {
        if (int fd = own_descriptor(p); fd >= 0) return {p, fd};
        struct stat st;
        if (::lstat(p.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return {p, -1};
        std::vector<char> link(PATH_MAX);
        ssize_t n = ::readlink(p.c_str(), link.data(), link.size());
        if (n <= 0) return {p, -1};  // unreadable: let opening it report why
        std::string to(link.data(), static_cast<size_t>(n));
        p = to[0] == '/' ? to : directory_of(p) + "/" + to;
    }
    throw io_error(path, ELOOP);
}

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
    OutputTarget target = resolve_output(path_);
    target_ = target.path;
    if (target_ == "-") {
        out_ = &std::cout;
        return;
    }
    int fd = -1;
    struct stat st;
    if (target.fd >= 0) {
        std::cout.flush();  // what went to std::cout before comes first
        fd = ::fcntl(target.fd, F_DUPFD_CLOEXEC, 0);
    } else if (::stat(target_.c_str(), &st) != 0 || S_ISREG(st.st_mode)) {
        tmp_ = temp_name(target_);
        fd = ::open(tmp_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    } else if (S_ISDIR(st.st_mode)) {
        throw std::runtime_error("cannot write " + path_ + ": is a folder");
    } else if (S_ISSOCK(st.st_mode)) {
        fd = connect_socket(target_);
    } else {  // a device or a FIFO (opening a FIFO waits for its reader)
        fd = ::open(target_.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    }
    if (fd < 0) throw io_error(path_, errno);
    buf_ = std::make_unique<detail::FdBuf>(fd);
    file_ = std::make_unique<std::ostream>(buf_.get());
    out_ = file_.get();
}

AtomicFile::~AtomicFile() {
    if (!buf_) {
        std::cout.flush();
        return;
    }
    file_.reset();
    buf_.reset();  // closes the descriptor
    if (!committed_ && !tmp_.empty()) std::remove(tmp_.c_str());
}

void AtomicFile::commit() {
    if (!buf_) {
        std::cout.flush();
        if (!std::cout) throw std::runtime_error("cannot write standard output");
        committed_ = true;
        return;
    }
    if (int err = buf_->flush()) throw io_error(path_, err);
    if (tmp_.empty()) {  // written straight through
        if (int err = buf_->close()) throw io_error(path_, err);
        committed_ = true;
        return;
    }
    // The data must be on disk before the rename makes it the file, or a crash could leave an empty file.
    if (::fsync(buf_->fd()) != 0) throw io_error(path_, errno);
    if (int err = buf_->close()) throw io_error(path_, err);
    if (std::rename(tmp_.c_str(), target_.c_str()) != 0) throw io_error(path_, errno);
    committed_ = true;
    // Make the rename itself durable; failing here does not undo a write that has happened.
    sync_path(directory_of(target_), O_RDONLY | O_DIRECTORY);
}

void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& writer) {
    AtomicFile file(path);
    writer(file.stream());
    file.commit();
}

}  // namespace planport
