// Zip packages for tests (see zip_parts.hpp).
#include "zip_parts.hpp"

#include <zip.h>

#include <memory>
#include <stdexcept>

#include "test_support.hpp"

namespace stagecraft::test {

std::string zip_of(const std::map<std::string, std::string>& parts) {
    TempDir dir;
    const std::string path = (dir / "package.zip").string();
    int error = 0;
    zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!z) throw std::runtime_error("zip_open failed");
    for (const auto& [name, content] : parts) {
        zip_source_t* src = zip_source_buffer(z, content.data(), content.size(), 0);
        if (!src || zip_file_add(z, name.c_str(), src, ZIP_FL_ENC_UTF_8) < 0) {
            if (src) zip_source_free(src);
            zip_discard(z);
            throw std::runtime_error("zip_file_add failed");
        }
    }
    if (zip_close(z) != 0) {
        zip_discard(z);
        throw std::runtime_error("zip_close failed");
    }
    return read_file(path);
}

std::optional<std::string> zip_part(const std::string& bytes, const std::string& name) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    zip_t* z = src ? zip_open_from_source(src, ZIP_RDONLY, &error) : nullptr;
    zip_error_fini(&error);
    if (!z) {
        if (src) zip_source_free(src);
        return std::nullopt;
    }
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
