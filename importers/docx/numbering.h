// numbering.h — word/numbering.xml: list definitions and the counters Word keeps while it numbers paragraphs.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>

#include "importers/docx/xml_part.h"

namespace planport::docx {

struct ListLevel {
    int start = 1;
    std::string format = "decimal";   ///< w:numFmt: decimal, lowerLetter, upperRoman, bullet, none …
    std::string text;                 ///< w:lvlText with %1..%9 placeholders
    bool legal = false;               ///< w:isLgl: all placeholders in decimal
    std::optional<int> restart;       ///< w:lvlRestart (1-based level after which it restarts; 0 = never)
    bool defined = false;
};

struct AbstractNum {
    std::array<ListLevel, 9> levels;
    std::string num_style_link;       ///< w:numStyleLink: the definition lives in another abstractNum
    std::string style_link;           ///< w:styleLink
};

struct Num {
    std::string abstract_id;
    std::map<int, int> start_overrides;      ///< w:lvlOverride/w:startOverride by ilvl
    std::map<int, ListLevel> level_overrides;  ///< w:lvlOverride/w:lvl by ilvl
};

/// Definitions plus counters: call next_label for each numbered paragraph in document order.
class Numbering {
public:
    static Numbering read(const XmlElement& root);

    /// Advances the counter of (num_id, ilvl), resets the deeper levels, and returns the label Word shows
    /// ("2.3", "a)", "•" for any bullet). "" for numId 0, an unknown numId or an empty label.
    std::string next_label(int num_id, int ilvl);

private:
    struct Counters {
        std::array<int, 9> value{};
        std::array<bool, 9> started{};
    };
    const AbstractNum* abstract_for(const Num& num) const;
    ListLevel level_for(const Num& num, int ilvl) const;

    std::map<std::string, AbstractNum> abstracts_;
    std::map<int, Num> nums_;
    // Keyed by abstractNum (numIds sharing one continue each other, as in Word), or by numId when the num
    // restarts with w:startOverride.
    std::map<std::string, Counters> counters_;
};

/// One number in a list format: (3, "lowerRoman") → "iii"; (28, "lowerLetter") → "bb".
std::string format_number(int n, const std::string& format);

}  // namespace planport::docx
