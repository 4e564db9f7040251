// test_json_text.cpp — the JSON text every planport JSON file is written as (exporters/json_text.h): nlohmann's
// escaping and numbers, invalid UTF-8 as U+FFFD, "</" and DEL escaped, and the one-line records layout.
#include <doctest/doctest.h>

#include <limits>
#include <string>

#include <nlohmann/json.hpp>

#include "exporters/json_text.h"

using namespace planport;
using nlohmann::ordered_json;

namespace {
std::string str(const std::string& s) { return json_text(ordered_json(s)); }
}  // namespace

TEST_CASE("json_text: escapes quotes, backslashes, control characters, DEL and \"</\"") {
    CHECK(str("") == "\"\"");
    CHECK(str("a\"b\\c") == "\"a\\\"b\\\\c\"");
    CHECK(str("\n\r\t\b\f") == "\"\\n\\r\\t\\b\\f\"");
    CHECK(str(std::string("\x00\x1f\x7f", 3)) == "\"\\u0000\\u001f\\u007f\"");
    CHECK(str("</script>") == "\"<\\/script>\"");  // safe inside an HTML script element
    CHECK(str("a/b < /c") == "\"a/b < /c\"");
    CHECK(str("caf\xC3\xA9 \xE2\x80\x93 \xF0\x9F\x98\x80") == "\"caf\xC3\xA9 \xE2\x80\x93 \xF0\x9F\x98\x80\"");  // as is
}

TEST_CASE("json_text: invalid UTF-8 becomes U+FFFD, one per invalid sequence") {
    const std::string r = "\xEF\xBF\xBD";
    CHECK(str("a\xFF" "b") == "\"a" + r + "b\"");
    CHECK(str("\xC3") == "\"" + r + "\"");                    // truncated at the end
    CHECK(str("\xE2\x80" "a") == "\"" + r + "a\"");           // truncated before a character: one, not two
    CHECK(str("\xC0\xAF") == "\"" + r + r + "\"");            // overlong '/'
    CHECK(str("\xED\xA0\x80") == "\"" + r + r + r + "\"");    // surrogate
    CHECK(str("\x80") == "\"" + r + "\"");                    // stray continuation
}

TEST_CASE("json_text: compact by default, commas between members and elements") {
    ordered_json v = {{"a", 1}, {"b", {"x", true, nullptr, ordered_json::object()}}, {"c", 2.5}};
    CHECK(json_text(v) == R"({"a":1,"b":["x",true,null,{}],"c":2.5})");
    CHECK(json_text(v, 0, JsonLayout::kOneLineRecords) == json_text(v));
}

TEST_CASE("json_text: numbers") {
    ordered_json v = {0.1, -3, 1e21, std::numeric_limits<double>::infinity(), 20.5};
    CHECK(json_text(v) == "[0.1,-3,1e+21,null,20.5]");
}

TEST_CASE("json_text: indentation") {
    ordered_json v = {{"a", {1, 2}}, {"e", ordered_json::array()}};
    CHECK(json_text(v, 2) == "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"e\": []\n}");
}

TEST_CASE("json_text: one-line records keep containers of scalars on one line") {
    ordered_json v = ordered_json::array();
    v.push_back({{"a", 1}, {"b", "x"}});
    v.push_back(2);
    v.push_back({{"a", 1}, {"nested", {"y", "z"}}});  // holds a container: member per line, the container on one
    v.push_back(ordered_json::array());
    CHECK(json_text(v, 2, JsonLayout::kOneLineRecords) ==
          "[\n  {\"a\": 1, \"b\": \"x\"},\n  2,\n  {\n    \"a\": 1,\n    \"nested\": [\"y\", \"z\"]\n  },\n  []\n]");
}
