// A small but complete journey built in code for the edit tests: every kind of element present.
#pragma once

#include "model/journey.hpp"

namespace stagecraft::test {

Journey edit_fixture();

}   // namespace stagecraft::test
