#pragma once

#include <optional>
#include <QString>
#include <vector>

namespace linli::tickets {

inline constexpr int kMaxQrVersion = 8; // 49 modules a side: large modules on a 600 px code
inline constexpr int kQrQuietZoneModules = 4; // the blank border a scanner needs, each side

// A QR code's modules: size x size, true for dark. Drawing it (with its quiet zone) is the
// screen's and the printer's business.
struct QrMatrix {
    int version = 0;
    int size = 0;
    std::vector<bool> modules; // row by row

    bool dark(int x, int y) const { return modules[static_cast<std::size_t>(y * size + x)]; }
};

// The QR code of a ticket text (libqrencode, alphanumeric mode, error correction M, the
// smallest version that holds it); nullopt when the text is not alphanumeric-mode text or
// needs a version above kMaxQrVersion.
std::optional<QrMatrix> qrMatrix(const QString &ticketText);

} // namespace linli::tickets
