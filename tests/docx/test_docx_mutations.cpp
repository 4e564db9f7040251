// test_docx_mutations.cpp — deterministic mutations of a rich document.xml (cut, repeated and shuffled
// ranges, changed bytes), each zipped and read: every one must give a Document or an ImportError.
#include <doctest/doctest.h>

#include <random>

#include "tests/docx/docx_test_util.h"

using namespace planport;
using namespace planport::test;

namespace {

const std::string rich_body =
    "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
    "<w:r><w:t>Priority</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>REF x</w:instrText>"
    "</w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar "
    "w:fldCharType=\"end\"/></w:r></w:p>"
    "<w:tbl><w:tblPr><w:tblStyle w:val=\"Grid\"/><w:tblLook w:val=\"04A0\"/></w:tblPr><w:tblGrid><w:gridCol/><w:gridCol/>"
    "<w:gridCol/></w:tblGrid><w:tr><w:trPr><w:tblHeader/><w:gridBefore w:val=\"1\"/></w:trPr><w:tc><w:tcPr><w:gridSpan "
    "w:val=\"2\"/><w:shd w:val=\"clear\" w:themeFill=\"accent1\" w:themeFillTint=\"33\"/></w:tcPr><w:p><w:r><w:t>Head"
    "</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>a</w:t>"
    "</w:r></w:p></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>nested</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>"
    "</w:tc><w:tc><w:tcPr><w:hMerge w:val=\"restart\"/></w:tcPr><w:sdt><w:sdtContent><w:p><w:ins><w:r><w:t>b</w:t></w:r>"
    "</w:ins><w:del><w:r><w:delText>c</w:delText></w:r></w:del></w:p></w:sdtContent></w:sdt></w:tc></w:tr><w:tr><w:tc>"
    "<w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:br w:type=\"page\"/><w:sym w:font=\"Symbol\" "
    "w:char=\"F0B7\"/></w:r></w:p></w:tc></w:tr></w:tbl>";

const std::string numbering = numbering_xml(
    "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/>"
    "<w:lvlText w:val=\"%1.%2\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>");

std::string mutate(std::string s, std::mt19937& rng) {
    auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % (n ? n : 1)); };
    int edits = 1 + static_cast<int>(rng() % 4);
    for (int e = 0; e < edits && !s.empty(); ++e) {
        std::size_t a = pick(s.size()), len = 1 + pick(std::min<std::size_t>(200, s.size() - a));
        switch (rng() % 4) {
            case 0: s.erase(a, len); break;                                    // cut
            case 1: s.insert(pick(s.size()), s.substr(a, len)); break;         // repeat elsewhere
            case 2: s[a] = static_cast<char>(rng() & 0xFF); break;             // change a byte
            default: s.insert(pick(s.size()), std::string(1 + pick(8), s[a])); // stutter
        }
    }
    return s;
}

}  // namespace

TEST_CASE("docx mutations: mutated document.xml gives a Document or an ImportError, never anything else") {
    const std::string base = document_xml(rich_body);
    // The unmutated document reads: the mutations start from something real.
    {
        Diagnostics diag;
        Document d = read_docx_bytes(make_docx("", {{"word/document.xml", base}, {"word/numbering.xml", numbering}}),
                                     "m.docx", diag);
        REQUIRE(d.blocks.size() == 2);
        CHECK(d.blocks[0].paragraph.list_label == "I.1");
    }
    std::mt19937 rng(20261122);
    int read = 0, refused = 0;
    for (int i = 0; i < 400; ++i) {
        std::string xml = mutate(base, rng);
        Diagnostics diag;
        try {
            read_docx_bytes(make_docx("", {{"word/document.xml", xml}, {"word/numbering.xml", numbering}}), "m.docx", diag);
            ++read;
        } catch (const ImportError& e) {
            ++refused;
            CHECK(std::string(e.what()).find('\n') == std::string::npos);
        }
    }
    MESSAGE("mutations: " << read << " read, " << refused << " refused");
    CHECK(read + refused == 400);
    CHECK(read > 0);
    CHECK(refused > 0);
}

namespace {

// Replaces a few attribute values by odd ones; the XML stays well-formed.
std::string mutate_values(std::string s, std::mt19937& rng) {
    static const char* odd[] = {"0", "-1", "99999999", "2147483648", "", "restart", "continue", "auto", "zz",
                                "FFFFFF", "page", "begin", "end", "separate", "1000", "%9%9%9", "bullet", "nil"};
    // Attribute values after the XML declaration, namespace declarations excepted.
    auto collect = [&] {
        std::vector<std::size_t> out;
        std::size_t prolog = s.find("?>");
        for (std::size_t at = s.find("=\"", prolog == std::string::npos ? 0 : prolog); at != std::string::npos;
             at = s.find("=\"", at + 2)) {
            std::size_t name = s.find_last_of(" <", at) + 1;
            if (s.compare(name, 5, "xmlns") != 0) out.push_back(at + 2);
        }
        return out;
    };
    std::vector<std::size_t> values = collect();
    int edits = 1 + static_cast<int>(rng() % 6);
    for (int e = 0; e < edits; ++e) {
        std::size_t i = values[rng() % values.size()];
        std::size_t end = s.find('"', i);
        s.replace(i, end - i, odd[rng() % (sizeof odd / sizeof *odd)]);
        values = collect();
    }
    return s;
}

}  // namespace

TEST_CASE("docx mutations: odd attribute values in well-formed XML always give a Document") {
    const std::string base = document_xml(rich_body);
    std::mt19937 rng(7);
    int read = 0;
    for (int i = 0; i < 300; ++i) {
        std::string xml = mutate_values(base, rng);
        std::string num = mutate_values(numbering, rng);
        Diagnostics diag;
        Document d = read_docx_bytes(make_docx("", {{"word/document.xml", xml}, {"word/numbering.xml", num}}), "v.docx", diag);
        if (!d.blocks.empty()) ++read;
    }
    CHECK(read == 300);
}
