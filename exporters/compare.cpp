// compare.cpp — counts per plan and theme, overdue actions, and their HTML page and CSV (see compare.h).
#include "exporters/compare.h"

#include <algorithm>
#include <ctime>
#include <map>
#include <stdexcept>

#include <ctemplate/template.h>

#include "exporters/csv.h"
#include "exporters/html.h"
#include "model/themes.h"

namespace planport {
namespace {

struct ThemeCount {
    int priorities = 0, actions = 0, overdue = 0;
    StatusCounts status;
};

struct PlanCounts {
    std::map<std::string, ThemeCount> by_theme;
    StatusCounts status;
    int overdue = 0;
};

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
}

bool digits(const std::string& s, size_t from, size_t n) {
    for (size_t i = from; i < from + n; ++i)
        if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
    return true;
}

/// "YYYY-MM-DD" for a valid date, "YYYY-MM" as the month's last day; "" otherwise.
std::string as_date(const std::string& s) {
    if (!(s.size() == 7 || s.size() == 10) || !digits(s, 0, 4) || s[4] != '-' || !digits(s, 5, 2)) return "";
    int y = std::stoi(s.substr(0, 4)), m = std::stoi(s.substr(5, 2));
    if (m < 1 || m > 12) return "";
    if (s.size() == 7) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, days_in_month(y, m));
        return buf;
    }
    if (s[7] != '-' || !digits(s, 8, 2)) return "";
    int d = std::stoi(s.substr(8, 2));
    return d >= 1 && d <= days_in_month(y, m) ? s : "";
}

std::string resolve_as_of(const std::string& as_of) {
    if (as_of.empty()) return today_iso();
    if (as_of.size() != 10 || as_date(as_of).empty())
        throw std::invalid_argument("as-of date '" + as_of + "' is not a date of the form YYYY-MM-DD");
    return as_of;
}

/// "5 March 2015" (GOV.UK date style).
std::string date_words(const std::string& iso) {
    static const char* months[] = {"January", "February", "March", "April", "May", "June", "July",
                                   "August", "September", "October", "November", "December"};
    return std::to_string(std::stoi(iso.substr(8, 2))) + " " + months[std::stoi(iso.substr(5, 2)) - 1] + " " +
           iso.substr(0, 4);
}

const std::vector<std::string>& themes_of(const Priority& p) {
    static const std::vector<std::string> other = {"other"};
    return p.themes.empty() ? other : p.themes;
}

PlanCounts count_plan(const Plan& plan, const std::string& as_of) {
    PlanCounts pc;
    for (const auto& pr : plan.priorities) {
        for (const auto& id : themes_of(pr)) {
            ThemeCount& tc = pc.by_theme[id];
            ++tc.priorities;
            for (const auto& a : pr.actions) {
                ++tc.actions;
                tc.status.add(a.rag);
                if (is_overdue(a, as_of)) ++tc.overdue;
            }
        }
        for (const auto& a : pr.actions) {
            pc.status.add(a.rag);
            if (is_overdue(a, as_of)) ++pc.overdue;
        }
    }
    return pc;
}

/// Every theme used, taxonomy order first, then other ids as first met, "other" last.
std::vector<std::string> theme_order(const std::vector<Plan>& plans) {
    std::vector<std::string> seen;
    for (const auto& plan : plans)
        for (const auto& pr : plan.priorities)
            for (const auto& id : themes_of(pr))
                if (std::find(seen.begin(), seen.end(), id) == seen.end()) seen.push_back(id);
    std::vector<std::string> order;
    for (const auto& id : taxonomy_theme_ids())
        if (std::find(seen.begin(), seen.end(), id) != seen.end()) order.push_back(id);
    for (const auto& id : seen)
        if (id != "other" && std::find(order.begin(), order.end(), id) == order.end()) order.push_back(id);
    if (std::find(seen.begin(), seen.end(), "other") != seen.end()) order.push_back("other");
    return order;
}

std::string plan_label(const Plan& plan) {
    std::string period = period_words(plan.start_year, plan.end_year);
    if (!plan.title.empty()) return plan.title;
    return period.empty() ? "Untitled plan" : period;
}

std::string board_name(const Plan& plan) { return plan.board.empty() ? "Unnamed board" : plan.board; }

}  // namespace

