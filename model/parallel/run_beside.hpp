// Two pieces of work at once on a two-core budget: the second on a thread of its own while the
// calling thread does the first. Used by the readers of large files, which split their input in
// two halves whose results are joined in order afterwards.
#pragma once

#include <exception>
#include <system_error>
#include <thread>
#include <utility>

namespace stagecraft {

// Runs `second()` on a new thread while the calling thread runs `first()`, and returns once both
// are done. When no thread can be started, runs `first()` then `second()` on the calling thread.
// An exception thrown by either is rethrown here after both ended (the first's when both threw).
template <class First, class Second>
void run_beside(First&& first, Second&& second) {
    std::exception_ptr second_error;
    std::thread thread;
    try {
        thread = std::thread([&] {
            try {
                second();
            } catch (...) {
                second_error = std::current_exception();
            }
        });
    } catch (const std::system_error&) {
        first();
        second();
        return;
    }
    std::exception_ptr first_error;
    try {
        first();
    } catch (...) {
        first_error = std::current_exception();
    }
    thread.join();
    if (first_error) std::rethrow_exception(first_error);
    if (second_error) std::rethrow_exception(second_error);
}

}   // namespace stagecraft
