// compare.h — cross-board comparison: a boards × themes heat-map, each plan's status distribution as a stacked
// bar with its numbers, and the overdue actions, as one HTML page (compare.tpl); and the same counts as a
// long-form CSV (one row per board × plan × theme).
//
// An action counts under every theme of its priority; a priority with no themes counts as "other".
// Overdue: due before as_of and not complete; a due month "YYYY-MM" means its last day; no due date is
// never overdue.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "model/plan.h"

namespace planport {

struct CompareOptions {
    std::string as_of;         ///< YYYY-MM-DD, "" = today (local time)
    std::string template_dir;  ///< "" = the project's templates
};

/// Throws std::invalid_argument for an as_of that is not a real YYYY-MM-DD date, std::runtime_error when
/// the template cannot be expanded.
void write_compare_html(std::ostream& out, const std::vector<Plan>& plans, const CompareOptions& options);

/// Columns: board,plan,theme,priorities,actions,complete,green,amber,red,unknown,overdue; themes in table
/// order (taxonomy, then others, "other" last); only themes with at least one priority. RFC 4180, "\n".
void write_compare_csv(std::ostream& out, const std::vector<Plan>& plans, const CompareOptions& options);

/// True when the action is not complete and its due date ("YYYY-MM" = the month's last day, "YYYY-MM-DD") is
/// before as_of (YYYY-MM-DD); false when due is empty or unreadable.
bool is_overdue(const Action& a, const std::string& as_of);

/// Today as YYYY-MM-DD (local time).
std::string today_iso();

}  // namespace planport
