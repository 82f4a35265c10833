// stagecraft-cli export: not available in this build yet.
#include <iostream>

#include "commands.hpp"

namespace stagecraft::cli {

int run_export(const Args&) {
    std::cerr << "stagecraft-cli export: not available in this build\n";
    return 2;
}

}  // namespace stagecraft::cli
