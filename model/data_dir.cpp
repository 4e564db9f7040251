// data_dir.cpp — planport's data folder, found from the executable (see data_dir.h).
#include "model/data_dir.h"

#include <filesystem>
#include <stdexcept>
#include <system_error>
#include <vector>

namespace planport {

std::string find_data_file(const std::string& name) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec)
        throw std::runtime_error("data file " + name + " not found: /proc/self/exe: " + ec.message());
    std::vector<fs::path> dirs = {(exe.parent_path() / "../share/planport").lexically_normal(),
                                  exe.parent_path() / "share/planport"};
    for (const auto& d : dirs)
        if (fs::is_regular_file(d / name, ec)) return (d / name).string();
    throw std::runtime_error("data file " + name + " not found in " + dirs[0].string() + " or " + dirs[1].string() +
                             " (the data must be in share/planport above or beside the executable: reinstall "
                             "planport, or run the one in its build or install folder)");
}

}  // namespace planport
