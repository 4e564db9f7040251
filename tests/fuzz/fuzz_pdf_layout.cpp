// fuzz_pdf_layout.cpp — libFuzzer target: the PDF layout steps (rules, grids, running text, tables, assembly) on pages decoded from the input, then recognise.
// The work is in fuzz_entry_points.h, which tests/fuzz_replay also runs on tests/fuzz/regressions/pdf_layout/.
#include "tests/fuzz/fuzz_entry_points.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    planport::fuzz::pdf_layout(data, size);
    return 0;
}
