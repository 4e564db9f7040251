// test_rag.cpp — RAG status from fills (hue, saturation, lightness), from progress words, and through a plan's own
// key (legend lines and legend table rows). Expectations are written by hand from the rules in model/rag.h.
#include <doctest/doctest.h>

#include "model/document.h"
#include "model/rag.h"

using planport::colour_name_hex;
using planport::fill_colour_class;
using planport::is_tick;
using planport::Rag;
using planport::RagKey;
using planport::RagKeyCell;
using planport::rag_from_fill;
using planport::rag_from_text;
using planport::read_rag_key_line;
using planport::read_rag_key_row;

TEST_CASE("rag_from_fill: greens") {
    CHECK(rag_from_fill("#00B050") == Rag::Green);
    CHECK(rag_from_fill("#92D050") == Rag::Green);
    CHECK(rag_from_fill("#70AD47") == Rag::Green);
    CHECK(rag_from_fill("#C6EFCE") == Rag::Green);  // Excel "good" light green
}

TEST_CASE("rag_from_fill: ambers, oranges, yellows") {
    CHECK(rag_from_fill("#FFC000") == Rag::Amber);
    CHECK(rag_from_fill("#FFBF00") == Rag::Amber);
    CHECK(rag_from_fill("#F79646") == Rag::Amber);
    CHECK(rag_from_fill("#FFFF00") == Rag::Amber);
    CHECK(rag_from_fill("#FFEB9C") == Rag::Amber);  // Excel "neutral"
    CHECK(rag_from_fill("#F4B084") == Rag::Amber);
}

TEST_CASE("rag_from_fill: reds") {
    CHECK(rag_from_fill("#FF0000") == Rag::Red);
    CHECK(rag_from_fill("#C00000") == Rag::Red);
    CHECK(rag_from_fill("#FFC7CE") == Rag::Red);  // Excel "bad" light red
    CHECK(rag_from_fill("#E6B8B7") == Rag::Red);
}

TEST_CASE("rag_from_fill: greys and blues are complete") {
    CHECK(rag_from_fill("#A6A6A6") == Rag::Complete);
    CHECK(rag_from_fill("#BFBFBF") == Rag::Complete);
    CHECK(rag_from_fill("#D9D9D9") == Rag::Complete);
    CHECK(rag_from_fill("#808080") == Rag::Complete);
    CHECK(rag_from_fill("#0070C0") == Rag::Complete);
    CHECK(rag_from_fill("#00B0F0") == Rag::Complete);
    CHECK(rag_from_fill("#9BC2E6") == Rag::Complete);
}

TEST_CASE("rag_from_fill: white, near-white, black, empty and malformed are unknown") {
    CHECK(rag_from_fill("#FFFFFF") == Rag::Unknown);
    CHECK(rag_from_fill("#FEFEFE") == Rag::Unknown);
    CHECK(rag_from_fill("#F2F2F2") == Rag::Unknown);
    CHECK(rag_from_fill("#000000") == Rag::Unknown);
    CHECK(rag_from_fill("") == Rag::Unknown);
    CHECK(rag_from_fill("auto") == Rag::Unknown);
    CHECK(rag_from_fill("#GG0000") == Rag::Unknown);
    CHECK(rag_from_fill("ff0000") == Rag::Red);   // '#' optional, hex case-insensitive
}

TEST_CASE("rag_from_fill: a key's colours decide first") {
    RagKey key;
    key.colours.push_back({"#00B050", Rag::Complete});  // a plan where green means done
    key.colours.push_back({"#FFFF00", Rag::Green});     // and yellow means on track
    CHECK(rag_from_fill("#00B050", &key) == Rag::Complete);
    CHECK(rag_from_fill("#00B14F", &key) == Rag::Complete);  // within tolerance of the swatch
    CHECK(rag_from_fill("#92D050", &key) == Rag::Complete);  // same family as the key's green
    CHECK(rag_from_fill("#FFFF00", &key) == Rag::Green);
    CHECK(rag_from_fill("#FF0000", &key) == Rag::Red);       // not in the key: nearest colour
    CHECK(rag_from_fill("#FFFFFF", &key) == Rag::Unknown);
}

TEST_CASE("rag_from_fill: exact key swatch beats the family") {
    RagKey key;
    key.colours.push_back({"#FFC000", Rag::Amber});
    key.colours.push_back({"#FFFF00", Rag::Green});
    CHECK(rag_from_fill("#FFFF00", &key) == Rag::Green);
    CHECK(rag_from_fill("#FFC000", &key) == Rag::Amber);
}

