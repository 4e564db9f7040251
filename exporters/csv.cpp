// csv.cpp — RFC 4180 CSV writing and the actions table (see csv.h).
#include "exporters/csv.h"

#include "model/text.h"

namespace planport {
namespace {

std::string join(const std::vector<std::string>& parts, const char* sep) {
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) {
        if (i) out += sep;
        out += parts[i];
    }
    return out;
}

std::vector<std::string> action_row(const Plan& plan, const Priority& pr, const Action& a) {
    return {plan.board,
            plan.title,
            plan.period(),
            pr.ref,
            pr.title,
            join(pr.themes, ";"),
            a.outcome,
            a.ref,
            a.text,
            a.lead,
            a.timescale,
            a.due,
            rag_name(a.rag),
            a.progress,
            a.where.file.empty() ? plan.source : a.where.file,
            a.where.page > 0 ? std::to_string(a.where.page) : std::string(),
            a.workstream};
}

/// After a '-': could the rest be read as a formula? Yes when it continues with a digit, '.', '(', '=', '+',
/// '-' or '@' ("-1+2", "-(A1)", "--1"), or with a run of letters/digits/'.'/'_' then '(' '|' or '!'
/// ("-SUM(A1)", "-cmd|' /C calc'!A0", "-Sheet1!A1"). A space after the '-' (a bullet: "- Working with
/// partners") or a plain word ("-based", "-year") is left alone.
bool dash_starts_formula(const std::string& v) {
    if (v.size() < 2) return false;
    char c = v[1];
    if (is_ascii_digit(c) || c == '.' || c == '(' || c == '=' || c == '+' || c == '-' || c == '@') return true;
    if (!is_ascii_alpha(c)) return false;
    size_t i = 1;
    while (i < v.size() && (is_ascii_alnum(v[i]) || v[i] == '.' || v[i] == '_')) ++i;
    return i < v.size() && (v[i] == '(' || v[i] == '|' || v[i] == '!');
}

}  // namespace

const std::vector<std::string>& actions_csv_columns() {
    static const std::vector<std::string> cols = {
        "board", "plan", "period", "priority_ref", "priority", "theme", "outcome", "action_ref", "action",
        "lead", "timescale", "due", "rag", "progress", "source", "page", "workstream"};
    return cols;
}

std::string csv_neutralise(const std::string& v) {
    if (v.empty()) return v;
    // OWASP CSV injection: '=', '+', '@', TAB, CR and LF always; '-' only when a formula could follow, since
    // plan text often starts with a dash bullet.
    char c = v[0];
    bool formula = c == '=' || c == '+' || c == '@' || c == '\t' || c == '\r' || c == '\n' ||
                   (c == '-' && dash_starts_formula(v));
    return formula ? "'" + v : v;
}

std::string csv_field(const std::string& v) {
    bool quote = v.find_first_of(",\"\r\n") != std::string::npos;
    if (!v.empty() && (v.front() == ' ' || v.front() == '\t' || v.back() == ' ' || v.back() == '\t')) quote = true;
    if (!quote) return v;
    std::string out = "\"";
    for (char c : v) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

void write_csv_row(std::ostream& out, const std::vector<std::string>& fields, const CsvOptions& options) {
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i) out << ',';
        out << csv_field(options.neutralise_formulas ? csv_neutralise(fields[i]) : fields[i]);
    }
    out << (options.excel ? "\r\n" : "\n");
}

void csv_begin(std::ostream& out, const CsvOptions& options) {
    if (options.excel) out << "\xEF\xBB\xBF";
}

void write_actions_csv(std::ostream& out, const std::vector<Plan>& plans, const CsvOptions& options) {
    csv_begin(out, options);
    write_csv_row(out, actions_csv_columns(), options);
    for (const auto& plan : plans) write_actions_csv_rows(out, plan, options);
}

void write_actions_csv_rows(std::ostream& out, const Plan& plan, const CsvOptions& options) {
    for (const auto& pr : plan.priorities)
        for (const auto& a : pr.actions) write_csv_row(out, action_row(plan, pr, a), options);
}

}  // namespace planport
