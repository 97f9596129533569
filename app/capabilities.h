#pragma once

#include "kiosk_context.h"

class Kiosk;

// The one place a capability's backend is wired in: a new capability adds one line to
// addCapabilities(). main.cpp and the QML tests' fixtures both call it.
void addCapabilities(Kiosk &kiosk, const KioskContext &context);
