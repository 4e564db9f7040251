// columns.cpp — header text → column role, by meaning (keywords), with a user mapping file first.
#include "importers/recognise/columns.h"

#include <fstream>
#include <set>
#include <stdexcept>

#include "importers/recognise/text.h"

namespace planport {

namespace {

struct RoleNameEntry { Role role; const char* name; };
const RoleNameEntry kRoleNames[] = {
    {Role::Number, "number"},     {Role::Objective, "objective"}, {Role::Ref, "ref"},
    {Role::Outcome, "outcome"},   {Role::Action, "action"},       {Role::Lead, "lead"},
    {Role::Resources, "resources"}, {Role::Timescale, "timescale"}, {Role::Progress, "progress"},
    {Role::Rag, "rag"},           {Role::Priority, "priority"},
};

// Keywords in priority order: the first rule whose keyword occurs in the lower-cased header wins. Order
// matters: "progress update" before "update", "lead officer" before "officer", "desired outcome" before
// "outcome"; "resources" before "lead" so that "Other resources" is not a lead.
struct Rule { const char* keyword; Role role; bool whole; };  // whole: the header must equal the keyword
const Rule kRules[] = {
    {"no.", Role::Number, true},        {"no", Role::Number, true},       {"#", Role::Number, true},
    {"number", Role::Number, true},     {"ref", Role::Ref, false},        {"reference", Role::Ref, false},
    {"strategic objective", Role::Objective, false}, {"objective", Role::Objective, false},
    {"rag", Role::Rag, true},           {"r/a/g", Role::Rag, false},      {"rag status", Role::Rag, true},
    {"status", Role::Progress, false},  {"progress", Role::Progress, false}, {"update", Role::Progress, false},
    {"comment", Role::Progress, false}, {"impact", Role::Progress, false},
    {"resource", Role::Resources, false}, {"support", Role::Resources, false},
    {"timescale", Role::Timescale, false}, {"timeframe", Role::Timescale, false},
    {"time scale", Role::Timescale, false}, {"by when", Role::Timescale, false},
    {"due", Role::Timescale, false},    {"deadline", Role::Timescale, false}, {"target date", Role::Timescale, false},
    {"completion", Role::Timescale, false}, {"when", Role::Timescale, true}, {"date", Role::Timescale, false},
    {"lead", Role::Lead, false},        {"owner", Role::Lead, false},     {"by whom", Role::Lead, false},
    {"responsib", Role::Lead, false},   {"who", Role::Lead, true},        {"accountable", Role::Lead, false},
    {"milestone", Role::Action, false}, {"action", Role::Action, false},  {"what we will do", Role::Action, false},
    {"activity", Role::Action, false},  {"activities", Role::Action, false}, {"task", Role::Action, false},
    {"how we will", Role::Action, false}, {"deliverable", Role::Action, false},
    {"outcome", Role::Outcome, false},  {"what difference", Role::Outcome, false},
    {"success", Role::Outcome, false},  {"aim", Role::Outcome, true},
    {"achieve", Role::Outcome, false},  {"what we want", Role::Outcome, false}, {"intended result", Role::Outcome, false},
    {"priorit", Role::Priority, false},
};

}  // namespace

const char* role_name(Role r) {
    for (const auto& e : kRoleNames)
        if (e.role == r) return e.name;
    return "none";
}

Role role_from_name(const std::string& name) {
    std::string n = text::lower(text::trim(name));
    for (const auto& e : kRoleNames)
        if (n == e.name) return e.role;
    return Role::None;
}

Role role_of_header(const std::string& header, const std::map<std::string, std::string>& user_map) {
    std::string h = text::lower(text::squash(header));
    for (auto& c : h)
        if (c == '\n') c = ' ';
    if (h.empty() || h.size() > 60) return Role::None;  // a long text is content, not a header
    if (auto it = user_map.find(h); it != user_map.end()) return role_from_name(it->second);
    for (const auto& rule : kRules) {
        if (rule.whole ? h == rule.keyword : h.find(rule.keyword) != std::string::npos) return rule.role;
    }
    return Role::None;
}

int ColumnMap::col(Role r) const {
    for (size_t i = 0; i < roles.size(); ++i)
        if (roles[i] == r) return static_cast<int>(i);
    return -1;
}

int ColumnMap::known() const {
    std::set<Role> seen;
    for (auto r : roles)
        if (r != Role::None) seen.insert(r);
    return static_cast<int>(seen.size());
}

bool read_header_row(const Table& t, int r, const std::map<std::string, std::string>& user_map, ColumnMap& out) {
    if (r < 0 || r >= static_cast<int>(t.rows.size())) return false;
    ColumnMap m;
    m.roles.assign(t.columns, Role::None);
    m.header_row = r;
    std::set<Role> used;
    for (const auto& cell : t.rows[r].cells) {
        Role role = role_of_header(cell.text(), user_map);
        if (role != Role::None && used.count(role)) role = Role::None;  // the first column of a role wins
        if (role != Role::None) used.insert(role);
        for (int c = cell.col; c < cell.col + cell.colspan && c < t.columns; ++c) m.roles[c] = role;
    }
    bool actionish = used.count(Role::Action) > 0;
    if ((actionish && m.known() >= 2) || m.known() >= 3) {
        out = std::move(m);
        return true;
    }
    return false;
}

std::map<std::string, std::string> load_column_map(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path + ": cannot open mapping file");
    std::map<std::string, std::string> map;
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
        ++n;
        auto hash = line.find('#');
        if (hash != std::string::npos) line.resize(hash);
        line = text::trim(line);
        if (line.empty()) continue;
        auto eq = line.rfind('=');
        if (eq == std::string::npos)
            throw std::runtime_error(path + ": line " + std::to_string(n) + ": expected 'header text = role'");
        std::string header = text::lower(text::squash(line.substr(0, eq)));
        std::string role = text::trim(line.substr(eq + 1));
        if (role_from_name(role) == Role::None)
            throw std::runtime_error(path + ": line " + std::to_string(n) + ": unknown role '" + role + "'");
        map[header] = role;
    }
    return map;
}

}  // namespace planport
