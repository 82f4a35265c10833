// Generates realistic journeys of any size for benchmarks: stages of about a dozen scenes, a cast
// in every zone, scripts and notes of typical length, sequence, handoff and follow-up flows.
#pragma once

#include "model/journey.hpp"

namespace stagecraft::bench {

// A valid journey with `scenes` scenes; the same arguments always give the same journey.
Journey generate_journey(int scenes, unsigned seed = 1);

}   // namespace stagecraft::bench
