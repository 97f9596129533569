#include "checkin/scanner_input.h"

namespace linli::checkin {

void ScannerClassifier::reset()
{
    m_buffer.clear();
    m_lastMs = 0;
}

bool ScannerClassifier::inBurst(qint64 timestampMs) const
{
    return !m_buffer.isEmpty() && timestampMs - m_lastMs <= kMaxGapMs;
}

ScannerClassifier::Result ScannerClassifier::feed(const QString &text, qint64 timestampMs)
{
    const bool enter = text == u"\r" || text == u"\n";
    // A pause longer than a scanner ever makes means whatever came before was a person.
    if (!m_buffer.isEmpty() && timestampMs - m_lastMs > kMaxGapMs)
        reset();
    if (enter) {
        Result r;
        r.verdict = m_buffer.size() >= kMinChars ? Verdict::Scan : Verdict::NotScan;
        if (r.verdict == Verdict::Scan)
            r.text = m_buffer;
        reset();
        return r;
    }
    if (text.isEmpty() || !text.at(0).isPrint())
        return {}; // Shift and other keys without text come between a scanner's characters
    m_buffer += text;
    m_lastMs = timestampMs;
    if (m_buffer.size() > kMaxChars) // a stuck key, or no Enter: give up on it
        reset();
    return {};
}

bool looksLikeTicketText(const QString &scanned)
{
    return scanned.startsWith(u"LT1:", Qt::CaseInsensitive);
}

} // namespace linli::checkin
