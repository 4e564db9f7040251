// on_off.h — small readers of WordprocessingML simple values shared by styles, runs and tables.
#pragma once

#include <optional>
#include <string>

#include "importers/docx/xml_part.h"

namespace planport::docx {

/// ST_OnOff: absent w:val means on; "0", "false", "off" mean off.
inline bool read_on_off(const XmlElement& el) {
    auto v = el.w_attr("val");
    return !v || !(*v == "0" || *v == "false" || *v == "off");
}

/// An integer w:val (or another attribute), nullopt when missing or not a number.
inline std::optional<int> read_int_attr(const XmlElement& el, const char* attr = "val") {
    auto v = el.w_attr(attr);
    if (!v || v->empty()) return std::nullopt;
    try {
        std::size_t used = 0;
        long n = std::stol(*v, &used);
        if (used != v->size() || n < -1000000000L || n > 1000000000L) return std::nullopt;
        return static_cast<int>(n);
    } catch (...) {
        return std::nullopt;
    }
}

/// The integer w:val of child `name` of `parent` (either may be null).
inline std::optional<int> child_int(const XmlElement* parent, const char* name) {
    const XmlElement* c = parent ? parent->w_child(name) : nullptr;
    return c ? read_int_attr(*c) : std::nullopt;
}

}  // namespace planport::docx
