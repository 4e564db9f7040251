// csv.h — RFC 4180 CSV: the actions table of one or more plans, and the field/row helpers other exporters use.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "model/plan.h"

namespace planport {

struct CsvOptions {
    bool excel = false;              ///< UTF-8 BOM and CRLF between records (line breaks inside cells stay '\n')
    bool neutralise_formulas = true; ///< prefix ' to text cells a spreadsheet would run as a formula (OWASP)
};

/// The header of write_actions_csv, in order.
const std::vector<std::string>& actions_csv_columns();

/// One header row, then one row per action in model order (plan, priority, action). theme = priority themes
/// joined by ';'; page empty when 0; source = action.where.file, else plan.source.
void write_actions_csv(std::ostream& out, const std::vector<Plan>& plans, const CsvOptions& options = {});

/// The rows of one plan's actions, without the header (write_actions_csv streamed plan by plan).
void write_actions_csv_rows(std::ostream& out, const Plan& plan, const CsvOptions& options = {});

/// A field quoted per RFC 4180 when it holds ',', '"', CR or LF or starts or ends with a space or tab
/// (quotes doubled); otherwise unchanged. No formula neutralisation: see csv_neutralise.
std::string csv_field(const std::string& value);

/// `value` with a leading ' when a spreadsheet would read it as a formula (rule in csv.cpp); else unchanged.
std::string csv_neutralise(const std::string& value);

/// Fields neutralised (when options say so) and quoted, joined by ',', then "\n" or, with excel, "\r\n".
/// Writes no BOM: a caller that writes a whole file writes it first (see csv_begin).
void write_csv_row(std::ostream& out, const std::vector<std::string>& fields, const CsvOptions& options = {});

/// Starts a CSV file: the UTF-8 BOM in excel mode, nothing otherwise.
void csv_begin(std::ostream& out, const CsvOptions& options = {});

}  // namespace planport
