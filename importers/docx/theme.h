// theme.h — the colour scheme of word/theme/theme1.xml, for w:themeFill and friends.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "importers/docx/colour.h"
#include "importers/docx/xml_part.h"

namespace planport::docx {

struct Theme {
    std::map<std::string, Rgb> scheme;  ///< "dk1", "lt1", "accent1" … "hlink", "folHlink"

    /// A w:themeFill / w:themeColor name ("accent1", "background1", "text2", "dark1" …), or nullopt when
    /// the theme does not define it.
    std::optional<Rgb> colour(const std::string& theme_name) const;
};

/// Reads a:theme/a:themeElements/a:clrScheme (a:srgbClr val, or a:sysClr lastClr).
Theme read_theme(const XmlElement& root);

}  // namespace planport::docx
