// commands.h — the subcommands of planport; each parses its own options and returns the exit code.
#pragma once

#include <string>
#include <vector>

namespace planport::cli {

/// Exit codes (documented in --help and the README).
constexpr int kOk = 0;           ///< every input converted
constexpr int kSomeFailed = 1;   ///< at least one input failed (the others were still converted)
constexpr int kUsage = 2;        ///< bad command line

int cmd_report(const std::vector<std::string>& args);
int cmd_compare(const std::vector<std::string>& args);
int cmd_tables(const std::vector<std::string>& args);
int cmd_inspect(const std::vector<std::string>& args);

/// Verbosity shared by the commands: -q (errors only), default, -v (warnings too).
struct Verbosity { bool quiet = false; bool verbose = false; };

}  // namespace planport::cli
