// runs.cpp — walking runs and their containers: text, breaks, symbols, fields, tracked changes, sdt, mc.
#include "importers/docx/runs.h"

#include <algorithm>
#include <map>
#include <vector>

#include "importers/docx/on_off.h"

namespace planport::docx {

namespace {

// Text boxes sit deep inside DrawingML (wps:txbx) or VML (v:textbox); their content is w:txbxContent.
void find_text_boxes(const XmlElement& el, std::vector<const XmlElement*>& out) {
    for (const auto& c : el.children) {
        if (c.is_w("txbxContent")) out.push_back(&c);
        else find_text_boxes(c, out);
    }
}

/// Carries the state of one paragraph's inline walk.
class InlineWalker {
public:
    // docDefaults < table style < paragraph style < character style < direct formatting.
    InlineWalker(const ReadContext& ctx, const std::string& para_style)
        : ctx_(ctx), para_props_(ctx.styles.run_props(para_style, false)) {
        if (ctx.table_run) para_props_.inherit(*ctx.table_run);
        para_props_.inherit(ctx.styles.defaults());
    }

    void children(const XmlElement& parent);
    InlineText result() { return std::move(out_); }

private:
    void element(const XmlElement& el);
    void run(const XmlElement& r);
    void run_child(const XmlElement& el, const RunProps& props);
    void text(const std::string& s, const RunProps& props);
    void page_break();
    void fld_char(const XmlElement& el);
    bool field_hides_text() const;

