// What Graphviz reports comes back as an error value with a message, never as a crash, a silent
// empty result or noise on stderr.
#include <catch2/catch.hpp>

#include "export/render.hpp"
#include "export_fixtures.hpp"

using namespace stagecraft;
using namespace stagecraft::diagram;

namespace {

struct Call {
    std::string dot;
    Format format = Format::Svg;
    RenderResult result;
};

void run(void* context) {
    auto* call = static_cast<Call*>(context);
    Renderer renderer;
    call->result = renderer.render_dot_text(call->dot, call->format);
}

}   // namespace

TEST_CASE("DOT that Graphviz cannot read is an error value naming the problem") {
    Call call;
    call.dot = "digraph { a -> ; }";
    const std::string err = test::capture_stderr(run, &call);
    CHECK_FALSE(call.result.ok);
    CHECK(call.result.bytes.empty());
    CHECK(call.result.error.find("Graphviz could not read the diagram") != std::string::npos);
    CHECK(call.result.error.find("syntax error") != std::string::npos);
    CHECK(err.empty());
}

TEST_CASE("an unknown layout engine is an error value") {
    Call call;
    call.dot = "digraph { layout=\"no-such-engine\"; a -> b; }";
    const std::string err = test::capture_stderr(run, &call);
    CHECK_FALSE(call.result.ok);
    CHECK(call.result.error.find("lay out") != std::string::npos);
    CHECK(err.empty());
}

TEST_CASE("an invalid HTML-like label is an error value, not a fallback picture") {
    Call call;
    call.dot = "digraph { a [label=<<TABLE><TR><TD>open>]; }";
    const std::string err = test::capture_stderr(run, &call);
    CHECK_FALSE(call.result.ok);
    CHECK_FALSE(call.result.error.empty());
    CHECK(err.empty());
}

TEST_CASE("rendering works again after an error") {
    Call bad;
    bad.dot = "digraph { a -> ; }";
    test::capture_stderr(run, &bad);
    Call good;
    good.dot = "digraph { a -> b; }";
    test::capture_stderr(run, &good);
    CHECK_FALSE(bad.result.ok);
    CHECK(good.result.ok);
    CHECK(good.result.bytes.find("<svg") != std::string::npos);
}
