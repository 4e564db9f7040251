// test_tables_json_writer.cpp — the JSON writer the table dump (and later the model exporter) uses.
#include <doctest/doctest.h>

#include <limits>
#include <sstream>

#include "exporters/json_writer.h"

using namespace planport;

TEST_CASE("json_quote: escapes quotes, backslashes and control characters") {
    CHECK(json_quote("") == "\"\"");
    CHECK(json_quote("a\"b\\c") == "\"a\\\"b\\\\c\"");
    CHECK(json_quote("\n\r\t\b\f") == "\"\\n\\r\\t\\b\\f\"");
    CHECK(json_quote(std::string("\x00\x1f", 2)) == "\"\\u0000\\u001f\"");
    CHECK(json_quote("</script>") == "\"<\\/script>\"");
    CHECK(json_quote("a/b") == "\"a/b\"");
}

TEST_CASE("utf8_sanitise: valid UTF-8 passes, invalid bytes become U+FFFD") {
    CHECK(utf8_sanitise("caf\xC3\xA9 \xE2\x80\x93 \xF0\x9F\x98\x80") == "caf\xC3\xA9 \xE2\x80\x93 \xF0\x9F\x98\x80");
    CHECK(utf8_sanitise("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
    CHECK(utf8_sanitise("\xC3") == "\xEF\xBF\xBD");                          // truncated
    CHECK(utf8_sanitise("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");          // overlong '/'
    CHECK(utf8_sanitise("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
    CHECK(utf8_sanitise("\x80") == "\xEF\xBF\xBD");                          // stray continuation
}

TEST_CASE("JsonWriter: commas between members and elements, nesting") {
    std::ostringstream out;
    JsonWriter w(out);
    w.begin_object();
    w.key("a").value(1);
    w.key("b").begin_array().value("x").value(true).null().begin_object().end_object().end_array();
    w.key("c").value(2.5);
    w.end_object();
    CHECK(out.str() == R"({"a":1,"b":["x",true,null,{}],"c":2.5})");
}

TEST_CASE("JsonWriter: numbers") {
    std::ostringstream out;
    JsonWriter w(out);
    w.begin_array().value(0.1).value(-3).value(1e21).value(std::numeric_limits<double>::infinity()).end_array();
    CHECK(out.str() == "[0.1,-3,1e+21,null]");
}

TEST_CASE("JsonWriter: indentation") {
    std::ostringstream out;
    JsonWriter w(out, 2);
    w.begin_object().key("a").begin_array().value(1).value(2).end_array().key("e").begin_array().end_array();
    w.end_object();
    CHECK(out.str() == "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"e\": []\n}");
}

TEST_CASE("JsonWriter: inline_next keeps one container on one line") {
    std::ostringstream out;
    JsonWriter w(out, 2);
    w.begin_array();
    w.inline_next().begin_object().key("a").value(1).key("b").begin_array().value("x").end_array().end_object();
    w.value(2);
    w.end_array();
    CHECK(out.str() == "[\n  {\"a\": 1, \"b\": [\"x\"]},\n  2\n]");
}

TEST_CASE("JsonWriter: inline_next does nothing to compact output") {
    std::ostringstream out;
    JsonWriter w(out);
    w.inline_next().begin_array().value(1).value(2).end_array();
    CHECK(out.str() == "[1,2]");
}

TEST_CASE("JsonWriter: misuse is a logic error") {
    std::ostringstream out;
    JsonWriter w(out);
    w.begin_object();
    CHECK_THROWS_AS(w.value(1), std::logic_error);
    CHECK_THROWS_AS(w.end_array(), std::logic_error);
    JsonWriter v(out);
    v.begin_array();
    CHECK_THROWS_AS(v.key("x"), std::logic_error);
}
