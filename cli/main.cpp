// main.cpp — planport's command line: picks the subcommand; the work is in cmd_*.cpp.

#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/version.h"

namespace {

const char* kUsageText = R"(Usage: planport report  INPUT... [--csv FILE] [--html FILE] [--json FILE] [options]
  or:  planport compare INPUT... [--html FILE] [--csv FILE] [--as-of DATE]
  or:  planport tables  FILE [--format json|csv] [-o DIR] [--pages A-B]
  or:  planport inspect FILE
  or:  planport --version | --help

planport turns safeguarding business plans (Word .docx and PDF) into one table of actions,
annual-report appendices and cross-board comparisons.

INPUT is a .docx or .pdf plan, a folder (searched recursively; files are recognised by their content,
not their name), a model saved with --json, or '-' to read a list of paths from standard input.

Run 'planport COMMAND --help' for the options of one command.

Exit codes: 0 every input converted; 1 some inputs failed (the others were still converted);
2 the command line was wrong.

Examples:
  planport report samples/ --csv actions.csv --html appendix.html
  planport compare plans/ --html compare.html --csv compare.csv --as-of 2016-03-31
  planport tables plan.pdf --format csv -o tables/
  planport inspect plan.docx
)";

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        std::cout << kUsageText;
        return args.empty() ? planport::cli::kUsage : planport::cli::kOk;
    }
    if (args[0] == "--version" || args[0] == "-V") {
        std::cout << planport::cli::version_text();
        return planport::cli::kOk;
    }
    std::string command = args[0];
    args.erase(args.begin());
    try {
        if (command == "report") return planport::cli::cmd_report(args);
        if (command == "compare") return planport::cli::cmd_compare(args);
        if (command == "tables") return planport::cli::cmd_tables(args);
        if (command == "inspect") return planport::cli::cmd_inspect(args);
    } catch (const std::exception& e) {
        std::cerr << "planport: " << e.what() << "\n";
        return planport::cli::kSomeFailed;
    }
    std::cerr << "planport: unknown command '" << command << "' (try 'planport --help')\n";
    return planport::cli::kUsage;
}
