// json_reader.cpp — a strict, recursion-limited JSON parser and the mapping of its values to the model.
#include "importers/json/json_reader.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <unordered_set>
#include <utility>

#include "model/diagnostics.h"

namespace planport {
namespace {

constexpr int kMaxDepth = 64;

struct Member;

struct Value {
    enum Kind { Null, Bool, Number, String, Array, Object } kind = Null;
    bool boolean = false;
    std::string text;  ///< a string's content, or a number as written
    std::vector<Value> items;
    std::vector<Member> members;  ///< a struct, not a pair: clang 14 rejects pair<string, Value> while Value is incomplete
};

struct Member {
    std::string name;
    Value value;
};

class Parser {
public:
    explicit Parser(const std::string& s) : s_(s) {
        if (s_.compare(0, 3, "\xEF\xBB\xBF") == 0) i_ = 3;
    }

    Value document() {
        Value v = value(0);
        skip_space();
        if (i_ != s_.size()) fail("unexpected text after the JSON value");
        return v;
    }

private:
    [[noreturn]] void fail(const std::string& what) const {
        int line = 1, col = 1;
        for (size_t k = 0; k < i_ && k < s_.size(); ++k) {
            if (s_[k] == '\n') {
                ++line;
                col = 1;
            } else if ((static_cast<unsigned char>(s_[k]) & 0xC0) != 0x80) {
                ++col;  // count characters, not UTF-8 continuation bytes
            }
        }
        throw ImportError("line " + std::to_string(line) + " column " + std::to_string(col) + ": " + what);
    }

    void skip_space() {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
    }

    bool literal(const char* word) {
        size_t n = std::strlen(word);
        if (s_.compare(i_, n, word) != 0) return false;
        i_ += n;
        return true;
    }

    Value value(int depth) {
        if (depth > kMaxDepth) fail("nesting deeper than " + std::to_string(kMaxDepth) + " levels");
        skip_space();
        if (i_ >= s_.size()) fail("unexpected end of input");
        Value v;
        char c = s_[i_];
        if (c == '{') {
            v.kind = Value::Object;
            object(v, depth);
        } else if (c == '[') {
            v.kind = Value::Array;
            array(v, depth);
        } else if (c == '"') {
            v.kind = Value::String;
            v.text = string();
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            v.kind = Value::Number;
            v.text = number();
        } else if (literal("true")) {
            v.kind = Value::Bool;
            v.boolean = true;
        } else if (literal("false")) {
            v.kind = Value::Bool;
        } else if (!literal("null")) {
            fail("expected a value");
        }
        return v;
    }

    void object(Value& v, int depth) {
        ++i_;  // '{'
        std::unordered_set<std::string> names;
        skip_space();
        if (i_ < s_.size() && s_[i_] == '}') {
            ++i_;
            return;
        }
        for (;;) {
            skip_space();
            if (i_ >= s_.size() || s_[i_] != '"') fail("expected a member name in double quotes");
            size_t name_at = i_;
            std::string name = string();
            if (!names.insert(name).second) {  // a set: a hostile object of 10^5 members stays linear
                i_ = name_at;  // point at the second name, not past it
                fail("duplicate member \"" + name + "\"");
            }
            skip_space();
            if (i_ >= s_.size() || s_[i_] != ':') fail("expected ':' after a member name");
            ++i_;
            v.members.push_back(Member{std::move(name), value(depth + 1)});
            skip_space();
            if (i_ < s_.size() && s_[i_] == ',') {
                ++i_;
                continue;
            }
            if (i_ < s_.size() && s_[i_] == '}') {
                ++i_;
                return;
            }
            fail("expected ',' or '}'");
        }
    }

    void array(Value& v, int depth) {
        ++i_;  // '['
        skip_space();
        if (i_ < s_.size() && s_[i_] == ']') {
            ++i_;
            return;
        }
        for (;;) {
            v.items.push_back(value(depth + 1));
            skip_space();
            if (i_ < s_.size() && s_[i_] == ',') {
                ++i_;
                continue;
            }
            if (i_ < s_.size() && s_[i_] == ']') {
                ++i_;
                return;
            }
            fail("expected ',' or ']'");
        }
    }

