// fuzz_entry_points.h — what each fuzz target does with one input, shared by the libFuzzer targets
// (tests/fuzz/fuzz_*.cpp) and by the ordinary test run (tests/fuzz_replay), which replays every file in
// tests/fuzz/regressions/<target>/ through the same function, as fmt's and pugixml's fuzzers do.
//
// An input may be rejected the documented way (ImportError); anything else escaping — another exception, a
// broken property (FuzzPropertyError), a crash or a sanitizer report — is a bug. The properties checked are
// the ones the headers promise: a due date is "", YYYY-MM or YYYY-MM-DD; a period runs forwards within a
// decade; what write_model_json writes parse_model_json reads back to the same JSON, and a model JSON it
// rejects gets a reason of one short line.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "exporters/json.h"
#include "exporters/json_text.h"
#include "importers/docx/docx_reader.h"
#include "importers/json/json_reader.h"
#include "importers/pdf/drawn_bullets.h"
#include "importers/pdf/lines.h"
#include "importers/pdf/page_pass.h"
#include "importers/pdf/paint_map.h"
#include "importers/pdf/pages.h"
#include "importers/pdf/paragraphs.h"
#include "importers/pdf/poppler_source.h"
#include "importers/pdf/raster_rules.h"
#include "importers/pdf/rotation.h"
#include "importers/pdf/struck_text.h"
#include "importers/pdf/tables.h"
#include "importers/pdf/vector_rules.h"
#include "importers/pdf/visible_paint.h"
#include "importers/recognise/recognise.h"
#include "model/dates.h"
#include "model/diagnostics.h"
#include "model/rag.h"

