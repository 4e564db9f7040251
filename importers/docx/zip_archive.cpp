// zip_archive.cpp — libzip behind ZipArchive: open from memory, reject duplicates, inflate in capped chunks.
#include "importers/docx/zip_archive.h"

#include <algorithm>
#include <cctype>
#include <set>

#include <zip.h>

#include "model/diagnostics.h"

namespace planport::docx {

namespace {

struct SourceFree {
    void operator()(zip_source_t* s) const { zip_source_free(s); }
};
struct FileClose {
    void operator()(zip_file_t* f) const { zip_fclose(f); }
};

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

bool starts_with(const std::string& s, const char* magic, std::size_t n) {
    return s.size() >= n && std::equal(magic, magic + n, s.begin());
}

std::string size_text(std::size_t n) {
    if (n >= (1u << 20) && n % (1u << 20) == 0) return std::to_string(n >> 20) + " MiB";
    return std::to_string(n) + " bytes";
}

}  // namespace

void ZipArchive::ZipClose::operator()(zip* z) const { zip_discard(z); }

ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;
ZipArchive::~ZipArchive() = default;

ZipArchive ZipArchive::from_bytes(std::string bytes, const DocxLimits& limits) {
    if (starts_with(bytes, "\xD0\xCF\x11\xE0", 4))
        throw ImportError("password-protected or legacy Word file (OLE2 container), not a .docx");
    if (!starts_with(bytes, "PK", 2)) throw ImportError("not a zip file");

    ZipArchive a;
    a.bytes_ = std::move(bytes);
    a.limits_ = limits;
    zip_error_t err;
    zip_error_init(&err);
    std::unique_ptr<zip_source_t, SourceFree> src(zip_source_buffer_create(a.bytes_.data(), a.bytes_.size(), 0, &err));
    if (!src) {
        zip_error_fini(&err);
        throw ImportError("out of memory opening the zip file");
    }
    zip_t* z = zip_open_from_source(src.get(), ZIP_RDONLY, &err);
    if (!z) {
        std::string why = zip_error_strerror(&err);
        zip_error_fini(&err);
        throw ImportError("damaged zip file: " + lower(why));
    }
    src.release();  // the archive owns the source now
    zip_error_fini(&err);
    a.zip_.reset(z);

    zip_int64_t n = zip_get_num_entries(z, 0);
    std::set<std::string> seen;
    for (zip_int64_t i = 0; i < n; ++i) {
        const char* name = zip_get_name(z, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW);
        if (!name) throw ImportError("damaged zip file: entry " + std::to_string(i) + " has no name");
        if (!seen.insert(lower(name)).second)
            throw ImportError(std::string("zip file has two parts named ") + name);
        a.names_.emplace_back(name);
    }
    return a;
}

bool ZipArchive::has(const std::string& name) const {
    return zip_name_locate(zip_.get(), name.c_str(), ZIP_FL_NOCASE | ZIP_FL_ENC_RAW) >= 0;
}

std::optional<std::string> ZipArchive::read(const std::string& name) {
    zip_int64_t idx = zip_name_locate(zip_.get(), name.c_str(), ZIP_FL_NOCASE | ZIP_FL_ENC_RAW);
    if (idx < 0) return std::nullopt;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(zip_.get(), static_cast<zip_uint64_t>(idx), 0, &st) != 0)
        throw ImportError("damaged zip file: cannot read the entry of " + name);
    const std::size_t cap = std::min(limits_.max_part_bytes, limits_.max_total_bytes - std::min(total_read_, limits_.max_total_bytes));
    if ((st.valid & ZIP_STAT_SIZE) && st.size > limits_.max_part_bytes)
        throw ImportError("part " + name + " declares " + std::to_string(st.size) + " bytes, over the " +
                          size_text(limits_.max_part_bytes) + " cap");
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
        throw ImportError("part " + name + " is encrypted");

    std::unique_ptr<zip_file_t, FileClose> f(zip_fopen_index(zip_.get(), static_cast<zip_uint64_t>(idx), 0));
    if (!f) throw ImportError("damaged zip file: cannot open " + name + ": " + lower(zip_strerror(zip_.get())));
    // Inflate in chunks and stop at the cap: the declared size of a zip bomb lies.
    std::string out;
    char buf[64 * 1024];
    for (;;) {
        zip_int64_t got = zip_fread(f.get(), buf, sizeof buf);
        if (got < 0)
            throw ImportError("damaged zip file: cannot inflate " + name + ": " + lower(zip_file_strerror(f.get())));
        if (got == 0) break;
        if (out.size() + static_cast<std::size_t>(got) > cap) {
            if (cap < limits_.max_part_bytes)
                throw ImportError("parts inflate beyond the " + size_text(limits_.max_total_bytes) + " total cap (at " + name + ")");
            throw ImportError("part " + name + " inflates beyond the " + size_text(limits_.max_part_bytes) + " cap");
        }
        out.append(buf, static_cast<std::size_t>(got));
    }
    total_read_ += out.size();
    return out;
}

}  // namespace planport::docx
