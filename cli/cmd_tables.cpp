// cmd_tables.cpp — `planport tables FILE`: the raw tables the reader found, before any business-plan
// recognition, as JSON (standard output) or one CSV per table.
#include <filesystem>
#include <iostream>

#include "cli/common.h"
#include "exporters/atomic_file.h"
#include "exporters/tables.h"
#include "importers/read_document.h"

namespace planport::cli {

namespace {
const char* kHelp = R"(Usage: planport tables FILE [--format json|csv] [-o DIR] [--pages A-B]

Prints every table the reader found in FILE (.docx or .pdf), before any business-plan recognition: the full
grid (a merged cell's text in its top-left position), each cell's span and fill colour, and for PDFs the page
and bounding box (points, origin top-left). Useful to see why a plan's table was not recognised, or as a
table extractor in its own right.

Examples:
  planport tables plan.docx
  planport tables plan.pdf --pages 2-4 --format csv -o tables/)";
}  // namespace

int cmd_tables(const std::vector<std::string>& args) {
    po::options_description desc("Options");
    desc.add_options()
        ("format", po::value<std::string>()->default_value("json"), "json (standard output or DIR/<file>.json) or csv (one file per table in DIR)")
        ("output,o", po::value<std::string>(), "output folder (for json, '-' = standard output, the default)")
        ("pages", po::value<std::string>(), "PDF pages to read, e.g. 3-7")
        ("quiet,q", po::bool_switch(), "print errors only");
    po::variables_map vm;
    int code = kOk;
    if (!parse_command(args, desc, kHelp, vm, code)) return code;
    if (!vm.count("input") || vm["input"].as<std::vector<std::string>>().size() != 1) {
        std::cerr << "planport tables: give exactly one FILE (try --help)\n";
        return kUsage;
    }
    std::string path = vm["input"].as<std::vector<std::string>>()[0];
    std::string format = vm["format"].as<std::string>();
    if (format != "json" && format != "csv") {
        std::cerr << "planport tables: --format must be json or csv\n";
        return kUsage;
    }
    std::string dir = vm.count("output") ? vm["output"].as<std::string>() : "";
    if (!dir.empty() && dir != "-" && std::filesystem::exists(dir) && !std::filesystem::is_directory(dir)) {
        std::cerr << "planport tables: -o " << dir << ": not a folder\n";
        return kUsage;
    }
    PdfOptions pdf;
    try {
        if (vm.count("pages")) parse_pages(vm["pages"].as<std::string>(), pdf);
    } catch (const std::exception& e) {
        std::cerr << "planport tables: " << e.what() << "\n";
        return kUsage;
    }
    Diagnostics diag;
    Document doc;
    try {
        doc = read_document(path, diag, pdf);
    } catch (const ImportError& e) {
        std::cerr << path << ": error: " << e.what() << "\n";
        return kSomeFailed;
    }
    std::string stem = std::filesystem::path(path).filename().string();
    doc.source = stem;
    if (format == "csv") {
        if (dir.empty() || dir == "-") {
            std::cerr << "planport tables: --format csv writes one file per table and needs -o DIR\n";
            return kUsage;
        }
        std::filesystem::create_directories(dir);
        write_tables_csv(dir, doc, std::filesystem::path(path).stem().string());
    } else if (dir.empty() || dir == "-") {
        write_tables_json(std::cout, doc);
    } else {
        std::filesystem::create_directories(dir);
        std::string file = dir + "/" + std::filesystem::path(path).stem().string() + ".json";
        std::string problem = check_outputs({{"-o", file}}, {path});
        if (!problem.empty()) {
            std::cerr << "planport tables: " << problem << "\n";
            return kUsage;
        }
        write_file_atomically(file, [&](std::ostream& out) { write_tables_json(out, doc); });
    }
    return kOk;
}

}  // namespace planport::cli
