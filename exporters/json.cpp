// json.cpp — model → JSON (see json.h). Field names follow model/plan.h; the order here is the schema's.
#include "exporters/json.h"

#include "exporters/json_writer.h"

namespace planport {
namespace {

void write_strings(JsonWriter& w, const std::vector<std::string>& v) {
    w.begin_array();
    for (const auto& s : v) w.value(s);
    w.end_array();
}

void write_action(JsonWriter& w, const Action& a) {
    w.begin_object();
    w.key("ref").value(a.ref);
    w.key("outcome").value(a.outcome);
    w.key("text").value(a.text);
    w.key("items");
    write_strings(w, a.items);
    w.key("lead").value(a.lead);
    w.key("resources").value(a.resources);
    w.key("workstream").value(a.workstream);
    w.key("timescale").value(a.timescale);
    w.key("due").value(a.due);
    w.key("rag").value(rag_name(a.rag));
    w.key("progress").value(a.progress);
    w.key("where").begin_object();
    w.key("file").value(a.where.file);
    w.key("page").value(a.where.page);
    w.key("table").value(a.where.table);
    w.key("row").value(a.where.row);
    w.end_object();
    w.end_object();
}

void write_priority(JsonWriter& w, const Priority& p) {
    w.begin_object();
    w.key("ref").value(p.ref);
    w.key("title").value(p.title);
    w.key("description").value(p.description);
    w.key("lead_group").value(p.lead_group);
    w.key("success_measures").value(p.success_measures);
    w.key("themes");
    write_strings(w, p.themes);
    w.key("actions").begin_array();
    for (const auto& a : p.actions) write_action(w, a);
    w.end_array();
    w.end_object();
}

}  // namespace

void write_model_json(std::ostream& out, const std::vector<Plan>& plans) {
    JsonWriter w(out, 2);
    w.begin_object();
    w.key("planport_model").value(kModelJsonVersion);
    w.key("plans").begin_array();
    for (const auto& plan : plans) {
        w.begin_object();
        w.key("board").value(plan.board);
        w.key("title").value(plan.title);
        w.key("start_year").value(plan.start_year);
        w.key("end_year").value(plan.end_year);
        w.key("version").value(plan.version);
        w.key("source").value(plan.source);
        w.key("format").value(plan.format);
        w.key("priorities").begin_array();
        for (const auto& p : plan.priorities) write_priority(w, p);
        w.end_array();
        w.end_object();
    }
    w.end_array();
    w.end_object();
    out << '\n';
}

}  // namespace planport
