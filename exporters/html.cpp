// html.cpp — the appendix page (see html.h): builds a ctemplate dictionary from the plans and expands
// appendix.tpl. Escaping is the templates' job (:h, :p); nothing here writes markup.
#include "exporters/html.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <stdexcept>

#include <ctemplate/template.h>
#include <ctemplate/template_cache.h>

#include "model/data_dir.h"
#include "model/themes.h"

namespace planport {
namespace {

std::string counted(int n, const char* one, const char* many) { return n == 1 ? one : many; }

void set_counts(ctemplate::TemplateDictionary* d, const StatusCounts& c) {
    d->SetIntValue("COMPLETE", c.complete);
    d->SetIntValue("GREEN", c.green);
    d->SetIntValue("AMBER", c.amber);
    d->SetIntValue("RED", c.red);
    d->SetIntValue("UNKNOWN", c.unknown);
    d->SetIntValue("TOTAL", c.total());
}

/// A section shown with TEXT = value, only when value is not empty.
void optional_text(ctemplate::TemplateDictionary* d, const char* section, const std::string& value) {
    if (!value.empty()) d->AddSectionDictionary(section)->SetValue("TEXT", value);
}

std::string priority_name(const Priority& p) {
    if (!p.ref.empty()) return "Priority " + p.ref + (p.title.empty() ? "" : ": " + p.title);
    return p.title.empty() ? "Untitled priority" : p.title;
}

std::string theme_words(const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids) out += (out.empty() ? "" : ", ") + theme_label(id);
    return out;
}

}  // namespace

const char* status_label(Rag r) {
    switch (r) {
        case Rag::Complete: return "Complete";
        case Rag::Green: return "Green \xE2\x80\x94 on track";
        case Rag::Amber: return "Amber";
        case Rag::Red: return "Red";
        case Rag::Unknown: break;
    }
    return "Not rated";
}

const char* status_class(Rag r) {
    const char* n = rag_name(r);
    return *n ? n : "unknown";
}

void StatusCounts::add(Rag r) {
    switch (r) {
        case Rag::Complete: ++complete; break;
        case Rag::Green: ++green; break;
        case Rag::Amber: ++amber; break;
        case Rag::Red: ++red; break;
        case Rag::Unknown: ++unknown; break;
    }
}

std::string default_template_dir() {
    std::string appendix = find_data_file("templates/appendix.tpl");
    return appendix.substr(0, appendix.rfind('/'));
}

std::string expand_html_template(const std::string& dir, const std::string& name,
                                 const ctemplate::TemplateDictionary& dict) {
    std::string root = dir.empty() ? default_template_dir() : dir;
    if (!std::ifstream(root + "/" + name)) throw std::runtime_error(root + "/" + name + ": no such template");
    // A cache of our own: another call with another --template-dir must not see these templates.
    ctemplate::TemplateCache cache;
    cache.SetTemplateRootDirectory(root);
    std::string out;
    if (!cache.ExpandWithData(name, ctemplate::STRIP_BLANK_LINES, &dict, nullptr, &out))
        throw std::runtime_error(root + "/" + name + ": cannot load or expand the template");
    return out;
}

std::string period_words(int start_year, int end_year) {
    if (start_year <= 0 || end_year <= 0) return "";
    if (start_year == end_year) return std::to_string(start_year);
    return std::to_string(start_year) + " to " + std::to_string(end_year);
}

std::string source_words(const Plan& plan, const Action& a) {
    std::string file = a.where.file.empty() ? plan.source : a.where.file;
    // The file's name only: a published appendix must not show the folders of the machine that made it.
    if (auto slash = file.find_last_of("/\\"); slash != std::string::npos) file = file.substr(slash + 1);
    if (a.where.page > 0) return file + ", page " + std::to_string(a.where.page);
    if (a.where.table > 0) return file + ", table " + std::to_string(a.where.table);
    return file;
}

