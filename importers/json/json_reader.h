// json_reader.h — reads the model JSON of exporters/json.h back into plans (planport report saved.json …).
//
// The text is parsed by nlohmann-json, strictly (RFC 8259: no trailing commas, comments, NaN, leading zeros,
// unescaped control characters, lone surrogates in \u escapes or invalid UTF-8), with two more rules of
// planport's: nesting deeper than 64 levels and duplicate member names are errors. A leading UTF-8 BOM is
// skipped. Members the model does not know are ignored (a newer writer may add some); members it knows must
// have the right type; missing ones keep the model's defaults.
#pragma once

#include <string>
#include <vector>

#include "model/plan.h"

namespace planport {

/// The newest "planport_model" version this reader understands (exporters/json.h writes it).
constexpr int kReadableModelJsonVersion = 1;

/// Reads a model JSON file. Throws ImportError with a one-line reason ("line 3 column 7: syntax error while
/// parsing object - unexpected string literal; expected '}'", "plans[0].priorities[1].actions[0].where.page:
/// expected an integer", "cannot open: <strerror>"); the caller names the file.
std::vector<Plan> read_model_json(const std::string& path);

/// The same from text in memory.
std::vector<Plan> parse_model_json(const std::string& text);

}  // namespace planport
