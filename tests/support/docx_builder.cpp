// docx_builder.cpp — in-memory zips and minimal .docx packages for tests (libzip write side).
#include "tests/support/docx_builder.h"

#include <cstdio>
#include <memory>
#include <stdexcept>

#include <zip.h>

namespace planport::test {

namespace {

struct SourceFree {
    void operator()(zip_source_t* s) const { zip_source_free(s); }
};

std::string read_source(zip_source_t* src) {
    if (zip_source_open(src) < 0) throw std::runtime_error("test zip: cannot reopen buffer");
    zip_source_seek(src, 0, SEEK_END);
    zip_int64_t size = zip_source_tell(src);
    zip_source_seek(src, 0, SEEK_SET);
    std::string out(static_cast<std::size_t>(size), '\0');
    zip_int64_t got = size > 0 ? zip_source_read(src, out.data(), static_cast<zip_uint64_t>(size)) : 0;
    zip_source_close(src);
    if (got != size) throw std::runtime_error("test zip: short read");
    return out;
}

void put16(std::string& b, std::size_t at, unsigned v) {
    b[at] = static_cast<char>(v & 0xFF);
    b[at + 1] = static_cast<char>((v >> 8) & 0xFF);
}
void put32(std::string& b, std::size_t at, unsigned v) {
    put16(b, at, v & 0xFFFF);
    put16(b, at + 2, v >> 16);
}
unsigned get16(const std::string& b, std::size_t at) {
    return static_cast<unsigned char>(b[at]) | (static_cast<unsigned char>(b[at + 1]) << 8);
}

}  // namespace

std::string make_zip(const std::vector<std::pair<std::string, std::string>>& entries) {
    zip_error_t err;
    zip_error_init(&err);
    std::unique_ptr<zip_source_t, SourceFree> src(zip_source_buffer_create(nullptr, 0, 0, &err));
    if (!src) throw std::runtime_error("test zip: no buffer");
    zip_source_keep(src.get());  // keep the buffer after zip_close
    zip_t* za = zip_open_from_source(src.get(), ZIP_TRUNCATE, &err);
    if (!za) throw std::runtime_error("test zip: cannot open");
    for (const auto& [name, data] : entries) {
        zip_source_t* s = zip_source_buffer(za, data.data(), data.size(), 0);
        if (!s || zip_file_add(za, name.c_str(), s, ZIP_FL_ENC_UTF_8) < 0) {
            if (s) zip_source_free(s);
            zip_discard(za);
            throw std::runtime_error("test zip: cannot add " + name);
        }
    }
    if (zip_close(za) < 0) {
        zip_discard(za);
        throw std::runtime_error("test zip: cannot close");
    }
    zip_error_fini(&err);
    return read_source(src.get());
}

std::string make_zip(const std::map<std::string, std::string>& parts) {
    return make_zip(std::vector<std::pair<std::string, std::string>>(parts.begin(), parts.end()));
}

std::string document_xml(const std::string& body_xml) {
    return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                       "<w:document xmlns:w=\"") + w_ns +
           "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
           " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
           " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
           "<w:body>" + body_xml + "</w:body></w:document>";
}

std::map<std::string, std::string> docx_parts(const std::string& body_xml,
                                              const std::map<std::string, std::string>& extra_parts) {
    const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    std::map<std::string, std::string> parts;
    parts["[Content_Types].xml"] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "</Types>";
    parts["_rels/.rels"] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"" + rel + "officeDocument\" Target=\"word/document.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
        "core-properties\" Target=\"docProps/core.xml\"/>"
        "</Relationships>";
    parts["word/_rels/document.xml.rels"] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"" + rel + "styles\" Target=\"styles.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"" + rel + "numbering\" Target=\"numbering.xml\"/>"
        "<Relationship Id=\"rId3\" Type=\"" + rel + "theme\" Target=\"theme/theme1.xml\"/>"
        "</Relationships>";
    parts["word/document.xml"] = document_xml(body_xml);
    for (const auto& [name, data] : extra_parts) parts[name] = data;
    return parts;
}

std::string make_docx(const std::string& body_xml, const std::map<std::string, std::string>& extra_parts) {
    return make_zip(docx_parts(body_xml, extra_parts));
}

std::string styles_xml(const std::string& inner) {
    return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles xmlns:w=\"") + w_ns + "\">" + inner +
           "</w:styles>";
}

std::string numbering_xml(const std::string& inner) {
    return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering xmlns:w=\"") + w_ns + "\">" + inner +
           "</w:numbering>";
}

std::string theme_xml(const std::string& scheme_entries) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
           "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Test\">"
           "<a:themeElements><a:clrScheme name=\"Test\">" + scheme_entries +
           "</a:clrScheme></a:themeElements></a:theme>";
}

std::string rename_entry(std::string b, const std::string& from, const std::string& to) {
    if (from.size() != to.size()) throw std::runtime_error("rename_entry: names must have the same length");
    for (std::size_t at = b.find(from); at != std::string::npos; at = b.find(from, at + to.size()))
        b.replace(at, from.size(), to);
    return b;
}

std::string set_declared_size(std::string b, const std::string& name, unsigned size) {
    // Local header: signature PK\3\4, name length at 26, name at 30, uncompressed size at 22.
    // Central directory: signature PK\1\2, name length at 28, name at 46, uncompressed size at 24.
    for (std::size_t i = 0; i + 46 < b.size(); ++i) {
        if (b.compare(i, 4, "PK\x03\x04") == 0 && get16(b, i + 26) == name.size() && b.compare(i + 30, name.size(), name) == 0)
            put32(b, i + 22, size);
        if (b.compare(i, 4, "PK\x01\x02") == 0 && get16(b, i + 28) == name.size() && b.compare(i + 46, name.size(), name) == 0)
            put32(b, i + 24, size);
    }
    return b;
}

}  // namespace planport::test
