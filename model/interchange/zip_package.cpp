// Office Open XML packages read with libzip (see zip_package.hpp).
#include "model/interchange/zip_package.hpp"

namespace stagecraft {

namespace {

constexpr std::uint64_t kMaxPartBytes = 64u * 1024u * 1024u;     // one part, inflated
constexpr std::uint64_t kMaxTotalBytes = 256u * 1024u * 1024u;   // every part read, inflated

struct ZipFileCloser {
    void operator()(zip_file_t* f) const { zip_fclose(f); }
};

}   // namespace

ZipPackage::ZipPackage(std::string file, std::vector<Problem>& problems)
    : file_(std::move(file)), problems_(problems) {}

bool ZipPackage::open(std::string_view bytes) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source) {
        zip_ = std::unique_ptr<zip_t, ZipCloser>(zip_open_from_source(source, ZIP_RDONLY, &error));
        if (!zip_) zip_source_free(source);
    }
    zip_error_fini(&error);
    // An OLE compound file: how Excel saves a workbook with a password, and the .xls format.
    if (!zip_ && bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return fail(
            "this workbook is protected by a password, or saved in the old Excel 97-2003 format (.xls): remove "
            "the password, or save it as \"Excel Workbook (.xlsx)\", and import that");
    if (!zip_ && bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4))
        return fail(
            "this workbook is damaged or incomplete (a zip package that cannot be opened, perhaps cut short): save it "
            "again from the spreadsheet, or copy it again, and import that");
    if (!zip_)
        return fail(
            "this is not an Excel workbook (.xlsx is a zip package, and this file is not one): "
            "save it from the spreadsheet as \"Excel Workbook (.xlsx)\"");
    return true;
}

std::optional<std::string> ZipPackage::part(const std::string& name, bool required) {
    const zip_int64_t index = zip_name_locate(zip_.get(), name.c_str(), ZIP_FL_NOCASE);
    if (index < 0) {
        if (required) fail("the workbook has no " + name + ": it is damaged, or not an Excel workbook");
        return std::nullopt;
    }
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(zip_.get(), static_cast<zip_uint64_t>(index), 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE) &&
        st.size > kMaxPartBytes)
        return too_big(name);
    const bool known =
        (st.valid &
         (ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_CRC | ZIP_STAT_ENCRYPTION_METHOD)) ==
        (ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_CRC | ZIP_STAT_ENCRYPTION_METHOD);
    if (known && st.comp_method == ZIP_CM_DEFLATE && st.encryption_method == ZIP_EM_NONE &&
        st.comp_size <= kMaxPartBytes)
        return inflated(static_cast<zip_uint64_t>(index), name, st.size, st.comp_size, st.crc);
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
        fail("the workbook's part " + name + " is encrypted: save the workbook without a password and import that");
        return std::nullopt;
    }
    std::unique_ptr<zip_file_t, ZipFileCloser> f(zip_fopen_index(zip_.get(), static_cast<zip_uint64_t>(index), 0));
    if (!f) {
        if (zip_error_code_zip(zip_get_error(zip_.get())) == ZIP_ER_COMPNOTSUPP)
            fail("the workbook's part " + name + " is compressed in a way spreadsheets do not use (zip method " +
                 std::to_string(st.comp_method) + "): save it again from the spreadsheet and import that");
        else
            fail("the workbook's part " + name + " cannot be read: the file is damaged");
        return std::nullopt;
    }
    std::string out;
    if (st.valid & ZIP_STAT_SIZE) out.reserve(static_cast<std::size_t>(st.size));
    char buffer[65536];
    for (;;) {
        const zip_int64_t n = zip_fread(f.get(), buffer, sizeof buffer);
        if (n < 0) {
            fail("the workbook's part " + name + " cannot be read: the file is damaged");
            return std::nullopt;
        }
        if (n == 0) break;
        out.append(buffer, static_cast<std::size_t>(n));
        total_ += static_cast<std::uint64_t>(n);
        // Counted as it inflates: a part that claims to be small but is not is refused too.
        if (out.size() > kMaxPartBytes || total_ > kMaxTotalBytes) return too_big(name);
    }
    return out;
}

std::optional<std::string> ZipPackage::inflated(zip_uint64_t index, const std::string& name, std::uint64_t size,
                                                std::uint64_t compressed_size, std::uint32_t crc) {
    auto damaged = [&] {
        fail("the workbook's part " + name + " cannot be read: the file is damaged");
        return std::nullopt;
    };
    total_ += size;
    if (total_ > kMaxTotalBytes) return too_big(name);
    // The deflated bytes as stored, then inflated at once into room for exactly the size the
    // package gives: a part that would inflate to more is refused, not followed.
    std::unique_ptr<zip_file_t, ZipFileCloser> f(zip_fopen_index(zip_.get(), index, ZIP_FL_COMPRESSED));
    if (!f) return damaged();
    std::string deflated(static_cast<std::size_t>(compressed_size), '\0');
    if (zip_fread(f.get(), deflated.data(), compressed_size) != static_cast<zip_int64_t>(compressed_size))
        return damaged();
    if (!inflater_) inflater_.reset(libdeflate_alloc_decompressor());
    if (!inflater_) {
        fail("the workbook's part " + name + " cannot be read: out of memory");
        return std::nullopt;
    }
    std::string out(static_cast<std::size_t>(size), '\0');
    std::size_t got = 0;
    switch (libdeflate_deflate_decompress(inflater_.get(), deflated.data(), deflated.size(), out.data(), out.size(),
                                          &got)) {
        case LIBDEFLATE_SUCCESS: break;
        case LIBDEFLATE_INSUFFICIENT_SPACE:
            fail("the workbook's part " + name +
                 " inflates to more than the package says it holds (a zip bomb?): the file is damaged or crafted, "
                 "and was not read");
            return std::nullopt;
        default: return damaged();
    }
    if (got != out.size() || libdeflate_crc32(0, out.data(), out.size()) != crc) return damaged();
    return out;
}

std::uint64_t ZipPackage::size_of(const std::string& name) const {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(zip_.get(), name.c_str(), ZIP_FL_NOCASE, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) return 0;
    return st.size;
}

bool ZipPackage::has_part_starting(std::string_view prefix) const {
    const zip_int64_t n = zip_get_num_entries(zip_.get(), 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        const char* name = zip_get_name(zip_.get(), static_cast<zip_uint64_t>(i), 0);
        if (name && std::string_view(name).substr(0, prefix.size()) == prefix) return true;
    }
    return false;
}

bool ZipPackage::has_errors() const { return stagecraft::has_errors(problems_); }

bool ZipPackage::fail(std::string message) {
    Problem p;
    p.file = file_;
    p.message = std::move(message);
    problems_.push_back(std::move(p));
    return false;
}

void ZipPackage::note(std::string message) {
    Problem p;
    p.file = file_;
    p.severity = Severity::Note;
    p.message = std::move(message);
    problems_.push_back(std::move(p));
}

std::nullopt_t ZipPackage::too_big(const std::string& name) {
    fail("the workbook's part " + name +
         " inflates to more than 64 MB, far more than any journey needs (a zip bomb?): it was not read");
    return std::nullopt;
}

}   // namespace stagecraft
