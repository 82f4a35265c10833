// The editor's observer mechanism: listeners are told in order and stop when their Subscription ends.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "app/editor/core/signal.hpp"

using stagecraft::editor::Signal;
using stagecraft::editor::Subscription;

TEST_CASE("Listeners hear each emit in the order they subscribed", "[signal]") {
    Signal<std::string> signal;
    std::vector<std::string> heard;
    auto a = signal.subscribe([&](const std::string& s) { heard.push_back("a:" + s); });
    auto b = signal.subscribe([&](const std::string& s) { heard.push_back("b:" + s); });
    signal.emit("x");
    CHECK(heard == std::vector<std::string>{"a:x", "b:x"});
}

TEST_CASE("Destroying or resetting a subscription ends it", "[signal]") {
    Signal<> signal;
    int calls = 0;
    auto kept = signal.subscribe([&] { ++calls; });
    {
        auto gone = signal.subscribe([&] { calls += 10; });
    }
    signal.emit();
    CHECK(calls == 1);
    kept.reset();
    signal.emit();
    CHECK(calls == 1);
    CHECK(signal.size() == 0);
}

TEST_CASE("A moved subscription keeps listening and the moved-from one holds nothing", "[signal]") {
    Signal<> signal;
    int calls = 0;
    Subscription moved;
    {
        auto original = signal.subscribe([&] { ++calls; });
        moved = std::move(original);
    }
    signal.emit();
    CHECK(calls == 1);
}

TEST_CASE("A listener that ends a later listener's subscription while called stops it at once", "[signal]") {
    Signal<> signal;
    std::vector<int> order;
    Subscription second;
    auto first = signal.subscribe([&] {
        order.push_back(1);
        second.reset();
    });
    second = signal.subscribe([&] { order.push_back(2); });
    signal.emit();
    CHECK(order == std::vector<int>{1});
}

TEST_CASE("A subscription may outlive its signal, which frees its listeners", "[signal]") {
    Subscription subscription;
    auto captured = std::make_shared<int>(0);
    std::weak_ptr<int> watch = captured;
    {
        Signal<> signal;
        subscription = signal.subscribe([captured] { ++*captured; });
        captured.reset();
        signal.emit();
        CHECK(*watch.lock() == 1);
    }
    CHECK(watch.expired());   // the listener went with the signal, not with the subscription
    subscription.reset();     // and ending the subscription then touches nothing
    CHECK(watch.expired());
}
