// docx_builder.h — builds small .docx files (and odd zips) in memory for the reader's tests, with libzip.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace planport::test {

/// The transitional WordprocessingML namespace URI.
inline constexpr const char* w_ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// A zip holding `entries` in order (deflated). Names must be distinct; see rename_entry for duplicates.
std::string make_zip(const std::vector<std::pair<std::string, std::string>>& entries);
std::string make_zip(const std::map<std::string, std::string>& parts);

/// `body_xml` wrapped in <w:document xmlns:w=… xmlns:r=… xmlns:mc=…><w:body>…</w:body></w:document>.
std::string document_xml(const std::string& body_xml);

/// The parts of a minimal .docx: [Content_Types].xml, _rels/.rels (officeDocument → word/document.xml,
/// core properties → docProps/core.xml), word/_rels/document.xml.rels (styles, numbering, theme) and
/// word/document.xml; `extra_parts` are added or replace those by name.
std::map<std::string, std::string> docx_parts(const std::string& body_xml,
                                              const std::map<std::string, std::string>& extra_parts = {});

/// make_zip(docx_parts(body_xml, extra_parts)).
std::string make_docx(const std::string& body_xml, const std::map<std::string, std::string>& extra_parts = {});

/// `inner` wrapped in <w:styles>, <w:numbering>, or an a:theme with clrScheme entries.
std::string styles_xml(const std::string& inner);
std::string numbering_xml(const std::string& inner);
/// A theme whose clrScheme holds `scheme_entries` (e.g. "<a:accent1><a:srgbClr val=\"4472C4\"/></a:accent1>").
std::string theme_xml(const std::string& scheme_entries);

/// Replaces every occurrence of the entry name `from` by `to` (same length) in the zip bytes: local
/// headers and central directory. Used to make duplicate part names, which libzip refuses to write.
std::string rename_entry(std::string zip_bytes, const std::string& from, const std::string& to);

/// Rewrites the uncompressed size recorded for entry `name` (local header and central directory), so the
/// zip lies about its size as a zip bomb does.
std::string set_declared_size(std::string zip_bytes, const std::string& name, unsigned size);

}  // namespace planport::test
