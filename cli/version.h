// version.h — what `planport --version` prints.
#pragma once

#include <string>

namespace planport::cli {

/// "planport X.Y.Z" (the line help2man reads), then one line per library planport was built with.
std::string version_text();

}  // namespace planport::cli
