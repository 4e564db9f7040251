// xml_part.h — one XML part of the package, parsed safely by libxml2 and copied into a small owned tree.
//
// This is the only file that sees libxml2. Parts are parsed with XML_PARSE_NONET | NOERROR | NOWARNING and
// never NOENT, DTDLOAD or HUGE; a part that carries a DOCTYPE is rejected before and after parsing.
// The tree keeps what the reader needs: element names with their namespace family, attributes, children and
// direct text.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace planport::docx {

/// Namespace families the reader cares about; transitional and strict WordprocessingML are both W.
enum class Ns { None, W, Mc, A, PkgRel, Dc, Other };

struct XmlAttr {
    Ns ns = Ns::None;
    std::string name;   ///< local name
    std::string value;
};

struct XmlElement {
    Ns ns = Ns::None;
    std::string name;                   ///< local name
    std::vector<XmlAttr> attrs;
    std::vector<XmlElement> children;   ///< child elements only
    std::string text;                   ///< direct text children, concatenated

    bool is(Ns n, const char* local) const { return ns == n && name == local; }
    bool is_w(const char* local) const { return is(Ns::W, local); }
    /// First child element in `n` named `local`, or nullptr.
    const XmlElement* child(Ns n, const char* local) const;
    const XmlElement* w_child(const char* local) const { return child(Ns::W, local); }
    /// Attribute `local` in the W namespace (or unqualified, as some writers emit it).
    std::optional<std::string> w_attr(const char* local) const;
    /// Attribute `local` with no namespace (package relationships, content types).
    std::optional<std::string> plain_attr(const char* local) const;
};

/// Parses `bytes` as the part `part_name`. Throws ImportError for a DOCTYPE ("XML part word/document.xml
/// carries a DOCTYPE (not allowed in OOXML)") or malformed XML ("XML part x is not well-formed: line 3: …").
XmlElement parse_xml_part(const std::string& part_name, const std::string& bytes);

/// True when the bytes hold "<!DOCTYPE" in UTF-8/ASCII or UTF-16 (either byte order).
bool has_doctype(const std::string& bytes);

}  // namespace planport::docx
