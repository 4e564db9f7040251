// json_reader.cpp — the model JSON parsed by nlohmann-json under planport's limits, its errors made one line
// with a line and column, and its values mapped to the model.
#include "importers/json/json_reader.h"

#include <cerrno>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>
#include <unordered_set>
#include <utility>

#include <nlohmann/json.hpp>

#include "model/diagnostics.h"

namespace planport {
namespace {

using nlohmann::json;

constexpr int kMaxDepth = 64;

// --- text → nlohmann::json ---

/// "line 3 column 7" of the byte at `index` of `s`; columns count characters, not UTF-8 continuation bytes.
std::string position(const std::string& s, size_t index) {
    int line = 1, col = 1;
    for (size_t k = 0; k < index && k < s.size(); ++k) {
        if (s[k] == '\n') {
            ++line;
            col = 1;
        } else if ((static_cast<unsigned char>(s[k]) & 0xC0) != 0x80) {
            ++col;
        }
    }
    return "line " + std::to_string(line) + " column " + std::to_string(col);
}

/// A name from the input, quoted for a message: at most 40 bytes of it, escaped as JSON.
std::string quoted(std::string name) {
    if (name.size() > 40) {
        size_t cut = 40;
        while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
        name = name.substr(0, cut) + "\xE2\x80\xA6";
    }
    return json(name).dump(-1, ' ', false, json::error_handler_t::replace);
}

/// nlohmann's parse_error as "line L column C: <what>". Its own "parse error at line 2, column 13" counts bytes
/// and goes to column 0 after a line break; the token it quotes ("last read: '…'") may be a whole string of the
/// input, or invalid UTF-8, so it is kept only when short and valid.
std::string syntax_error(const std::string& text, const json::parse_error& e) {
    std::string what = e.what();
    size_t colon = what.find(": ", what.find("parse error"));
    std::string reason = colon == std::string::npos ? what : what.substr(colon + 2);
    const std::string lead = "; last read: '";
    size_t lr = reason.find(lead);  // the first: nlohmann's own words before it hold none
    if (lr != std::string::npos) {
        // The token ends at the last quote but for "; expected <what nlohmann expected>", which the token may
        // spell too: match the end of the message against the names nlohmann gives what it expected.
        size_t from = lr + lead.size(), to = reason.size() - 1;
        for (const char* expected : {"true literal", "false literal", "null literal", "string literal",
                                     "number literal", "'['", "'{'", "']'", "'}'", "':'", "','", "end of input",
                                     "'[', '{', or a literal", "<parse error>", "<uninitialized>", "unknown token"}) {
            std::string tail = std::string("'; expected ") + expected;
            if (reason.size() >= from + tail.size() && reason.compare(reason.size() - tail.size(), tail.size(), tail) == 0)
                to = reason.size() - tail.size();
        }
        std::string token = reason.substr(from, to - from);
        bool printable = token.size() <= 40;  // nlohmann writes control characters as <U+000A>
        if (printable) {
            try {
                (void)json(token).dump();  // throws on invalid UTF-8
            } catch (const json::type_error&) {
                printable = false;
            }
        }
        reason = reason.substr(0, lr) + (printable ? lead + token + "'" : "") + reason.substr(to + 1);
    }
    return position(text, e.byte > 0 ? e.byte - 1 : 0) + ": " + reason;
}

/// A char iterator over the text that records how far the parser has read: nlohmann tells its callback no
/// position, and the errors the callback raises should say where.
class TrackedIterator {
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    TrackedIterator(const char* p, const char** read) : p_(p), read_(read) {}
    reference operator*() const { return *p_; }
    TrackedIterator& operator++() {
        *read_ = ++p_;
        return *this;
    }
    TrackedIterator operator++(int) {
        TrackedIterator old = *this;
        ++*this;
        return old;
    }
    bool operator==(const TrackedIterator& o) const { return p_ == o.p_; }
    bool operator!=(const TrackedIterator& o) const { return p_ != o.p_; }

private:
    const char* p_;
    const char** read_;
};

json parse(const std::string& text) {
    const char* begin = text.data();
    const char* read = begin;  // past the last byte the parser took
    auto here = [&] { return position(text, static_cast<size_t>(read - begin) - (read > begin ? 1 : 0)); };
    std::vector<std::unordered_set<std::string>> names;  // member names of each open object: a set, so that a
                                                        // hostile object of 10^5 members stays linear
    json::parser_callback_t limits = [&](int depth, json::parse_event_t event, json& parsed) {
        using Event = json::parse_event_t;
        if ((event == Event::object_start || event == Event::array_start) && depth > kMaxDepth)
            throw ImportError(here() + ": nesting deeper than " + std::to_string(kMaxDepth) + " levels");
        if (event == Event::object_start) names.emplace_back();
        else if (event == Event::object_end) names.pop_back();
        else if (event == Event::key && !names.back().insert(parsed.get_ref<const std::string&>()).second)
            throw ImportError(here() + ": duplicate member " + quoted(parsed.get<std::string>()));
        return true;
    };
    try {
        return json::parse(TrackedIterator(begin, &read), TrackedIterator(begin + text.size(), &read), limits);
    } catch (const json::parse_error& e) {
        throw ImportError(syntax_error(text, e));
    } catch (const json::out_of_range&) {  // nlohmann's 406 "number overflow parsing '…'" (1e999), no position
        auto number_char = [](char c) { return std::strchr("0123456789+-.eE", c) != nullptr && c != '\0'; };
        size_t i = static_cast<size_t>(read - begin);  // past the number, or past the character after it
        if (i > 0 && !number_char(text[i - 1])) --i;
        while (i > 0 && number_char(text[i - 1])) --i;
        throw ImportError(position(text, i) + ": number out of range");
    } catch (const json::exception& e) {
        throw ImportError(std::string("not valid JSON: ") + e.what());
    }
}

// --- values → model. `path` names the value in errors: plans[0].priorities[2].title ---

[[noreturn]] void type_error(const std::string& path, const char* expected) {
    throw ImportError(path + ": expected " + expected);
}

std::string at(const std::string& path, const char* name) { return path.empty() ? std::string(name) : path + "." + name; }

const json* member(const json& obj, const char* name) {
    auto it = obj.find(name);
    return it == obj.end() ? nullptr : &*it;
}

const std::string& string_of(const json& v, const std::string& path) {
    if (!v.is_string()) type_error(path, "a string");
    return v.get_ref<const std::string&>();
}

void get(const json& obj, const char* name, const std::string& path, std::string& out) {
    if (const json* v = member(obj, name)) out = string_of(*v, at(path, name));
}

void get(const json& obj, const char* name, const std::string& path, int& out) {
    const json* v = member(obj, name);
    if (!v) return;
    std::string p = at(path, name);
    if (v->is_number_float()) {  // 2.5, 1e3; and an integer too long for 64 bits, which nlohmann reads as one
        double d = v->get<double>();
        if (d == std::trunc(d) && std::fabs(d) > INT_MAX) throw ImportError(p + ": integer out of range");
        type_error(p, "an integer");
    }
    if (!v->is_number_integer()) type_error(p, "an integer");
    bool in_range = v->is_number_unsigned() ? v->get<std::uint64_t>() <= static_cast<std::uint64_t>(INT_MAX)
                                            : v->get<std::int64_t>() >= -INT_MAX && v->get<std::int64_t>() <= INT_MAX;
    if (!in_range) throw ImportError(p + ": integer out of range");
    out = v->get<int>();
}

void get(const json& obj, const char* name, const std::string& path, std::vector<std::string>& out) {
    const json* v = member(obj, name);
    if (!v) return;
    std::string p = at(path, name);
    if (!v->is_array()) type_error(p, "an array of strings");
    out.clear();
    for (size_t i = 0; i < v->size(); ++i) out.push_back(string_of((*v)[i], p + "[" + std::to_string(i) + "]"));
}

template <class F>
void each(const json& obj, const char* name, const std::string& path, F f) {
    const json* v = member(obj, name);
    if (!v) return;
    std::string p = at(path, name);
    if (!v->is_array()) type_error(p, "an array");
    for (size_t i = 0; i < v->size(); ++i) {
        std::string ip = p + "[" + std::to_string(i) + "]";
        if (!(*v)[i].is_object()) type_error(ip, "an object");
        f((*v)[i], ip);
    }
}

Action read_action(const json& o, const std::string& path) {
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
    if (const json* w = member(o, "where")) {
        std::string wp = at(path, "where");
        if (!w->is_object()) type_error(wp, "an object");
        get(*w, "file", wp, a.where.file);
        get(*w, "page", wp, a.where.page);
        get(*w, "table", wp, a.where.table);
        get(*w, "row", wp, a.where.row);
    }
    return a;
}

Priority read_priority(const json& o, const std::string& path) {
    Priority p;
    get(o, "ref", path, p.ref);
    get(o, "title", path, p.title);
    get(o, "description", path, p.description);
    get(o, "lead_group", path, p.lead_group);
    get(o, "success_measures", path, p.success_measures);
    get(o, "themes", path, p.themes);
    each(o, "actions", path, [&](const json& a, const std::string& ap) { p.actions.push_back(read_action(a, ap)); });
    return p;
}

Plan read_plan(const json& o, const std::string& path) {
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
         [&](const json& p, const std::string& pp) { plan.priorities.push_back(read_priority(p, pp)); });
    return plan;
}

}  // namespace

std::vector<Plan> parse_model_json(const std::string& text) {
    json root = parse(text);
    if (!root.is_object()) throw ImportError("not a planport model: the JSON is not an object");
    if (!member(root, "planport_model")) throw ImportError("not a planport model: no \"planport_model\" member");
    int v = 0;
    get(root, "planport_model", "", v);
    if (v < 1 || v > kReadableModelJsonVersion)
        throw ImportError("planport_model version " + std::to_string(v) + " is not supported (this planport reads 1 to " +
                          std::to_string(kReadableModelJsonVersion) + ")");
    if (!member(root, "plans")) throw ImportError("not a planport model: no \"plans\" member");
    std::vector<Plan> plans;
    each(root, "plans", "", [&](const json& p, const std::string& pp) { plans.push_back(read_plan(p, pp)); });
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
