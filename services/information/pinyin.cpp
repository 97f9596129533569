#include "information/pinyin.h"

#include <algorithm>
#include <iterator>
#include <QList>

namespace linli::information::pinyin {
namespace {

struct PinyinRow {
    char32_t codePoint;
    unsigned first;
    unsigned count;
};

#include "pinyin_table.inc"

} // namespace

std::vector<std::string_view> readingsOf(char32_t c)
{
    const auto *end = std::end(kRows);
    const auto *row = std::lower_bound(
        std::begin(kRows), end, c, [](const PinyinRow &r, char32_t v) { return r.codePoint < v; });
    std::vector<std::string_view> readings;
    if (row == end || row->codePoint != c)
        return readings;
    for (unsigned i = 0; i < row->count; ++i)
        readings.emplace_back(kSyllables[kPool[row->first + i]]);
    return readings;
}

std::vector<Spelling> spellings(const QString &text, int maxVariants)
{
    std::vector<Spelling> variants{ Spelling{} };
    for (const uint c : text.toUcs4()) {
        std::vector<std::string_view> readings = readingsOf(c);
        if (readings.empty()) {
            const char32_t ch = c;
            const QString s = QString::fromUcs4(&ch, 1).toLower();
            if (s.size() == 1 && s.at(0).isLetterOrNumber() && s.at(0).unicode() < 128) {
                for (Spelling &v : variants) {
                    v.full += s;
                    v.initials += s;
                }
            }
            continue;
        }
        // Too many combinations already: the rest of the text keeps its most common reading.
        if (variants.size() * readings.size() > static_cast<size_t>(std::max(1, maxVariants)))
            readings.resize(1);
        std::vector<Spelling> next;
        next.reserve(variants.size() * readings.size());
        for (const Spelling &v : variants) {
            for (const std::string_view r : readings) {
                const QString syllable = QString::fromLatin1(r.data(), static_cast<qsizetype>(r.size()));
                next.push_back({ v.full + syllable, v.initials + syllable.at(0) });
            }
        }
        variants = std::move(next);
    }
    return variants;
}

} // namespace linli::information::pinyin
