#include "tickets/human_code.h"

#include "tickets/ticket_types.h"

#include <sodium.h>

namespace linli::tickets {

namespace {

constexpr int kBase = 32;

int valueOf(QChar c)
{
    for (int i = 0; i < kBase; ++i) {
        if (c == QLatin1Char(kHumanCodeAlphabet[i]))
            return i;
    }
    return -1;
}

// Luhn mod N: catches every single wrong character and most swaps of neighbours.
int checkValue(const int *values, int count)
{
    int sum = 0;
    bool twice = true; // from the right, starting with the character next to the check
    for (int i = count - 1; i >= 0; --i) {
        int v = values[i] * (twice ? 2 : 1);
        sum += v / kBase + v % kBase;
        twice = !twice;
    }
    return (kBase - sum % kBase) % kBase;
}

} // namespace

QString humanCode(const QString &ticketText)
{
    sodiumReady();
    const QByteArray text = ticketText.toLatin1();
    unsigned char hash[16];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char *>(text.constData()),
        static_cast<unsigned long long>(text.size()), nullptr, 0);
    quint64 bits = 0;
    for (int i = 0; i < 8; ++i)
        bits = (bits << 8) | hash[i];
    int values[kHumanCodeLength - 1];
    QString code;
    for (int i = 0; i < kHumanCodeLength - 1; ++i) {
        values[i] = static_cast<int>(bits & (kBase - 1));
        bits >>= 5;
        code.append(QLatin1Char(kHumanCodeAlphabet[values[i]]));
    }
    code.append(QLatin1Char(kHumanCodeAlphabet[checkValue(values, kHumanCodeLength - 1)]));
    return code;
}

QString spacedHumanCode(const QString &code)
{
    return code.size() == kHumanCodeLength ? code.left(5) + u' ' + code.mid(5) : code;
}

std::optional<QString> normalisedHumanCode(const QString &typed)
{
    QString code;
    for (const QChar c : typed) {
        if (c.isSpace() || c == u'-')
            continue;
        code.append(c.toUpper());
    }
    if (code.size() != kHumanCodeLength)
        return std::nullopt;
    int values[kHumanCodeLength];
    for (int i = 0; i < kHumanCodeLength; ++i) {
        values[i] = valueOf(code[i]);
        if (values[i] < 0)
            return std::nullopt;
    }
    if (checkValue(values, kHumanCodeLength - 1) != values[kHumanCodeLength - 1])
        return std::nullopt;
    return code;
}

} // namespace linli::tickets
