// test_json.cpp — the model JSON: its exact shape, export → read → export identity (JSON and CSV), and the
// reader's errors on bad input.
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "exporters/csv.h"
#include "exporters/json.h"
#include "importers/json/json_reader.h"
#include "model/diagnostics.h"

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

TEST_CASE("model json reader: syntax errors say line and column") {
    CHECK(reason("{\"planport_model\": 1,\n  \"plans\": [}") == "line 2 column 13: expected a value");
    CHECK(reason("{\"planport_model\": 1, \"plans\": [],}") == "line 1 column 35: expected a member name in double quotes");
    CHECK(reason("{\"planport_model\": 1 \"plans\": []}") == "line 1 column 22: expected ',' or '}'");
    CHECK(reason("{\"a\": \"x\ny\"}") == "line 1 column 9: control character in a string (write it as an escape)");
    CHECK(reason("{\"a\": \"\\ud800\"}") == "line 1 column 14: lone high surrogate in a \\u escape");
    CHECK(reason("{\"a\": \"\\q\"}") == "line 1 column 9: invalid escape \\q");
    CHECK(reason("{\"a\": 01}") == "line 1 column 8: expected ',' or '}'");
    CHECK(reason("{\"a\": 1, \"a\": 2}") == "line 1 column 10: duplicate member \"a\"");
    CHECK(reason("{} x") == "line 1 column 4: unexpected text after the JSON value");
    CHECK(reason("") == "line 1 column 1: unexpected end of input");
    CHECK(reason("{\"a\": NaN}") == "line 1 column 7: expected a value");
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

TEST_CASE("model json: the schema file is there and names the version") {
    std::ifstream f(std::string(PLANPORT_SOURCE_DIR) + "/exporters/model_schema.json");
    REQUIRE(f);
    std::stringstream ss;
    ss << f.rdbuf();
    std::string schema = ss.str();
    CHECK(schema.find("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"") != std::string::npos);
    CHECK(schema.find("\"planport_model\": {\"description\": \"Version of this format.\", \"const\": 1}") !=
          std::string::npos);
}
