// csv_reader.h — an RFC 4180 reader for tests (expected CSVs written by hand, and planport's own output).
#pragma once

#include <string>
#include <vector>

namespace planport::testing {

using CsvRows = std::vector<std::vector<std::string>>;

/// Parses RFC 4180 text: quoted fields with "" escapes and embedded line breaks; LF or CRLF record ends;
/// a leading UTF-8 BOM is skipped.
CsvRows parse_csv(const std::string& text);

std::string read_file(const std::string& path);

}  // namespace planport::testing
