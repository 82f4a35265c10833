// Encoding and decoding of the rendering helper's messages (see render_protocol.hpp).
#include "export/render_protocol.hpp"

#include <cstring>

namespace stagecraft::diagram {

namespace {

class Writer {
public:
    void u8(std::uint8_t v) { out.push_back(static_cast<char>(v)); }
    void u64(std::uint64_t v) {
        for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
    }
    void f64(double v) {
        std::uint64_t bits;
        std::memcpy(&bits, &v, sizeof bits);
        u64(bits);
    }
    void str(std::string_view s) {
        u64(s.size());
        out.append(s);
    }
    std::string out;
};

class Reader {
public:
    explicit Reader(std::string_view in) : in_(in) {}
    bool u8(std::uint8_t& v) {
        if (in_.size() < 1) return false;
        v = static_cast<std::uint8_t>(in_[0]);
        in_.remove_prefix(1);
        return true;
    }
    bool u64(std::uint64_t& v) {
        if (in_.size() < 8) return false;
        v = 0;
        for (int i = 7; i >= 0; --i) v = (v << 8) | static_cast<std::uint8_t>(in_[static_cast<std::size_t>(i)]);
        in_.remove_prefix(8);
        return true;
    }
    bool f64(double& v) {
        std::uint64_t bits;
        if (!u64(bits)) return false;
        std::memcpy(&v, &bits, sizeof v);
        return true;
    }
    bool str(std::string& s) {
        std::uint64_t n;
        if (!u64(n) || n > in_.size()) return false;
        s.assign(in_.substr(0, n));
        in_.remove_prefix(n);
        return true;
    }
    bool done() const { return in_.empty(); }

private:
    std::string_view in_;
};

}   // namespace

std::string frame_message(const std::string& payload) {
    Writer w;
    w.str(payload);
    return std::move(w.out);
}

std::string encode_request(const RenderRequest& r) {
    Writer w;
    w.u8(r.layout_only ? 1 : 0);
    w.u8(static_cast<std::uint8_t>(r.format));
    w.f64(r.options.scale);
    w.f64(r.options.dpi);
    w.str(r.dot);
    return std::move(w.out);
}

std::optional<RenderRequest> decode_request(std::string_view payload) {
    Reader in(payload);
    RenderRequest r;
    std::uint8_t layout_only = 0, format = 0;
    if (!in.u8(layout_only) || !in.u8(format) || format > static_cast<std::uint8_t>(Format::Bitmap) ||
        !in.f64(r.options.scale) || !in.f64(r.options.dpi) || !in.str(r.dot) || !in.done())
        return std::nullopt;
    r.layout_only = layout_only != 0;
    r.format = static_cast<Format>(format);
    return r;
}

std::string encode_result(const RenderResult& r) {
    Writer w;
    w.u8(r.ok ? 1 : 0);
    w.str(r.error);
    w.str(r.bytes);
    w.f64(r.layout.bounds.x);
    w.f64(r.layout.bounds.y);
    w.f64(r.layout.bounds.width);
    w.f64(r.layout.bounds.height);
    w.u64(r.layout.elements.size());
    for (const auto& e : r.layout.elements) {
        w.u8(static_cast<std::uint8_t>(e.kind));
        w.str(e.id);
        w.f64(e.box.x);
        w.f64(e.box.y);
        w.f64(e.box.width);
        w.f64(e.box.height);
    }
    w.u64(r.warnings.size());
    for (const auto& s : r.warnings) w.str(s);
    return std::move(w.out);
}

std::optional<RenderResult> decode_result(std::string_view payload) {
    Reader in(payload);
    RenderResult r;
    std::uint8_t ok = 0;
    std::uint64_t count = 0;
    Box& b = r.layout.bounds;
    if (!in.u8(ok) || !in.str(r.error) || !in.str(r.bytes) || !in.f64(b.x) || !in.f64(b.y) || !in.f64(b.width) ||
        !in.f64(b.height) || !in.u64(count) || count > payload.size())
        return std::nullopt;
    r.ok = ok != 0;
    for (std::uint64_t i = 0; i < count; ++i) {
        LayoutElement e;
        std::uint8_t kind = 0;
        if (!in.u8(kind) || kind > static_cast<std::uint8_t>(ElementKind::Title) || !in.str(e.id) || !in.f64(e.box.x) ||
            !in.f64(e.box.y) || !in.f64(e.box.width) || !in.f64(e.box.height))
            return std::nullopt;
        e.kind = static_cast<ElementKind>(kind);
        r.layout.elements.push_back(std::move(e));
    }
    if (!in.u64(count) || count > payload.size()) return std::nullopt;
    for (std::uint64_t i = 0; i < count; ++i) {
        std::string s;
        if (!in.str(s)) return std::nullopt;
        r.warnings.push_back(std::move(s));
    }
    if (!in.done()) return std::nullopt;
    return r;
}

}   // namespace stagecraft::diagram
