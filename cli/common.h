// common.h — what report and compare share: the batch options, running the batch, and the closing summary.
#pragma once

#include <boost/program_options.hpp>
#include <functional>
#include <string>
#include <vector>

#include "cli/batch.h"
#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/outputs.h"

namespace planport::cli {

namespace po = boost::program_options;

/// Adds --jobs, --errors, --map, --pages, -q, -v to a command's options.
void add_batch_options(po::options_description& desc);

/// Parses args with INPUT... as positional arguments. Returns false (after printing help or the error) when
/// the command should stop; `exit_code` says with what.
bool parse_command(const std::vector<std::string>& args, po::options_description& desc, const char* usage,
                   po::variables_map& vm, int& exit_code);

struct BatchRun {
    std::vector<Plan> plans;  ///< the plans of every converted file, in input order (none when a sink took them)
    int failed = 0;
};

/// Where each converted plan goes, in input order, as soon as it is ready (a CSV streamed row by row, so a
/// batch of thousands holds no more than a few plans); an empty sink keeps them all in BatchRun::plans.
using PlanSink = std::function<void(Plan&&)>;

/// Expands the inputs (folders walked, '-' read from standard input) into `inputs` and checks `outputs`, with
/// --errors, against them (the --map and --themes files count as inputs) and each other (cli/outputs.h).
/// Returns false after printing why (no input; an output that is a folder, an input or another output) — a
/// usage error, found before anything is written.
bool prepare_batch(const po::variables_map& vm, bool accept_json, std::vector<Output> outputs, InputList& inputs);

/// Converts the inputs (progress bar on a terminal), prints one line per failure and, unless -q, the summary;
/// writes --errors.
void run_batch(const po::variables_map& vm, const InputList& inputs, BatchRun& run, const PlanSink& sink = {});

/// Parses "A-B" or "A" into a PdfOptions page range; throws std::invalid_argument.
void parse_pages(const std::string& spec, PdfOptions& pdf);

}  // namespace planport::cli
