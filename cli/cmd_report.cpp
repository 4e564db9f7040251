// cmd_report.cpp — `planport report`: plans in, the actions CSV (and, as they land, HTML and JSON) out.
#include <iostream>
#include <memory>

#include "cli/common.h"
#include "exporters/atomic_file.h"
#include "exporters/csv.h"
#include "exporters/html.h"
#include "exporters/json.h"

namespace planport::cli {

namespace {
const char* kHelp = R"(Usage: planport report INPUT... [--csv FILE] [--html FILE] [--json FILE] [options]

Reads every plan given (files, folders, '-' for paths on standard input) and writes:
  --csv   one row per action: board, plan, period, priority, themes, outcome, action, lead, timescale,
          due date, RAG status, progress, source file and page;
  --html  the annual-report appendix: one self-contained page (WCAG 2.1 AA, prints well) with a summary of
          actions by status and every action under its board and priority;
  --json  the whole model; give that file back to planport as an INPUT (after correcting it by hand, say)
          to export it again.
With no output option the CSV goes to standard output; '-' names it for any one output. A file is written
to a temporary name and renamed, so a failure never leaves half a file; a symlink's target is replaced, and a
device, FIFO or socket (/dev/null, /dev/stdout) is written straight through. An output that is one of the
inputs, a folder, or the same file as another output is refused before anything is written.

Examples:
  planport report samples/ --csv actions.csv --html appendix.html --json model.json
  planport report model.json --html appendix.html
  planport report essex.docx --csv essex.csv --excel
  find plans -name '*.pdf' | planport report - --csv all.csv --errors failed.csv

CSV cells that a spreadsheet would run as a formula (starting with = + @, or - followed by a digit or
formula characters) get a leading ' so they show as text; --excel adds a byte-order mark and CRLF line ends
for Microsoft Excel.)";
}  // namespace

int cmd_report(const std::vector<std::string>& args) {
    po::options_description desc("Options");
    desc.add_options()
        ("csv", po::value<std::string>(), "write the actions CSV to FILE ('-' = standard output, the default)")
        ("excel", po::bool_switch(), "CSV for Microsoft Excel: UTF-8 byte-order mark and CRLF line ends")
        ("html", po::value<std::string>(), "write the annual-report appendix (HTML) to FILE ('-' = standard output)")
        ("json", po::value<std::string>(), "write the whole model (JSON, schema in exporters/model_schema.json) to FILE ('-' = standard output)")
        ("title", po::value<std::string>(), "title of the HTML appendix")
        ("template-dir", po::value<std::string>(), "folder with your own ctemplate templates (copy exporters/templates/)");
    add_batch_options(desc);
    po::variables_map vm;
    int code = kOk;
    if (!parse_command(args, desc, kHelp, vm, code)) return code;

    CsvOptions csv;
    csv.excel = vm["excel"].as<bool>();
    bool any_output = vm.count("csv") || vm.count("html") || vm.count("json");
    std::string csv_path = vm.count("csv") ? vm["csv"].as<std::string>() : (any_output ? "" : "-");
    std::vector<Output> outputs;
    if (!csv_path.empty()) outputs.push_back({"--csv", csv_path});
    for (const char* option : {"html", "json"})
        if (vm.count(option)) outputs.push_back({std::string("--") + option, vm[option].as<std::string>()});
    InputList inputs;
    if (!prepare_batch(vm, true, outputs, inputs)) return kUsage;
    // The CSV is written row by row as each plan arrives (to a temporary file renamed at the end, for a
    // regular file); only the HTML and JSON outputs need every plan at once.
    std::unique_ptr<AtomicFile> csv_file;
    if (!csv_path.empty()) {
        csv_file = std::make_unique<AtomicFile>(csv_path);
        write_actions_csv(csv_file->stream(), {}, csv);  // no plans yet: the byte-order mark (--excel) and header
    }
    bool keep_plans = vm.count("html") || vm.count("json");
    BatchRun run;
    auto sink = [&](Plan&& plan) {
        if (csv_file) write_actions_csv_rows(csv_file->stream(), plan, csv);
        if (keep_plans) run.plans.push_back(std::move(plan));
    };
    run_batch(vm, inputs, run, sink);
    if (csv_file) csv_file->commit();
    if (vm.count("html")) {
        HtmlOptions html;
        if (vm.count("template-dir")) html.template_dir = vm["template-dir"].as<std::string>();
        if (vm.count("title")) html.title = vm["title"].as<std::string>();
        write_file_atomically(vm["html"].as<std::string>(),
                              [&](std::ostream& out) { write_appendix_html(out, run.plans, html); });
    }
    if (vm.count("json"))
        write_file_atomically(vm["json"].as<std::string>(), [&](std::ostream& out) { write_model_json(out, run.plans); });
    return run.failed > 0 ? kSomeFailed : kOk;
}

}  // namespace planport::cli
