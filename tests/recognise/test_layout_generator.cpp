// test_layout_generator.cpp — random plans (layout_generator.h), seeds 1..N, through recognise(): every action and
// every field checked against the values drawn, and every value of every dimension of layouts.md drawn at least
// once over the seeds.
//
//   PLANPORT_GENERATOR_COUNT=N    seeds 1..N (default 500)
//   PLANPORT_GENERATOR_REPORT=1   print how many plans failed per dimension value (a table) and per field, and do
//                                 not fail (the recogniser is being rewritten); otherwise one CHECK per plan
//   PLANPORT_GENERATOR_SEED=n     only plan n: its spec, its Document as text, the expected and the actual actions
//                                 and the mismatches (fails when they differ, unless REPORT=1)
//
//   build-gen/test_recognise -tc='generated*'
//   PLANPORT_GENERATOR_REPORT=1 build-gen/test_recognise -tc='generated plans: recognise*'
//   PLANPORT_GENERATOR_SEED=17 build-gen/test_recognise -tc='generated plans: recognise*'
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <sstream>

#include "importers/recognise/recognise.h"
#include "tests/recognise/layout_generator.h"

using namespace planport;
using namespace planport::testing::gen;

namespace {

int env_int(const char* name, int fallback) {
    const char* v = std::getenv(name);
    if (!v || !*v) return fallback;
    return std::atoi(v);
}
bool report_mode() {
    const char* v = std::getenv("PLANPORT_GENERATOR_REPORT");
    return v && std::string(v) == "1";
}

struct Run {
    GeneratedPlan plan;
    std::vector<ExpectedAction> actual;
    Comparison cmp;
    std::string error;  // recognise() threw
    bool ok() const { return error.empty() && cmp.ok; }
};

Run run_seed(uint64_t seed) {
    Run run;
    run.plan = generate_plan(seed);
    try {
        Diagnostics diag;
        Plan plan = recognise(run.plan.doc, diag);
        run.actual = actual_actions(plan);
        run.cmp = compare_actions(run.plan.expected, run.actual, run.plan.spec);
    } catch (const std::exception& e) {
        run.error = e.what();
        run.cmp.ok = false;
        run.cmp.fields_wrong = {"exception"};
        run.cmp.mismatches = {std::string("recognise() threw: ") + e.what()};
    }
    return run;
}

std::string first_mismatches(const Comparison& c, size_t n) {
    std::string out;
    for (size_t i = 0; i < c.mismatches.size() && i < n; ++i) out += "\n    " + c.mismatches[i];
    if (c.mismatches.size() > n) out += "\n    … " + std::to_string(c.mismatches.size() - n) + " more";
    return out;
}

/// Plans and failed plans per dimension value, and plans per wrong field.
std::string failure_table(const std::vector<Run>& runs) {
    const auto& dims = dimensions();
    std::vector<std::vector<int>> plans(dims.size()), failed(dims.size());
    for (size_t d = 0; d < dims.size(); ++d) {
        plans[d].assign(dims[d].values.size(), 0);
        failed[d].assign(dims[d].values.size(), 0);
    }
    std::map<std::string, int> fields;
    int failures = 0;
    size_t actions = 0;
    for (const auto& run : runs) {
        actions += run.plan.expected.size();
        if (!run.ok()) ++failures;
        for (size_t d = 0; d < dims.size(); ++d)
            for (int v : dims[d].drawn(run.plan.spec)) {
                ++plans[d][static_cast<size_t>(v)];
                if (!run.ok()) ++failed[d][static_cast<size_t>(v)];
            }
        std::map<std::string, bool> seen;
        for (const auto& f : run.cmp.fields_wrong)
            if (!seen[f]) { seen[f] = true; ++fields[f]; }
    }
    std::ostringstream out;
    char line[160];
    std::snprintf(line, sizeof line, "%zu plans (%zu actions), %d failed (%.0f%%)\n", runs.size(), actions, failures,
                  runs.empty() ? 0.0 : 100.0 * failures / static_cast<double>(runs.size()));
    out << line;
    std::snprintf(line, sizeof line, "%-18s %-22s %6s %6s %5s\n", "dimension", "value", "plans", "failed", "%");
    out << line;
    for (size_t d = 0; d < dims.size(); ++d)
        for (size_t v = 0; v < dims[d].values.size(); ++v) {
            if (plans[d][v] == 0) continue;
            std::snprintf(line, sizeof line, "%-18s %-22s %6d %6d %5.0f\n", dims[d].name.c_str(),
                          dims[d].values[v].c_str(), plans[d][v], failed[d][v], 100.0 * failed[d][v] / plans[d][v]);
            out << line;
        }
    out << "plans with a wrong field:\n";
    for (const auto& [f, n] : fields) {
        std::snprintf(line, sizeof line, "  %-14s %6d\n", f.c_str(), n);
        out << line;
    }
    return out.str();
}

void print_single(const Run& run) {
    std::cout << "seed " << run.plan.seed << "\n" << describe(run.plan.spec) << "\n\n" << document_text(run.plan.doc) << "\n";
    std::cout << "expected (" << run.plan.expected.size() << "):\n";
    for (const auto& a : run.plan.expected) std::cout << "  " << action_text(a) << "\n";
    std::cout << "actual (" << run.actual.size() << "):\n";
    for (const auto& a : run.actual) std::cout << "  " << action_text(a) << "\n";
    std::cout << (run.ok() ? "OK" : "MISMATCHES:") << "\n";
    for (const auto& m : run.cmp.mismatches) std::cout << "  " << m << "\n";
}

}  // namespace

