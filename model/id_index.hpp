// A compact hash index from id text to a small value, for the hot loops that resolve
// references across a whole journey (open addressing over one flat array: far fewer cache
// misses than a node-based map). The indexed strings must outlive the index.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace stagecraft {

class IdIndex {
public:
    explicit IdIndex(std::size_t expected = 16);

    // Adds `id` with `value`; returns false (and leaves the first value) when it is already there.
    bool insert(std::string_view id, std::uint32_t value);
    // The value stored for `id`, or `missing`.
    std::uint32_t find(std::string_view id, std::uint32_t missing = UINT32_MAX) const;
    bool contains(std::string_view id) const { return find(id) != UINT32_MAX; }
    std::size_t size() const { return size_; }

private:
    struct Slot {
        const char* data = nullptr;
        std::uint32_t length = 0;
        std::uint32_t value = 0;
        std::uint64_t hash = 0;
    };
    static std::uint64_t hash_of(std::string_view id);
    void grow();

    std::vector<Slot> slots_;
    std::size_t size_ = 0;
};

}   // namespace stagecraft
