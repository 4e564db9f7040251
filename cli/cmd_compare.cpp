// cmd_compare.cpp — `planport compare`: boards side by side, by theme and status, with overdue actions.
#include <iostream>

#include "cli/common.h"
#include "exporters/atomic_file.h"
#include "exporters/compare.h"

namespace planport::cli {

namespace {
const char* kHelp = R"(Usage: planport compare INPUT... [--html FILE] [--csv FILE] [--as-of YYYY-MM-DD]

Compares the plans given (files, folders, saved models, '-' for paths on standard input):
  - a boards x themes heat map: how many priorities and actions each plan has on each theme;
  - each plan's actions by status (complete, green, amber, red, not rated), as bars with their numbers;
  - overdue actions: due before --as-of (default today) and not complete.
--csv writes the same in long form: board, plan, theme, priorities, actions, complete, green, amber, red,
unknown, overdue. With no output option the CSV goes to standard output.

Examples:
  planport compare samples/ --html compare.html --csv compare.csv
  planport compare plans/ --html compare.html --as-of 2016-03-31)";
}  // namespace

int cmd_compare(const std::vector<std::string>& args) {
    po::options_description desc("Options");
    desc.add_options()
        ("html", po::value<std::string>(), "write the comparison page (HTML) to FILE ('-' = standard output)")
        ("csv", po::value<std::string>(), "write the comparison in long form (CSV) to FILE ('-' = standard output)")
        ("as-of", po::value<std::string>(), "date for 'overdue', YYYY-MM-DD (default: today)")
        ("template-dir", po::value<std::string>(), "folder with your own ctemplate templates");
    add_batch_options(desc);
    po::variables_map vm;
    int code = kOk;
    if (!parse_command(args, desc, kHelp, vm, code)) return code;
    CompareOptions options;
    if (vm.count("as-of")) options.as_of = vm["as-of"].as<std::string>();
    if (vm.count("template-dir")) options.template_dir = vm["template-dir"].as<std::string>();
    if (!options.as_of.empty() && (options.as_of.size() != 10 || options.as_of[4] != '-' || options.as_of[7] != '-')) {
        std::cerr << "planport compare: --as-of expects a date YYYY-MM-DD\n";
        return kUsage;
    }

    std::string csv_path = vm.count("csv") ? vm["csv"].as<std::string>() : (vm.count("html") ? "" : "-");
    std::vector<Output> outputs;
    if (!csv_path.empty()) outputs.push_back({"--csv", csv_path});
    if (vm.count("html")) outputs.push_back({"--html", vm["html"].as<std::string>()});
    InputList inputs;
    if (!prepare_batch(vm, true, outputs, inputs)) return kUsage;
    BatchRun run;
    run_batch(vm, inputs, run);
    if (!csv_path.empty())
        write_file_atomically(csv_path, [&](std::ostream& out) { write_compare_csv(out, run.plans, options); });
    if (vm.count("html"))
        write_file_atomically(vm["html"].as<std::string>(),
                              [&](std::ostream& out) { write_compare_html(out, run.plans, options); });
    return run.failed > 0 ? kSomeFailed : kOk;
}

}  // namespace planport::cli