// Plans of seeds 1..500 that the recogniser still reads wrong (see the failure table); only ever lowered.
constexpr int kKnownFailures = 89;

TEST_CASE("generated plans: recognise() gives every action drawn, field by field") {
    bool report = report_mode();
    if (const char* one = std::getenv("PLANPORT_GENERATOR_SEED"); one && *one) {
        Run run = run_seed(static_cast<uint64_t>(std::strtoull(one, nullptr, 10)));
        print_single(run);
        if (!report) CHECK_MESSAGE(run.ok(), "seed " << run.plan.seed << ": " << describe(run.plan.spec) << first_mismatches(run.cmp, 8));
        return;
    }
    int n = env_int("PLANPORT_GENERATOR_COUNT", 500);
    auto t0 = std::chrono::steady_clock::now();
    std::vector<Run> runs;
    runs.reserve(static_cast<size_t>(n));
    for (int seed = 1; seed <= n; ++seed) runs.push_back(run_seed(static_cast<uint64_t>(seed)));
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::string table = failure_table(runs);
    bool all_ok = std::all_of(runs.begin(), runs.end(), [](const Run& r) { return r.ok(); });
    if (report) {
        MESSAGE("generated plans, seeds 1.." << n << " in " << seconds << " s\n" << table);
        return;
    }
    if (std::getenv("PLANPORT_GENERATOR_STRICT")) {  // the goal: every plan read right
        for (const auto& run : runs)
            CHECK_MESSAGE(run.ok(), "seed " << run.plan.seed << " (PLANPORT_GENERATOR_SEED=" << run.plan.seed
                                            << " for the whole plan): " << describe(run.plan.spec) << first_mismatches(run.cmp, 3));
    } else {
        // A ratchet until every plan is read right: no more failing plans than when it was last lowered
        // (lower it with each fix; PLANPORT_GENERATOR_STRICT=1 asserts every plan).
        const int known_failures = kKnownFailures;
        int failed = static_cast<int>(std::count_if(runs.begin(), runs.end(), [](const Run& r) { return !r.ok(); }));
        if (n == 500) CHECK_MESSAGE(failed <= known_failures, failed << " of 500 generated plans read wrong, more than the "
                                                                     << known_failures << " known:\n" << table);
    }
    if (!all_ok) MESSAGE("generated plans, seeds 1.." << n << " in " << seconds << " s\n" << table);
}

TEST_CASE("generated plans: every value of every dimension is drawn over the seeds") {
    int n = std::max(500, env_int("PLANPORT_GENERATOR_COUNT", 500));
    const auto& dims = dimensions();
    std::vector<std::vector<int>> seen(dims.size());
    for (size_t d = 0; d < dims.size(); ++d) seen[d].assign(dims[d].values.size(), 0);
    for (int seed = 1; seed <= n; ++seed) {
        GeneratedPlan g = generate_plan(static_cast<uint64_t>(seed));
        CHECK_MESSAGE(!g.expected.empty(), "seed " << seed << " has no action: " << describe(g.spec));
        for (size_t d = 0; d < dims.size(); ++d)
            for (int v : dims[d].drawn(g.spec)) ++seen[d][static_cast<size_t>(v)];
    }
    for (size_t d = 0; d < dims.size(); ++d)
        for (size_t v = 0; v < dims[d].values.size(); ++v) {
            if (dims[d].values[v] == "n_a") continue;
            CHECK_MESSAGE(seen[d][v] > 0, dims[d].name << "=" << dims[d].values[v] << " never drawn in seeds 1.." << n);
        }
}

TEST_CASE("generated plans: a seed always gives the same plan, and harmonise() changes nothing the second time") {
    for (uint64_t seed : {1ull, 7ull, 123ull, 499ull}) {
        GeneratedPlan a = generate_plan(seed), b = generate_plan(seed);
        CHECK(document_text(a.doc) == document_text(b.doc));
        CHECK(a.expected.size() == b.expected.size());
        LayoutSpec s = draw_spec(seed);
        std::string once = describe(s);
        harmonise(s);
        CHECK(describe(s) == once);
    }
}

TEST_CASE("generated plans: the timescale table has every form, and every due is YYYY-MM, YYYY-MM-DD or empty") {
    const auto& names = EnumInfo<TimeForm>::names();
    for (int f = 1; f < EnumInfo<TimeForm>::count; ++f) {
        int n = 0;
        for (const auto& c : timescale_table())
            if (static_cast<int>(c.form) == f) ++n;
        CHECK_MESSAGE(n > 0, "no timescale written for " << std::string(names[f]));
    }
    for (const auto& c : timescale_table()) {
        std::string due = c.due;
        if (due.rfind("Y0", 0) == 0 || due.rfind("Y1", 0) == 0) due = "2015" + due.substr(2);
        bool ok = due.empty() || ((due.size() == 7 || due.size() == 10) && due[4] == '-' &&
                                  (due.size() == 7 || due[7] == '-'));
        CHECK_MESSAGE(ok, std::string(c.text) << " -> " << std::string(c.due));
    }
}