namespace planport::fuzz {

/// A promise of a header that an input broke.
struct FuzzPropertyError : std::logic_error {
    using std::logic_error::logic_error;
};

inline void require(bool ok, const std::string& what) {
    if (!ok) throw FuzzPropertyError("fuzz property broken: " + what);
}

/// Reads the fuzz input as a stream of small numbers; past the end every read gives 0.
class ByteReader {
public:
    ByteReader(const uint8_t* data, size_t size) : data_(data), size_(size) {}
    bool done() const { return pos_ >= size_; }
    uint8_t u8() { return pos_ < size_ ? data_[pos_++] : 0; }
    unsigned u16() { unsigned hi = u8(); return hi << 8 | u8(); }
    /// An integer in [lo, hi].
    int range(int lo, int hi) { return lo + static_cast<int>(u16() % static_cast<unsigned>(hi - lo + 1)); }
    /// A number in [lo, hi] in steps of (hi - lo) / 65535.
    double real(double lo, double hi) { return lo + (hi - lo) * u16() / 65535.0; }

private:
    const uint8_t* data_;
    size_t size_, pos_ = 0;
};

namespace detail {

inline uint32_t crc32(const std::string& s) {
    uint32_t c = 0xFFFFFFFFu;
    for (unsigned char b : s) {
        c ^= b;
        for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
    }
    return ~c;
}

inline void put16(std::string& out, unsigned v) { out += char(v & 0xFF); out += char(v >> 8 & 0xFF); }
inline void put32(std::string& out, uint32_t v) { put16(out, v & 0xFFFF); put16(out, v >> 16); }

/// A zip of the parts, stored (not deflated), with correct CRCs: lets the fuzzer change the XML itself,
/// which it could not do through deflate and a checksum.
inline std::string stored_zip(const std::vector<std::pair<std::string, std::string>>& parts) {
    std::string out, central;
    for (const auto& part : parts) {
        const std::string &name = part.first, &content = part.second;  // (clang 14 cannot capture bindings)
        uint32_t offset = static_cast<uint32_t>(out.size()), crc = crc32(content);
        auto common = [&](std::string& h) {
            put16(h, 20); put16(h, 0); put16(h, 0); put16(h, 0); put16(h, 0);  // version, flags, stored, time, date
            put32(h, crc); put32(h, static_cast<uint32_t>(content.size())); put32(h, static_cast<uint32_t>(content.size()));
            put16(h, static_cast<unsigned>(name.size())); put16(h, 0);          // name length, extra length
        };
        put32(out, 0x04034b50); common(out); out += name; out += content;
        put32(central, 0x02014b50); put16(central, 20); common(central);
        put16(central, 0); put16(central, 0); put16(central, 0); put32(central, 0); put32(central, offset);
        central += name;
    }
    uint32_t cd_offset = static_cast<uint32_t>(out.size());
    out += central;
    put32(out, 0x06054b50); put16(out, 0); put16(out, 0);
    put16(out, static_cast<unsigned>(parts.size())); put16(out, static_cast<unsigned>(parts.size()));
    put32(out, static_cast<uint32_t>(central.size())); put32(out, cd_offset); put16(out, 0);
    return out;
}

}  // namespace detail

/// Bytes as a .docx: a zip as it is when they start with "PK", else "name\0content\0name\0content…" made into
/// a stored zip (scripts/fuzz seeds both kinds from samples/). Then read_docx_bytes and the recogniser.
/// Returns the number of actions; -1 when the file is rejected as unreadable, -2 when the recogniser finds no
/// plan in it (both ImportError, as documented).
inline int docx(const uint8_t* data, size_t size) {
    std::string bytes(reinterpret_cast<const char*>(data), size);
    if (bytes.rfind("PK", 0) != 0) {
        std::vector<std::pair<std::string, std::string>> parts;
        size_t i = 0;
        while (i < bytes.size() && parts.size() < 64) {
            size_t a = bytes.find('\0', i);
            if (a == std::string::npos) break;
            size_t b = bytes.find('\0', a + 1);
            if (b == std::string::npos) b = bytes.size();
            parts.emplace_back(bytes.substr(i, a - i), bytes.substr(a + 1, b - a - 1));
            i = b + 1;
        }
        bytes = detail::stored_zip(parts);
    }
    Diagnostics diag;
    Document doc;
    try {
        doc = read_docx_bytes(bytes, "fuzz.docx", diag);
    } catch (const ImportError&) {
        return -1;
    }
    try {
        return recognise(doc, diag).action_count();
    } catch (const ImportError&) {
        return -2;
    }
}

namespace detail {

/// Pieces of words as a PDF's text layer gives them: letters, digits, list labels, bullets, dates, RAG words,
/// multi-byte UTF-8 (all valid: poppler hands over UTF-8).
inline const char* const kPieces[] = {
    "a",  "e",  "Action", "Lead", "Timescale", "Progress", "Outcome", "Priority", "1",   "2.3", "3.",
    "(a)", "•", "-",      "–",    "o",         "Q2",       "2016/17", "March",    "2015", "31/03/2016",
    "RAG", "G", "A",      "R",    "Complete",  "Ongoing",  "é",       "€",        "✓",   "𝔸",  "Page",
    "of",  "7", "Board",  "LSCB", "Business",  "Plan",     ":",       "/",        "x",   "Y"};
constexpr int kPieceCount = sizeof kPieces / sizeof kPieces[0];

inline size_t code_points(const std::string& s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

inline uint32_t colour(ByteReader& in) {
    static const uint32_t palette[] = {0xFF000000, 0xFF808080, 0xFFBFBFBF, 0xFFD9D9D9, 0xFF00B050,
                                       0xFFFFC000, 0xFFFF0000, 0xFF92D050, 0xFF00B0F0, 0xFFFFFF00,
                                       0xFFF2F2F2, 0xFFFEFEFE};
    uint8_t k = in.u8();
    if (k < 240) return palette[k % (sizeof palette / sizeof palette[0])];
    return 0xFF000000u | (uint32_t(in.u8()) << 16) | (uint32_t(in.u8()) << 8) | in.u8();
}

/// One page: size and turn, then up to 80 words, then a raster drawn with rules and filled boxes.
inline pdf::PageContent page_from(ByteReader& in, int number) {
    pdf::PageContent page;
    page.number = number;
    page.width = in.range(20, 400);
    page.height = in.range(20, 400);
    page.rotation = 90 * in.range(0, 3);
    int words = in.range(0, 80);
    for (int w = 0; w < words && !in.done(); ++w) {
        pdf::TextBox b;
        int pieces = in.range(1, 3);
        for (int p = 0; p < pieces; ++p) b.text += kPieces[in.range(0, kPieceCount - 1)];
        b.x0 = in.real(-10, page.width + 10);
        b.y0 = in.real(-10, page.height + 10);
        b.x1 = b.x0 + in.real(-2, 120);  // a negative width now and then: degenerate boxes do occur
        b.y1 = b.y0 + in.real(-2, 30);
        uint8_t flags = in.u8();
        b.font_size = (flags & 1) ? 0 : in.real(1, 40);
        b.bold = flags & 2;
        b.space_after = flags & 4;
        b.rotation = (flags >> 3) & 3;
        if (flags & 32) {  // glyph edges, one per code point, left to right
            size_t n = code_points(b.text);
            for (size_t g = 1; g <= n; ++g) b.glyph_x1.push_back(b.x0 + (b.x1 - b.x0) * double(g) / double(n));
        }
        page.boxes.push_back(std::move(b));
    }
    if (in.u8() & 1) {  // a raster at 1/4 .. 1 pixel per point
        pdf::Raster& r = page.raster;
        r.scale = in.range(1, 4) / 4.0;
        r.width = static_cast<int>(page.width * r.scale);
        r.height = static_cast<int>(page.height * r.scale);
        r.pixels.assign(size_t(r.width) * size_t(r.height), 0xFFFFFFFF);
        int shapes = in.range(0, 40);
        for (int s = 0; s < shapes && !in.done(); ++s) {
            uint8_t kind = in.u8() % 3;
            int x0 = in.range(0, r.width - 1), y0 = in.range(0, r.height - 1);
            int len = in.range(1, std::max(r.width, r.height));
            int thick = in.range(1, 3);
            int x1 = kind == 1 ? x0 + thick : x0 + len, y1 = kind == 0 ? y0 + thick : y0 + (kind == 1 ? len : in.range(1, r.height));
            uint32_t c = colour(in);
            for (int y = y0; y < std::min(y1, r.height); ++y)
                for (int x = x0; x < std::min(x1, r.width); ++x) r.pixels[size_t(y) * size_t(r.width) + size_t(x)] = c;
        }
    }
    return page;
}

}  // namespace detail

/// The PDF layout steps of read_pdf (turn upright, struck text, drawn bullets, paint runs and their packing,
/// which must give the runs back; rules, grids, running text, tables, assembly) on up to three pages decoded from the
/// input, then the recogniser on the Document they make. Returns the number of blocks.
inline int pdf_layout(const uint8_t* data, size_t size) {
    ByteReader in(data, size);
    std::vector<pdf::PageContent> pages;
    int count = in.range(1, 3);
    for (int i = 1; i <= count; ++i) pages.push_back(detail::page_from(in, i));
    for (auto& page : pages) {
        pdf::turn_upright(page);
        page.boxes = pdf::drop_struck_text(std::move(page.boxes), page.raster);
        page.boxes = pdf::add_drawn_bullets(std::move(page.boxes), page.raster);
    }

    std::vector<pdf::Rules> rules;
    std::vector<std::vector<BBox>> ruled_areas;
    for (auto& page : pages) {
        auto paint = pdf::paint_runs(page.raster);
        page.paint = pdf::pack_paint(page.raster, paint);
        require(pdf::unpack_paint(page.paint) == paint, "unpack_paint(pack_paint(r, runs)) is runs");
        rules.push_back(pdf::find_rules(page.raster, paint));
        ruled_areas.emplace_back();
        for (const auto& g : pdf::find_grids(rules.back())) {
            require(!g.xs.empty() && !g.ys.empty(), "find_grids gave a grid without edges");
            ruled_areas.back().push_back({g.xs.front(), g.ys.front(), g.xs.back(), g.ys.back()});
        }
    }
    auto words = pdf::strip_running_text(pages, ruled_areas);
    require(words.size() == pages.size(), "strip_running_text gave a word list per page");
    pdf::Line all;
    for (const auto& page : words) all.words.insert(all.words.end(), page.begin(), page.end());
    double body = pdf::body_font_size({all});

    Diagnostics diag;
    std::vector<pdf::PageResult> results;
    for (size_t i = 0; i < pages.size(); ++i)
        results.push_back({pages[i].number, pdf::find_tables(words[i], rules[i], pages[i].paint, pages[i].number)});
    Document doc;
    doc.source = "fuzz.pdf";
    doc.format = "pdf";
    doc.pages = count;
    doc.blocks = pdf::assemble(results, body, diag);
    for (const auto& b : doc.blocks)
        if (b.kind == Block::Kind::Table)
            for (const auto& row : b.table.rows)
                for (const auto& cell : row.cells)
                    require(cell.row >= 0 && cell.col >= 0 && cell.rowspan >= 1 && cell.colspan >= 1 &&
                                cell.col + cell.colspan <= b.table.columns,
                            "a cell lies inside its table's grid");
    try {
        recognise(doc, diag);
    } catch (const ImportError&) {  // "no tables found": documented
    }
    return static_cast<int>(doc.blocks.size());
}

/// The page pass on the input as a PDF's bytes (poppler's parser, the text device and the paint hooks; a
/// rendering for a page that needs one), then the vector steps of read_pdf's first look on each page: visible
/// paint, struck text, drawn bullets, rules and the paint map. A file poppler rejects is an ImportError. The
/// properties: every shape lies within its clip, so is finite and of positive size (a line: finite ends); a
/// visible piece is a box of positive size; every rule runs along an axis. Returns the number of shapes.
inline size_t pdf_pass(const uint8_t* data, size_t size) {
    size_t shapes = 0;
    try {
        auto file = pdf::PdfFile::from_bytes(std::string(reinterpret_cast<const char*>(data), size));
        pdf::SourceOptions options;
        options.max_pages = 20;
        options.time_budget_s = 5;  // libFuzzer's -timeout is 10
        Diagnostics diag;
        pdf::read_pages(file, options, diag, [&](pdf::PageContent& page) {
            shapes += page.shapes.size();
            for (const auto& s : page.shapes) {
                bool finite = std::isfinite(s.x0) && std::isfinite(s.y0) && std::isfinite(s.x1) && std::isfinite(s.y1);
                require(finite, "a shape's coordinates are finite");
                if (s.kind != pdf::PaintShape::Kind::Line) require(s.x1 > s.x0 && s.y1 > s.y0, "a shape's box has a size");
            }
            pdf::turn_upright(page);
            auto paint = pdf::visible_paint(page.shapes);
            for (const auto& p : paint) require(p.x1 > p.x0 && p.y1 > p.y0, "a visible piece has a size");
            page.boxes = pdf::drop_struck_text(std::move(page.boxes), paint);
            page.boxes = pdf::add_drawn_bullets(std::move(page.boxes), paint);
            auto rules = pdf::vector_rules(paint);
            for (const auto& h : rules.horizontal) require(h.y0 == h.y1 && h.x0 <= h.x1, "a horizontal rule is level");
            for (const auto& v : rules.vertical) require(v.x0 == v.x1 && v.y0 <= v.y1, "a vertical rule is upright");
            page.paint = pdf::paint_map(paint, page.width, page.height);
        });
    } catch (const ImportError&) {  // not a PDF poppler reads, or no text: documented
    }
    return shapes;
}

inline bool is_digits(const std::string& s, size_t from, size_t n) {
    for (size_t i = from; i < from + n; ++i)
        if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
    return true;
}

/// due_from_timescale and period_from_title on the input as text. Returns the due date.
inline std::string timescale(const uint8_t* data, size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    std::string due = due_from_timescale(text);
    if (!due.empty()) {
        require((due.size() == 7 || due.size() == 10) && is_digits(due, 0, 4) && due[4] == '-' && is_digits(due, 5, 2),
                "due date \"" + due + "\" is YYYY-MM or YYYY-MM-DD");
        int month = std::stoi(due.substr(5, 2));
        require(month >= 1 && month <= 12, "due date \"" + due + "\" has a month 01..12");
        if (due.size() == 10) {
            require(due[7] == '-' && is_digits(due, 8, 2), "due date \"" + due + "\" is YYYY-MM-DD");
            int day = std::stoi(due.substr(8, 2));
            require(day >= 1 && day <= 31, "due date \"" + due + "\" has a day 01..31");
        }
    }
    int start = -7, end = -7;
    if (period_from_title(text, start, end))
        require(start >= 1900 && start <= 2099 && end >= start && end <= start + 10,
                "period " + std::to_string(start) + "-" + std::to_string(end) + " runs forwards within a decade");
    else
        require(start == -7 && end == -7, "period_from_title leaves the years alone when it finds none");
    return due;
}

/// Every line of the input through read_rag_key_line into one key, then rag_from_text and rag_from_fill on
/// every line with and without the key. Returns how many lines were key entries.
inline int rag(const uint8_t* data, size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    RagKey key;
    int entries = 0;
    for (const auto& line : lines) entries += read_rag_key_line(line, key);
    for (const auto& line : lines) {
        rag_from_text(line);
        rag_from_text(line, &key);
        rag_from_fill(line);
        rag_from_fill(line, &key);
    }
    return entries;
}

/// parse_model_json; a rejection is one short line; what it reads, written again and read again, gives the same
/// JSON. And the input's bytes as a JSON string (json_text): any bytes give JSON that parses back, to the same
/// bytes when they are valid UTF-8. Returns the number of plans (-1 when rejected).
inline int model_json(const uint8_t* data, size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    const std::string quoted = json_text(nlohmann::ordered_json(input));
    std::string back;
    try {
        back = nlohmann::json::parse(quoted).get<std::string>();
    } catch (const nlohmann::json::exception& e) {
        require(false, std::string("json_text writes a string nlohmann reads back: ") + e.what());
    }
    bool valid_utf8 = true;
    try {
        (void)nlohmann::json(input).dump();  // nlohmann's strict dump throws on invalid UTF-8
    } catch (const nlohmann::json::type_error&) {
        valid_utf8 = false;
    }
    require(!valid_utf8 || back == input, "json_text of valid UTF-8 reads back unchanged");

    std::vector<Plan> plans;
    try {
        plans = parse_model_json(input);
    } catch (const ImportError& e) {
        std::string why = e.what();
        require(!why.empty() && why.size() <= 512 && why.find_first_of("\n\r") == std::string::npos,
                "a rejected model JSON gets a reason of one short line, not: " + why.substr(0, 600));
        return -1;
    }
    std::ostringstream first;
    write_model_json(first, plans);
    std::vector<Plan> again;
    try {
        again = parse_model_json(first.str());
    } catch (const ImportError& e) {
        require(false, std::string("parse_model_json reads what write_model_json wrote: ") + e.what());
    }
    std::ostringstream second;
    write_model_json(second, again);
    require(first.str() == second.str(), "model JSON written, read and written again is unchanged");
    return static_cast<int>(plans.size());
}

}  // namespace planport::fuzz
