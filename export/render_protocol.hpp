// The messages between the editor and its rendering helper process (stagecraft-render): a
// request to lay out (and render) DOT text, and the result, as length-prefixed bytes on a pipe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "export/render.hpp"

namespace stagecraft::diagram {

struct RenderRequest {
    bool layout_only = false;   // positions only, no picture
    Format format = Format::Bitmap;
    RenderOptions options;
    std::string dot;   // the graph as DOT text (to_dot)
};

// A message on the pipe: an 8-byte little-endian length, then that many bytes.
std::string frame_message(const std::string& payload);

std::string encode_request(const RenderRequest& request);
std::optional<RenderRequest> decode_request(std::string_view payload);   // nothing when malformed

std::string encode_result(const RenderResult& result);
std::optional<RenderResult> decode_result(std::string_view payload);   // nothing when malformed

}   // namespace stagecraft::diagram