    std::string number() {
        size_t start = i_;
        auto digits = [&] {
            size_t b = i_;
            while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
            return i_ > b;
        };
        if (s_[i_] == '-') ++i_;
        if (i_ < s_.size() && s_[i_] == '0') {
            ++i_;
        } else if (!digits()) {
            fail("invalid number");
        }
        if (i_ < s_.size() && s_[i_] == '.') {
            ++i_;
            if (!digits()) fail("invalid number");
        }
        if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
            ++i_;
            if (i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-')) ++i_;
            if (!digits()) fail("invalid number");
        }
        return s_.substr(start, i_ - start);
    }

    unsigned hex4() {
        if (i_ + 4 > s_.size()) fail("incomplete \\u escape");
        unsigned u = 0;
        for (int k = 0; k < 4; ++k) {
            char h = s_[i_++];
            u <<= 4;
            if (h >= '0' && h <= '9') u |= static_cast<unsigned>(h - '0');
            else if (h >= 'a' && h <= 'f') u |= static_cast<unsigned>(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F') u |= static_cast<unsigned>(h - 'A' + 10);
            else fail("invalid \\u escape");
        }
        return u;
    }

    static void put_utf8(std::string& out, unsigned cp) {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }

    std::string string() {
        ++i_;  // '"'
        std::string out;
        for (;;) {
            if (i_ >= s_.size()) fail("unterminated string");
            char c = s_[i_++];
            if (c == '"') return out;
            if (static_cast<unsigned char>(c) < 0x20) {
                --i_;
                fail("control character in a string (write it as an escape)");
            }
            if (c != '\\') {
                out += c;
                continue;
            }
            if (i_ >= s_.size()) fail("unterminated string");
            char e = s_[i_++];
            switch (e) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    unsigned cp = hex4();
                    if (cp >= 0xDC00 && cp <= 0xDFFF) fail("lone low surrogate in a \\u escape");
                    if (cp >= 0xD800 && cp <= 0xDBFF) {
                        if (s_.compare(i_, 2, "\\u") != 0) fail("lone high surrogate in a \\u escape");
                        i_ += 2;
                        unsigned lo = hex4();
                        if (lo < 0xDC00 || lo > 0xDFFF) fail("lone high surrogate in a \\u escape");
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    }
                    put_utf8(out, cp);
                    break;
                }
                default:
                    --i_;
                    fail(std::string("invalid escape \\") + e);
            }
        }
    }

