// json_text.cpp — nlohmann's dump with planport's choices (see json_text.h).
#include "exporters/json_text.h"

#include <nlohmann/json.hpp>

namespace planport {
namespace {

using nlohmann::ordered_json;

std::string dump(const ordered_json& v, int indent) {
    std::string s = v.dump(indent, ' ', false, ordered_json::error_handler_t::replace);
    if (s.find_first_of("<\x7f") == std::string::npos) return s;
    // Outside strings JSON text has no '<' and no DEL, and nlohmann escapes neither '<' nor '/': a raw "</" or
    // DEL in the text is inside a string, where "\/" and "\u007f" mean the same.
    std::string out;
    out.reserve(s.size() + 8);
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '/' && i > 0 && s[i - 1] == '<') out += "\\/";
        else if (s[i] == '\x7f') out += "\\u007f";
        else out += s[i];
    }
    return out;
}

bool holds_only_scalars(const ordered_json& v) {
    for (const auto& e : v)
        if (e.is_structured()) return false;
    return true;
}

void one_line_records(std::string& out, const ordered_json& v, int indent, size_t depth) {
    if (!v.is_structured() || v.empty()) {
        out += dump(v, -1);
        return;
    }
    const bool object = v.is_object(), one_line = holds_only_scalars(v);
    out += object ? '{' : '[';
    for (auto it = v.begin(); it != v.end(); ++it) {
        if (it != v.begin()) out += ',';
        if (!one_line) out.append("\n").append((depth + 1) * static_cast<size_t>(indent), ' ');
        else if (it != v.begin()) out += ' ';
        if (object) out.append(dump(ordered_json(it.key()), -1)).append(": ");
        one_line_records(out, it.value(), indent, depth + 1);
    }
    if (!one_line) out.append("\n").append(depth * static_cast<size_t>(indent), ' ');
    out += object ? '}' : ']';
}

}  // namespace

std::string json_text(const ordered_json& v, int indent, JsonLayout layout) {
    if (indent <= 0) return dump(v, -1);  // nlohmann's dump(0) would still break lines
    if (layout == JsonLayout::kNested) return dump(v, indent);
    std::string out;
    one_line_records(out, v, indent, 0);
    return out;
}

}  // namespace planport
