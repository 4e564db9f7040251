// columns.h — step 4 of recognition: map table header cells to column roles by meaning, not by exact text.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model/document.h"

namespace planport {

enum class Role { None, Number, Objective, Ref, Outcome, Action, Lead, Resources, Timescale, Progress, Rag, Priority };

const char* role_name(Role r);
/// "action" → Role::Action …; unknown names give Role::None.
Role role_from_name(const std::string& name);

/// The role a header text announces ("Key action" → Action, "Lead officer/group" → Lead, "Timeframe" →
/// Timescale, "Progress update and impact" → Progress, "No." → Number, "Strategic objective" → Objective …).
/// `user_map` (lower-cased header → role name, from a mapping file) is consulted first.
Role role_of_header(const std::string& header, const std::map<std::string, std::string>& user_map = {});

/// Column roles of one table row read as a header: one entry per grid column (spans repeat the role).
struct ColumnMap {
    std::vector<Role> roles;
    int header_row = -1;
    int col(Role r) const;           ///< first column with role r, or -1
    bool has(Role r) const { return col(r) >= 0; }
    int known() const;               ///< number of distinct roles found
};

/// Reads row `r` of `t` as a header. A row is a header when it names an action-like column and at least one
/// other known role, or three known roles.
bool read_header_row(const Table& t, int r, const std::map<std::string, std::string>& user_map, ColumnMap& out);

/// Loads a mapping file: lines `header text = role` (role one of number, objective, ref, outcome, action,
/// lead, resources, timescale, progress, rag, priority); '#' starts a comment. Throws std::runtime_error.
std::map<std::string, std::string> load_column_map(const std::string& path);

}  // namespace planport
