// test_json.cpp — the model JSON: its exact shape, its conformance to exporters/model_schema.json, export →
// read → export identity (JSON and CSV), and the reader's errors on bad input.
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>
#include <unistd.h>

#include "exporters/csv.h"
#include "exporters/json.h"
#include "importers/json/json_reader.h"
#include "model/diagnostics.h"
#include "tests/exporters/model_schema_check.h"

using namespace planport;

namespace {

std::vector<Plan> two_plans() {
    Plan a;
    a.board = "Essex Safeguarding Children Board";
    a.title = "Business Plan 2015 \xE2\x80\x93 2017";
    a.start_year = 2015;
    a.end_year = 2017;
    a.source = "essex-2015-17.pdf";
    a.format = "pdf";
    Priority p;
    p.ref = "1";
    p.title = "Domestic Abuse, FGM";
    p.description = "To reduce the impact\nof these issues";
    p.lead_group = "PPC Strategic Group";
    p.success_measures = "Dataset, case studies";
    p.themes = {"domestic-abuse", "harmful-practices"};
    Action x;
    x.ref = "1.1";
    x.outcome = "Children are \"safe\"";
    x.text = "Review protocols:\n\xE2\x80\xA2 one\n\xE2\x80\xA2 two";
    x.items = {"one", "two"};
    x.lead = "Business Manager";
    x.resources = "Board members";
    x.timescale = "October 2015";
    x.due = "2015-10";
    x.rag = Rag::Amber;
    x.progress = "=SUM(A1) <script>alert(1)</script> \\ tab\there";
    x.where = {"essex-2015-17.pdf", 4, 2, 3};
    p.actions.push_back(x);
    Action y;
    y.text = "Caf\xC3\xA9 \xF0\x9F\x98\x80";
    y.rag = Rag::Complete;
    y.workstream = "Communications";
    p.actions.push_back(y);
    a.priorities.push_back(p);
    Priority empty;
    empty.ref = "2";
    empty.title = "No actions yet";
    a.priorities.push_back(empty);

    Plan b;
    b.board = "West Berkshire Local Safeguarding Children Board";
    b.title = "BUSINESS PLAN 2015 \xE2\x80\x93 2017";
    b.version = "Version 3 \xE2\x80\x93 November 2014";
    b.format = "docx";
    return {a, b};
}

std::string to_json(const std::vector<Plan>& plans) {
    std::ostringstream out;
    write_model_json(out, plans);
    return out.str();
}

std::string to_csv(const std::vector<Plan>& plans) {
    std::ostringstream out;
    write_actions_csv(out, plans);
    return out.str();
}

std::string reason(const std::string& text) {
    try {
        parse_model_json(text);
    } catch (const ImportError& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("model json: the exact text of a small plan") {
    Plan plan;
    plan.board = "B";
    plan.title = "T";
    plan.start_year = 2014;
    plan.end_year = 2015;
    plan.format = "docx";
    Priority p;
    p.ref = "1";
    p.themes = {"neglect"};
    Action a;
    a.text = "Do \"it\"\nnow";
    a.rag = Rag::Red;
    a.where.table = 3;
    p.actions.push_back(a);
    plan.priorities.push_back(p);
    const char* expected = R"({
  "planport_model": 1,
  "plans": [
    {
      "board": "B",
      "title": "T",
      "start_year": 2014,
      "end_year": 2015,
      "version": "",
      "source": "",
      "format": "docx",
      "priorities": [
        {
          "ref": "1",
          "title": "",
          "description": "",
          "lead_group": "",
          "success_measures": "",
          "themes": [
            "neglect"
          ],
          "actions": [
            {
              "ref": "",
              "outcome": "",
              "text": "Do \"it\"\nnow",
              "items": [],
              "lead": "",
              "resources": "",
              "workstream": "",
              "timescale": "",
              "due": "",
              "rag": "red",
              "progress": "",
              "where": {
                "file": "",
                "page": 0,
                "table": 3,
                "row": 0
              }
            }
          ]
        }
      ]
    }
  ]
}
)";
    CHECK(to_json({plan}) == expected);
}

TEST_CASE("model json: export, read, export gives the same JSON and the same CSV") {
    std::vector<Plan> plans = two_plans();
    std::string first = to_json(plans);
    std::vector<Plan> back = parse_model_json(first);
    REQUIRE(back.size() == 2);
    CHECK(to_json(back) == first);
    CHECK(to_csv(back) == to_csv(plans));
    // Fields the CSV does not show survive too.
    const Action& x = back[0].priorities[0].actions[0];
    CHECK(x.items == std::vector<std::string>{"one", "two"});
    CHECK(x.resources == "Board members");
    CHECK(x.where.table == 2);
    CHECK(x.where.row == 3);
    CHECK(x.progress == "=SUM(A1) <script>alert(1)</script> \\ tab\there");
    CHECK(back[0].priorities[0].actions[1].text == "Caf\xC3\xA9 \xF0\x9F\x98\x80");
    CHECK(back[0].priorities[1].actions.empty());
    CHECK(back[1].version == "Version 3 \xE2\x80\x93 November 2014");
    CHECK(back[0].format == "pdf");
    CHECK(kModelJsonVersion == kReadableModelJsonVersion);
}

TEST_CASE("model json: read from a file; a missing file is an ImportError") {
    std::string path = "/tmp/planport_test_model_" + std::to_string(::getpid()) + ".json";
    {
        std::ofstream f(path, std::ios::binary);
        f << to_json(two_plans());
    }
    std::vector<Plan> back = read_model_json(path);
    std::remove(path.c_str());
    CHECK(back.size() == 2);
    CHECK(back[1].board == "West Berkshire Local Safeguarding Children Board");
    CHECK_THROWS_AS(read_model_json(path), ImportError);
}

TEST_CASE("model json reader: escapes, BOM, unknown members and defaults") {
    auto plans = parse_model_json(
        "\xEF\xBB\xBF{\"planport_model\":1,\"future\":{\"x\":[1,2.5e3,true,null]},\"plans\":[{\"board\":"
        "\"Caf\\u00e9 \\ud83d\\ude00 \\/ \\\"q\\\"\",\"priorities\":[{\"actions\":[{\"rag\":\"\"}]}]}]}");
    REQUIRE(plans.size() == 1);
    CHECK(plans[0].board == "Caf\xC3\xA9 \xF0\x9F\x98\x80 / \"q\"");
    CHECK(plans[0].format == "json");  // not recorded: the plan came from JSON
    CHECK(plans[0].priorities[0].actions[0].rag == Rag::Unknown);
    CHECK(plans[0].priorities[0].actions[0].where.page == 0);
}

TEST_CASE("model json reader: syntax errors say line and column, in one line") {
    // The reasons are nlohmann-json's; the position is ours, in characters (an editor's column). For an
    // unexpected token nlohmann points at the token's last character.
    CHECK(reason("{\"planport_model\": 1,\n  \"plans\": [}") ==
          "line 2 column 13: syntax error while parsing value - unexpected '}'; expected '[', '{', or a literal");
    CHECK(reason("{\"planport_model\": 1, \"plans\": [],}") ==
          "line 1 column 35: syntax error while parsing object key - unexpected '}'; expected string literal");
    CHECK(reason("{\"planport_model\": 1 \"plans\": []}") ==
          "line 1 column 28: syntax error while parsing object - unexpected string literal; expected '}'");
    CHECK(reason("{\"a\": \"x\ny\"}") ==
          "line 1 column 9: syntax error while parsing value - invalid string: control character U+000A (LF) must be "
          "escaped to \\u000A or \\n; last read: '\"x<U+000A>'");
    CHECK(reason("{\"a\": \"\\ud800\"}") ==
          "line 1 column 14: syntax error while parsing value - invalid string: surrogate U+D800..U+DBFF must be "
          "followed by U+DC00..U+DFFF; last read: '\"\\ud800\"'");
    CHECK(reason("{\"a\": \"\\q\"}") ==
          "line 1 column 9: syntax error while parsing value - invalid string: forbidden character after backslash; "
          "last read: '\"\\q'");
    CHECK(reason("{\"a\": 01}") ==
          "line 1 column 8: syntax error while parsing object - unexpected number literal; expected '}'");
    CHECK(reason("{\"a\": 1, \"a\": 2}") == "line 1 column 12: duplicate member \"a\"");
    CHECK(reason("{} x") ==
          "line 1 column 4: syntax error while parsing value - invalid literal; last read: '{} x'; expected end of input");
    CHECK(reason("") ==
          "line 1 column 1: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal");
    CHECK(reason("{\"a\": NaN}") == "line 1 column 7: syntax error while parsing value - invalid literal; last read: '\"a\": N'");
    CHECK(reason("{\"a\": [1,]}") ==
          "line 1 column 10: syntax error while parsing value - unexpected ']'; expected '[', '{', or a literal");
    CHECK(reason("{\"a\": 1 /* c */}") ==
          "line 1 column 9: syntax error while parsing object - invalid literal; last read: '1 /'; expected '}'");
    CHECK(reason("{\"a\":\n 1e999}") == "line 2 column 2: number out of range");
    // Columns count characters: the é before the error is one column.
    CHECK(reason("{\"\xC3\xA9\": tru}") ==
          "line 1 column 10: syntax error while parsing value - invalid literal; last read: '\"\xC3\xA9\": tru}'");
}

TEST_CASE("model json reader: an error stays one short line whatever the input") {
    // Invalid UTF-8 is an error (RFC 8259), and the invalid bytes are not copied into the message; nlohmann
    // points at the byte that makes the sequence invalid.
    CHECK(reason("{\"a\": \"caf\xE9\"}") ==
          "line 1 column 12: syntax error while parsing value - invalid string: ill-formed UTF-8 byte");
    // An unterminated string of 100 000 characters: the message does not quote it.
    std::string open = "{\"a\": \"" + std::string(100000, 'x');
    CHECK(reason(open) == "line 1 column 100008: syntax error while parsing value - invalid string: missing closing quote");
    // A duplicate name of 100 000 characters with a line break: shortened, escaped.
    std::string name = "line\n" + std::string(100000, 'n');
    std::string dup = "{\"" + name.replace(4, 1, "\\n") + "\": 1, \"" + name + "\": 2}";
    CHECK(reason(dup) == "line 1 column 200022: duplicate member \"line\\n" + std::string(35, 'n') + "\xE2\x80\xA6\"");
    // A token that spells nlohmann's "'; expected …" is still the token (a fuzz finding: the text after it
    // was taken for the end of the message, and every line break of the input after it was quoted).
    CHECK(reason("{\"a'; expected '}'\":\n@") ==
          "line 2 column 1: syntax error while parsing value - invalid literal; last read: "
          "'\"a'; expected '}'\":<U+000A>@'");
    CHECK(reason("{\"a'; expected '}'\":" + std::string(10000, '\n') + "@") ==
          "line 10001 column 1: syntax error while parsing value - invalid literal");
    // An integer longer than 64 bits is out of range, not a float.
    CHECK(reason("{\"planport_model\": 1, \"plans\": [{\"end_year\": 123456789012345678901234567890}]}") ==
          "plans[0].end_year: integer out of range");
}

TEST_CASE("model json reader: nesting is limited, not a stack overflow") {
    std::string deep = std::string(100000, '[') + std::string(100000, ']');
    CHECK(reason(deep) == "line 1 column 66: nesting deeper than 64 levels");
    std::string ok = "{\"planport_model\":1,\"plans\":[],\"x\":" + std::string(60, '[') + std::string(60, ']') + "}";
    CHECK(parse_model_json(ok).empty());
}

TEST_CASE("model json reader: wrong shapes name the member") {
    CHECK(reason("[]") == "not a planport model: the JSON is not an object");
    CHECK(reason("{\"plans\": []}") == "not a planport model: no \"planport_model\" member");
    CHECK(reason("{\"planport_model\": 2, \"plans\": []}") ==
          "planport_model version 2 is not supported (this planport reads 1 to 1)");
    CHECK(reason("{\"planport_model\": 1}") == "not a planport model: no \"plans\" member");
    CHECK(reason("{\"planport_model\": 1, \"plans\": {}}") == "plans: expected an array");
    CHECK(reason("{\"planport_model\": 1, \"plans\": [{\"board\": 3}]}") == "plans[0].board: expected a string");
    CHECK(reason("{\"planport_model\": 1, \"plans\": [{\"priorities\": [{\"actions\": [1]}]}]}") ==
          "plans[0].priorities[0].actions[0]: expected an object");
    CHECK(reason("{\"planport_model\": 1, \"plans\": [{\"priorities\": [{\"actions\": [{\"where\": {\"page\": 1.5}}]}]}]}") ==
          "plans[0].priorities[0].actions[0].where.page: expected an integer");
    CHECK(reason("{\"planport_model\": 1, \"plans\": [{\"start_year\": 99999999999}]}") ==
          "plans[0].start_year: integer out of range");
    CHECK(reason("{\"planport_model\": 1, \"plans\": [{\"priorities\": [{\"themes\": [\"a\", 2]}]}]}") ==
          "plans[0].priorities[0].themes[1]: expected a string");
    CHECK(reason("{\"planport_model\": 1, \"plans\": [{\"priorities\": [{\"actions\": [{\"rag\": \"purple\"}]}]}]}") ==
          "plans[0].priorities[0].actions[0].rag: expected \"complete\", \"green\", \"amber\", \"red\" or \"\"");
}

TEST_CASE("model json: what is written conforms to exporters/model_schema.json") {
    nlohmann::ordered_json schema = test::model_schema();
    CHECK(schema["$schema"] == "https://json-schema.org/draft/2020-12/schema");
    CHECK(schema["properties"]["planport_model"]["const"] == kModelJsonVersion);
    std::string written = to_json(two_plans());
    CHECK(test::model_schema_violations(written) == std::vector<std::string>{});
    CHECK(test::model_schema_violations(to_json({})) == std::vector<std::string>{});

    // The check is not vacuous: a model broken four ways breaks it four times.
    auto broken = nlohmann::ordered_json::parse(written);
    auto& action = broken["plans"][0]["priorities"][0]["actions"][0];
    action["rag"] = "purple";
    action["due"] = "2015-13";
    action["where"]["page"] = -1;
    broken["plans"][1].erase("title");
    CHECK(test::model_schema_violations(broken.dump()) ==
          std::vector<std::string>{
              "$.plans[0].priorities[0].actions[0].due: \"2015-13\" does not match "
              "^$|^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$",
              "$.plans[0].priorities[0].actions[0].rag: \"purple\" not in [\"complete\",\"green\",\"amber\",\"red\",\"\"]",
              "$.plans[0].priorities[0].actions[0].where.page: below the minimum",
              "$.plans[1]: members [\"board\",\"start_year\",\"end_year\",\"version\",\"source\",\"format\",\"priorities\"], "
              "the schema requires [\"board\",\"title\",\"start_year\",\"end_year\",\"version\",\"source\",\"format\","
              "\"priorities\"]",
          });
}
