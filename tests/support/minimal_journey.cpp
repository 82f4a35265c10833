// The minimal journey used by the reader's problem tests.
#include "minimal_journey.hpp"

namespace stagecraft::test {

std::vector<std::string> minimal_lines() {
    return {
        R"(<?xml version="1.0" encoding="UTF-8"?>)",
        R"(<journey xmlns="urn:stagecraft:journey" format="1" id="j" kind="customer">)",
        R"(  <title>Minimal</title>)",
        R"(  <principles>)",
        R"(    <principle id="p1" name="Undivided attention"/>)",
        R"(  </principles>)",
        R"(  <cast>)",
        R"(    <role id="r1" name="Barista" zone="frontstage" colour="#2a9d8f" capacity="240"/>)",
        R"(  </cast>)",
        R"(  <stages>)",
        R"(    <stage id="s1" name="Arrive">)",
        R"(      <touchpoint id="t1" name="Greeting" lane="frontstage" channel="in-person" emotion="1" minutes="2" wait="3">)",
        R"(        <part role="r1" as="lead"/>)",
        R"(        <principle ref="p1"/>)",
        R"(      </touchpoint>)",
        R"(      <touchpoint id="t2" name="Pay" lane="customer" channel="app"/>)",
        R"(    </stage>)",
        R"(  </stages>)",
        R"(  <flows>)",
        R"(    <flow from="t1" to="t2" kind="sequence"/>)",
        R"(  </flows>)",
        R"(</journey>)",
    };
}

std::string join_lines(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) out += l + '\n';
    return out;
}

int line_of(const std::vector<std::string>& lines, const std::string& needle) {
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (lines[i].find(needle) != std::string::npos) return static_cast<int>(i + 1);
    return 0;
}

int column_of(const std::vector<std::string>& lines, int line, const std::string& needle) {
    if (line < 1 || line > static_cast<int>(lines.size())) return 0;
    auto at = lines[static_cast<std::size_t>(line - 1)].find(needle);
    return at == std::string::npos ? 0 : static_cast<int>(at + 1);
}

std::vector<std::string> replaced(std::vector<std::string> lines, const std::string& from, const std::string& to) {
    for (auto& l : lines) {
        auto at = l.find(from);
        if (at != std::string::npos) {
            l.replace(at, from.size(), to);
            break;
        }
    }
    return lines;
}

}   // namespace stagecraft::test