TEST_CASE("rag_from_text: status words that lead") {
    CHECK(rag_from_text("Completed") == Rag::Complete);
    CHECK(rag_from_text("Complete") == Rag::Complete);
    CHECK(rag_from_text("Achieved") == Rag::Complete);
    CHECK(rag_from_text("Done") == Rag::Complete);
    CHECK(rag_from_text("Closed") == Rag::Complete);
    CHECK(rag_from_text("Completed - training delivered in May") == Rag::Complete);
    CHECK(rag_from_text("Achieved. The audit was presented") == Rag::Complete);
    CHECK(rag_from_text("COMPLETED: report to Board") == Rag::Complete);
    CHECK(rag_from_text("Green") == Rag::Green);
    CHECK(rag_from_text("On track") == Rag::Green);
    CHECK(rag_from_text("On-track") == Rag::Green);
    CHECK(rag_from_text("Amber") == Rag::Amber);
    CHECK(rag_from_text("Red") == Rag::Red);
    CHECK(rag_from_text("Blue") == Rag::Complete);
    CHECK(rag_from_text("Grey") == Rag::Complete);
    CHECK(rag_from_text("Amber \xE2\x80\x93 delayed by staffing") == Rag::Amber);
}

TEST_CASE("rag_from_text: single letters only alone or before punctuation") {
    CHECK(rag_from_text("G") == Rag::Green);
    CHECK(rag_from_text("A") == Rag::Amber);
    CHECK(rag_from_text("R") == Rag::Red);
    CHECK(rag_from_text("C") == Rag::Complete);
    CHECK(rag_from_text("B") == Rag::Complete);
    CHECK(rag_from_text("g.") == Rag::Green);
    CHECK(rag_from_text("R: escalated to the Board") == Rag::Red);
    CHECK(rag_from_text("A review was held") == Rag::Unknown);
    CHECK(rag_from_text("A-level results") == Rag::Unknown);
    CHECK(rag_from_text("C and H partners") == Rag::Unknown);
}

TEST_CASE("rag_from_text: words that do not lead, or are not statuses, are unknown") {
    CHECK(rag_from_text("In progress") == Rag::Unknown);
    CHECK(rag_from_text("Ongoing") == Rag::Unknown);
    CHECK(rag_from_text("Audit completed by March") == Rag::Unknown);
    CHECK(rag_from_text("Reduce repeat referrals") == Rag::Unknown);
    CHECK(rag_from_text("Greenwich partners") == Rag::Unknown);
    CHECK(rag_from_text("") == Rag::Unknown);
}

TEST_CASE("rag_from_text: a key's words decide first") {
    RagKey key;
    key.words.push_back({"1", Rag::Complete});
    key.words.push_back({"2", Rag::Green});
    CHECK(rag_from_text("1", &key) == Rag::Complete);
    CHECK(rag_from_text("1 Fully achieved", &key) == Rag::Complete);
    CHECK(rag_from_text("2", &key) == Rag::Green);
    CHECK(rag_from_text("1.2 In progress", &key) == Rag::Unknown);  // a milestone number, not code 1
    CHECK(rag_from_text("12 sessions held", &key) == Rag::Unknown);
    CHECK(rag_from_text("Completed", &key) == Rag::Complete);  // built-in words still apply
}

TEST_CASE("rag_from_text: a key can redefine a built-in word") {
    RagKey key;
    key.words.push_back({"green", Rag::Complete});
    CHECK(rag_from_text("Green", &key) == Rag::Complete);
    CHECK(rag_from_text("Amber", &key) == Rag::Amber);
}

namespace {
/// The status a one-line key gives to `word`, or Unknown when the line was not a key entry.
Rag key_word(const std::string& line, const std::string& word) {
    RagKey key;
    if (!read_rag_key_line(line, key)) return Rag::Unknown;
    for (const auto& w : key.words)
        if (w.word == word) return w.rag;
    return Rag::Unknown;
}
}  // namespace

TEST_CASE("read_rag_key_line: City and Hackney's highlighted legend") {
    CHECK(key_word("Items highlighted in Grey denotes work completed.", "grey") == Rag::Complete);
    CHECK(key_word("Items highlighted in Green denotes action on track.", "green") == Rag::Green);
    CHECK(key_word("Items highlighted in Amber denotes action in progress but in need of attention.", "amber") ==
          Rag::Amber);
    CHECK(key_word("Items highlighted in Red denotes action outstanding and requiring urgent attention.", "red") ==
          Rag::Red);
}

TEST_CASE("read_rag_key_line: a colour line adds a swatch that classifies tints") {
    RagKey key;
    REQUIRE(read_rag_key_line("Items highlighted in Grey denotes work completed. ", key));
    REQUIRE(key.colours.size() == 1);
    CHECK(key.colours[0].rag == Rag::Complete);
    CHECK(rag_from_fill("#D9D9D9", &key) == Rag::Complete);
    CHECK(rag_from_fill("#BFBFBF", &key) == Rag::Complete);
}

TEST_CASE("read_rag_key_line: code = meaning") {
    CHECK(key_word("Blue = complete", "blue") == Rag::Complete);
    CHECK(key_word("B - Completed", "b") == Rag::Complete);
    CHECK(key_word("G: on track", "g") == Rag::Green);
    CHECK(key_word("R \xE2\x80\x93 Red", "r") == Rag::Red);
    CHECK(key_word("Green = On Target", "green") == Rag::Green);
}

