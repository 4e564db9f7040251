// fuzz_rag.cpp — libFuzzer target: read_rag_key_line, rag_from_text and rag_from_fill on the lines of the input.
// The work is in fuzz_entry_points.h, which tests/fuzz_replay also runs on tests/fuzz/regressions/rag/.
#include "tests/fuzz/fuzz_entry_points.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    planport::fuzz::rag(data, size);
    return 0;
}
