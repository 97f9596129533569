#include "tickets/base45.h"

#include <array>

namespace linli::tickets::base45 {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

constexpr std::array<signed char, 256> decodeTable()
{
    std::array<signed char, 256> table{};
    table.fill(-1);
    for (int i = 0; i < 45; ++i)
        table[static_cast<unsigned char>(kAlphabet[i])] = static_cast<signed char>(i);
    return table;
}
constexpr std::array<signed char, 256> kValues = decodeTable();

} // namespace

QByteArray encode(const QByteArray &bytes)
{
    QByteArray text;
    text.reserve(encodedLength(static_cast<int>(bytes.size())));
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData());
    qsizetype i = 0;
    for (; i + 1 < bytes.size(); i += 2) {
        int n = b[i] * 256 + b[i + 1];
        text.append(kAlphabet[n % 45]);
        n /= 45;
        text.append(kAlphabet[n % 45]);
        text.append(kAlphabet[n / 45]);
    }
    if (i < bytes.size()) {
        text.append(kAlphabet[b[i] % 45]);
        text.append(kAlphabet[b[i] / 45]);
    }
    return text;
}

std::optional<QByteArray> decode(const QByteArray &text)
{
    if (text.size() % 3 == 1)
        return std::nullopt;
    QByteArray bytes;
    bytes.reserve(text.size() / 3 * 2 + 1);
    const auto *t = reinterpret_cast<const unsigned char *>(text.constData());
    for (qsizetype i = 0; i < text.size(); i += 3) {
        const bool pair = i + 2 < text.size();
        int n = 0, weight = 1;
        for (qsizetype k = i; k < i + (pair ? 3 : 2); ++k) {
            const int v = kValues[t[k]];
            if (v < 0)
                return std::nullopt;
            n += v * weight;
            weight *= 45;
        }
        if (n > (pair ? 0xFFFF : 0xFF))
            return std::nullopt;
        if (pair)
            bytes.append(static_cast<char>(n >> 8));
        bytes.append(static_cast<char>(n & 0xFF));
    }
    return bytes;
}

} // namespace linli::tickets::base45
