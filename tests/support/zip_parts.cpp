// Zip packages for tests (see zip_parts.hpp).
#include "zip_parts.hpp"

#include <zip.h>

#include <memory>
#include <stdexcept>

#include "test_support.hpp"

namespace stagecraft::test {

std::string zip_of(const std::map<std::string, std::string>& parts, const std::set<std::string>& stored,
                   const std::set<std::string>& encrypted) {
    TempDir dir;
    const std::string path = (dir / "package.zip").string();
    int error = 0;
    zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!z) throw std::runtime_error("zip_open failed");
    for (const auto& [name, content] : parts) {
        zip_source_t* src = zip_source_buffer(z, content.data(), content.size(), 0);
        const zip_int64_t index = src ? zip_file_add(z, name.c_str(), src, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (src) zip_source_free(src);
            zip_discard(z);
            throw std::runtime_error("zip_file_add failed");
        }
        if (stored.count(name) && zip_set_file_compression(z, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0) != 0) {
            zip_discard(z);
            throw std::runtime_error("zip_set_file_compression failed");
        }
        if (encrypted.count(name) &&
            zip_file_set_encryption(z, static_cast<zip_uint64_t>(index), ZIP_EM_TRAD_PKWARE, "secret") != 0) {
            zip_discard(z);
            throw std::runtime_error("zip_file_set_encryption failed");
        }
    }
    if (zip_close(z) != 0) {
        zip_discard(z);
        throw std::runtime_error("zip_close failed");
    }
    return read_file(path);
}

namespace {

// `zip` with `value` written, little-endian, into a field of both the local header and the
// central directory entry of part `name`: `local` and `central` are the field's offsets in each.
std::string patched(std::string zip, const std::string& name, std::size_t local, std::size_t central,
                    std::uint32_t value) {
    int found = 0;
    for (std::size_t at = 0; at + 46 <= zip.size(); ++at) {
        const bool is_local = zip.compare(at, 4, "PK\x03\x04") == 0;
        const bool is_central = zip.compare(at, 4, "PK\x01\x02") == 0;
        if (!is_local && !is_central) continue;
        const std::size_t name_at = at + (is_local ? 30 : 46);
        if (zip.compare(name_at, name.size(), name) != 0) continue;
        for (int k = 0; k < 4; ++k)
            zip[at + (is_local ? local : central) + static_cast<std::size_t>(k)] =
                static_cast<char>((value >> (8 * k)) & 0xFF);
        ++found;
    }
    if (found != 2) throw std::runtime_error("the part's two headers were not found");
    return zip;
}

}   // namespace

std::string with_declared_size(std::string zip, const std::string& name, std::uint32_t size) {
    return patched(std::move(zip), name, 22, 24, size);
}

std::string with_declared_crc(std::string zip, const std::string& name, std::uint32_t crc) {
    return patched(std::move(zip), name, 14, 16, crc);
}

namespace {

// The zip package `bytes` opened to read (zip_discard it); nullptr when they are not one.
zip_t* opened(const std::string& bytes) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    zip_t* z = src ? zip_open_from_source(src, ZIP_RDONLY, &error) : nullptr;
    zip_error_fini(&error);
    if (!z && src) zip_source_free(src);
    return z;
}

}   // namespace

std::map<std::string, std::string> zip_contents(const std::string& bytes) {
    std::map<std::string, std::string> parts;
    zip_t* z = opened(bytes);
    if (!z) throw std::runtime_error("not a zip package");
    const zip_int64_t n = zip_get_num_entries(z, 0);
    for (zip_int64_t i = 0; i < n; ++i) parts[zip_get_name(z, static_cast<zip_uint64_t>(i), 0)];
    zip_discard(z);
    for (auto& [name, content] : parts) content = zip_part(bytes, name).value_or("");
    return parts;
}

std::optional<std::string> zip_part(const std::string& bytes, const std::string& name) {
    zip_t* z = opened(bytes);
    if (!z) return std::nullopt;
    std::optional<std::string> out;
    if (zip_file_t* f = zip_fopen(z, name.c_str(), 0)) {
        out.emplace();
        char buffer[65536];
        zip_int64_t n;
        while ((n = zip_fread(f, buffer, sizeof buffer)) > 0) out->append(buffer, static_cast<std::size_t>(n));
        zip_fclose(f);
    }
    zip_discard(z);
    return out;
}

}   // namespace stagecraft::test