TEST_CASE("read_rag_key_line: numbered codes") {
    CHECK(key_word("1 Fully achieved", "1") == Rag::Complete);
    CHECK(key_word("2 On track", "2") == Rag::Green);
    CHECK(key_word("3 Some slippage", "3") == Rag::Amber);
    CHECK(key_word("3 At risk", "3") == Rag::Amber);
    CHECK(key_word("4 Not achieved", "4") == Rag::Red);
    CHECK(key_word("4 Off track", "4") == Rag::Red);
    CHECK(key_word("4. Not achieved", "4") == Rag::Red);
}

TEST_CASE("read_rag_key_line: a whole key on one line") {
    RagKey key;
    CHECK(read_rag_key_line("1 Fully achieved, 2 On track, 3 Some slippage, 4 Not achieved", key));
    REQUIRE(key.words.size() == 4);
    CHECK(key.words[0].word == "1");
    CHECK(key.words[0].rag == Rag::Complete);
    CHECK(key.words[1].rag == Rag::Green);
    CHECK(key.words[2].rag == Rag::Amber);
    CHECK(key.words[3].word == "4");
    CHECK(key.words[3].rag == Rag::Red);
}

TEST_CASE("read_rag_key_line: Stockton's colour key on one line") {
    RagKey key;
    CHECK(read_rag_key_line("Green = On Target, Amber = Within Tolerance, Red = Off Target", key));
    CHECK(rag_from_text("Amber", &key) == Rag::Amber);
    CHECK(rag_from_fill("#FF0000", &key) == Rag::Red);
    CHECK(key.colours.size() == 3);
}

TEST_CASE("read_rag_key_line: a comma inside one entry's meaning") {
    CHECK(key_word("Items highlighted in Amber denotes action in progress, but in need of attention", "amber") ==
          Rag::Amber);
    CHECK(key_word("Blue\tComplete", "blue") == Rag::Complete);
}

TEST_CASE("read_rag_key_line: lines that are not key entries") {
    RagKey key;
    CHECK_FALSE(read_rag_key_line("Key", key));
    CHECK_FALSE(read_rag_key_line("", key));
    CHECK_FALSE(read_rag_key_line("The Board will review progress quarterly.", key));
    CHECK_FALSE(read_rag_key_line("2 The child's voice and journey", key));
    CHECK_FALSE(read_rag_key_line("Red, amber and green ratings are reported to the Board", key));
    CHECK(key.empty());
}

TEST_CASE("read_rag_key_line: a restated code replaces the earlier entry") {
    RagKey key;
    CHECK(read_rag_key_line("1 On track", key));
    CHECK(read_rag_key_line("1 Fully achieved", key));
    REQUIRE(key.words.size() == 1);
    CHECK(key.words[0].rag == Rag::Complete);
}

TEST_CASE("read_rag_key_line: any input adds only entries with a status") {
    // Fixed-seed generator over legend-like words, so a failure reproduces.
    const char* words[] = {"1", "B", "grey", "Green", "=", "-", ":", ",", "on track", "not", "achieved", "items",
                           "highlighted in", "denotes", "red", "\xE2\x80\x93", "at risk", ".", "\t", "complete"};
    unsigned state = 777;
    auto next = [&] { return state = state * 1103515245u + 12345u; };
    for (int n = 0; n < 2000; ++n) {
        std::string line;
        for (size_t i = 0, len = next() % 8; i < len; ++i) line += std::string(words[(next() >> 8) % 20]) + " ";
        RagKey key;
        bool entry = read_rag_key_line(line, key);
        CHECK(entry == !key.empty());
        // a "Not started" meaning would be a not-rated (Unknown) entry; these words cannot form one
        for (const auto& w : key.words) CHECK_MESSAGE(w.rag != Rag::Unknown, "line: ", line);
        for (const auto& c : key.colours) CHECK(c.hex.size() == 7);
        rag_from_text(line, &key);  // must not throw or crash on the same input
    }
}

// ---- fills: every producer's shades, by hue, saturation and lightness ----

TEST_CASE("rag_from_fill: greens of every producer") {
    for (const char* hex : {"#92D050", "#00B050", "#C6EFCE", "#00FF00", "#70AD47", "#9BBB59", "#A9D08E", "#E2EFDA",
                            "#008000"})
        CHECK_MESSAGE(rag_from_fill(hex) == Rag::Green, hex);
}

TEST_CASE("rag_from_fill: ambers, oranges and yellows of every producer") {
    for (const char* hex : {"#FFC000", "#F79646", "#FFEB9C", "#FFFF00", "#FFD966", "#ED7D31", "#FFF2CC", "#FCE4D6"})
        CHECK_MESSAGE(rag_from_fill(hex) == Rag::Amber, hex);
}

TEST_CASE("rag_from_fill: reds and pink tints") {
    for (const char* hex : {"#FF0000", "#C00000", "#FFC7CE", "#E6B8B7", "#F4CCCC", "#E06666", "#FF5050"})
        CHECK_MESSAGE(rag_from_fill(hex) == Rag::Red, hex);
}

TEST_CASE("rag_from_fill: clear greys and blues are complete by default") {
    for (const char* hex : {"#BFBFBF", "#D9D9D9", "#A6A6A6", "#808080", "#DADADA", "#00B0F0", "#0070C0", "#9DC3E6",
                            "#BDD7EE", "#4472C4", "#8DB3E2"})
        CHECK_MESSAGE(rag_from_fill(hex) == Rag::Complete, hex);
}

