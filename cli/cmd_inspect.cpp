// cmd_inspect.cpp — `planport inspect FILE`: what the importer saw (blocks and tables), which layout claimed
// each table and why, what was left unmapped, and the cell accounting.
#include <iostream>

#include "cli/common.h"
#include "importers/read_document.h"
#include "importers/recognise/columns.h"
#include "importers/recognise/recognise.h"

namespace planport::cli {

namespace {
const char* kHelp = R"(Usage: planport inspect FILE [--map FILE]

Shows what planport saw in FILE: its paragraphs and headings, each table (size, first row, page), which
layout recognised each table and from which header, the priorities and action counts it found, every
warning, and how many non-empty table cells reached the model.

Example:
  planport inspect essex-2015-17.docx)";

std::string shorten(std::string s, size_t n) {
    for (auto& c : s)
        if (c == '\n' || c == '\t') c = ' ';
    if (s.size() <= n) return s;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    return s.substr(0, n) + "…";
}
}  // namespace

int cmd_inspect(const std::vector<std::string>& args) {
    po::options_description desc("Options");
    desc.add_options()("map", po::value<std::string>(), "column mapping file (see 'planport report --help')");
    po::variables_map vm;
    int code = kOk;
    if (!parse_command(args, desc, kHelp, vm, code)) return code;
    if (!vm.count("input") || vm["input"].as<std::vector<std::string>>().size() != 1) {
        std::cerr << "planport inspect: give exactly one FILE (try --help)\n";
        return kUsage;
    }
    std::string path = vm["input"].as<std::vector<std::string>>()[0];
    RecogniseOptions ro;
    if (vm.count("map")) ro.column_map = load_column_map(vm["map"].as<std::string>());
    Diagnostics diag;
    Document doc;
    try {
        doc = read_document(path, diag);
    } catch (const ImportError& e) {
        std::cerr << path << ": error: " << e.what() << "\n";
        return kSomeFailed;
    }
    auto& out = std::cout;
    out << path << ": " << doc.format << ", " << doc.blocks.size() << " blocks";
    if (doc.pages) out << ", " << doc.pages << " pages";
    if (!doc.rendered_pages.empty()) {
        // Their rules and fills came from a rendering, not the vector paint: they may be pictures.
        out << "; rules and fills from a rendering (images under the text) on page";
        out << (doc.rendered_pages.size() > 1 ? "s " : " ");
        for (size_t i = 0; i < doc.rendered_pages.size(); ++i) out << (i ? ", " : "") << doc.rendered_pages[i];
    }
    out << "\n\nWhat the reader saw:\n";
    for (const auto& b : doc.blocks) {
        if (b.kind == Block::Kind::Paragraph) {
            const auto& p = b.paragraph;
            if (p.text.empty()) continue;
            out << "  " << (p.heading_level ? "heading " + std::to_string(p.heading_level) : std::string("paragraph"));
            if (p.page) out << " p." << p.page;
            out << ": " << (p.list_label.empty() ? "" : p.list_label + " ") << shorten(p.text, 90) << "\n";
        } else {
            const auto& t = b.table;
            out << "  table " << t.index << ": " << t.rows.size() << " rows x " << t.columns << " columns";
            if (t.page) out << ", page " << t.page;
            out << ", " << count_nonempty_cells(t) << " non-empty cells\n";
            if (!t.rows.empty()) {
                std::string first;
                for (const auto& c : t.rows[0].cells) first += (first.empty() ? "" : " | ") + c.text();
                out << "    first row: " << shorten(first, 110) << "\n";
            }
        }
    }
    Plan plan;
    try {
        plan = recognise(doc, diag, ro);
    } catch (const ImportError& e) {
        std::cerr << path << ": error: " << e.what() << "\n";
        return kSomeFailed;
    }
    out << "\nHow each table was read:\n";
    for (const auto& c : diag.claims) out << "  table " << c.table << ": " << c.reason << "\n";
    out << "\nPlan: " << plan.title << " | board: " << plan.board << " | period: " << plan.period() << "\n";
    for (const auto& p : plan.priorities)
        out << "  priority " << (p.ref.empty() ? "-" : p.ref) << ": " << shorten(p.title, 70) << " — "
            << p.actions.size() << " actions\n";
    out << "\nWarnings (" << diag.warnings.size() << "):\n";
    for (const auto& w : diag.warnings) out << "  " << w << "\n";
    out << "\nCells: " << diag.cells.cells_total << " non-empty table cells; " << diag.cells.cells_mapped
        << " reached the model; " << diag.cells.cells_other << " in tables that hold no actions; "
        << (diag.cells.cells_unmapped - diag.cells.cells_other) << " in the unmapped report";
    if (diag.cells.cells_total > 0)
        out << " (" << (100.0 * diag.cells.cells_mapped / diag.cells.cells_total) << "% mapped)";
    out << "\n";
    return kOk;
}

}  // namespace planport::cli
