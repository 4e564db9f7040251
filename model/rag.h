// rag.h — RAG status from cell fill colours and from words, through the plan's own key when it has one.
#pragma once

#include <string>
#include <vector>

#include "model/plan.h"

namespace planport {

/// A plan's own status key: which colours and which words mean what. Built from legend text such as
/// "Items highlighted in Grey denotes work completed", a legend table, or "1 Fully achieved, 2 On track …".
struct RagKey {
    struct ColourEntry { std::string hex; Rag rag; };   ///< "#RRGGBB" → status
    struct WordEntry { std::string word; Rag rag; };    ///< lower-case word/code ("1", "blue") → status
    std::vector<ColourEntry> colours;
    std::vector<WordEntry> words;
    bool empty() const { return colours.empty() && words.empty(); }
};

/// Status from a fill "#RRGGBB": nearest of grey/blue (complete), green, amber, red; white, near-white, ""
/// → Unknown. With a key, the key's colours decide first.
Rag rag_from_fill(const std::string& hex, const RagKey* key = nullptr);

/// Status from progress words: "Completed", "Complete", "Achieved", "G", "A", "R", "C", "B", "Green",
/// "Amber", "Red" (whole text or its leading word); a key's words decide first. Otherwise Unknown.
Rag rag_from_text(const std::string& text, const RagKey* key = nullptr);

/// Adds to `key` what one legend line says ("Items highlighted in Grey denotes work completed",
/// "Blue = complete", "1 Fully achieved"). Returns true when the line was a key entry.
bool read_rag_key_line(const std::string& line, RagKey& key);

}  // namespace planport
