#pragma once

#include <optional>
#include <QImage>
#include <QString>

// The text of the QR code in a camera frame (any size or format), or nothing. Pure and
// thread-safe: the camera calls it on a worker thread, tests on recorded frames.
std::optional<QString> decodeQrFrame(const QImage &frame);