TEST_CASE("rag_from_fill: purple and dark green mean nothing by default") {
    for (const char* hex : {"#7030A0", "#B4A7D6", "#CCC0DA", "#006100", "#375623", "#385723"})
        CHECK_MESSAGE(rag_from_fill(hex) == Rag::Unknown, hex);
    CHECK(fill_colour_class("#7030A0") == "purple");
    CHECK(fill_colour_class("#B4A7D6") == "purple");
    CHECK(fill_colour_class("#CCC0DA") == "purple");
    CHECK(fill_colour_class("#006100") == "dark green");
    CHECK(fill_colour_class("#375623") == "dark green");
    CHECK(fill_colour_class("#385723") == "dark green");
    CHECK(fill_colour_class("#00B050") == "green");
    CHECK(fill_colour_class("#002060") == "dark blue");  // navy: a header colour, not "complete"
    CHECK(rag_from_fill("#002060") == Rag::Unknown);
}

TEST_CASE("rag_from_fill: white, near-white and zebra stripes are not rated") {
    for (const char* hex : {"#FFFFFF", "#FAFAFA", "#F2F2F2", "#F5F5F5", "#EEEEEE", "#EDEDED", "#E6E6E6", "#E4DFEC"})
        CHECK_MESSAGE(rag_from_fill(hex) == Rag::Unknown, hex);
    CHECK(fill_colour_class("#F2F2F2") == "white");
    CHECK(fill_colour_class("#EEEEEE") == "pale grey");
    CHECK(fill_colour_class("#D9D9D9") == "grey");  // lightness 0.85: still clearly grey
    CHECK(fill_colour_class("#000000") == "black");
    CHECK(fill_colour_class("nonsense") == "");
}

namespace {
struct FillCase { const char* hex; Rag rag; };
/// Each fill reads as its status through `key`.
void check_fills(const RagKey& key, std::initializer_list<FillCase> cases) {
    for (const auto& c : cases) CHECK_MESSAGE(rag_from_fill(c.hex, &key) == c.rag, c.hex);
}
/// A key of legend swatches.
RagKey key_with(std::initializer_list<FillCase> swatches) {
    RagKey key;
    for (const auto& c : swatches) key.add_colour(c.hex, c.rag);
    return key;
}
/// The key one legend line makes (the line must be one).
RagKey key_of(const std::string& line) {
    RagKey key;
    REQUIRE_MESSAGE(read_rag_key_line(line, key), line);
    return key;
}
}  // namespace

TEST_CASE("rag_from_fill: a key with dark green = complete and green = on track keeps them apart") {
    check_fills(key_of("Dark green = complete; Green = on track; Amber = some slippage; Red = off track"),
                {{"#375623", Rag::Complete}, {"#006100", Rag::Complete},  // another producer's dark green
                 {"#385723", Rag::Complete}, {"#92D050", Rag::Green},    {"#00B050", Rag::Green},
                 {"#FFC000", Rag::Amber},    {"#FF0000", Rag::Red},      {"#FFFFFF", Rag::Unknown}});
}

TEST_CASE("rag_from_fill: a key's purple or blue decides their shades") {
    check_fills(key_of("Purple \xE2\x80\x93 Complete"),
                {{"#7030A0", Rag::Complete}, {"#B4A7D6", Rag::Complete}, {"#CCC0DA", Rag::Complete},
                 {"#92D050", Rag::Green}});  // not in the key: the default class
    // a plan where light blue means on track
    check_fills(key_with({{"#00B0F0", Rag::Green}}), {{"#00B0F0", Rag::Green}, {"#0070C0", Rag::Green}});
}

TEST_CASE("rag_from_fill: legend swatches match cells shifted slightly by PDF rendering") {
    RagKey key = key_with({{"#006100", Rag::Complete}, {"#92D050", Rag::Green}, {"#FFBF00", Rag::Amber},
                           {"#E06666", Rag::Red}});
    check_fills(key, {{"#006201", Rag::Complete}, {"#93D151", Rag::Green}, {"#FEC001", Rag::Amber},
                      {"#E16767", Rag::Red}, {"#375623", Rag::Complete}});  // the last: the key's dark green class
}

TEST_CASE("rag_from_fill: a key's grey covers pale greys but not near-white zebra stripes") {
    check_fills(key_of("Grey = complete"), {{"#EDEDED", Rag::Complete}, {"#D9D9D9", Rag::Complete},
                                            {"#F2F2F2", Rag::Unknown}, {"#FFFFFF", Rag::Unknown}});
}

TEST_CASE("rag_from_fill: a key may say a colour is not rated") {
    check_fills(key_of("Grey = not started"), {{"#A6A6A6", Rag::Unknown}, {"#D9D9D9", Rag::Unknown},
                                               {"#0070C0", Rag::Complete}});  // blue still complete by default
}

