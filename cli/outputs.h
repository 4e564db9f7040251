// outputs.h — the outputs of a command, checked before anything is written: none may be a folder, one of the
// inputs (the same file by device and inode, however it is spelled or hard-linked) or the same file as
// another output of the command.
#pragma once

#include <string>
#include <vector>

namespace planport::cli {

struct Output {
    std::string option;  ///< as the user wrote it: "--csv"
    std::string path;    ///< "-" is standard output
};

/// The first problem with `outputs`, as one line naming the file ("--csv ./a.docx is the same file as the
/// input a.docx; ..."); empty when there is none. `inputs` are the files the command will read. Outputs that do
/// not exist yet are compared by absolute path with symlinks resolved (`out.csv` and `./out.csv` are one).
std::string check_outputs(const std::vector<Output>& outputs, const std::vector<std::string>& inputs);

}  // namespace planport::cli
