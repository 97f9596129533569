#pragma once

#include "core/localized_text.h"

#include <utility>

namespace linli {

// What every command that changes something answers: done, or a reason a resident can read.
// A command never throws at its caller; a storage failure is a refusal like any other.
struct Outcome {
    bool ok = false;
    LocalizedText reason; // empty when ok

    static Outcome success() { return { true, {} }; }
    static Outcome refuse(LocalizedText why) { return { false, std::move(why) }; }
};

// The same for a command that also hands back what it made (a booking, a sign-up, an
// identity). On a refusal, value is whatever the refusal chose to say (usually empty).
template <typename T> struct Result {
    bool ok = false;
    LocalizedText reason; // empty when ok
    T value;

    static Result success(T value) { return { true, {}, std::move(value) }; }
    static Result refuse(LocalizedText why, T value = {})
    {
        return { false, std::move(why), std::move(value) };
    }
};

} // namespace linli