TEST_CASE("colour_name_hex: every colour name a legend uses has a swatch of its own class") {
    struct { const char* name; const char* cls; } names[] = {
        {"grey", "grey"},          {"gray", "grey"},      {"Blue", "blue"},         {"light blue", "blue"},
        {"dark blue", "dark blue"}, {"purple", "purple"}, {"lilac", "purple"},      {"dark green", "dark green"},
        {"green", "green"},        {"light green", "green"}, {"amber", "amber"},    {"orange", "amber"},
        {"yellow", "amber"},       {"red", "red"},        {"pink", "red"},          {"black", "black"},
        {"white", "white"},
    };
    for (const auto& n : names) {
        std::string hex = colour_name_hex(n.name);
        REQUIRE_MESSAGE(hex.size() == 7, n.name);
        CHECK_MESSAGE(fill_colour_class(hex) == n.cls, n.name);
    }
    CHECK(colour_name_hex("mauve").empty());
    CHECK(colour_name_hex("complete").empty());
}

TEST_CASE("RagKey: colours stored upper-case, unparsable ones dropped, restatements win") {
    RagKey key;
    key.add_colour("#7030a0", Rag::Green);
    key.add_colour("7030A0", Rag::Complete);
    key.add_colour("auto", Rag::Red);
    key.add_word(" Done ", Rag::Complete);
    REQUIRE(key.colours.size() == 1);
    CHECK(key.colours[0].hex == "#7030A0");
    CHECK(key.colours[0].rag == Rag::Complete);
    REQUIRE(key.words.size() == 1);
    CHECK(key.words[0].word == "done");
    RagKey other;
    other.add_word("done", Rag::Green);
    other.add_colour("#FFC000", Rag::Amber);
    key.merge(other);
    CHECK(key.words[0].rag == Rag::Green);
    CHECK(key.colours.size() == 2);
    RagKey dashed;
    dashed.add_word("In progress \xE2\x80\x93 on track", Rag::Amber);  // a plan's own meaning for its phrase
    CHECK(dashed.words[0].word == "in progress - on track");
    CHECK(rag_from_text("In progress \xE2\x80\x94 on track", &dashed) == Rag::Amber);
}

// ---- words ----

TEST_CASE("rag_from_text: the whole status vocabulary") {
    struct { const char* text; Rag rag; } cases[] = {
        {"R", Rag::Red},           {"A", Rag::Amber},            {"G", Rag::Green},          {"B", Rag::Complete},
        {"C", Rag::Complete},      {"Red", Rag::Red},            {"Amber", Rag::Amber},      {"Green", Rag::Green},
        {"Blue", Rag::Complete},   {"Complete", Rag::Complete},  {"Completed", Rag::Complete},
        {"Achieved", Rag::Complete}, {"Fully achieved", Rag::Complete}, {"Done", Rag::Complete},
        {"Closed", Rag::Complete}, {"Delivered", Rag::Complete}, {"On track", Rag::Green}, {"On target", Rag::Green},
        {"Good progress", Rag::Green}, {"Some slippage", Rag::Amber}, {"Slipped", Rag::Amber},
        {"Slippage", Rag::Amber},  {"At risk", Rag::Amber},      {"Behind schedule", Rag::Amber},
        {"Delayed", Rag::Amber},   {"Off track", Rag::Red},      {"Not achieved", Rag::Red},
        {"Significant concern", Rag::Red}, {"Overdue", Rag::Red}, {"Not started", Rag::Unknown},
        {"Not yet due", Rag::Unknown}, {"In progress", Rag::Unknown}, {"Ongoing", Rag::Unknown},
        {"On-going", Rag::Unknown}, {"Black", Rag::Unknown},     {"Yes", Rag::Unknown},      {"4", Rag::Unknown},
    };
    for (const auto& c : cases) CHECK_MESSAGE(rag_from_text(c.text) == c.rag, c.text);
}

namespace {
struct TextCase { const char* text; Rag rag; };
/// Each text reads as its status (through `key` when given).
void check_texts(std::initializer_list<TextCase> cases, const RagKey* key = nullptr) {
    for (const auto& c : cases) CHECK_MESSAGE(rag_from_text(c.text, key) == c.rag, c.text);
}
}  // namespace

TEST_CASE("rag_from_text: compound letters and colours take the worse") {
    check_texts({{"R/A", Rag::Red}, {"A/G", Rag::Amber}, {"G / A", Rag::Amber}, {"Amber/Green", Rag::Amber},
                 {"Red/Amber", Rag::Red}, {"R/A/G", Rag::Unknown}});  // R/A/G: a header, not a status
}

TEST_CASE("rag_from_text: a status at the start of a progress text decides") {
    check_texts({{"Amber \xE2\x80\x93 terms of reference agreed", Rag::Amber},
                 {"Complete: launched in May", Rag::Complete},
                 {"Completed in May 2015", Rag::Complete},
                 {"On track: work is under way", Rag::Green},
                 {"Good progress \xE2\x80\x93 10 cases have been audited", Rag::Green},
                 {"Slipped: progress has been slower than planned", Rag::Amber},
                 {"Behind schedule \xE2\x80\x93 only 2 of 10 case files", Rag::Amber},
                 {"Off track. The roll-out has not started", Rag::Red},
                 {"Significant concern: no data has been received", Rag::Red},
                 {"Red: no data has been received", Rag::Red},
                 {"G (on track)", Rag::Green},
                 {"\xE2\x80\xA2 Complete", Rag::Complete},  // a bullet before it
                 {"Done.", Rag::Complete}});
}

