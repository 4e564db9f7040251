// json_text.h — JSON text of a nlohmann::ordered_json value, as planport writes every JSON file (the model,
// the table dump). nlohmann does the escaping and the numbers; this adds planport's three choices:
//
// - invalid UTF-8 is written as U+FFFD (one per invalid sequence) instead of throwing;
// - "</" is written "<\/", so the text is safe inside an HTML script element, and DEL as \u007f;
// - with kOneLineRecords, a non-empty array or object holding only scalars goes on one line
//   (["a", "b"], {"row": 0, "col": 1}): short records stay readable in a diff.
#pragma once

#include <string>

#include <nlohmann/json_fwd.hpp>

namespace planport {

enum class JsonLayout { kNested, kOneLineRecords };

/// `v` as text: `indent` 0 writes compact JSON on one line; more puts each member on its own line, indented by
/// that many spaces per level (kOneLineRecords keeps records of scalars on one line). No final newline.
std::string json_text(const nlohmann::ordered_json& v, int indent = 0, JsonLayout layout = JsonLayout::kNested);

}  // namespace planport
