// fuzz_docx.cpp — libFuzzer target: read_docx_bytes on the input as a .docx, then recognise on the Document.
// The work is in fuzz_entry_points.h, which tests/fuzz_replay also runs on tests/fuzz/regressions/docx/.
#include "tests/fuzz/fuzz_entry_points.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    planport::fuzz::docx(data, size);
    return 0;
}
