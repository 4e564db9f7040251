// pandoc_native.cpp — recursive-descent parser for pandoc's Show output and the walk to its tables.
#include "tests/docx/pandoc_native.h"

#include <cctype>
#include <stdexcept>

#include "importers/docx/runs.h"

namespace planport::test {

namespace {

class Parser {
public:
    explicit Parser(const std::string& s) : s_(s) {}

    NativeNode expr() {
        skip();
        if (std::isupper(peek())) {
            NativeNode n{NativeNode::Kind::Con, name(), {}};
            for (;;) {
                skip();
                char c = peek();
                if (c == 0 || c == ',' || c == ')' || c == ']') break;
                n.items.push_back(term());
            }
            return n;
        }
        return term();
    }

    void end() {
        skip();
        if (pos_ != s_.size()) fail("trailing text");
    }

private:
    NativeNode term() {
        skip();
        char c = peek();
        if (std::isupper(c)) return NativeNode{NativeNode::Kind::Con, name(), {}};
        if (c == '"') return NativeNode{NativeNode::Kind::Str, string(), {}};
        if (c == '[') return sequence('[', ']', NativeNode::Kind::List);
        if (c == '(') {
            NativeNode t = sequence('(', ')', NativeNode::Kind::Tuple);
            if (t.items.size() == 1) return t.items.front();  // plain parentheses
            return t;
        }
        if (std::isdigit(c) || c == '-') return NativeNode{NativeNode::Kind::Num, number(), {}};
        fail("unexpected character");
    }

    NativeNode sequence(char open, char close, NativeNode::Kind kind) {
        expect(open);
        NativeNode n{kind, "", {}};
        skip();
        if (peek() == close) {
            ++pos_;
            return n;
        }
        for (;;) {
            n.items.push_back(expr());
            skip();
            if (peek() == ',') {
                ++pos_;
                continue;
            }
            expect(close);
            return n;
        }
    }

    std::string name() {
        std::size_t start = pos_;
        while (pos_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '_' || s_[pos_] == '.' || s_[pos_] == '\''))
            ++pos_;
        return s_.substr(start, pos_ - start);
    }

    std::string number() {
        std::size_t start = pos_;
        if (peek() == '-') ++pos_;
        while (pos_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '.' ||
                                    ((s_[pos_] == '-' || s_[pos_] == '+') && (s_[pos_ - 1] == 'e'))))
            ++pos_;
        return s_.substr(start, pos_ - start);
    }

    // Haskell string escapes: \" \\ \n \t, decimal \8217, \& (empty), and line gaps.
    std::string string() {
        expect('"');
        std::string out;
        for (;;) {
            if (pos_ >= s_.size()) fail("unterminated string");
            char c = s_[pos_++];
            if (c == '"') return out;
            if (c != '\\') {
                out += c;
                continue;
            }
            char e = s_.at(pos_++);
            if (std::isdigit(static_cast<unsigned char>(e))) {
                unsigned cp = static_cast<unsigned>(e - '0');
                while (pos_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[pos_]))) cp = cp * 10 + (s_[pos_++] - '0');
                out += docx::utf8(cp);
            } else if (e == 'n') {
                out += '\n';
            } else if (e == 't') {
                out += '\t';
            } else if (e == '&') {
            } else if (std::isspace(static_cast<unsigned char>(e))) {
                while (pos_ < s_.size() && s_[pos_] != '\\') ++pos_;
                ++pos_;
            } else {
                out += e;
            }
        }
    }

    void skip() {
        while (pos_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[pos_]))) ++pos_;
    }
    char peek() const { return pos_ < s_.size() ? s_[pos_] : 0; }
    void expect(char c) {
        skip();
        if (peek() != c) fail(std::string("expected '") + c + "'");
        ++pos_;
    }
    [[noreturn]] void fail(const std::string& what) const {
        throw std::runtime_error("native: offset " + std::to_string(pos_) + ": " + what);
    }

    const std::string& s_;
    std::size_t pos_ = 0;
};

bool is_con(const NativeNode& n, const char* name) { return n.kind == NativeNode::Kind::Con && n.text == name; }

