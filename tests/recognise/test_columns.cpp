// test_columns.cpp — header texts → column roles by meaning, and the user's mapping file.
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>

#include "importers/recognise/columns.h"
#include "tests/support/doc_builder.h"

using namespace planport;

TEST_CASE("headers of the five seed layouts map to their roles") {
    CHECK(role_of_header("Outcome") == Role::Outcome);
    CHECK(role_of_header("Desired outcome") == Role::Outcome);
    CHECK(role_of_header("What we want to achieve") == Role::Outcome);
    CHECK(role_of_header("Milestone") == Role::Action);
    CHECK(role_of_header("Milestones") == Role::Action);
    CHECK(role_of_header("Key action") == Role::Action);
    CHECK(role_of_header("What we will do") == Role::Action);
    CHECK(role_of_header("Lead") == Role::Lead);
    CHECK(role_of_header("Lead person or group") == Role::Lead);
    CHECK(role_of_header("Lead officer/group") == Role::Lead);
    CHECK(role_of_header("Owner") == Role::Lead);
    CHECK(role_of_header("By whom") == Role::Lead);
    CHECK(role_of_header("Responsible") == Role::Lead);
    CHECK(role_of_header("Other resources") == Role::Resources);
    CHECK(role_of_header("Timescale ") == Role::Timescale);
    CHECK(role_of_header("Timeframe") == Role::Timescale);
    CHECK(role_of_header("Timescale for completion") == Role::Timescale);
    CHECK(role_of_header("By when") == Role::Timescale);
    CHECK(role_of_header("Due date") == Role::Timescale);
    CHECK(role_of_header("Deadline") == Role::Timescale);
    CHECK(role_of_header("Progress") == Role::Progress);
    CHECK(role_of_header("Progress update and impact") == Role::Progress);
    CHECK(role_of_header("Update") == Role::Progress);
    CHECK(role_of_header("Status") == Role::Rag);  // a status column; its contents may make it progress
    CHECK(role_of_header("RAG") == Role::Rag);
    CHECK(role_of_header("No.") == Role::Number);
    CHECK(role_of_header("Ref") == Role::Ref);
    CHECK(role_of_header("Strategic objective") == Role::Objective);
    CHECK(role_of_header("Concerns about possible childhood neglect are identified early and interventions put in place") == Role::None);
}

TEST_CASE("a mapping file names the role of an unusual heading") {
    std::string path = "/tmp/planport-test-map.txt";
    {
        std::ofstream f(path);
        f << "# our board's headings\nWho will make it happen = lead\nWhat will be different = outcome\n";
    }
    auto map = load_column_map(path);
    CHECK(role_of_header("Who will make it happen", map) == Role::Lead);
    CHECK(role_of_header("What will be different", map) == Role::Outcome);
    {
        std::ofstream f(path);
        f << "Something = nonsense\n";
    }
    CHECK_THROWS_WITH_AS(load_column_map(path), doctest::Contains("unknown role 'nonsense'"), std::runtime_error);
    std::remove(path.c_str());
}

TEST_CASE("a row is a header when it names an action-like column and one more role") {
    auto t = planport::testing::simple_table({{"Ref", "Desired outcome", "Action", "Lead", "Timeframe", "Progress"},
                                              {"1.1", "Referrals meet thresholds", "Carry out an audit", "M Evans", "May 2015", ""}});
    ColumnMap cols;
    REQUIRE(read_header_row(t, 0, {}, cols));
    CHECK(cols.col(Role::Ref) == 0);
    CHECK(cols.col(Role::Outcome) == 1);
    CHECK(cols.col(Role::Action) == 2);
    CHECK(cols.col(Role::Progress) == 5);
    CHECK_FALSE(read_header_row(t, 1, {}, cols));
}
