// An Office Open XML package (a zip) read from bytes in memory with libzip: the text of its
// parts, each capped at 64 MB inflated and all of them at 256 MB, so a zip bomb is refused.
// Deflated parts (all that spreadsheets write) are inflated by libdeflate, in one call into room
// for the size the package gives, their CRC-32 checked. Errors and notes go to the caller's
// problems, naming the file.
#pragma once

#include <libdeflate.h>
#include <zip.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/problem.hpp"

namespace stagecraft {

class ZipPackage {
public:
    // `file` names the package in problems, which are added to `problems`.
    ZipPackage(std::string file, std::vector<Problem>& problems);

    // Opens the package in `bytes` (which must outlive it); false, with an error, when they are not a zip.
    bool open(std::string_view bytes);

    // The text of part `name` (its path in the package, any case); nullopt when it cannot be read
    // or is too big (an error), or when there is no such part (an error only when `required`).
    std::optional<std::string> part(const std::string& name, bool required);

    // The inflated size of part `name` in bytes as the zip's directory gives it; 0 when unknown or missing.
    std::uint64_t size_of(const std::string& name) const;

    // Whether any part's path starts with `prefix`.
    bool has_part_starting(std::string_view prefix) const;

    // Whether any error has been added to the problems.
    bool has_errors() const;

    // Adds an error naming the file; returns false, for `return package.fail(...)`.
    bool fail(std::string message);
    // Adds a note naming the file.
    void note(std::string message);

private:
    struct ZipCloser {
        void operator()(zip_t* z) const { zip_discard(z); }   // read only: nothing to write back
    };
    struct InflaterCloser {
        void operator()(libdeflate_decompressor* d) const { libdeflate_free_decompressor(d); }
    };
    std::nullopt_t too_big(const std::string& name);
    // Part `index` (deflated, `compressed_size` bytes) inflated to exactly `size` bytes with
    // checksum `crc`; nullopt after an error.
    std::optional<std::string> inflated(zip_uint64_t index, const std::string& name, std::uint64_t size,
                                        std::uint64_t compressed_size, std::uint32_t crc);

    std::string file_;
    std::vector<Problem>& problems_;
    std::unique_ptr<zip_t, ZipCloser> zip_;
    std::unique_ptr<libdeflate_decompressor, InflaterCloser> inflater_;
    std::uint64_t total_ = 0;
};

}   // namespace stagecraft
