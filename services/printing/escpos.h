#pragma once

#include <optional>
#include <QByteArray>

namespace linli::printing {

// A 1-bit image as a receipt printer takes it: rows of packed bytes, most significant bit the
// leftmost dot, 1 = black (burnt). Widths are whole bytes, as GS v 0 wants.
struct MonoRaster {
    int widthBytes = 0;
    int height = 0;
    QByteArray bits; // widthBytes * height bytes, row by row

    int widthDots() const { return widthBytes * 8; }
    bool dark(int x, int y) const;
};

inline constexpr int kPaperDots80mm = 576;
inline constexpr int kPaperDots58mm = 384;
// Rows per GS v 0 command: small printers' receive buffers choke on one huge image.
inline constexpr int kRasterBandRows = 128;

// GS v 0 (normal density) of rows [firstRow, firstRow + rows): 1D 76 30 00 xL xH yL yH data,
// x the width in bytes and y the rows, both little-endian.
QByteArray rasterBand(const MonoRaster &raster, int firstRow, int rows);

// A whole receipt: ESC @ (initialise), the raster in bands, feed past the cutter (ESC d 4),
// partial cut (GS V 1).
QByteArray receiptJob(const MonoRaster &raster, int bandRows = kRasterBandRows);

// DLE EOT 4: the printer answers one byte of its paper-roll sensor in real time.
QByteArray paperStatusQuery();
// The answer's bits 5 and 6 (0x60): paper end. nullopt when the byte is no status byte (its
// fixed bits are 0xx1 xx10: bit 0 and 7 clear, bits 1 and 4 set).
std::optional<bool> paperOutFromStatus(char statusByte);

} // namespace linli::printing
