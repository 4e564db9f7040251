// headings.cpp — steps 2–4: the plan's own status key, its numbered list of priorities, and priority
// headings ("PRIORITY 2: …", "Theme 3 - …") that open a new priority.
#include <regex>

#include "importers/recognise/context.h"
#include "importers/recognise/text.h"

namespace planport {

bool parse_priority_heading(const std::string& raw, std::string& ref, std::string& title) {
    std::string s = text::squash(raw);
    if (s.size() > 200) return false;
    // PRIORITY 1:  COMMUNICATION …  |  Theme 3 - Child Sexual Exploitation (CSE)  |  Theme 1 Early Help
    static const std::regex re(
        R"(^(?:strategic\s+|improvement\s+|key\s+)?(?:priority|theme|objective)\s*:?\s*([0-9]{1,2})\s*(?:[:.)\-]|–|—)?\s*(.*)$)",
        std::regex::icase);
    std::smatch m;
    if (!std::regex_match(s, m, re)) return false;
    ref = m[1].str();
    title = text::trim(m[2].str());
    // "– Title" where the dash came after spaces
    for (const char* dash : {"- ", "\xE2\x80\x93 ", "\xE2\x80\x94 ", ": "})
        if (title.rfind(dash, 0) == 0) title = text::trim(title.substr(std::string(dash).size()));
    return true;
}

void read_rag_key(Context& ctx) {
    for (const auto& b : ctx.doc.blocks) {
        if (b.kind == Block::Kind::Paragraph) {
            read_rag_key_line(b.paragraph.text, ctx.key);
            continue;
        }
        // A legend table: small, each row a colour swatch or code next to its meaning.
        const Table& t = b.table;
        if (t.rows.size() > 8 || t.columns > 3) continue;
        for (const auto& row : t.rows) {
            std::string line;
            for (const auto& c : row.cells) line += (line.empty() ? "" : " ") + c.text();
            RagKey probe;
            if (!read_rag_key_line(line, probe)) continue;
            // A swatch cell carries the colour itself: map its fill to what the line means.
            for (const auto& c : row.cells)
                if (!c.fill.empty() && c.text().empty() && !probe.colours.empty())
                    probe.colours.push_back({c.fill, probe.colours.front().rag});
            for (auto& e : probe.colours) ctx.key.colours.push_back(e);
            for (auto& e : probe.words) ctx.key.words.push_back(e);
        }
    }
}

void read_listed_priorities(Context& ctx) {
    // "1. Early help" as a numbered list item or typed text, outside tables.
    static const std::regex typed(R"(^-?\s*([0-9]{1,2})[.)]\s+(.{3,120})$)");
    static const std::regex number_label(R"(^([0-9]{1,2})[.)]?$)");
    for (const auto& b : ctx.doc.blocks) {
        if (b.kind != Block::Kind::Paragraph) continue;
        const Paragraph& p = b.paragraph;
        std::smatch m;
        std::string num, title;
        if (p.is_list_item() && std::regex_match(p.list_label, number_label)) {
            num = p.list_label;
            while (!num.empty() && !std::isdigit(static_cast<unsigned char>(num.back()))) num.pop_back();
            title = p.text;
        } else if (std::regex_match(p.text, m, typed)) {
            num = m[1].str();
            title = m[2].str();
        }
        if (!num.empty() && !ctx.listed_priorities.count(num)) ctx.listed_priorities[num] = text::trim(title);
    }
}

bool read_priority_heading(Context& ctx, const Paragraph& p) {
    std::string ref, title;
    if (!parse_priority_heading(p.text, ref, title)) return false;
    if (title.empty() && ctx.listed_priorities.count(ref)) title = ctx.listed_priorities[ref];
    ctx.start_priority(ref, title);
    return true;
}

}  // namespace planport
