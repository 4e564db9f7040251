// package.cpp — locating and parsing the parts of a .docx package.
#include "importers/docx/package.h"

#include "importers/docx/relationships.h"

namespace planport::docx {

namespace {

// Parses a part when present; a DOCTYPE or a cap is fatal, other damage to a side part is a warning.
std::optional<XmlElement> read_side_part(ZipArchive& zip, const std::string& part, Diagnostics& diag,
                                         const std::string& source) {
    if (part.empty()) return std::nullopt;
    auto bytes = zip.read(part);
    if (!bytes) return std::nullopt;
    if (has_doctype(*bytes)) return parse_xml_part(part, *bytes);  // throws the DOCTYPE error
    try {
        return parse_xml_part(part, *bytes);
    } catch (const ImportError& e) {
        diag.warn(source + ": " + e.what() + ", part ignored");
        return std::nullopt;
    }
}

std::vector<Relationship> read_rels(ZipArchive& zip, const std::string& part, Diagnostics& diag,
                                    const std::string& source) {
    auto root = read_side_part(zip, rels_part_for(part), diag, source);
    return root ? read_relationships(*root, part) : std::vector<Relationship>{};
}

std::string find_main_part(ZipArchive& zip, const std::vector<Relationship>& package_rels) {
    if (const Relationship* r = find_relationship(package_rels, "officeDocument"))
        if (zip.has(r->target)) return r->target;
    if (zip.has("word/document.xml")) return "word/document.xml";
    throw ImportError("zip file is not a Word document (no word/document.xml)");
}

// The part a document relationship of `kind` names, else the conventional name.
std::string related_part(const std::vector<Relationship>& rels, const std::string& kind, const std::string& fallback) {
    if (const Relationship* r = find_relationship(rels, kind)) return r->target;
    return fallback;
}

std::string read_title(const XmlElement& core) {
    const XmlElement* t = core.child(Ns::Dc, "title");
    return t ? t->text : "";
}

}  // namespace

Package read_package(ZipArchive& zip, Diagnostics& diag, const std::string& source) {
    Package pkg;
    auto package_rels = read_rels(zip, "", diag, source);
    pkg.main_part = find_main_part(zip, package_rels);
    auto bytes = zip.read(pkg.main_part);
    pkg.document = parse_xml_part(pkg.main_part, bytes.value_or(""));
    if (!pkg.document.is_w("document"))
        throw ImportError("main part " + pkg.main_part + " is not a WordprocessingML document (root <" +
                          pkg.document.name + ">)");

    auto doc_rels = read_rels(zip, pkg.main_part, diag, source);
    if (auto theme = read_side_part(zip, related_part(doc_rels, "theme", "word/theme/theme1.xml"), diag, source))
        pkg.theme = read_theme(*theme);
    if (auto styles = read_side_part(zip, related_part(doc_rels, "styles", "word/styles.xml"), diag, source))
        pkg.styles = StyleSheet::read(*styles, pkg.theme);
    if (auto numbering = read_side_part(zip, related_part(doc_rels, "numbering", "word/numbering.xml"), diag, source))
        pkg.numbering = Numbering::read(*numbering);
    if (auto core = read_side_part(zip, related_part(package_rels, "core-properties", "docProps/core.xml"), diag, source))
        pkg.title = read_title(*core);
    return pkg;
}

}  // namespace planport::docx
