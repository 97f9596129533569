#pragma once

#include <QString>
#include <string_view>
#include <vector>

// Mandarin readings of Han characters, from Unihan (kMandarin, kHanyuPinyin, kXHC1983), built
// into the binary at build time. Readings are toneless lowercase ASCII with ü written v (as on
// a Latin keyboard). Debian's Qt Virtual Keyboard has no pinyin input method, so residents
// type pinyin letters and this table is what lets them find Chinese text.
namespace linli::information::pinyin {

// Every reading of c, most common first; empty for anything that is not a Han character.
std::vector<std::string_view> readingsOf(char32_t c);

struct Spelling {
    QString full; // 老年卡 → "laonianka"
    QString initials; // 老年卡 → "lnk"
};

// The spellings of text: one per combination of the readings of its polyphonic characters
// (长 → chang and zhang), at most maxVariants (later characters then keep their first
// reading). Latin letters and digits are kept (lowercased); spaces and punctuation dropped.
std::vector<Spelling> spellings(const QString &text, int maxVariants = 16);

} // namespace linli::information::pinyin
