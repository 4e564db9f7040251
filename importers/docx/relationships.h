// relationships.h — OPC relationship parts (_rels/*.rels): which part is the document, its styles, theme …
#pragma once

#include <string>
#include <vector>

#include "importers/docx/xml_part.h"

namespace planport::docx {

struct Relationship {
    std::string id;
    std::string type;     ///< full type URI (transitional or strict)
    std::string target;   ///< resolved part name inside the zip ("word/styles.xml"); raw URI when external
    bool external = false;  ///< TargetMode="External": never followed
};

/// Reads the Relationship children of a .rels root; targets are resolved against `source_part`
/// ("" for the package relationships in _rels/.rels).
std::vector<Relationship> read_relationships(const XmlElement& root, const std::string& source_part);

/// "word/document.xml" → "word/_rels/document.xml.rels"; "" → "_rels/.rels".
std::string rels_part_for(const std::string& source_part);

/// A target URI relative to `source_part`'s folder, with "." and ".." segments folded; a leading '/' means
/// the package root. Never climbs above the root.
std::string resolve_target(const std::string& source_part, const std::string& target);

/// The first internal relationship whose type ends in "/<kind>" (so both namespaces match), or nullptr.
const Relationship* find_relationship(const std::vector<Relationship>& rels, const std::string& kind);

}  // namespace planport::docx
