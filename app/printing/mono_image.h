#pragma once

#include "printing/escpos.h"

#include <QImage>

namespace linli::printing {

// Any image to the printer's raster: a dot is black where the pixel is darker than mid-grey;
// the width rounded up to whole bytes (white).
MonoRaster toMonoRaster(const QImage &image);

// The raster back to an image (Format_Mono, index 1 = black): what the paper shows.
QImage fromMonoRaster(const MonoRaster &raster);

// Grey pixels to black and white at mid-grey, as Format_Mono with index 1 = black.
QImage thresholdToMono(const QImage &image);

} // namespace linli::printing
