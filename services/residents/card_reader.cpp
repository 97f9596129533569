#include "residents/card_reader.h"

namespace linli::residents {

void CardReaderClassifier::reset()
{
    m_buffer.clear();
    m_firstMs = m_lastMs = 0;
    m_tainted = false;
}

CardReaderClassifier::Result CardReaderClassifier::feed(const QString &text, qint64 timestampMs)
{
    const bool enter = text == u"\r" || text == u"\n";
    const bool digit = text.size() == 1 && text.at(0).isDigit() && text.at(0).unicode() < 128;
    const bool started = !m_buffer.isEmpty() || m_tainted;
    // A pause longer than a reader ever makes means whatever came before was a person.
    if (started && timestampMs - m_lastMs > kMaxGapMs)
        reset();
    if (enter) {
        const bool hadBurst = !m_buffer.isEmpty() || m_tainted;
        const bool fast = hadBurst && timestampMs - m_firstMs <= kMaxBurstMs;
        Result r;
        if (!hadBurst || !fast)
            r.verdict = Verdict::NotCard;
        else if (m_tainted || m_buffer.size() < kMinDigits || m_buffer.size() > kMaxDigits)
            r.verdict = Verdict::Malformed;
        else
            r = { Verdict::Card, m_buffer };
        reset();
        return r;
    }
    if (m_buffer.isEmpty() && !m_tainted)
        m_firstMs = timestampMs;
    m_lastMs = timestampMs;
    if (digit)
        m_buffer += text;
    else
        m_tainted = true;
    if (m_buffer.size() > kMaxDigits * 2) // a stuck key: give up on it
        reset();
    return {};
}

} // namespace linli::residents
