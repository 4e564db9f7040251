// json_writer.cpp — JSON string escaping, UTF-8 repair and the streaming writer (see json_writer.h).
#include "exporters/json_writer.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

namespace planport {
namespace {

const char* kReplacement = "\xEF\xBF\xBD";  // U+FFFD

/// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is invalid.
size_t utf8_sequence(const std::string& s, size_t i) {
    auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = b(i);
    if (c < 0x80) return 1;
    size_t n;
    unsigned cp;
    if (c >= 0xC2 && c <= 0xDF) { n = 2; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { n = 3; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { n = 4; cp = c & 0x07; }
    else return 0;  // continuation byte, overlong C0/C1, F5..FF
    if (i + n > s.size()) return 0;
    for (size_t k = 1; k < n; ++k) {
        if ((b(i + k) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b(i + k) & 0x3F);
    }
    if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000)) return 0;  // overlong
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return 0;     // surrogate, out of range
    return n;
}

}  // namespace

std::string utf8_sanitise(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        size_t n = utf8_sequence(s, i);
        if (n == 0) {
            out += kReplacement;
            ++i;
        } else {
            out.append(s, i, n);
            i += n;
        }
    }
    return out;
}

std::string json_quote(const std::string& raw) {
    const std::string s = utf8_sanitise(raw);
    std::string out = "\"";
    for (size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '/':  // "</script>" must not close an HTML script element the JSON is embedded in
                out += (i > 0 && s[i - 1] == '<') ? "\\/" : "/";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(c));
                    out += buf;
                } else {
                    out += c;
                }
        }
    }
    out += '"';
    return out;
}

void JsonWriter::newline(size_t depth, bool after_comma) {
    if (indent_ <= 0) return;
    if (inline_depth_ > 0) {
        if (after_comma) out_ << ' ';
        return;
    }
    out_ << '\n' << std::string(depth * static_cast<size_t>(indent_), ' ');
}

void JsonWriter::before_value() {
    if (after_key_) {  // the member's name and ':' are already out
        after_key_ = false;
        return;
    }
    if (stack_.empty()) return;
    Level& top = stack_.back();
    if (top.object) throw std::logic_error("json: value inside an object needs a key");
    bool comma = top.count++ > 0;
    if (comma) out_ << ',';
    newline(stack_.size(), comma);
}

JsonWriter& JsonWriter::key(const std::string& name) {
    if (stack_.empty() || !stack_.back().object || after_key_) throw std::logic_error("json: key outside an object");
    bool comma = stack_.back().count++ > 0;
    if (comma) out_ << ',';
    newline(stack_.size(), comma);
    out_ << json_quote(name) << (indent_ > 0 ? ": " : ":");
    after_key_ = true;
    return *this;
}

void JsonWriter::open(char bracket, bool object) {
    before_value();
    out_ << bracket;
    stack_.push_back({object, 0});
    if (inline_next_ && inline_depth_ == 0) inline_depth_ = stack_.size();
    inline_next_ = false;
}

void JsonWriter::close(char bracket, bool object) {
    if (stack_.empty() || stack_.back().object != object || after_key_)
        throw std::logic_error(object ? "json: unbalanced object" : "json: unbalanced array");
    bool had = stack_.back().count > 0;
    stack_.pop_back();
    if (had) newline(stack_.size(), false);
    out_ << bracket;
    if (stack_.size() < inline_depth_) inline_depth_ = 0;
}

JsonWriter& JsonWriter::begin_object() {
    open('{', true);
    return *this;
}

JsonWriter& JsonWriter::begin_array() {
    open('[', false);
    return *this;
}

JsonWriter& JsonWriter::end_object() {
    close('}', true);
    return *this;
}

JsonWriter& JsonWriter::end_array() {
    close(']', false);
    return *this;
}

JsonWriter& JsonWriter::value(const std::string& s) {
    before_value();
    out_ << json_quote(s);
    return *this;
}

JsonWriter& JsonWriter::value(int n) { return value(static_cast<long long>(n)); }

JsonWriter& JsonWriter::value(long long n) {
    before_value();
    out_ << n;
    return *this;
}

JsonWriter& JsonWriter::value(double d) {
    if (!std::isfinite(d)) return null();
    before_value();
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", d);
    // Shortest form that reads back the same: try fewer digits first.
    for (int prec = 6; prec < 17; ++prec) {
        char shorter[32];
        std::snprintf(shorter, sizeof shorter, "%.*g", prec, d);
        if (std::strtod(shorter, nullptr) == d) {
            out_ << shorter;
            return *this;
        }
    }
    out_ << buf;
    return *this;
}

JsonWriter& JsonWriter::value(bool b) {
    before_value();
    out_ << (b ? "true" : "false");
    return *this;
}

JsonWriter& JsonWriter::null() {
    before_value();
    out_ << "null";
    return *this;
}

}  // namespace planport
