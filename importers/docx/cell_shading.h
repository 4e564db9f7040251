// cell_shading.h — w:shd (cell, paragraph, table and table-style shading) → a "#RRGGBB" fill.
#pragma once

#include <string>

#include "importers/docx/theme.h"
#include "importers/docx/xml_part.h"

namespace planport::docx {

/// The colour a w:shd shows: w:themeFill (+ w:themeFillTint / w:themeFillShade) when the theme defines it,
/// else w:fill; w:val="solid" shows the pattern colour (w:color / w:themeColor) instead. "" for auto, nil,
/// white or an unreadable value.
std::string read_shd(const XmlElement& shd, const Theme& theme);

}  // namespace planport::docx
