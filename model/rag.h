// rag.h — RAG status from cell fill colours and from words, through the plan's own key when it has one.
#pragma once

#include <string>
#include <vector>

#include "model/plan.h"

namespace planport {

struct Row;

/// A plan's own status key: which colours and which words mean what. Built from legend text such as
/// "Items highlighted in Grey denotes work completed", a legend table, or "1 Fully achieved, 2 On track …".
/// An entry may map to Rag::Unknown: the key says that colour or word means "not started" / "not yet due",
/// i.e. not rated (so a grey fill in a plan whose key says "Grey = not started" is not complete).
struct RagKey {
    struct ColourEntry { std::string hex; Rag rag; };   ///< "#RRGGBB" → status
    struct WordEntry { std::string word; Rag rag; };    ///< lower-case word/code ("1", "blue") → status
    std::vector<ColourEntry> colours;
    std::vector<WordEntry> words;
    bool empty() const { return colours.empty() && words.empty(); }

    /// Adds or restates an entry (a later statement of the same colour or word wins). Colours are stored as
    /// upper-case "#RRGGBB" (unparsable ones are dropped); words lower-cased, dashes and spaces folded.
    void add_colour(const std::string& hex, Rag rag);
    void add_word(const std::string& word, Rag rag);
    /// Every entry of `other` added to this key.
    void merge(const RagKey& other);
};

/// Status from a fill "#RRGGBB" ('#' optional), by the colour's hue, saturation and lightness:
///   grey (clearly grey: lightness below 0.875, e.g. #D9D9D9 … #808080) and blue (#00B0F0, #0070C0, #9DC3E6,
///   #BDD7EE, #4472C4) → Complete; green (#92D050, #00B050, #C6EFCE, #A9D08E …) → Green; yellow, amber and
///   orange (#FFC000, #F79646, #FFEB9C, #FFFF00, #ED7D31 …) → Amber; red and pink (#FF0000, #C00000, #FFC7CE,
///   #E6B8B7) → Red. Unknown: white, near-white and very light grey (zebra stripes #F2F2F2, #EEEEEE, #F5F5F5),
///   black, purple (#7030A0, #B4A7D6, #CCC0DA), very dark shades such as dark green (#006100, #375623) and
///   navy (#002060), and anything unparsable.
/// With a key, the key's colours decide first: a key colour within a small colour distance (PDF rendering
/// shifts shades), else the nearest key colour of the same class (dark green and green are different
/// classes; a key's grey also covers very light greys, not near-white).
Rag rag_from_fill(const std::string& hex, const RagKey* key = nullptr);

/// The class rag_from_fill sorts a fill into: "white", "pale grey", "grey", "black", "red", "amber",
/// "green", "blue", "purple", with "dark " before a very dark hue ("dark green"); "" when unparsable.
std::string fill_colour_class(const std::string& hex);

/// Representative "#RRGGBB" of a colour name a legend uses ("grey", "gray", "blue", "light blue",
/// "dark blue", "purple", "lilac", "dark green", "green", "light green", "amber", "orange", "yellow", "red",
/// "pink", "black", "white", …; case-insensitive), "" when `name` is no colour name.
std::string colour_name_hex(const std::string& name);

/// Status from the words of a status cell or the start of a progress text (the whole text or its leading
/// word/phrase; a key's words decide first, longest first):
///   Complete: "Complete(d)", "Achieved", "Fully achieved", "Done", "Delivered", "Finished", "Closed", "Blue",
///             "Grey", "C", "B";
///   Green: "Green", "On track", "On target", "On course", "On schedule", "Good progress", "G";
///   Amber: "Amber", "Yellow", "Some slippage", "Slipped", "Slippage", "At risk", "Behind schedule",
///          "Behind target", "Delayed", "Partially achieved", "Within tolerance", "A";
///   Red: "Red", "Off track", "Off target", "Not achieved", "Not met", "Not on track", "Failing", "Overdue",
///        "Significant concern", "R".
/// "Not started", "Not yet due", "Pending", "On hold" → Unknown (not yet rated). "In progress" and "Ongoing"
/// alone → Unknown (they say work has started, not how well: the research notes plans that rate in-progress
/// actions G/A/R separately, and "Ongoing" may be a timescale), but a status after them decides
/// ("In progress – on track" → Green). Compound letters or colours take the worse ("R/A" → Red,
/// "Amber/Green" → Amber). A status word must lead: "The red team met" → Unknown. Colour words and single
/// letters count only alone or before punctuation ("Amber – agreed", "G: on track"; not "Green spaces",
/// "A review"). Otherwise Unknown.
Rag rag_from_text(const std::string& text, const RagKey* key = nullptr);

/// A tick or mark in a tick column: "✓", "✔", "☑", "☒", "✅", "√", "✗", "✘", "x", "X", "Yes", "Y", "tick",
/// "ticked" (a cross counts: in "Achieved | On target | Not achieved" columns any mark chooses the column).
/// Not: "", "No", "N", "-", "☐", words.
bool is_tick(const std::string& text);

/// Adds to `key` what one legend line says. Returns true when the line held at least one key entry (then
/// every entry it held was added; otherwise `key` is unchanged). Forms: "Blue = complete", "B - Completed",
/// "Purple – Complete", "Dark green: achieved", "1 = Complete", "1 Complete", "2. On track", "Complete (grey)",
/// "Items highlighted in Grey denotes work completed", "Cells shaded green mean on track", "'Done' means
/// complete", several entries separated by ';' or ',' ("1 - Fully achieved, 2 - On track, 3 - Some slippage,
/// 4 - Not started"), after a preamble ("Key: G – on track; A – some slippage; R – off track; C – complete",
/// "The colour of the cell shows progress: Grey = complete; …"). A meaning "Not started" / "Not yet due" maps
/// to Unknown (not rated). A colour name adds its representative colour and its word; a code adds its word.
bool read_rag_key_line(const std::string& line, RagKey& key);

/// One cell of a legend table row, for read_rag_key_row.
struct RagKeyCell {
    std::string text;
    std::string fill;  ///< "#RRGGBB" or ""
};

/// The entries one legend table row gives: a swatch cell (a fill, no text) next to a meaning cell
/// ("[grey] | Complete"); a code cell ("1", "G", "Dark green", "Done"; its fill, if any, is a swatch too) before
/// its meaning cell ("G | On track", "[#A6A6A6] Done | Complete – action delivered"); or a filled cell whose own
/// text is the meaning ("[#92D050] On track"). Several pairs in one row are all read. A header row
/// ("Rating | Meaning") gives none.
RagKey read_rag_key_row(const std::vector<RagKeyCell>& cells);
/// The same for a document table row (each cell's text and fill).
RagKey read_rag_key_row(const Row& row);

}  // namespace planport
