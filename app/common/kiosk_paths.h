#pragma once

#include <QString>

// Where the kiosk keeps its state and finds its hall's content, when neither the command
// line nor the configuration says.
QString defaultDataDir();
QString defaultConfigFile();
QString defaultContentDir();
