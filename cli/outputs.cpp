// outputs.cpp — outputs checked against the inputs and each other (see outputs.h).
#include "cli/outputs.h"

#include <sys/stat.h>

#include <filesystem>
#include <map>
#include <utility>

#include "exporters/atomic_file.h"

namespace fs = std::filesystem;

namespace planport::cli {

namespace {

struct Identity {
    bool exists = false, folder = false;
    dev_t dev = 0;
    ino_t ino = 0;
    std::string path;  ///< absolute, symlinks resolved, for outputs that do not exist yet
};

Identity identify(const std::string& name) {
    Identity id;
    OutputTarget target = resolve_output(name);  // symlinks followed; "-" and /dev/stdout are descriptors
    struct stat st;
    if ((target.fd >= 0 ? ::fstat(target.fd, &st) : ::stat(target.path.c_str(), &st)) == 0) {
        id.exists = true;
        id.folder = S_ISDIR(st.st_mode);
        id.dev = st.st_dev;
        id.ino = st.st_ino;
    }
    if (target.fd >= 0) {
        id.path = "/dev/fd/" + std::to_string(target.fd);
    } else {
        std::error_code ec;
        fs::path abs = fs::absolute(target.path, ec);
        fs::path canon = fs::weakly_canonical(abs, ec);
        id.path = (ec ? abs : canon).lexically_normal().string();
    }
    return id;
}

bool same_file(const Identity& a, const Identity& b) {
    if (a.exists != b.exists) return false;
    return a.exists ? a.dev == b.dev && a.ino == b.ino : a.path == b.path;
}

std::string shown(const Output& o) { return o.option + " " + (o.path == "-" ? "- (standard output)" : o.path); }

}  // namespace

std::string check_outputs(const std::vector<Output>& outputs, const std::vector<std::string>& inputs) {
    std::vector<Identity> ids;
    for (const auto& o : outputs) {
        ids.push_back(identify(o.path));
        if (ids.back().folder) return shown(o) + ": is a folder; give a file name";
    }
    std::map<std::pair<dev_t, ino_t>, const std::string*> read;  // the inputs by device and inode
    for (const auto& in : inputs) {
        struct stat st;
        if (::stat(in.c_str(), &st) == 0) read.emplace(std::make_pair(st.st_dev, st.st_ino), &in);
    }
    for (size_t i = 0; i < outputs.size(); ++i) {
        if (ids[i].exists) {
            auto it = read.find({ids[i].dev, ids[i].ino});
            if (it != read.end())
                return shown(outputs[i]) + " is the same file as the input " + *it->second +
                       "; it would be overwritten, so nothing was written";
        }
        for (size_t j = 0; j < i; ++j)
            if (same_file(ids[i], ids[j]))
                return shown(outputs[j]) + " and " + shown(outputs[i]) +
                       " are the same file; give each output its own name";
    }
    return "";
}

}  // namespace planport::cli
