// fuzz_timescale.cpp — libFuzzer target: due_from_timescale and period_from_title on the input as text.
// The work is in fuzz_entry_points.h, which tests/fuzz_replay also runs on tests/fuzz/regressions/timescale/.
#include "tests/fuzz/fuzz_entry_points.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    planport::fuzz::timescale(data, size);
    return 0;
}
