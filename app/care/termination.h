#pragma once

// SIGTERM (systemctl stop, shutdown) and SIGINT end the event loop like a clean quit, so the
// kiosk's destructors run and the stop is not counted as a crash. Call once, after the
// QGuiApplication exists.
void quitOnTerminationSignals();
