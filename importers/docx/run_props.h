// run_props.h — the run properties the Document keeps: bold and font size, each possibly unset.
#pragma once

#include <optional>

#include "importers/docx/xml_part.h"

namespace planport::docx {

struct RunProps {
    std::optional<bool> bold;   ///< w:b, or w:bCs when w:b is absent
    std::optional<double> size; ///< points (w:sz / 2)

    /// Fills the unset fields from `base`.
    void inherit(const RunProps& base) {
        if (!bold) bold = base.bold;
        if (!size) size = base.size;
    }
};

/// Reads w:rPr (null → nothing set).
RunProps read_rpr(const XmlElement* rpr);

}  // namespace planport::docx