TEST_CASE("rag_from_text: a status named later, or a colour word in a sentence, does not") {
    check_texts({{"The red team met", Rag::Unknown}, {"Work is on track", Rag::Unknown},
                 {"Red team met in May", Rag::Unknown}, {"Green spaces audit", Rag::Unknown},
                 {"Closed cases were audited", Rag::Unknown}, {"Met with partners", Rag::Unknown},
                 {"A delegation visited", Rag::Unknown}, {"Not completed", Rag::Unknown}});
}

TEST_CASE("rag_from_text: not started and not yet due are not rated, whatever follows") {
    check_texts({{"Not started \xE2\x80\x93 due to begin in June, on track", Rag::Unknown},
                 {"Not yet due.", Rag::Unknown},
                 {"Pending", Rag::Unknown}});
}

TEST_CASE("rag_from_text: in progress and ongoing say how well only through the words after them") {
    check_texts({{"In progress \xE2\x80\x93 on track", Rag::Green}, {"In progress - at risk", Rag::Amber},
                 {"Ongoing: off track", Rag::Red}, {"In progress. The group has met", Rag::Unknown},
                 {"Ongoing", Rag::Unknown}});
}

TEST_CASE("rag_from_text: line breaks") {
    check_texts({{"Some\nslippage", Rag::Amber},  // a PDF cell wrapping the phrase
                 {"Amber\nAgreed by the Executive", Rag::Amber}});
    RagKey key;
    key.add_word("1", Rag::Red);
    key.add_word("2", Rag::Amber);
    check_texts({{"1\n2\n2", Rag::Red},  // one code per line: the first
                 {"1 of 4 sessions held", Rag::Unknown}},
                &key);
}

TEST_CASE("rag_from_text: a key's codes, longest first, including not-rated ones") {
    RagKey key;
    REQUIRE(read_rag_key_line("1 - Fully achieved, 2 - On track, 3 - Some slippage, 4 - Not started", key));
    check_texts({{"1", Rag::Complete}, {"3", Rag::Amber}, {"4", Rag::Unknown}}, &key);
    RagKey words;
    words.add_word("in progress", Rag::Amber);
    words.add_word("in progress - on track", Rag::Green);
    check_texts({{"In progress \xE2\x80\x93 on track", Rag::Green}, {"In progress", Rag::Amber}}, &words);
}

TEST_CASE("is_tick") {
    for (const char* t : {"\xE2\x9C\x93", "\xE2\x9C\x94", "\xE2\x98\x91", "\xE2\x98\x92", "\xE2\x88\x9A", "Yes", "yes",
                          "Y", "X", "x", " \xE2\x9C\x93 ", "Tick"})
        CHECK_MESSAGE(is_tick(t), t);
    for (const char* t : {"", "No", "N", "-", "n/a", "\xE2\x98\x90", "Achieved", "Yes, in May"})
        CHECK_FALSE_MESSAGE(is_tick(t), t);
}

// ---- legend lines ----

namespace {
struct KeyCase { const char* line; const char* word; Rag rag; };
/// Each line is a key entry giving `word` its status.
void check_key_words(std::initializer_list<KeyCase> cases) {
    for (const auto& c : cases) CHECK_MESSAGE(key_word(c.line, c.word) == c.rag, c.line);
}
}  // namespace

TEST_CASE("read_rag_key_line: colour codes, single or several words") {
    check_key_words({{"Blue = complete", "blue", Rag::Complete},
                     {"Purple \xE2\x80\x93 Complete", "purple", Rag::Complete},
                     {"Dark green: achieved", "dark green", Rag::Complete},
                     {"Light blue = on track", "light blue", Rag::Green},
                     {"Items highlighted in Grey denotes work completed", "grey", Rag::Complete},
                     {"Cells shaded purple mean complete", "purple", Rag::Complete},
                     {"Actions that are complete are shaded grey.", "grey", Rag::Complete}});
    RagKey key;
    REQUIRE(read_rag_key_line("Dark green: achieved", key));
    REQUIRE(key.colours.size() == 1);
    CHECK(key.colours[0].hex == colour_name_hex("dark green"));
}

TEST_CASE("read_rag_key_line: the status first, its colour after") {
    check_key_words({{"Complete (grey)", "grey", Rag::Complete},
                     {"Complete = Grey", "grey", Rag::Complete},
                     {"On track \xE2\x80\x93 green", "green", Rag::Green}});
    RagKey key;
    REQUIRE(read_rag_key_line("Complete (grey), On track (green), Some slippage (amber), Off track (red)", key));
    CHECK(key.colours.size() == 4);
    CHECK(rag_from_fill("#BFBFBF", &key) == Rag::Complete);
}