void write_appendix_html(std::ostream& out, const std::vector<Plan>& plans, const HtmlOptions& options) {
    ctemplate::TemplateDictionary dict("appendix");
    dict.AddIncludeDictionary("STYLE")->SetFilename("style.tpl");

    std::string title = options.title;
    if (title.empty())
        title = plans.size() == 1 ? plans[0].board + ": " + plans[0].title : "Business plan progress";
    dict.SetValue("TITLE", title);
    dict.SetValue("PLANPORT_VERSION", PLANPORT_VERSION);

    int first = 0, last = 0, actions = 0;
    std::set<std::string> boards;
    for (const auto& p : plans) {
        boards.insert(p.board);
        actions += p.action_count();
        if (p.start_year > 0 && (first == 0 || p.start_year < first)) first = p.start_year;
        if (p.end_year > last) last = p.end_year;
    }
    if (first > 0 && last > 0)
        dict.AddSectionDictionary("PERIOD")->SetValue("PERIOD_TEXT", period_words(first, last));
    int nplans = static_cast<int>(plans.size()), nboards = static_cast<int>(boards.size());
    dict.SetIntValue("PLAN_COUNT", nplans);
    dict.SetValue("PLAN_WORD", counted(nplans, "plan", "plans"));
    dict.SetIntValue("BOARD_COUNT", nboards);
    dict.SetValue("BOARD_WORD", counted(nboards, "board", "boards"));
    dict.SetIntValue("ACTION_COUNT", actions);
    dict.SetValue("ACTION_WORD", counted(actions, "action", "actions"));

    for (size_t i = 0; i < plans.size(); ++i) {
        const Plan& plan = plans[i];
        const std::string id = "plan-" + std::to_string(i + 1);
        bool shared_board = std::count_if(plans.begin(), plans.end(),
                                          [&](const Plan& p) { return p.board == plan.board; }) > 1;
        auto* nav = dict.AddSectionDictionary("NAV");
        nav->SetValue("ID", id);
        nav->SetValue("BOARD", plan.board.empty() ? "Unnamed board" : plan.board);
        if (shared_board) nav->AddSectionDictionary("NAV_PLAN")->SetValue("PLAN", plan.title);

        StatusCounts plan_counts;
        auto* sec = dict.AddSectionDictionary("PLAN");
        sec->SetValue("ID", id);
        sec->SetValue("BOARD", plan.board.empty() ? "Unnamed board" : plan.board);
        sec->SetValue("PLAN_TITLE", plan.title.empty() ? "Untitled plan" : plan.title);
        if (!plan.period().empty())
            sec->AddSectionDictionary("PLAN_PERIOD")->SetValue("PERIOD_TEXT", period_words(plan.start_year, plan.end_year));
        if (!plan.version.empty()) sec->AddSectionDictionary("PLAN_VERSION")->SetValue("VERSION", plan.version);
        sec->SetValue("SOURCE", plan.source.empty() ? "not recorded" : plan.source);

        for (size_t k = 0; k < plan.priorities.size(); ++k) {
            const Priority& pr = plan.priorities[k];
            const std::string pid = id + "-priority-" + std::to_string(k + 1);
            StatusCounts counts;
            for (const auto& a : pr.actions) counts.add(a.rag);
            for (const auto& a : pr.actions) plan_counts.add(a.rag);

            auto* row = sec->AddSectionDictionary("PRIORITY_ROW");
            row->SetValue("ID", pid);
            row->SetValue("NAME", priority_name(pr));
            set_counts(row, counts);

            auto* ps = sec->AddSectionDictionary("PRIORITY");
            ps->SetValue("ID", pid);
            ps->SetValue("NAME", priority_name(pr));
            optional_text(ps, "DESCRIPTION", pr.description);
            optional_text(ps, "LEAD_GROUP", pr.lead_group);
            optional_text(ps, "MEASURES", pr.success_measures);
            optional_text(ps, "THEMES", theme_words(pr.themes));
            if (pr.actions.empty()) {
                ps->ShowSection("NO_ACTIONS");
                continue;
            }
            auto* table = ps->AddSectionDictionary("ACTIONS");
            // Columns that every action leaves empty are left out (a planning-stage plan has no progress).
            std::vector<const char*> columns;
            auto column_if = [&](const char* name, std::string Action::*field) {
                if (std::any_of(pr.actions.begin(), pr.actions.end(),
                                [&](const Action& a) { return !(a.*field).empty(); }))
                    columns.push_back(name);
            };
            column_if("COL_REF", &Action::ref);
            column_if("COL_OUTCOME", &Action::outcome);
            column_if("COL_LEAD", &Action::lead);
            column_if("COL_TIMESCALE", &Action::timescale);
            column_if("COL_DUE", &Action::due);
            column_if("COL_PROGRESS", &Action::progress);
            for (const char* c : columns) table->ShowSection(c);
            for (const auto& a : pr.actions) {
                auto* r = table->AddSectionDictionary("ACTION");
                for (const char* c : columns) r->ShowSection(c);
                r->SetValue("REF", a.ref);
                r->SetValue("OUTCOME", a.outcome);
                optional_text(r, "WORKSTREAM", a.workstream);
                r->SetValue("TEXT", a.text);
                r->SetValue("LEAD", a.lead);
                r->SetValue("TIMESCALE", a.timescale);
                r->SetValue("DUE", a.due);
                r->SetValue("STATUS", status_label(a.rag));
                r->SetValue("STATUS_CLASS", status_class(a.rag));
                r->SetValue("PROGRESS", a.progress);
                r->SetValue("SOURCE", source_words(plan, a));
            }
        }
        auto* srow = dict.AddSectionDictionary("SUMMARY_ROW");
        srow->SetValue("ID", id);
        srow->SetValue("BOARD", plan.board.empty() ? "Unnamed board" : plan.board);
        srow->SetValue("PLAN", plan.title);
        set_counts(srow, plan_counts);
    }
    out << expand_html_template(options.template_dir, "appendix.tpl", dict);
}

}  // namespace planport
