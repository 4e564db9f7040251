// package.h — step 1 of the reader: the OPC package opened and its parts parsed into docx-shaped values
// (main document tree, styles, numbering, theme, core properties), nothing mapped yet.
#pragma once

#include <string>

#include "importers/docx/numbering.h"
#include "importers/docx/styles.h"
#include "importers/docx/theme.h"
#include "importers/docx/xml_part.h"
#include "importers/docx/zip_archive.h"
#include "model/diagnostics.h"

namespace planport::docx {

struct Package {
    std::string main_part;   ///< "word/document.xml" or whatever _rels/.rels names
    XmlElement document;     ///< the w:document root
    Theme theme;
    StyleSheet styles;
    Numbering numbering;
    std::string title;       ///< docProps/core.xml dc:title
};

/// Finds the main part through the officeDocument relationship (either namespace; word/document.xml when
/// there is none) and parses it with the parts it relates to. Throws ImportError when there is no main part,
/// when it is not well-formed, or when any part read carries a DOCTYPE. Unreadable side parts (styles,
/// numbering, theme, core properties) are warnings.
Package read_package(ZipArchive& zip, Diagnostics& diag, const std::string& source);

}  // namespace planport::docx
