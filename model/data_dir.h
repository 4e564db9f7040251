// data_dir.h — where planport's data (the HTML templates and the theme table) is at run time. It is found from
// the executable, never from a path compiled in, so the same binary works from its build folder, from an
// install prefix (`cmake --install`) and from the Debian package:
//
//   <prefix>/bin/planport              <prefix>/share/planport/themes.tsv, templates/*.tpl
//   build/planport                     build/share/planport/…  (CMake copies the data there at build time)
#pragma once

#include <string>

namespace planport {

/// The path of `name` ("themes.tsv", "templates/appendix.tpl") in the first data folder that holds it:
/// ../share/planport from the executable's folder (an install), then share/planport beside the executable
/// (the build folder). The executable is /proc/self/exe, so a symlink to it finds its real folder.
/// Throws std::runtime_error with one line naming the folders tried when neither holds `name`.
std::string find_data_file(const std::string& name);

}  // namespace planport
