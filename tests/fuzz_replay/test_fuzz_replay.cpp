// test_fuzz_replay.cpp — every input the fuzzers ever broke something with (tests/fuzz/regressions/<target>/,
// kept by scripts/fuzz) goes again through the very function its fuzz target runs, so a fixed crash stays
// fixed. Under the AddressSanitizer build (scripts/test) a memory error fails the run as it did in the fuzzer.
// The entry points are also run on the samples, to show that they reach the recogniser.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <sstream>

#include "tests/fuzz/fuzz_entry_points.h"

namespace fs = std::filesystem;
using namespace planport;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

const uint8_t* bytes_of(const std::string& s) { return reinterpret_cast<const uint8_t*>(s.data()); }

const std::map<std::string, std::function<void(const uint8_t*, size_t)>>& entry_points() {
    static const std::map<std::string, std::function<void(const uint8_t*, size_t)>> m = {
        {"docx", [](const uint8_t* d, size_t n) { fuzz::docx(d, n); }},
        {"pdf_layout", [](const uint8_t* d, size_t n) { fuzz::pdf_layout(d, n); }},
        {"pdf_pass", [](const uint8_t* d, size_t n) { fuzz::pdf_pass(d, n); }},
        {"timescale", [](const uint8_t* d, size_t n) { fuzz::timescale(d, n); }},
        {"rag", [](const uint8_t* d, size_t n) { fuzz::rag(d, n); }},
        {"model_json", [](const uint8_t* d, size_t n) { fuzz::model_json(d, n); }},
    };
    return m;
}

}  // namespace

TEST_CASE("every fuzz regression input goes through its target's entry point without a failure") {
    const fs::path root = fs::path(PLANPORT_SOURCE_DIR) / "tests/fuzz/regressions";
    int replayed = 0;
    if (fs::exists(root)) {
        for (const auto& dir : fs::directory_iterator(root)) {
            if (!dir.is_directory()) continue;
            const std::string target = dir.path().filename().string();
            auto it = entry_points().find(target);
            INFO("tests/fuzz/regressions/" << target << " names no fuzz target");
            REQUIRE(it != entry_points().end());
            for (const auto& file : fs::directory_iterator(dir.path())) {
                if (!file.is_regular_file()) continue;
                std::string data = slurp(file.path());
                INFO("replaying " << file.path().string());
                CHECK_NOTHROW(it->second(bytes_of(data), data.size()));
                ++replayed;
            }
        }
    }
    MESSAGE(replayed << " fuzz regression inputs replayed");
}

TEST_CASE("the docx entry point takes a sample plan as a zip and as stored parts, and reaches its actions") {
    for (const char* name : {"essex-2015-17.docx", "west-berkshire-2015-17.docx"}) {
        std::string zip = slurp(fs::path(PLANPORT_SOURCE_DIR) / "samples" / name);
        INFO(name);
        REQUIRE(zip.size() > 1000);
        CHECK(fuzz::docx(bytes_of(zip), zip.size()) > 5);
    }
    // name\0content\0… parts: the harness zips them itself (stored, CRCs right).
    std::string parts = std::string("word/document.xml") + '\0' +
                        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                        "<w:body><w:p><w:r><w:t>Hello</w:t></w:r></w:p></w:body></w:document>";
    CHECK(fuzz::docx(bytes_of(parts), parts.size()) == -2);  // read, but no plan in it
    std::string garbage = "PK\x03\x04 not really a zip";
    CHECK(fuzz::docx(bytes_of(garbage), garbage.size()) == -1);
}

TEST_CASE("the timescale entry point checks the due date's shape and the period's direction") {
    std::string t = "Q2 2016/17";
    CHECK(fuzz::timescale(bytes_of(t), t.size()) == "2016-09");
    t = "Business Plan 2015 - 2017, by 31/03/2016";
    CHECK(fuzz::timescale(bytes_of(t), t.size()) == "2016-03-31");
    t = "On-going";
    CHECK(fuzz::timescale(bytes_of(t), t.size()) == "");
}

TEST_CASE("the rag entry point builds a key from legend lines") {
    std::string t = "Items highlighted in Grey denotes work completed\nBlue = complete\nnothing here";
    CHECK(fuzz::rag(bytes_of(t), t.size()) == 2);
}

TEST_CASE("the model_json entry point round-trips a model and rejects broken JSON") {
    std::string ok = R"({"planport_model": 1, "plans": [{"board": "B", "priorities": [{"actions": [{"text": "x"}]}]}]})";
    CHECK(fuzz::model_json(bytes_of(ok), ok.size()) == 1);
    std::string bad = R"({"planport_model": 1, "plans": [,]})";
    CHECK(fuzz::model_json(bytes_of(bad), bad.size()) == -1);
}

TEST_CASE("the pdf_layout entry point lays out a decoded page") {
    // One page of 100 × 100 points with one word and no raster: a paragraph block.
    const uint8_t page[] = {0, 0,  0, 80,  0, 80,  0, 0,  0, 1,  // 1 page, 100 × 100, upright, 1 word
                            0, 0,  0, 2,   0x40, 0, 0x40, 0, 0x20, 0, 0x40, 0,  0x00, 0x80, 0,  0};
    CHECK(fuzz::pdf_layout(page, sizeof page) == 1);
}
