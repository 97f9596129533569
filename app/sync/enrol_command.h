#pragma once

#include <optional>

// linli-kiosk --enroll URL CODE [--data-dir DIR] [--config FILE]: enrols the kiosk with the
// central server (its ticket public key sent, its id, hall and secret stored), prints the
// result in Chinese and English and answers the exit code (0 enrolled, 1 not). nullopt when
// --enroll is not on the command line.
std::optional<int> runEnrolCommand(int argc, char *argv[]);
