// json.cpp — model → JSON (see json.h) with nlohmann::ordered_json. Field names follow model/plan.h; the
// order here is the schema's.
#include "exporters/json.h"

#include <nlohmann/json.hpp>

#include "exporters/json_text.h"

namespace planport {
namespace {

using nlohmann::ordered_json;

template <class T, class F>
ordered_json array_of(const std::vector<T>& items, F to_json) {
    ordered_json a = ordered_json::array();
    for (const auto& x : items) a.push_back(to_json(x));
    return a;
}

ordered_json action_json(const Action& a) {
    return {
        {"ref", a.ref},
        {"outcome", a.outcome},
        {"text", a.text},
        {"items", a.items},
        {"lead", a.lead},
        {"resources", a.resources},
        {"workstream", a.workstream},
        {"timescale", a.timescale},
        {"due", a.due},
        {"rag", rag_name(a.rag)},
        {"progress", a.progress},
        {"where", {{"file", a.where.file}, {"page", a.where.page}, {"table", a.where.table}, {"row", a.where.row}}},
    };
}

ordered_json priority_json(const Priority& p) {
    return {
        {"ref", p.ref},
        {"title", p.title},
        {"description", p.description},
        {"lead_group", p.lead_group},
        {"success_measures", p.success_measures},
        {"themes", p.themes},
        {"actions", array_of(p.actions, action_json)},
    };
}

ordered_json plan_json(const Plan& plan) {
    return {
        {"board", plan.board},
        {"title", plan.title},
        {"start_year", plan.start_year},
        {"end_year", plan.end_year},
        {"version", plan.version},
        {"source", plan.source},
        {"format", plan.format},
        {"priorities", array_of(plan.priorities, priority_json)},
    };
}

}  // namespace

void write_model_json(std::ostream& out, const std::vector<Plan>& plans) {
    // One plan's tree at a time, not the whole model's: a batch of thousands of plans would otherwise hold the
    // model three times over (plans, tree, text). Each plan is nlohmann's indented text, moved in by the two
    // levels of the envelope; its line breaks are all layout (a line break in a string is written "\n").
    out << "{\n  \"planport_model\": " << kModelJsonVersion << ",\n  \"plans\": [";
    for (size_t i = 0; i < plans.size(); ++i) {
        std::string text = json_text(plan_json(plans[i]), 2);
        out << (i ? ",\n    " : "\n    ");
        size_t from = 0;
        for (size_t nl; (nl = text.find('\n', from)) != std::string::npos; from = nl + 1)
            out.write(text.data() + from, static_cast<std::streamsize>(nl + 1 - from)) << "    ";
        out.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
    }
    out << (plans.empty() ? "]" : "\n  ]") << "\n}\n";
}

}  // namespace planport
