#pragma once

#include <QImage>
#include <QRect>

namespace linli::golden {

// How far a screenshot may drift from its reference. Qt's software renderer draws the same
// screen to the same pixels on every run and build; the allowance only absorbs antialiasing
// noise, never a visible change such as a one-pixel-wide line.
struct Tolerance {
    int fuzz = 8; // a pixel differs when a channel (red, green, blue, alpha) moves by more than this, of 255
    qint64 maxPixels = 20; // the images match while at most this many pixels differ
};

struct Comparison {
    bool sameSize = false;
    qint64 differingPixels = 0; // beyond the fuzz
    qint64 noisyPixels = 0; // changed, but within the fuzz
    int largestChannelDelta = 0; // over every pixel, of 255
    QRect bounds; // of the differing pixels
    bool matches = false; // same size and differingPixels <= maxPixels
};

Comparison compareImages(const QImage &reference, const QImage &actual, const Tolerance &tolerance);

// The reference faded to grey, differing pixels red, pixels changed within the fuzz yellow,
// and a magenta frame around the differing region so a one-pixel change is found at a glance.
QImage diffImage(const QImage &reference, const QImage &actual, const Tolerance &tolerance);

} // namespace linli::golden
