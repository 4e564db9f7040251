// inputs.cpp — command-line inputs → files to convert.
#include "cli/inputs.h"

#include <algorithm>
#include <cctype>
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
        std::string ext = it->path().extension().string();
        for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        // By content first (a plan saved without its extension is still found); and a file *named* as a plan
        // but unreadable (.docx, .pdf, .doc) is taken too, so that it gets its own error instead of vanishing.
        bool named_as_plan = ext == ".docx" || ext == ".pdf" || ext == ".doc" || ext == ".docm";
        if (kind == FileKind::Docx || kind == FileKind::Pdf || kind == FileKind::Ole2 ||
            (accept_json && kind == FileKind::Json && ext == ".json") || named_as_plan)
            found.push_back(p);
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
