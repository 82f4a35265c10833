// stagecraft-cli check: not available in this build yet.
#include <iostream>

#include "commands.hpp"

namespace stagecraft::cli {

int run_check(const Args&) {
    std::cerr << "stagecraft-cli check: not available in this build\n";
    return 2;
}

}  // namespace stagecraft::cli
