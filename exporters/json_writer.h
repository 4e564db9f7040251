// json_writer.h — a small streaming JSON writer: string escaping, objects and arrays with the commas handled.
//
//   JsonWriter w(out, 2);             // indent 2; 0 writes compact JSON on one line
//   w.begin_object();
//   w.key("file").value("plan.docx");
//   w.key("tables").begin_array(); ... w.end_array();
//   w.end_object();
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace planport {

/// `s` as a JSON string literal, quotes included: '"' and '\\' escaped, control characters as \n \t … or
/// \u00XX, "</" as "<\/" (safe inside an HTML script element); valid UTF-8 passed through, each invalid byte
/// replaced by U+FFFD.
std::string json_quote(const std::string& s);

/// `s` with every invalid UTF-8 sequence (stray continuation, overlong, surrogate, > U+10FFFF, truncated)
/// replaced by U+FFFD, one per offending byte.
std::string utf8_sanitise(const std::string& s);

class JsonWriter {
public:
    explicit JsonWriter(std::ostream& out, int indent = 0) : out_(out), indent_(indent) {}

    JsonWriter& begin_object();
    JsonWriter& end_object();
    JsonWriter& begin_array();
    JsonWriter& end_array();
    /// The next member's name; must be inside an object, followed by one value or container.
    JsonWriter& key(const std::string& name);
    JsonWriter& value(const std::string& s);
    JsonWriter& value(const char* s) { return value(std::string(s)); }
    JsonWriter& value(int n);
    JsonWriter& value(long long n);
    JsonWriter& value(double d);  ///< non-finite numbers are written as null
    JsonWriter& value(bool b);
    JsonWriter& null();
    /// With indentation, writes the next object or array and everything inside it on one line
    /// (["a", "b"], {"row": 0, "col": 1}): short records stay readable in a diff.
    JsonWriter& inline_next() { inline_next_ = true; return *this; }

private:
    struct Level { bool object; int count; };
    void before_value();
    void newline(size_t depth, bool after_comma);
    void open(char bracket, bool object);
    void close(char bracket, bool object);

    std::ostream& out_;
    int indent_;
    std::vector<Level> stack_;
    bool after_key_ = false;
    bool inline_next_ = false;
    size_t inline_depth_ = 0;  ///< stack depth of the outermost one-line container; 0 when none
};

}  // namespace planport
