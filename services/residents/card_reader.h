#pragma once

#include <QString>

namespace linli::residents {

// Tells a USB card reader (a keyboard that types the card's digits and Enter in one burst)
// from a person typing. Pure logic on key timestamps (milliseconds, any monotonic origin):
// feed every key, act on the answer. A burst is 6-20 digits then Enter, every gap <= 50 ms
// and the whole burst within 300 ms; anything slower is a person, and is left to the screen.
class CardReaderClassifier {
public:
    enum class Verdict { Pending, Card, Malformed, NotCard };
    struct Result {
        Verdict verdict = Verdict::Pending;
        QString card; // the digits, when verdict == Card
    };

    static constexpr qint64 kMaxGapMs = 50, kMaxBurstMs = 300;
    static constexpr int kMinDigits = 6, kMaxDigits = 20;

    // text: the key's text ("0"-"9"), or "\r"/"\n" for Enter; anything else is another key.
    Result feed(const QString &text, qint64 timestampMs);
    void reset();

private:
    QString m_buffer;
    qint64 m_firstMs = 0, m_lastMs = 0;
    bool m_tainted = false; // a non-digit arrived inside a fast burst
};

} // namespace linli::residents
