// columns.h — column roles of an action table, from the header words *and* what the column holds.
//
// A header is matched on words (lower case, punctuation, '?', line breaks and word order ignored, simple
// stems), against a vocabulary per role. Each column also gets content evidence: share of dates, short
// names/job titles, status letters or words, coloured empty cells, refs, long sentences, emptiness. Roles are
// then assigned by the best total, each role to at most one column (progress and tick columns may repeat:
// several progress columns are the history of one progress). The user's --map file wins over both.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model/document.h"
#include "model/plan.h"

namespace planport {

enum class Role {
    None, Number, Objective, Ref, Outcome, Action, Lead, Resources, Timescale, Progress, Rag, Priority,
    Measure,   ///< success measure / how we will know: not the outcome
    Strategy,  ///< a strategy column over the actions ("How will the LSCB do this?"): context only
    Tick,      ///< one of several status columns ticked ("Achieved | On target | Not achieved")
    Other,     ///< budget, risks, links: read, not an action field
};

const char* role_name(Role r);
/// "action" → Role::Action …; unknown names give Role::None.
Role role_from_name(const std::string& name);

/// The role a header text announces by its words alone ("Key action" → Action, "Lead officer/group" → Lead,
/// "By when?" → Timescale, "Q3 update" → Progress, "No." → Number …); Role::None when no vocabulary matches.
/// `user_map` (lower-cased, squashed header → role name, from a mapping file) is consulted first.
Role role_of_header(const std::string& header, const std::map<std::string, std::string>& user_map = {});

/// The status a tick column's header names ("Achieved" → Complete, "On target" → Green, "Some slippage" →
/// Amber, "Not achieved" → Red), Unknown when it names none.
Rag tick_column_status(const std::string& header);

/// Column roles of one table: one entry per grid column (spans repeat the role).
struct ColumnMap {
    std::vector<Role> roles;
    std::vector<std::string> evidence;  ///< per column, why it got its role (for `planport inspect`)
    std::vector<std::string> headers;   ///< per column, the header text ("" when none)
    int header_row = -1;                ///< last header row (grouped headers span several rows)
    int first_header_row = -1;
    double score = 0;                   ///< how well the columns fit their roles (0..1)
    int col(Role r) const;              ///< first column with role r, or -1
    std::vector<int> cols(Role r) const;  ///< every column with role r
    bool has(Role r) const { return col(r) >= 0; }
    int known() const;                  ///< number of distinct field roles found
};

/// Reads rows [first, last] of `t` as the header (several rows: a grouped header, texts joined per column)
/// and types every column by header words and by the contents of the rows below. Returns false when no
/// column can be the action column.
bool assign_columns(const Table& t, int first, int last, const std::map<std::string, std::string>& user_map,
                    ColumnMap& out);

/// Reads row `r` of `t` as a one-row header (assign_columns over that row). A row is a header when its words
/// name an action-like column and at least one other known role, or three known roles.
bool read_header_row(const Table& t, int r, const std::map<std::string, std::string>& user_map, ColumnMap& out);

/// How many of row r's non-empty cells have a header-vocabulary role (a quick test for header rows).
int header_words_in_row(const Table& t, int r, const std::map<std::string, std::string>& user_map);

/// Loads a mapping file: lines `header text = role` (role one of number, objective, ref, outcome, action,
/// lead, resources, timescale, progress, rag, priority); '#' starts a comment. Throws std::runtime_error.
std::map<std::string, std::string> load_column_map(const std::string& path);

}  // namespace planport
