// docx_test_util.h — shortcuts for the DOCX reader tests: read a body built inline, pick blocks.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "importers/docx/docx_reader.h"
#include "tests/support/docx_builder.h"

namespace planport::test {

inline Document read_body(const std::string& body, const std::map<std::string, std::string>& extra = {},
                          Diagnostics* diag_out = nullptr) {
    Diagnostics diag;
    Document d = read_docx_bytes(make_docx(body, extra), "test.docx", diag);
    if (diag_out) *diag_out = diag;
    return d;
}

inline std::vector<Paragraph> paragraphs_of(const Document& d) {
    std::vector<Paragraph> out;
    for (const auto& b : d.blocks)
        if (b.kind == Block::Kind::Paragraph) out.push_back(b.paragraph);
    return out;
}

inline std::vector<Table> tables_of(const Document& d) {
    std::vector<Table> out;
    for (const auto& b : d.blocks)
        if (b.kind == Block::Kind::Table) out.push_back(b.table);
    return out;
}

/// The text of the first paragraph of a one-paragraph body.
inline std::string text_of(const std::string& body, const std::map<std::string, std::string>& extra = {}) {
    auto ps = paragraphs_of(read_body(body, extra));
    return ps.empty() ? "<no paragraph>" : ps.front().text;
}

/// <w:p><w:r><w:t xml:space="preserve">text</w:t></w:r></w:p>
inline std::string p(const std::string& text, const std::string& ppr = "") {
    return "<w:p>" + (ppr.empty() ? "" : "<w:pPr>" + ppr + "</w:pPr>") + "<w:r><w:t xml:space=\"preserve\">" + text +
           "</w:t></w:r></w:p>";
}

/// <w:tc> with tcPr and one paragraph per text.
inline std::string tc(const std::string& text, const std::string& tcpr = "") {
    return "<w:tc>" + (tcpr.empty() ? "" : "<w:tcPr>" + tcpr + "</w:tcPr>") + p(text) + "</w:tc>";
}

}  // namespace planport::test
