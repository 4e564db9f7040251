// inputs.h — turns command-line inputs (files, folders, "-" for a list of paths on stdin) into the list of
// files to convert. Folders are walked recursively and files are chosen by content (first bytes), not name.
#pragma once

#include <string>
#include <vector>

namespace planport::cli {

struct InputList {
    std::vector<std::string> files;     ///< in a stable order: as given, folders sorted by path
    std::vector<std::string> problems;  ///< "path: no such file or folder"
};

/// Expands inputs. Inside folders only DOCX, PDF and model JSON files are taken (by content); a file named
/// explicitly is always taken, so that a bad one gets its own error.
InputList expand_inputs(const std::vector<std::string>& inputs, bool accept_json);

}  // namespace planport::cli