TEST_CASE("read_rag_key_line: numbers") {
    check_key_words({{"1 = Complete", "1", Rag::Complete},
                     {"1 Complete", "1", Rag::Complete},
                     {"2) On track", "2", Rag::Green},
                     {"4 - Not yet due", "4", Rag::Unknown}});
    RagKey key;
    REQUIRE(read_rag_key_line("4 - Not started", key));  // an entry, not rated
    REQUIRE(key.words.size() == 1);
    CHECK(key.words[0].rag == Rag::Unknown);
}

TEST_CASE("read_rag_key_line: several entries on one line") {
    RagKey key;
    REQUIRE(read_rag_key_line("1 - Fully achieved, 2 - On track, 3 - Some slippage, 4 - Not started", key));
    REQUIRE(key.words.size() == 4);
    CHECK(key.words[0].rag == Rag::Complete);
    CHECK(key.words[1].rag == Rag::Green);
    CHECK(key.words[2].rag == Rag::Amber);
    CHECK(key.words[3].rag == Rag::Unknown);
    RagKey run;
    REQUIRE(read_rag_key_line("1 Fully achieved 2 On track 3 Some slippage 4 Not achieved", run));
    REQUIRE(run.words.size() == 4);
    CHECK(run.words[3].word == "4");
    CHECK(run.words[3].rag == Rag::Red);
    RagKey down;
    REQUIRE(read_rag_key_line("4 Complete 3 On track 2 Some slippage 1 Off track", down));
    REQUIRE(down.words.size() == 4);
    CHECK(down.words[0].rag == Rag::Complete);
    CHECK(down.words[3].rag == Rag::Red);
}

TEST_CASE("read_rag_key_line: a preamble before the entries, prose after them") {
    RagKey key;
    REQUIRE(read_rag_key_line("Key: G \xE2\x80\x93 on track; A \xE2\x80\x93 some slippage; R \xE2\x80\x93 off track; "
                              "C \xE2\x80\x93 complete",
                              key));
    REQUIRE(key.words.size() == 4);
    CHECK(key.words[0].word == "g");
    CHECK(key.words[3].word == "c");
    CHECK(key.words[3].rag == Rag::Complete);
    RagKey sentence;
    REQUIRE(read_rag_key_line("The colour of the status cell shows progress: Dark green = complete; Green = on track; "
                              "Amber = some slippage; Red = off track. A blank cell means the action has not yet "
                              "been rated.",
                              sentence));
    CHECK(sentence.words.size() == 4);
    CHECK(rag_from_fill("#385723", &sentence) == Rag::Complete);
    RagKey quoted;
    REQUIRE(read_rag_key_line("Status key: \xE2\x80\x98" "Done\xE2\x80\x99 means complete; \xE2\x80\x98" "Good progress"
                              "\xE2\x80\x99 means on track; \xE2\x80\x98" "Behind schedule\xE2\x80\x99 means some "
                              "slippage; \xE2\x80\x98Red\xE2\x80\x99 means off track.",
                              quoted));
    CHECK(quoted.words.size() == 4);
    CHECK(rag_from_text("Good progress \xE2\x80\x93 the group has met", &quoted) == Rag::Green);
    CHECK(rag_from_text("Behind schedule", &quoted) == Rag::Amber);
}

TEST_CASE("read_rag_key_line: progress texts and instructions are no key") {
    RagKey key;
    for (const char* line : {"Amber - Mapping has been finished in only some localities",
                             "On track: work is under way and on schedule", "Done: 288 staff have been trained",
                             "1 Complete the audit of neglect cases by March",
                             "Red Cross volunteers delivered training",
                             "A complete review of the threshold document",
                             "Test the protocol against the audit. On track \xE2\x80\x93 the audit tool has been "
                             "agreed",
                             "A blank cell means the action has not yet been rated."})
        CHECK_FALSE_MESSAGE(read_rag_key_line(line, key), line);
    CHECK(key.empty());
}

TEST_CASE("read_rag_key_line: a legend table row joined into one line") {
    // what a caller joining the cells of "[#006100] Dark green | Complete – action delivered; …" gets
    check_key_words({{"Dark green Complete \xE2\x80\x93 action delivered; impact is being monitored", "dark green",
                      Rag::Complete},
                     {"Red Off track or at risk \xE2\x80\x93 escalated to the Executive Group", "red", Rag::Red},
                     {"C Complete \xE2\x80\x93 action delivered", "c", Rag::Complete},
                     {"Green On track to be delivered by the target date", "green", Rag::Green}});
}

// ---- legend table rows ----

namespace {
using Cells = std::vector<RagKeyCell>;  // a one-cell or empty brace list would also initialise a planport::Row
Rag row_word(const RagKey& key, const std::string& word) {
    for (const auto& w : key.words)
        if (w.word == word) return w.rag;
    return Rag::Unknown;
}
bool has_colour(const RagKey& key, const std::string& hex, Rag rag) {
    for (const auto& c : key.colours)
        if (c.hex == hex && c.rag == rag) return true;
    return false;
}
}  // namespace

