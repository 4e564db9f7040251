// model_schema_check.h — checks a model JSON text against exporters/model_schema.json: the keywords that schema
// uses ($ref, type, const, enum, pattern, minimum, maximum, required, properties, items, uniqueItems), and, as
// json.h promises, that every object has exactly the schema's required members in the schema's order.
#pragma once

#include <algorithm>
#include <fstream>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace planport::test {

inline nlohmann::ordered_json model_schema() {
    std::ifstream f(std::string(PLANPORT_SOURCE_DIR) + "/exporters/model_schema.json");
    return nlohmann::ordered_json::parse(f);
}

/// Every way `v` (at `path`) breaks `schema`, one line each; empty when it conforms.
inline void schema_violations(const nlohmann::ordered_json& v, const nlohmann::ordered_json& schema,
                              const nlohmann::ordered_json& root, const std::string& path,
                              std::vector<std::string>& out) {
    auto fail = [&](const std::string& what) { out.push_back(path + ": " + what); };
    if (schema.contains("$ref")) {
        std::string ref = schema["$ref"];  // "#/$defs/name"
        schema_violations(v, root["$defs"][ref.substr(ref.rfind('/') + 1)], root, path, out);
    }
    if (schema.contains("type")) {
        std::string type = schema["type"];
        bool ok = type == "object"    ? v.is_object()
                  : type == "array"   ? v.is_array()
                  : type == "string"  ? v.is_string()
                  : type == "integer" ? v.is_number_integer()
                                      : false;
        if (!ok) return fail("not of type " + type);
    }
    if (schema.contains("const") && v != schema["const"]) fail("not " + schema["const"].dump());
    if (schema.contains("enum") && std::find(schema["enum"].begin(), schema["enum"].end(), v) == schema["enum"].end())
        fail(v.dump() + " not in " + schema["enum"].dump());
    if (schema.contains("pattern") && v.is_string() &&
        !std::regex_search(v.get<std::string>(), std::regex(schema["pattern"].get<std::string>())))
        fail(v.dump() + " does not match " + schema["pattern"].get<std::string>());
    if (schema.contains("minimum") && v.is_number() && v < schema["minimum"]) fail("below the minimum");
    if (schema.contains("maximum") && v.is_number() && v > schema["maximum"]) fail("above the maximum");
    if (v.is_object() && schema.contains("required")) {
        std::vector<std::string> members;
        for (const auto& m : v.items()) members.push_back(m.key());
        if (members != schema["required"].get<std::vector<std::string>>())
            fail("members " + nlohmann::json(members).dump() + ", the schema requires " + schema["required"].dump());
    }
    if (v.is_object() && schema.contains("properties"))
        for (const auto& m : v.items())
            if (schema["properties"].contains(m.key()))
                schema_violations(m.value(), schema["properties"][m.key()], root, path + "." + m.key(), out);
    if (v.is_array() && schema.contains("items"))
        for (size_t i = 0; i < v.size(); ++i)
            schema_violations(v[i], schema["items"], root, path + "[" + std::to_string(i) + "]", out);
    if (v.is_array() && schema.value("uniqueItems", false) &&
        std::set<nlohmann::ordered_json>(v.begin(), v.end()).size() != v.size())
        fail("items not unique");
}

/// The violations of the model JSON `text` against exporters/model_schema.json.
inline std::vector<std::string> model_schema_violations(const std::string& text) {
    nlohmann::ordered_json schema = model_schema();
    std::vector<std::string> out;
    schema_violations(nlohmann::ordered_json::parse(text), schema, schema, "$", out);
    return out;
}

}  // namespace planport::test
