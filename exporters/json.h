// json.h — the whole model as JSON (--json FILE): plans, priorities with themes, actions with provenance.
// exporters/model_schema.json is its JSON Schema; importers/json/json_reader.h reads it back.
#pragma once

#include <ostream>
#include <vector>

#include "model/plan.h"

namespace planport {

/// The model version written as "planport_model"; a reader refuses a newer one.
constexpr int kModelJsonVersion = 1;

/// Writes {"planport_model": 1, "plans": [...]}, indented by 2, every field always present (empty strings, 0
/// for an unknown page or year, "" for an unknown RAG), in model order, then a final newline. Invalid UTF-8 in
/// the model is written as U+FFFD (exporters/json_text.h, which writes the text through nlohmann-json).
void write_model_json(std::ostream& out, const std::vector<Plan>& plans);

}  // namespace planport
