// fuzz_model_json.cpp — libFuzzer target: parse_model_json (nlohmann-json under planport's limits) and its errors,
// the write → read → write round trip of what it reads, and json_text on the raw bytes.
// The work is in fuzz_entry_points.h, which tests/fuzz_replay also runs on tests/fuzz/regressions/model_json/.
#include "tests/fuzz/fuzz_entry_points.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    planport::fuzz::model_json(data, size);
    return 0;
}
