// xml_part.cpp — safe libxml2 parsing of one package part into an owned XmlElement tree.
#include "importers/docx/xml_part.h"

#include <cstring>
#include <memory>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include "model/diagnostics.h"

namespace planport::docx {

namespace {

struct ParserCtxtFree {
    void operator()(xmlParserCtxt* c) const { xmlFreeParserCtxt(c); }
};
struct DocFree {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using ParserCtxtPtr = std::unique_ptr<xmlParserCtxt, ParserCtxtFree>;
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;

// libxml2 itself refuses deeper trees without XML_PARSE_HUGE; this guards the copy all the same.
constexpr int max_copy_depth = 1024;

Ns ns_of(const xmlNs* ns) {
    if (!ns || !ns->href) return Ns::None;
    const char* h = reinterpret_cast<const char*>(ns->href);
    if (!std::strcmp(h, "http://schemas.openxmlformats.org/wordprocessingml/2006/main") ||
        !std::strcmp(h, "http://purl.oclc.org/ooxml/wordprocessingml/main"))
        return Ns::W;
    if (!std::strcmp(h, "http://schemas.openxmlformats.org/markup-compatibility/2006")) return Ns::Mc;
    if (!std::strcmp(h, "http://schemas.openxmlformats.org/drawingml/2006/main") ||
        !std::strcmp(h, "http://purl.oclc.org/ooxml/drawingml/main"))
        return Ns::A;
    if (!std::strcmp(h, "http://schemas.openxmlformats.org/package/2006/relationships")) return Ns::PkgRel;
    if (!std::strcmp(h, "http://purl.org/dc/elements/1.1/")) return Ns::Dc;
    return Ns::Other;
}

std::string str(const xmlChar* s) { return s ? reinterpret_cast<const char*>(s) : ""; }

void copy_element(const xmlNode* in, XmlElement& out, int depth) {
    if (depth > max_copy_depth) throw ImportError("XML nesting deeper than " + std::to_string(max_copy_depth));
    out.ns = ns_of(in->ns);
    out.name = str(in->name);
    for (const xmlAttr* a = in->properties; a; a = a->next) {
        std::string value;
        for (const xmlNode* t = a->children; t; t = t->next)
            if (t->type == XML_TEXT_NODE) value += str(t->content);
        out.attrs.push_back({ns_of(a->ns), str(a->name), std::move(value)});
    }
    for (const xmlNode* c = in->children; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE) {
            out.children.emplace_back();
            copy_element(c, out.children.back(), depth + 1);
        } else if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            out.text += str(c->content);
        }
    }
}

std::string one_line(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ')) s.pop_back();
    for (char& ch : s)
        if (ch == '\n' || ch == '\r') ch = ' ';
    return s;
}

[[noreturn]] void throw_doctype(const std::string& part_name) {
    throw ImportError("XML part " + part_name + " carries a DOCTYPE (not allowed in OOXML)");
}

}  // namespace

const XmlElement* XmlElement::child(Ns n, const char* local) const {
    for (const auto& c : children)
        if (c.is(n, local)) return &c;
    return nullptr;
}

std::optional<std::string> XmlElement::w_attr(const char* local) const {
    for (const auto& a : attrs)
        if ((a.ns == Ns::W || a.ns == Ns::None) && a.name == local) return a.value;
    return std::nullopt;
}

std::optional<std::string> XmlElement::plain_attr(const char* local) const {
    for (const auto& a : attrs)
        if (a.ns == Ns::None && a.name == local) return a.value;
    return std::nullopt;
}

bool has_doctype(const std::string& bytes) {
    static const char needle[] = "<!DOCTYPE";
    const std::size_t n = sizeof needle - 1;
    if (bytes.find(needle) != std::string::npos) return true;
    // UTF-16: the same letters with a zero byte after (LE) or before (BE) each one.
    std::string le, be;
    for (std::size_t i = 0; i < n; ++i) {
        le += needle[i];
        le += '\0';
        be += '\0';
        be += needle[i];
    }
    return bytes.find(le) != std::string::npos || bytes.find(be) != std::string::npos;
}

XmlElement parse_xml_part(const std::string& part_name, const std::string& bytes) {
    if (has_doctype(bytes)) throw_doctype(part_name);
    if (bytes.size() > static_cast<std::size_t>(INT32_MAX)) throw ImportError("XML part " + part_name + " is too large");
    ParserCtxtPtr ctxt(xmlNewParserCtxt());
    if (!ctxt) throw ImportError("out of memory creating an XML parser");
    // Never XML_PARSE_NOENT, DTDLOAD or HUGE: no entity expansion, no external fetches, libxml2's own limits.
    const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
    DocPtr doc(xmlCtxtReadMemory(ctxt.get(), bytes.data(), static_cast<int>(bytes.size()), part_name.c_str(),
                                 nullptr, options));
    if (!doc || !ctxt->wellFormed) {
        const xmlError* e = xmlCtxtGetLastError(ctxt.get());
        std::string why = e && e->message ? one_line(e->message) : "unknown error";
        std::string line = e ? "line " + std::to_string(e->line) + ": " : "";
        throw ImportError("XML part " + part_name + " is not well-formed: " + line + why);
    }
    if (doc->intSubset || doc->extSubset) throw_doctype(part_name);
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    if (!root) throw ImportError("XML part " + part_name + " has no root element");
    XmlElement out;
    copy_element(root, out, 0);
    return out;
}

}  // namespace planport::docx
