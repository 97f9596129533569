#include "maintenance/corner_taps.h"

#include <algorithm>

namespace linli::maintenance {

bool CornerTapDetector::press(double x, double y, double width, double height, qint64 atMs)
{
    const double side = std::min(width, height) * kCornerShare;
    const bool left = x <= side, right = x >= width - side, top = y <= side, bottom = y >= height - side;
    const int corner = (left || right) && (top || bottom) ? (right ? 1 : 0) + (bottom ? 2 : 0) : -1;
    if (corner < 0) {
        m_corner = -1;
        m_count = 0;
        return false;
    }
    if (corner != m_corner || atMs - m_firstAtMs > kWindowMs || atMs < m_firstAtMs) {
        m_corner = corner;
        m_count = 0;
        m_firstAtMs = atMs;
    }
    if (++m_count < kTaps)
        return false;
    m_corner = -1;
    m_count = 0;
    return true;
}

} // namespace linli::maintenance