std::string today_iso() {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

bool is_overdue(const Action& a, const std::string& as_of) {
    if (a.rag == Rag::Complete) return false;
    std::string due = as_date(a.due);
    return !due.empty() && due < as_of;
}

void write_compare_csv(std::ostream& out, const std::vector<Plan>& plans, const CompareOptions& options) {
    std::string as_of = resolve_as_of(options.as_of);
    write_csv_row(out, {"board", "plan", "theme", "priorities", "actions", "complete", "green", "amber", "red",
                        "unknown", "overdue"});
    std::vector<std::string> order = theme_order(plans);
    for (const auto& plan : plans) {
        PlanCounts pc = count_plan(plan, as_of);
        for (const auto& id : order) {
            auto it = pc.by_theme.find(id);
            if (it == pc.by_theme.end()) continue;
            const ThemeCount& c = it->second;
            write_csv_row(out, {plan.board, plan.title, id, std::to_string(c.priorities), std::to_string(c.actions),
                                std::to_string(c.status.complete), std::to_string(c.status.green),
                                std::to_string(c.status.amber), std::to_string(c.status.red),
                                std::to_string(c.status.unknown), std::to_string(c.overdue)});
        }
    }
}

void write_compare_html(std::ostream& out, const std::vector<Plan>& plans, const CompareOptions& options) {
    std::string as_of = resolve_as_of(options.as_of);
    ctemplate::TemplateDictionary dict("compare");
    dict.AddIncludeDictionary("STYLE")->SetFilename("style.tpl");
    dict.SetValue("TITLE", "Cross-board comparison of business plans");
    dict.SetValue("PLANPORT_VERSION", PLANPORT_VERSION);
    dict.SetValue("AS_OF_TEXT", date_words(as_of));
    std::vector<std::string> boards;
    for (const auto& p : plans)
        if (std::find(boards.begin(), boards.end(), p.board) == boards.end()) boards.push_back(p.board);
    int np = static_cast<int>(plans.size()), nb = static_cast<int>(boards.size());
    dict.SetIntValue("PLAN_COUNT", np);
    dict.SetValue("PLAN_WORD", np == 1 ? "plan" : "plans");
    dict.SetIntValue("BOARD_COUNT", nb);
    dict.SetValue("BOARD_WORD", nb == 1 ? "board" : "boards");

    std::vector<PlanCounts> counts;
    for (const auto& plan : plans) counts.push_back(count_plan(plan, as_of));

    for (const auto& plan : plans) {
        auto* h = dict.AddSectionDictionary("PLAN_HEAD");
        h->SetValue("BOARD", board_name(plan));
        h->SetValue("PLAN", plan_label(plan));
    }
    for (const auto& id : theme_order(plans)) {
        auto* row = dict.AddSectionDictionary("THEME_ROW");
        row->SetValue("LABEL", theme_label(id));
        for (const auto& pc : counts) {
            auto it = pc.by_theme.find(id);
            ThemeCount c = it == pc.by_theme.end() ? ThemeCount{} : it->second;
            auto* cell = row->AddSectionDictionary("CELL");
            cell->SetIntValue("LEVEL", std::min(c.priorities, 5));
            cell->SetIntValue("PRIORITIES", c.priorities);
            cell->SetIntValue("ACTIONS", c.actions);
            cell->SetValue("ACTION_WORD", c.actions == 1 ? "action" : "actions");
        }
    }

    int overdue_total = 0;
    for (size_t i = 0; i < plans.size(); ++i) {
        const StatusCounts& s = counts[i].status;
        auto* bar = dict.AddSectionDictionary("BAR");
        bar->SetValue("BOARD", board_name(plans[i]));
        bar->SetValue("PLAN", plan_label(plans[i]));
        const std::pair<Rag, int> parts[] = {{Rag::Complete, s.complete}, {Rag::Green, s.green}, {Rag::Amber, s.amber},
                                             {Rag::Red, s.red}, {Rag::Unknown, s.unknown}};
        std::string text;
        for (const auto& [rag, n] : parts) {
            if (n == 0) continue;
            auto* seg = bar->AddSectionDictionary("SEGMENT");
            seg->SetValue("CLASS", status_class(rag));
            seg->SetIntValue("COUNT", n);
            text += (text.empty() ? "" : ", ") + std::to_string(n) + " " + status_label(rag);
        }
        if (s.total() == 0) bar->ShowSection("EMPTY_BAR");
        bar->SetValue("TEXT", std::to_string(s.total()) + (s.total() == 1 ? " action" : " actions") +
                                  (text.empty() ? "." : ": " + text + "."));

        auto* row = dict.AddSectionDictionary("STATUS_ROW");
        row->SetValue("BOARD", board_name(plans[i]));
        row->SetValue("PLAN", plan_label(plans[i]));
        row->SetIntValue("COMPLETE", s.complete);
        row->SetIntValue("GREEN", s.green);
        row->SetIntValue("AMBER", s.amber);
        row->SetIntValue("RED", s.red);
        row->SetIntValue("UNKNOWN", s.unknown);
        row->SetIntValue("TOTAL", s.total());
        row->SetIntValue("OVERDUE", counts[i].overdue);
        overdue_total += counts[i].overdue;
    }

    if (overdue_total == 0) {
        dict.ShowSection("NO_OVERDUE");
    } else {
        auto* table = dict.AddSectionDictionary("OVERDUE");
        table->SetIntValue("COUNT", overdue_total);
        for (const auto& plan : plans)
            for (const auto& pr : plan.priorities)
                for (const auto& a : pr.actions) {
                    if (!is_overdue(a, as_of)) continue;
                    auto* r = table->AddSectionDictionary("ROW");
                    r->SetValue("BOARD", board_name(plan));
                    r->SetValue("PLAN", plan_label(plan));
                    r->SetValue("PRIORITY", pr.ref.empty() ? pr.title : pr.ref + ". " + pr.title);
                    r->SetValue("REF", a.ref);
                    r->SetValue("TEXT", a.text);
                    r->SetValue("LEAD", a.lead);
                    r->SetValue("DUE", a.due);
                    r->SetValue("STATUS", status_label(a.rag));
                    r->SetValue("STATUS_CLASS", status_class(a.rag));
                }
    }
    out << expand_html_template(options.template_dir, "compare.tpl", dict);
}

}  // namespace planport