    const std::string& s_;
    size_t i_ = 0;
};

// --- values → model. `path` names the value in errors: plans[0].priorities[2].title ---

[[noreturn]] void type_error(const std::string& path, const char* expected) {
    throw ImportError(path + ": expected " + expected);
}

std::string at(const std::string& path, const char* name) { return path.empty() ? std::string(name) : path + "." + name; }

const Value* member(const Value& obj, const char* name) {
    for (const auto& m : obj.members)
        if (m.name == name) return &m.value;
    return nullptr;
}

const Value& expect(const Value& v, Value::Kind kind, const std::string& path, const char* what) {
    if (v.kind != kind) type_error(path, what);
    return v;
}

void get(const Value& obj, const char* name, const std::string& path, std::string& out) {
    if (const Value* v = member(obj, name)) out = expect(*v, Value::String, at(path, name), "a string").text;
}

void get(const Value& obj, const char* name, const std::string& path, int& out) {
    const Value* v = member(obj, name);
    if (!v) return;
    std::string p = at(path, name);
    const std::string& t = expect(*v, Value::Number, p, "an integer").text;
    if (t.find_first_of(".eE") != std::string::npos) type_error(p, "an integer");
    errno = 0;
    long long n = std::strtoll(t.c_str(), nullptr, 10);
    if (errno == ERANGE || n < -2147483647LL || n > 2147483647LL) throw ImportError(p + ": integer out of range");
    out = static_cast<int>(n);
}

void get(const Value& obj, const char* name, const std::string& path, std::vector<std::string>& out) {
    const Value* v = member(obj, name);
    if (!v) return;
    std::string p = at(path, name);
    expect(*v, Value::Array, p, "an array of strings");
    out.clear();
    for (size_t i = 0; i < v->items.size(); ++i)
        out.push_back(expect(v->items[i], Value::String, p + "[" + std::to_string(i) + "]", "a string").text);
}

template <class F>
void each(const Value& obj, const char* name, const std::string& path, F f) {
    const Value* v = member(obj, name);
    if (!v) return;
    std::string p = at(path, name);
    expect(*v, Value::Array, p, "an array");
    for (size_t i = 0; i < v->items.size(); ++i) {
        std::string ip = p + "[" + std::to_string(i) + "]";
        f(expect(v->items[i], Value::Object, ip, "an object"), ip);
    }
}

Action read_action(const Value& o, const std::string& path) {
    Action a;
    get(o, "ref", path, a.ref);
    get(o, "outcome", path, a.outcome);
    get(o, "text", path, a.text);
    get(o, "items", path, a.items);
    get(o, "lead", path, a.lead);
    get(o, "resources", path, a.resources);
    get(o, "workstream", path, a.workstream);
    get(o, "timescale", path, a.timescale);
    get(o, "due", path, a.due);
    std::string rag;
    get(o, "rag", path, rag);
    a.rag = rag_from_name(rag);
    if (!rag.empty() && a.rag == Rag::Unknown)
        throw ImportError(path + ".rag: expected \"complete\", \"green\", \"amber\", \"red\" or \"\"");
    get(o, "progress", path, a.progress);
    if (const Value* w = member(o, "where")) {
        std::string wp = at(path, "where");
        expect(*w, Value::Object, wp, "an object");
        get(*w, "file", wp, a.where.file);
        get(*w, "page", wp, a.where.page);
        get(*w, "table", wp, a.where.table);
        get(*w, "row", wp, a.where.row);
    }
    return a;
}

Priority read_priority(const Value& o, const std::string& path) {
    Priority p;
    get(o, "ref", path, p.ref);
    get(o, "title", path, p.title);
    get(o, "description", path, p.description);
    get(o, "lead_group", path, p.lead_group);
    get(o, "success_measures", path, p.success_measures);
    get(o, "themes", path, p.themes);
    each(o, "actions", path, [&](const Value& a, const std::string& ap) { p.actions.push_back(read_action(a, ap)); });
    return p;
}

Plan read_plan(const Value& o, const std::string& path) {
    Plan plan;
    plan.format = "json";  // unless the file records the format the plan was first read from
    get(o, "board", path, plan.board);
    get(o, "title", path, plan.title);
    get(o, "start_year", path, plan.start_year);
    get(o, "end_year", path, plan.end_year);
    get(o, "version", path, plan.version);
    get(o, "source", path, plan.source);
    get(o, "format", path, plan.format);
    each(o, "priorities", path,
         [&](const Value& p, const std::string& pp) { plan.priorities.push_back(read_priority(p, pp)); });
    return plan;
}

}  // namespace

std::vector<Plan> parse_model_json(const std::string& text) {
    Value root = Parser(text).document();
    if (root.kind != Value::Object) throw ImportError("not a planport model: the JSON is not an object");
    const Value* version = member(root, "planport_model");
    if (!version) throw ImportError("not a planport model: no \"planport_model\" member");
    int v = 0;
    get(root, "planport_model", "", v);
    if (v < 1 || v > kReadableModelJsonVersion)
        throw ImportError("planport_model version " + std::to_string(v) + " is not supported (this planport reads 1 to " +
                          std::to_string(kReadableModelJsonVersion) + ")");
    if (!member(root, "plans")) throw ImportError("not a planport model: no \"plans\" member");
    std::vector<Plan> plans;
    each(root, "plans", "", [&](const Value& p, const std::string& pp) { plans.push_back(read_plan(p, pp)); });
    return plans;
}

std::vector<Plan> read_model_json(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ImportError(std::string("cannot open: ") + std::strerror(errno));
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad()) throw ImportError("cannot read the file");
    return parse_model_json(ss.str());
}

}  // namespace planport
