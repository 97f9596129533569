#pragma once

#include "kiosk_context.h"

#include <optional>

class Kiosk;

// The one place a capability's backend is wired in: a new capability adds one line to
// addCapabilities(). main.cpp and the QML tests' fixtures both call it.
void addCapabilities(Kiosk &kiosk, const KioskContext &context);

// The commands capabilities add to linli-kiosk, run instead of the kiosk (`linli-kiosk report
// kitchen …`): their exit code, or nullopt when argv[1] names none. Called by main() before any
// application object exists, so that a command makes its own (no window, no display).
std::optional<int> runCapabilityCommand(int argc, char *argv[]);
