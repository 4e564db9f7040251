// inputs.cpp — command-line inputs → files to convert.
#include "cli/inputs.h"

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "importers/read_document.h"

namespace fs = std::filesystem;

namespace planport::cli {

namespace {

void add_path(const std::string& path, bool accept_json, InputList& out) {
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
        out.problems.push_back(path + ": no such file or folder");
        return;
    }
    if (!fs::is_directory(status)) {
        out.files.push_back(path);
        return;
    }
    std::vector<std::string> found;
    for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file(ec)) continue;
        std::string p = it->path().string();
        FileKind kind = sniff_file(p);
        if (kind == FileKind::Docx || kind == FileKind::Pdf || (accept_json && kind == FileKind::Json)) {
            // Zip files that are not Word documents (e.g. .xlsx) are left to the reader to reject only when
            // named explicitly; in a folder, take zips with a Word-like name or any zip at all? Any zip: a
            // mis-named plan must not be skipped silently.
            found.push_back(p);
        } else if (kind == FileKind::Ole2) {
            found.push_back(p);  // gets its own "password-protected" error rather than vanishing
        }
    }
    std::sort(found.begin(), found.end());
    out.files.insert(out.files.end(), found.begin(), found.end());
}

}  // namespace

InputList expand_inputs(const std::vector<std::string>& inputs, bool accept_json) {
    InputList out;
    for (const auto& in : inputs) {
        if (in == "-") {
            std::string line;
            while (std::getline(std::cin, line)) {
                if (!line.empty() && line.back() == '\r') line.pop_back();
                if (!line.empty()) add_path(line, accept_json, out);
            }
        } else {
            add_path(in, accept_json, out);
        }
    }
    return out;
}

}  // namespace planport::cli
