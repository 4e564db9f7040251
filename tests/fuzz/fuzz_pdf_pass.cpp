// fuzz_pdf_pass.cpp — libFuzzer target: the page pass (poppler's core through page_pass.h) on the input as PDF
// bytes, then the vector steps of each page. The work is in fuzz_entry_points.h, which tests/fuzz_replay also
// runs on tests/fuzz/regressions/pdf_pass/.
#include "tests/fuzz/fuzz_entry_points.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    planport::fuzz::pdf_pass(data, size);
    return 0;
}
