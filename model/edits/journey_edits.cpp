// Edits of the journey's own fields (title, id, kind, description, details, persona): the
// journey header is saved before and put back on undo; its collections are not touched.
#include "model/edits/edits.hpp"
#include "model/edits/element_commands.hpp"
#include "model/validate.hpp"

namespace stagecraft::edits {
namespace {

// The journey's own fields (not its collections).
struct Header {
    std::string id, title, description;
    JourneyKind kind = JourneyKind::Customer;
    Meta meta;
    std::optional<Persona> persona;
};

Header header_of(const Journey& j) { return {j.id, j.title, j.description, j.kind, j.meta, j.persona}; }
void put_header(Journey& j, Header h) {
    j.id = std::move(h.id);
    j.title = std::move(h.title);
    j.description = std::move(h.description);
    j.kind = h.kind;
    j.meta = std::move(h.meta);
    j.persona = std::move(h.persona);
}

class HeaderEdit final : public Command {
public:
    using Change = std::function<Error(Journey&)>;
    HeaderEdit(std::string name, Change change) : name_(std::move(name)), change_(std::move(change)) {}
    std::string name() const override { return name_; }
    Error apply(Journey& j) override {
        saved_ = header_of(j);
        Error error = change_(j);
        if (error) put_header(j, saved_);
        return error;
    }
    void undo(Journey& j) override { put_header(j, saved_); }

private:
    std::string name_;
    Change change_;
    Header saved_;
};

CommandPtr header_edit(std::string name, HeaderEdit::Change change) {
    return std::make_unique<HeaderEdit>(std::move(name), std::move(change));
}

}   // namespace

CommandPtr set_journey_title(std::string title) {
    return header_edit("Rename journey", [title = std::move(title)](Journey& j) {
        j.title = title;
        return Error{};
    });
}
CommandPtr set_journey_description(std::string description) {
    return header_edit("Change journey description", [d = std::move(description)](Journey& j) {
        j.description = d;
        return Error{};
    });
}
CommandPtr set_journey_kind(JourneyKind kind) {
    return header_edit("Change journey kind", [kind](Journey& j) {
        j.kind = kind;
        return Error{};
    });
}
CommandPtr set_journey_id(std::string id) {
    return header_edit("Change journey id", [id = std::move(id)](Journey& j) -> Error {
        if (!is_valid_id(id))
            return "'" + id + "' is not a valid journey id: start with a letter, then letters, digits, '_', '.' or '-'";
        j.id = id;
        return std::nullopt;
    });
}
CommandPtr set_meta(Meta meta) {
    return header_edit("Change journey details", [meta = std::move(meta)](Journey& j) {
        j.meta = meta;
        return Error{};
    });
}
CommandPtr edit_persona(std::string name, std::function<void(Persona&)> change) {
    return header_edit(std::move(name), [change = std::move(change)](Journey& j) -> Error {
        if (!j.persona) return std::string("this journey has no persona");
        std::string id = j.persona->id;
        change(*j.persona);
        if (j.persona->id != id) return std::string("this edit cannot change the persona's id");
        return std::nullopt;
    });
}

CommandPtr add_persona(Persona persona) {
    return header_edit("Add persona", [persona = std::move(persona)](Journey& j) -> Error {
        if (j.persona) return std::string("this journey has a persona already");
        if (Error e = detail::check_new_id(j, persona.id, "persona")) return e;
        j.persona = persona;
        return std::nullopt;
    });
}

}   // namespace stagecraft::edits
