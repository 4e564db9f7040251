// test_samples.cpp — golden tests: each samples/<plan>.docx (and .pdf) through the whole pipeline, compared
// field by field with its expected CSV, which was written by hand from the seed text (samples/README.md).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "exporters/csv.h"
#include "importers/import_plan.h"
#include "tests/support/csv_reader.h"

using namespace planport;
using namespace planport::testing;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> samples_with(const std::string& ext) {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator("samples"))
        if (e.path().extension() == ext && fs::exists(e.path().string() + ".expected.csv"))
            out.push_back(e.path().string());
    std::sort(out.begin(), out.end());
    return out;
}

struct Outcome {
    CsvRows got, expected;
    Diagnostics diag;
};

Outcome run(const std::string& path) {
    Outcome o;
    auto plans = import_file(path, o.diag);
    std::ostringstream csv;
    write_actions_csv(csv, plans);
    o.got = parse_csv(csv.str());
    o.expected = parse_csv(read_file(path + ".expected.csv"));
    return o;
}

}  // namespace

TEST_CASE("every sample DOCX gives exactly its hand-written expected CSV, row by row and field by field") {
    auto samples = samples_with(".docx");
    REQUIRE(samples.size() == 5);
    for (const auto& path : samples) {
        CAPTURE(path);
        Outcome o = run(path);
        REQUIRE(!o.expected.empty());
        CHECK(o.got.front() == o.expected.front());  // the header
        CHECK(o.got.size() == o.expected.size());
        const auto& header = o.expected.front();
        size_t n = std::min(o.got.size(), o.expected.size());
        for (size_t r = 1; r < n; ++r)
            for (size_t c = 0; c < header.size(); ++c) {
                std::string where = path + " row " + std::to_string(r) + " " + header[c];
                CAPTURE(where);
                std::string got = c < o.got[r].size() ? o.got[r][c] : "<missing>";
                CHECK(got == o.expected[r][c]);
            }
    }
}

TEST_CASE("nothing is lost: on every sample, 100% of the non-empty table cells reach the model") {
    for (const auto& path : samples_with(".docx")) {
        CAPTURE(path);
        Outcome o = run(path);
        CHECK(o.diag.cells.cells_total > 0);
        CHECK(o.diag.cells.cells_mapped == o.diag.cells.cells_total);
        CHECK(o.diag.unmapped.empty());
    }
}
