// cmd_report.cpp — `planport report`: plans in, the actions CSV (and, as they land, HTML and JSON) out.
#include <fstream>
#include <iostream>

#include "cli/common.h"
#include "exporters/atomic_file.h"
#include "exporters/csv.h"

namespace planport::cli {

namespace {
const char* kHelp = R"(Usage: planport report INPUT... [--csv FILE] [options]

Reads every plan given (files, folders, '-' for paths on standard input) and writes one row per action:
board, plan, period, priority, outcome, action, lead, timescale, due date, RAG status, progress, source
file and page. With no output option the CSV goes to standard output.

Examples:
  planport report samples/ --csv actions.csv
  planport report essex.docx --csv essex.csv --excel
  find plans -name '*.pdf' | planport report - --csv all.csv --errors failed.csv

CSV cells that a spreadsheet would run as a formula (starting with = + @, or - followed by a digit or
formula characters) get a leading ' so they show as text; --excel adds a byte-order mark and CRLF line ends
for Microsoft Excel.)";
}  // namespace

int cmd_report(const std::vector<std::string>& args) {
    po::options_description desc("Options");
    desc.add_options()
        ("csv", po::value<std::string>(), "write the actions CSV to FILE ('-' = standard output)")
        ("excel", po::bool_switch(), "CSV for Microsoft Excel: UTF-8 byte-order mark and CRLF line ends");
    add_batch_options(desc);
    po::variables_map vm;
    int code = kOk;
    if (!parse_command(args, desc, kHelp, vm, code)) return code;

    BatchRun run;
    if (!run_batch(vm, true, run)) return kUsage;

    CsvOptions csv;
    csv.excel = vm["excel"].as<bool>();
    auto write_csv = [&](std::ostream& out) {
        write_actions_csv(out, run.plans, csv);
    };
    std::string csv_path = vm.count("csv") ? vm["csv"].as<std::string>() : "-";
    if (csv_path == "-") write_csv(std::cout);
    else write_file_atomically(csv_path, write_csv);
    return run.failed > 0 ? kSomeFailed : kOk;
}

}  // namespace planport::cli
