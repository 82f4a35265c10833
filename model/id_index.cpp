// Open-addressing id index (FNV-1a hash, linear probing, power-of-two capacity).
#include "model/id_index.hpp"

#include <cstring>

namespace stagecraft {

IdIndex::IdIndex(std::size_t expected) {
    std::size_t cap = 16;
    while (cap < expected * 2) cap <<= 1;
    slots_.resize(cap);
}

std::uint64_t IdIndex::hash_of(std::string_view id) {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : id) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h | 1;   // never 0, so 0 marks an empty slot
}

bool IdIndex::insert(std::string_view id, std::uint32_t value) {
    if ((size_ + 1) * 2 > slots_.size()) grow();
    const std::uint64_t h = hash_of(id);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        Slot& s = slots_[i];
        if (s.hash == 0) {
            s = Slot{id.data(), static_cast<std::uint32_t>(id.size()), value, h};
            ++size_;
            return true;
        }
        if (s.hash == h && s.length == id.size() && std::memcmp(s.data, id.data(), id.size()) == 0) return false;
    }
}

std::uint32_t IdIndex::find(std::string_view id, std::uint32_t missing) const {
    const std::uint64_t h = hash_of(id);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        const Slot& s = slots_[i];
        if (s.hash == 0) return missing;
        if (s.hash == h && s.length == id.size() && std::memcmp(s.data, id.data(), id.size()) == 0) return s.value;
    }
}

void IdIndex::grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.resize(old.size() * 2);
    size_ = 0;
    for (const Slot& s : old)
        if (s.hash != 0) insert(std::string_view(s.data, s.length), s.value);
}

}   // namespace stagecraft