    const ReadContext& ctx_;
    RunProps para_props_;
    InlineText out_;
    // One entry per open complex field: false while in its instruction, true once past w:separate.
    std::vector<bool> fields_;
};

void InlineWalker::children(const XmlElement& parent) {
    for (const auto& c : parent.children) element(c);
}

// One small decision per container element.
void InlineWalker::element(const XmlElement& el) {
    if (el.ns == Ns::Mc && el.name == "AlternateContent") {
        // Fallback if present, else the first choice: never both (they hold the same content).
        const XmlElement* pick = el.child(Ns::Mc, "Fallback");
        if (!pick) pick = el.child(Ns::Mc, "Choice");
        if (pick) children(*pick);
        return;
    }
    if (el.ns != Ns::W) return;
    const std::string& n = el.name;
    if (n == "r") return run(el);
    if (n == "del" || n == "moveFrom" || n == "pPr" || n == "rPr") return;
    if (n == "sdt") {
        if (const XmlElement* content = el.w_child("sdtContent")) children(*content);
        return;
    }
    // Containers whose content is shown: hyperlinks, simple fields (their result), insertions, moves to,
    // smart tags, custom XML, bidi wrappers.
    if (n == "hyperlink" || n == "fldSimple" || n == "ins" || n == "moveTo" || n == "smartTag" ||
        n == "customXml" || n == "dir" || n == "bdo")
        return children(el);
}

void InlineWalker::run(const XmlElement& r) {
    RunProps props = read_rpr(r.w_child("rPr"));
    if (const XmlElement* rpr = r.w_child("rPr"))
        if (const XmlElement* rs = rpr->w_child("rStyle")) props.inherit(ctx_.styles.run_props(rs->w_attr("val").value_or(""), false));
    props.inherit(para_props_);
    for (const auto& c : r.children) run_child(c, props);
}

void InlineWalker::run_child(const XmlElement& el, const RunProps& props) {
    if (el.ns == Ns::Mc && el.name == "AlternateContent") {
        const XmlElement* pick = el.child(Ns::Mc, "Fallback");
        if (!pick) pick = el.child(Ns::Mc, "Choice");
        if (pick)
            for (const auto& c : pick->children) run_child(c, props);
        return;
    }
    if (el.ns != Ns::W) return;
    const std::string& n = el.name;
    if (n == "fldChar") return fld_char(el);
    if (n == "lastRenderedPageBreak") return page_break();
    if (n == "br") {
        std::string type = el.w_attr("type").value_or("textWrapping");
        if (type == "page") return page_break();
        return text("\n", props);
    }
    if (field_hides_text()) return;
    if (n == "t") {
        std::string s = el.text;
        // XML whitespace inside w:t is a space; '\n' and '\t' are reserved for w:br and w:tab.
        std::replace_if(s.begin(), s.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
        return text(s, props);
    }
    if (n == "tab" || n == "ptab") return text("\t", props);
    if (n == "cr") return text("\n", props);
    if (n == "noBreakHyphen") return text("-", props);
    if (n == "sym") return text(read_sym(el), props);
    if (n == "drawing" || n == "pict" || n == "object") return find_text_boxes(el, out_.text_boxes);
    // w:instrText, w:delText, w:softHyphen, drawings, footnote references: nothing shown in the text.
}

void InlineWalker::text(const std::string& s, const RunProps& props) {
    int visible = 0;
    for (char c : s)
        if (c != ' ' && c != '\n' && c != '\t') ++visible;
    out_.raw += s;
    if (!visible) return;
    out_.chars += visible;
    if (props.bold.value_or(false)) out_.bold_chars += visible;
    out_.max_size = std::max(out_.max_size, props.size.value_or(0));
    out_.break_after_text = false;
}

void InlineWalker::page_break() {
    if (out_.chars == 0) out_.break_before_text = true;
    else out_.break_after_text = true;
}

void InlineWalker::fld_char(const XmlElement& el) {
    std::string type = el.w_attr("fldCharType").value_or("");
    if (type == "begin") {
        if (fields_.size() < 64) fields_.push_back(false);  // deeper nesting is hostile; keep counting sane
    } else if (type == "separate") {
        if (!fields_.empty()) fields_.back() = true;
    } else if (type == "end") {
        if (!fields_.empty()) fields_.pop_back();
    }
}

bool InlineWalker::field_hides_text() const {
    return std::any_of(fields_.begin(), fields_.end(), [](bool in_result) { return !in_result; });
}

}  // namespace

InlineText read_inline(const XmlElement& p, const ReadContext& ctx, const std::string& para_style) {
    InlineWalker w(ctx, para_style);
    w.children(p);
    return w.result();
}

std::string normalise_text(const std::string& raw) {
    std::string out;
    out.reserve(raw.size());
    for (char c : raw) {
        if (c == ' ') {
            if (out.empty() || out.back() == ' ' || out.back() == '\n' || out.back() == '\t') continue;
            out += c;
        } else if (c == '\n' || c == '\t') {
            if (!out.empty() && out.back() == ' ') out.pop_back();
            out += c;
        } else {
            out += c;
        }
    }
    auto is_ws = [](char c) { return c == ' ' || c == '\n' || c == '\t'; };
    while (!out.empty() && is_ws(out.back())) out.pop_back();
    std::size_t start = 0;
    while (start < out.size() && is_ws(out[start])) ++start;
    return out.substr(start);
}

std::string utf8(unsigned cp) {
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    std::string s;
    if (cp < 0x80) {
        s += static_cast<char>(cp);
    } else if (cp < 0x800) {
        s += static_cast<char>(0xC0 | (cp >> 6));
        s += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        s += static_cast<char>(0xE0 | (cp >> 12));
        s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        s += static_cast<char>(0xF0 | (cp >> 18));
        s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return s;
}

std::string read_sym(const XmlElement& sym) {
    std::string font = sym.w_attr("font").value_or("");
    unsigned code = 0;
    try {
        code = static_cast<unsigned>(std::stoul(sym.w_attr("char").value_or("0"), nullptr, 16));
    } catch (...) {
        return "";
    }
    // Symbol fonts address their glyphs in the private range F000–F0FF.
    if (code >= 0xF000 && code <= 0xF0FF) code -= 0xF000;
    static const std::map<unsigned, unsigned> symbol = {{0xB7, 0x2022}, {0xA7, 0x2663}, {0xAE, 0x2192}, {0xD8, 0x00AC}};
    static const std::map<unsigned, unsigned> wingdings = {
        {0xA7, 0x25AA}, {0x6C, 0x25CF}, {0x6E, 0x25A0}, {0x6F, 0x25A1}, {0x71, 0x2751}, {0x76, 0x2756},
        {0xD8, 0x27A2}, {0xE0, 0x2192}, {0xFC, 0x2713}, {0xFB, 0x2717}, {0xFD, 0x2612}, {0xFE, 0x2611},
        {0x9F, 0x2022}, {0xA1, 0x25CB}, {0x77, 0x2B25}, {0xA8, 0x25FB}};
    const auto* table = font == "Symbol" ? &symbol : (font.rfind("Wingdings", 0) == 0 ? &wingdings : nullptr);
    if (table) {
        auto it = table->find(code);
        if (it != table->end()) return utf8(it->second);
    }
    if (code < 0x20) return "";
    return utf8(code);
}

}  // namespace planport::docx
