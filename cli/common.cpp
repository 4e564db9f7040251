// common.cpp — batch options, running a batch, the summary and the --errors file.
#include "cli/common.h"

#include <unistd.h>

#include <iostream>
#include <map>

#include "cli/limits.h"
#include "cli/progress_bar.h"
#include "exporters/atomic_file.h"
#include "exporters/csv.h"
#include "importers/recognise/columns.h"

namespace planport::cli {

void add_batch_options(po::options_description& desc) {
    desc.add_options()
        ("jobs,j", po::value<int>()->default_value(0), "files converted in parallel (0 = all cores)")
        ("errors", po::value<std::string>(),
         "write a CSV of the files that failed, with the reason, to FILE ('-' = standard output)")
        ("map", po::value<std::string>(),
         "column mapping file for unusual headings: lines 'header text = role' (roles: ref, outcome, action, "
         "lead, resources, timescale, progress, rag, number, objective)")
        ("pages", po::value<std::string>(), "PDF pages to read, e.g. 3-7")
        ("themes", po::value<std::string>(),
         "theme synonyms file replacing the built-in one (format: see model/themes.tsv)")
        ("max-memory", po::value<long>()->default_value(4096),
         "memory ceiling of the run in MB (0 = none): a file that needs more fails with 'out of memory' and the "
         "others are still converted")
        ("time-budget", po::value<double>()->default_value(60),
         "seconds one PDF may take: pages after that are skipped with a warning")
        ("quiet,q", po::bool_switch(), "print errors only")
        ("verbose,v", po::bool_switch(), "print warnings too (unmapped tables and cells, inferred priorities)");
}

bool parse_command(const std::vector<std::string>& args, po::options_description& desc, const char* usage,
                   po::variables_map& vm, int& exit_code) {
    desc.add_options()("help,h", "show this help")(
        "input", po::value<std::vector<std::string>>()->multitoken(), "input files or folders");
    po::positional_options_description pos;
    pos.add("input", -1);
    try {
        po::store(po::command_line_parser(args).options(desc).positional(pos).run(), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        std::cerr << "planport: " << e.what() << " (try --help)\n";
        exit_code = kUsage;
        return false;
    }
    if (vm.count("help")) {
        std::cout << usage << "\n" << desc << "\n";
        exit_code = kOk;
        return false;
    }
    return true;
}

void parse_pages(const std::string& spec, PdfOptions& pdf) {
    auto dash = spec.find('-');
    try {
        pdf.first_page = std::stoi(spec.substr(0, dash));
        pdf.last_page = dash == std::string::npos ? pdf.first_page : std::stoi(spec.substr(dash + 1));
    } catch (const std::exception&) {
        throw std::invalid_argument("--pages expects A-B, e.g. 2-5");
    }
    if (pdf.first_page < 1 || pdf.last_page < pdf.first_page) throw std::invalid_argument("--pages expects A-B with 1 <= A <= B");
}

bool prepare_batch(const po::variables_map& vm, bool accept_json, std::vector<Output> outputs, InputList& inputs) {
    if (!vm.count("input")) {
        std::cerr << "planport: no input given (a file, a folder or '-'; try --help)\n";
        return false;
    }
    inputs = expand_inputs(vm["input"].as<std::vector<std::string>>(), accept_json);
    if (vm.count("errors")) outputs.push_back({"--errors", vm["errors"].as<std::string>()});
    std::vector<std::string> read = inputs.files;
    for (const char* option : {"map", "themes"})
        if (vm.count(option)) read.push_back(vm[option].as<std::string>());
    std::string problem = check_outputs(outputs, read);
    if (!problem.empty()) std::cerr << "planport: " << problem << "\n";
    return problem.empty();
}

void run_batch(const po::variables_map& vm, const InputList& inputs, BatchRun& run, const PlanSink& sink) {
    bool quiet = vm["quiet"].as<bool>(), verbose = vm["verbose"].as<bool>();
    BatchOptions options;
    options.jobs = vm["jobs"].as<int>();
    if (vm.count("map")) options.import.recognise.column_map = load_column_map(vm["map"].as<std::string>());
    if (vm.count("pages")) parse_pages(vm["pages"].as<std::string>(), options.import.pdf);
    options.import.pdf.time_budget_s = vm["time-budget"].as<double>();
    if (set_memory_ceiling(vm["max-memory"].as<long>())) options.memory_ceiling_mb = vm["max-memory"].as<long>();
    // The built-in table is read here, before any file, so that a planport whose data cannot be found says so
    // once (find_data_file's message) instead of failing every file.
    ThemeTable themes = vm.count("themes") ? load_theme_table(vm["themes"].as<std::string>()) : default_theme_table();
    options.import.themes = &themes;

    // The same plan in two formats (essex.docx and essex.pdf in one folder) is reported once: the first in
    // input order (paths are sorted, so the .docx before the .pdf) is kept, the other named in a message.
    std::map<std::string, std::string> seen;  // board|title|period|version → file
    std::vector<std::pair<std::string, std::string>> failures;  // file, reason (for --errors)
    int duplicates = 0;
    int actions = 0, unmapped = 0;
    long cells_total = 0, cells_model = 0, cells_other = 0;
    for (const auto& p : inputs.problems) {
        std::cerr << "planport: " << p << "\n";
        failures.emplace_back(p.substr(0, p.find(": ")), p.substr(p.find(": ") + 2));
        ++run.failed;
    }
    // Each file's result is taken in input order as soon as it is ready and then dropped: only its plans
    // live on (in run.plans, or not at all when a sink writes them out).
    auto take = [&](FileResult&& r, ProgressBar& bar) {
        if (!r.ok) {
            bar.print(r.path + ": error: " + r.error);
            failures.emplace_back(r.path, r.error);
            ++run.failed;
            return;
        }
        for (auto& plan : r.plans) {
            std::string key = plan.board + "|" + plan.title + "|" + plan.period() + "|" + plan.version;
            if (!plan.board.empty() && !plan.title.empty()) {
                auto [it, fresh] = seen.emplace(key, r.path);
                if (!fresh) {
                    ++duplicates;
                    if (verbose)
                        bar.print(r.path + ": same plan as " + it->second +
                                  " (board, title and period), reported once; give it alone to read it");
                    continue;
                }
            }
            actions += plan.action_count();
            if (sink) sink(std::move(plan));
            else run.plans.push_back(std::move(plan));
        }
        unmapped += static_cast<int>(r.diag.unmapped.size());
        cells_total += r.diag.cells.cells_total;
        cells_model += r.diag.cells.cells_mapped;
        cells_other += r.diag.cells.cells_other;
        if (verbose)
            for (const auto& w : r.diag.warnings) bar.print("warning: " + w);
        else if (!quiet)
            for (const auto& u : r.diag.unmapped)
                bar.print(r.path + ": table " + std::to_string(u.table) +
                          ": not recognised, reported as unmapped (first row: " + u.first_row + ")");
    };
    {  // the bar is cleared (destroyed) before the summary is printed
        ProgressBar bar(static_cast<int>(inputs.files.size()), !quiet && isatty(STDERR_FILENO));
        convert_each(inputs.files, options, bar, [&](FileResult&& r) { take(std::move(r), bar); });
    }
    int files_total = static_cast<int>(inputs.files.size() + inputs.problems.size());
    if (!quiet) {
        std::cerr << "planport: " << (files_total - run.failed) << " of " << files_total << " files converted, " << run.failed
                  << " failed; " << (duplicates ? std::to_string(duplicates) +
                                            " plans found twice (same board, title and period; -v names them) reported once; "
                                      : "")
                  << actions << " actions; " << unmapped << " unmapped tables; " << cells_model << " of "
                  << cells_total << " non-empty table cells reached the model";
        if (cells_other > 0) std::cerr << ", " << cells_other << " are in tables that hold no actions (keys, contents, membership …)";
        if (cells_total > 0 && cells_model + cells_other < cells_total)
            std::cerr << ", " << (cells_total - cells_model - cells_other) << " are in the unmapped report";
        std::cerr << "\n";
    }
    if (vm.count("errors")) {
        write_file_atomically(vm["errors"].as<std::string>(), [&](std::ostream& out) {
            write_csv_row(out, {"file", "error"});
            for (const auto& [file, reason] : failures) write_csv_row(out, {file, reason});
        });
    }
}

}  // namespace planport::cli