TEST_CASE("read_rag_key_row: a swatch next to its meaning") {
    RagKey k = read_rag_key_row({{"", "#7030A0"}, {"Complete", ""}});
    CHECK(has_colour(k, "#7030A0", Rag::Complete));
    CHECK(k.words.empty());
    RagKey after = read_rag_key_row({{"Complete \xE2\x80\x93 delivered", ""}, {"", "#B4A7D6"}});
    CHECK(has_colour(after, "#B4A7D6", Rag::Complete));
    RagKey three = read_rag_key_row({{"", "#7030A0"}, {"1", ""}, {"Complete", ""}});
    CHECK(has_colour(three, "#7030A0", Rag::Complete));
    CHECK(row_word(three, "1") == Rag::Complete);
}

TEST_CASE("read_rag_key_row: a code next to its meaning") {
    RagKey num =
        read_rag_key_row({{"1", ""}, {"Complete \xE2\x80\x93 action delivered; impact is being monitored", ""}});
    CHECK(row_word(num, "1") == Rag::Complete);
    CHECK(num.colours.empty());
    RagKey letter = read_rag_key_row({{"C", "#7030A0"}, {"Complete \xE2\x80\x93 action delivered", ""}});
    CHECK(row_word(letter, "c") == Rag::Complete);
    CHECK(has_colour(letter, "#7030A0", Rag::Complete));
    RagKey colour = read_rag_key_row({{"Dark green", "#006100"}, {"Complete \xE2\x80\x93 action delivered", ""}});
    CHECK(row_word(colour, "dark green") == Rag::Complete);
    CHECK(has_colour(colour, "#006100", Rag::Complete));
    CHECK(has_colour(colour, colour_name_hex("dark green"), Rag::Complete));
    RagKey phrase = read_rag_key_row({{"Done", "#A6A6A6"}, {"Complete \xE2\x80\x93 action delivered", ""}});
    CHECK(row_word(phrase, "done") == Rag::Complete);
    RagKey worded =
        read_rag_key_row({{"Significant concern", "#E06666"}, {"Off track or at risk \xE2\x80\x93 escalated", ""}});
    CHECK(row_word(worded, "significant concern") == Rag::Red);
    CHECK(has_colour(worded, "#E06666", Rag::Red));
    RagKey not_rated = read_rag_key_row({{"4", ""}, {"Not started", ""}});
    REQUIRE(not_rated.words.size() == 1);
    CHECK(not_rated.words[0].rag == Rag::Unknown);
}

TEST_CASE("read_rag_key_row: filled cells whose own text is the meaning") {
    RagKey one = read_rag_key_row(Cells{{"On track", "#92D050"}});
    CHECK(has_colour(one, "#92D050", Rag::Green));
    RagKey across = read_rag_key_row({{"Complete", "#A6A6A6"}, {"On track", "#92D050"}, {"Some slippage", "#FFC000"},
                                      {"Off track", "#FF0000"}});
    CHECK(has_colour(across, "#A6A6A6", Rag::Complete));
    CHECK(has_colour(across, "#92D050", Rag::Green));
    CHECK(has_colour(across, "#FFC000", Rag::Amber));
    CHECK(has_colour(across, "#FF0000", Rag::Red));
}

TEST_CASE("read_rag_key_row: header rows and other rows give nothing") {
    CHECK(read_rag_key_row({{"Rating", "#D9E2F3"}, {"Meaning", "#D9E2F3"}}).empty());
    CHECK(read_rag_key_row(Cells{{"Key", ""}}).empty());
    CHECK(read_rag_key_row({{"Colour", ""}, {"What it means", ""}}).empty());
    CHECK(read_rag_key_row(Cells{}).empty());
    CHECK(read_rag_key_row({{"", "#7030A0"}, {"", ""}}).empty());
}

TEST_CASE("read_rag_key_row: a legend table makes a key the fills are read through") {
    RagKey key;
    key.merge(read_rag_key_row({{"Purple", "#7030A0"}, {"Complete \xE2\x80\x93 action delivered", ""}}));
    key.merge(read_rag_key_row({{"Green", "#A9D08E"}, {"On track to be delivered by the target date", ""}}));
    key.merge(read_rag_key_row({{"", "#BFBFBF"}, {"Not started", ""}}));
    CHECK(rag_from_fill("#7030A0", &key) == Rag::Complete);
    CHECK(rag_from_fill("#CCC0DA", &key) == Rag::Complete);
    CHECK(rag_from_fill("#A9D08E", &key) == Rag::Green);
    CHECK(rag_from_fill("#BFBFBF", &key) == Rag::Unknown);
    CHECK(rag_from_fill("#D9D9D9", &key) == Rag::Unknown);
    CHECK(rag_from_text("Purple", &key) == Rag::Complete);
}

TEST_CASE("read_rag_key_row: a document row") {
    planport::Row row;
    planport::Cell swatch, meaning;
    swatch.fill = "#006100";
    planport::Paragraph p;
    p.text = "Complete";
    meaning.paragraphs.push_back(p);
    meaning.col = 1;
    row.cells = {swatch, meaning};
    CHECK(has_colour(read_rag_key_row(row), "#006100", Rag::Complete));
}
