// The editor's one observer mechanism: a Signal tells its listeners of a change, and each
// listener is held by a Subscription that ends it when destroyed, so a pane that goes away stops
// listening without unsubscribing by hand (and may outlive the signal safely). No display needed.
#pragma once

#include <algorithm>
#include <cstddef>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace stagecraft::editor {

// Ends one listener's subscription when destroyed or reset; movable, not copyable. An empty
// Subscription (default-constructed, moved from or reset) holds nothing.
class Subscription {
public:
    Subscription() = default;
    explicit Subscription(std::function<void()> end) : end_(std::move(end)) {}
    Subscription(Subscription&& other) noexcept : end_(std::exchange(other.end_, nullptr)) {}
    Subscription& operator=(Subscription&& other) noexcept {
        if (this != &other) {
            reset();
            end_ = std::exchange(other.end_, nullptr);
        }
        return *this;
    }
    Subscription(const Subscription&) = delete;
    Subscription& operator=(const Subscription&) = delete;
    ~Subscription() { reset(); }

    void reset() {
        if (end_) std::exchange(end_, nullptr)();
    }

private:
    std::function<void()> end_;
};

// Listeners called in the order they subscribed, with the arguments of emit. A listener may
// subscribe or end subscriptions (its own included) while being called: one that ends before
// its turn is not called.
template <typename... Args>
class Signal {
public:
    using Listener = std::function<void(const Args&...)>;

    [[nodiscard]] Subscription subscribe(Listener listener) {
        auto entry = std::make_shared<Entry>(Entry{std::move(listener), true});
        state_->entries.push_back(entry);
        std::weak_ptr<State> state = state_;
        std::weak_ptr<Entry> weak_entry = entry;
        return Subscription([state, weak_entry] {
            auto s = state.lock();
            auto e = weak_entry.lock();
            if (!s || !e) return;
            e->live = false;
            s->entries.erase(std::remove(s->entries.begin(), s->entries.end(), e), s->entries.end());
        });
    }

    void emit(const Args&... args) const {
        const auto entries = state_->entries;   // a listener may change the list
        for (const auto& entry : entries)
            if (entry->live) entry->listener(args...);
    }

    std::size_t size() const { return state_->entries.size(); }

private:
    struct Entry {
        Listener listener;
        bool live;
    };
    struct State {
        std::vector<std::shared_ptr<Entry>> entries;
    };
    std::shared_ptr<State> state_ = std::make_shared<State>();
};

}   // namespace stagecraft::editor
