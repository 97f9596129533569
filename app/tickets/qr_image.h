#pragma once

#include "tickets/ticket_qr.h"

#include <QImage>

// A ticket's QR code as pixels: whole modules of `moduleSize` pixels each, black on white,
// with the quiet zone of kQrQuietZoneModules all round, nothing smoothed. The screen and the
// tests draw it the same way.
int qrSideModules(const linli::tickets::QrMatrix &matrix); // modules a side, quiet zone included
// The largest whole module size that fits `sidePixels` (at least 1).
int qrModuleSize(const linli::tickets::QrMatrix &matrix, int sidePixels);
QImage qrImage(const linli::tickets::QrMatrix &matrix, int moduleSize);
