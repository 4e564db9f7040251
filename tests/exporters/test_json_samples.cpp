// test_json_samples.cpp — the five sample plans, read as planport reads them, survive export → read → export
// unchanged, as model JSON and as the actions CSV, and their JSON conforms to exporters/model_schema.json.
#include <doctest/doctest.h>

#include <sstream>

#include "exporters/csv.h"
#include "exporters/json.h"
#include "importers/json/json_reader.h"
#include "importers/read_document.h"
#include "importers/recognise/recognise.h"
#include "model/themes.h"
#include "tests/exporters/model_schema_check.h"

using namespace planport;

TEST_CASE("model json: the five samples round-trip unchanged") {
    const char* names[] = {"city-and-hackney-2010-11-progress.docx", "city-and-hackney-2014-15.docx",
                           "essex-2015-17.docx", "herefordshire-2017-19.docx", "west-berkshire-2015-17.docx"};
    std::vector<Plan> plans;
    for (const char* name : names) {
        Diagnostics diag;
        Document doc = read_document(std::string(PLANPORT_SOURCE_DIR) + "/samples/" + name, diag);
        plans.push_back(recognise(doc, diag));
    }
    assign_themes(plans, default_theme_table());
    std::ostringstream json, csv;
    write_model_json(json, plans);
    write_actions_csv(csv, plans);

    CHECK(test::model_schema_violations(json.str()) == std::vector<std::string>{});

    std::vector<Plan> back = parse_model_json(json.str());
    REQUIRE(back.size() == plans.size());
    std::ostringstream json2, csv2;
    write_model_json(json2, back);
    write_actions_csv(csv2, back);
    CHECK(json2.str() == json.str());
    CHECK(csv2.str() == csv.str());
    // Not trivially equal: the plans have priorities, themes and actions.
    CHECK(back[4].priorities.size() == 5);
    CHECK(back[4].priorities[3].themes == std::vector<std::string>{"domestic-abuse", "vulnerable-groups"});
    CHECK(back[0].action_count() > 10);
}