// Inline text: Str, Space, breaks; other inline constructors give the text of their inline lists.
void inline_text(const NativeNode& n, std::string& out) {
    if (n.kind == NativeNode::Kind::List) {
        for (const auto& i : n.items) inline_text(i, out);
        return;
    }
    if (n.kind != NativeNode::Kind::Con) return;
    if (n.text == "Str" && !n.items.empty()) out += n.items[0].text;
    else if (n.text == "Space" || n.text == "SoftBreak") out += ' ';
    else if (n.text == "LineBreak") out += '\n';
    else if (n.text == "Note" || n.text == "Math") return;  // footnotes are not cell text
    else if (n.text == "Code" && n.items.size() == 2) out += n.items[1].text;
    else
        for (const auto& a : n.items)
            if (a.kind == NativeNode::Kind::List) inline_text(a, out);
}

// Paragraph texts of a block (lists and divs looked through; nested tables skipped).
void block_paragraphs(const NativeNode& n, std::vector<std::string>& out) {
    if (n.kind == NativeNode::Kind::List) {
        for (const auto& i : n.items) block_paragraphs(i, out);
        return;
    }
    if (n.kind != NativeNode::Kind::Con || n.text == "Table") return;
    if ((n.text == "Para" || n.text == "Plain") && !n.items.empty()) {
        std::string t;
        inline_text(n.items.back(), t);
        out.push_back(docx::normalise_text(t));
    } else if (n.text == "Header" && n.items.size() == 3) {
        std::string t;
        inline_text(n.items[2], t);
        out.push_back(docx::normalise_text(t));
    } else {
        for (const auto& a : n.items)
            if (a.kind == NativeNode::Kind::List) block_paragraphs(a, out);
    }
}

int span_of(const NativeNode& n) {
    return (n.kind == NativeNode::Kind::Con && !n.items.empty()) ? std::stoi(n.items[0].text) : 1;
}

NativeCell read_cell(const NativeNode& c) {
    // Cell attr align (RowSpan n) (ColSpan n) [Block]
    NativeCell cell;
    if (c.items.size() != 5) throw std::runtime_error("native: odd Cell");
    cell.rowspan = span_of(c.items[2]);
    cell.colspan = span_of(c.items[3]);
    std::vector<std::string> paras;
    block_paragraphs(c.items[4], paras);
    for (const auto& p : paras) {
        if (p.empty()) continue;
        if (!cell.text.empty()) cell.text += '\n';
        cell.text += p;
    }
    return cell;
}

void read_rows(const NativeNode& rows, NativeTable& t) {
    for (const auto& r : rows.items) {  // Row attr [Cell]
        std::vector<NativeCell> cells;
        if (r.items.size() == 2)
            for (const auto& c : r.items[1].items) cells.push_back(read_cell(c));
        t.rows.push_back(std::move(cells));
    }
}

NativeTable read_table(const NativeNode& n) {
    // Table attr caption colspecs (TableHead attr [Row]) [TableBody attr rhc [Row] [Row]] (TableFoot attr [Row])
    if (n.items.size() != 6) throw std::runtime_error("native: odd Table");
    NativeTable t;
    read_rows(n.items[3].items.at(1), t);
    for (const auto& body : n.items[4].items) {
        read_rows(body.items.at(2), t);
        read_rows(body.items.at(3), t);
    }
    read_rows(n.items[5].items.at(1), t);
    return t;
}

void collect_tables(const NativeNode& n, std::vector<NativeTable>& out) {
    if (is_con(n, "Table")) {
        out.push_back(read_table(n));
        return;  // nested tables stay with their cell
    }
    for (const auto& i : n.items) collect_tables(i, out);
}

}  // namespace

NativeNode parse_native(const std::string& src) {
    // A whole "Pandoc Meta {…} [blocks]" value: skip the metadata record, keep the blocks.
    std::size_t from = 0;
    if (src.compare(src.find_first_not_of(" \n") == std::string::npos ? 0 : src.find_first_not_of(" \n"), 6, "Pandoc") == 0) {
        int depth = 0;
        for (std::size_t i = src.find('{'); i < src.size(); ++i) {
            if (src[i] == '{') ++depth;
            else if (src[i] == '}' && --depth == 0) {
                from = i + 1;
                break;
            }
        }
    }
    const std::string rest = src.substr(from);
    Parser p(rest);
    NativeNode n = p.expr();
    p.end();
    return n;
}

std::vector<std::string> native_paragraphs(const NativeNode& doc) {
    std::vector<std::string> out;
    block_paragraphs(doc, out);
    return out;
}

std::vector<NativeTable> native_tables(const NativeNode& doc) {
    std::vector<NativeTable> out;
    collect_tables(doc, out);
    return out;
}

}  // namespace planport::test
