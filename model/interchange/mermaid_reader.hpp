// Reading Mermaid `journey` diagrams (Mermaid 11's user-journey grammar) into journeys: title →
// title, accDescr → description, section → stage, task → scene, score 1..5 → emotion −2..+2,
// actors → the customer (Me, I, Customer, User, The customer, The user) or cast roles (the
// first as lead, the others as support). README "Importing and exporting" gives every rule.
#pragma once

#include <string>
#include <string_view>

#include "model/interchange/import_result.hpp"

namespace stagecraft {

// One Mermaid journey, from `text` (UTF-8, with or without a byte order mark; UTF-16 with one).
// `file` names the text in problems; `fallback_title` titles a journey that has no `title` or
// `accTitle`. Errors: not a journey diagram, a task without a valid whole score from 1 to 5, a
// line Mermaid cannot read, text that is not UTF-8 — each at its line and column.
ImportResult read_mermaid_journey(std::string_view text, const std::string& file, const std::string& fallback_title);

// Every ```mermaid (or ```{mermaid}, ~~~mermaid, ::: mermaid) block of a Markdown text that holds a journey, one
// journey each, in order; positions are lines of the Markdown file. Blocks of other Mermaid
// diagrams are skipped with a note; no journey block at all is an error.
ImportResult read_markdown_journeys(std::string_view text, const std::string& file, const std::string& fallback_title);

// True when `actor` names the customer (case-insensitive, surrounding spaces ignored): one of
// the words above, or `persona` when not empty.
bool is_customer_actor(std::string_view actor, std::string_view persona = {});

}   // namespace stagecraft
