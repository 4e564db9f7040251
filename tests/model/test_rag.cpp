// test_rag.cpp — RAG status from Office palette fills, from progress words, and through a plan's own key.
#include <doctest/doctest.h>

#include "model/rag.h"

using planport::Rag;
using planport::RagKey;
using planport::rag_from_fill;
using planport::rag_from_text;
using planport::read_rag_key_line;

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
        for (const auto& w : key.words) CHECK_MESSAGE(w.rag != Rag::Unknown, "line: ", line);
        for (const auto& c : key.colours) CHECK(c.hex.size() == 7);
        rag_from_text(line, &key);  // must not throw or crash on the same input
    }
}
