#pragma once

#include <QString>

namespace linli::checkin {

// Tells a barcode scanner (a USB keyboard that types what it read, then Enter, in one burst)
// from a person typing, as residents::CardReaderClassifier does for the card reader. Pure logic
// on key timestamps (milliseconds, any monotonic origin). A scan is at least kMinChars
// printable characters then Enter, every gap <= kMaxGapMs; anything slower is a person.
class ScannerClassifier {
public:
    enum class Verdict { Pending, Scan, NotScan };
    struct Result {
        Verdict verdict = Verdict::Pending;
        QString text; // what was scanned, when verdict == Scan
    };

    static constexpr qint64 kMaxGapMs = 50;
    // A human code is 10 characters; a ticket's text is at most 217 (LT1: + Base45).
    static constexpr int kMinChars = 8, kMaxChars = 512;

    // text: the key's text, or "\r"/"\n" for Enter; keys without text are ignored.
    Result feed(const QString &text, qint64 timestampMs);
    void reset();
    // True while a fast burst is under way (its keys are not the person's typing).
    bool inBurst(qint64 timestampMs) const;

private:
    QString m_buffer;
    qint64 m_lastMs = 0;
};

// Whether a scan looks like a Linli ticket (LT1:…) rather than a typed human code.
bool looksLikeTicketText(const QString &scanned);

} // namespace linli::checkin
