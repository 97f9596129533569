#include "printing/escpos.h"

#include <algorithm>

namespace linli::printing {
namespace {

void appendLittleEndian16(QByteArray &out, int value)
{
    out.append(static_cast<char>(value & 0xff));
    out.append(static_cast<char>((value >> 8) & 0xff));
}

} // namespace

bool MonoRaster::dark(int x, int y) const
{
    const auto byte = static_cast<unsigned char>(bits.at(y * widthBytes + x / 8));
    return (byte >> (7 - x % 8)) & 1;
}

QByteArray rasterBand(const MonoRaster &raster, int firstRow, int rows)
{
    QByteArray out("\x1d\x76\x30\x00", 4);
    appendLittleEndian16(out, raster.widthBytes);
    appendLittleEndian16(out, rows);
    out.append(raster.bits.mid(qsizetype(firstRow) * raster.widthBytes, qsizetype(rows) * raster.widthBytes));
    return out;
}

QByteArray receiptJob(const MonoRaster &raster, int bandRows)
{
    QByteArray out("\x1b\x40", 2); // ESC @
    for (int row = 0; row < raster.height; row += bandRows)
        out.append(rasterBand(raster, row, std::min(bandRows, raster.height - row)));
    out.append("\x1b\x64\x04", 3); // ESC d 4: the last lines past the cutter
    out.append("\x1d\x56\x01", 3); // GS V 1: partial cut, the receipt hangs for the hand
    return out;
}

QByteArray paperStatusQuery()
{
    return QByteArray("\x10\x04\x04", 3);
}

std::optional<bool> paperOutFromStatus(char statusByte)
{
    const auto status = static_cast<unsigned char>(statusByte);
    if ((status & 0x93) != 0x12)
        return std::nullopt;
    return (status & 0x60) != 0;
}

} // namespace linli::printing
