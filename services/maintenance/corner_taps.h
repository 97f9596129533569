#pragma once

#include <QtGlobal>

namespace linli::maintenance {

// The hidden staff gesture: five taps in the same corner of the screen within 3 seconds.
// A tap elsewhere, in another corner, or too late starts the count again. Pure logic: fed
// every press with its position, the screen's size and a millisecond timestamp.
class CornerTapDetector {
public:
    static constexpr int kTaps = 5;
    static constexpr qint64 kWindowMs = 3000;
    // The corner square's side as a share of the screen's shorter side (≈ 130 px of 1080).
    static constexpr double kCornerShare = 0.12;

    // True on the tap that completes the gesture (the count then starts again).
    bool press(double x, double y, double width, double height, qint64 atMs);

private:
    int m_corner = -1; // 0..3, -1 none
    int m_count = 0;
    qint64 m_firstAtMs = 0;
};

} // namespace linli::maintenance
