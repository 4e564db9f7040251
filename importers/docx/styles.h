// styles.h — word/styles.xml: paragraph and character styles (heading level, bold, size, numbering, shading)
// and table styles (conditional shading), each resolved through w:basedOn.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "importers/docx/run_props.h"
#include "importers/docx/theme.h"
#include "importers/docx/xml_part.h"

namespace planport::docx {

/// Fills of a table style by w:tblStylePr type ("wholeTable", "firstRow", "band1Horz" …); a present entry
/// with "" means the condition explicitly has no fill.
struct TableStyle {
    std::map<std::string, std::string> fills;
    std::map<std::string, RunProps> runs;  ///< w:rPr by condition ("wholeTable" = the style's own w:rPr)
    int row_band_size = 1;
    int col_band_size = 1;
};

struct Style {
    std::string id, name, type, based_on;
    std::optional<int> outline_level;     ///< w:pPr/w:outlineLvl (0-based; 9 = body text)
    std::optional<int> num_id, ilvl;      ///< w:pPr/w:numPr
    std::optional<std::string> fill;      ///< w:pPr/w:shd
    std::optional<bool> page_break_before;
    RunProps run;                         ///< w:rPr
    TableStyle table;                     ///< table styles only (unmerged)
    std::optional<int> row_band_size, col_band_size;
};

class StyleSheet {
public:
    /// Reads styles.xml (w:docDefaults and w:style). Shading needs the theme.
    static StyleSheet read(const XmlElement& root, const Theme& theme);

    /// The paragraph style id to use when a paragraph names none (the w:default="1" paragraph style).
    const std::string& default_paragraph_style() const { return default_paragraph_; }
    /// 1..9 from the outline level or the style's name ("heading 2", "Heading2", "Title" → 1); 0 = body.
    int heading_level(const std::string& id) const;
    std::optional<int> outline_level(const std::string& id) const;
    /// Run properties from the style chain, then w:docDefaults unless `with_defaults` is false (a character
    /// style must leave what it does not set to the paragraph style).
    RunProps run_props(const std::string& id, bool with_defaults = true) const;
    /// w:numPr of the style chain: (numId, ilvl); ilvl defaults to 0.
    std::optional<std::pair<int, int>> numbering(const std::string& id) const;
    std::string fill(const std::string& id) const;
    bool page_break_before(const std::string& id) const;
    /// The table style (w:basedOn merged, base first). Empty when unknown.
    TableStyle table_style(const std::string& id) const;
    const RunProps& defaults() const { return defaults_; }

private:
    const Style* find(const std::string& id) const;
    /// Walks id, its base, its base's base … (capped against loops) until `f` returns true.
    template <class F>
    void walk(const std::string& id, F f) const;

    std::map<std::string, Style> styles_;
    RunProps defaults_;
    std::string default_paragraph_;
};

}  // namespace planport::docx
