#pragma once

#include <QByteArray>
#include <QFont>
#include <QHash>

// Qt's PDF writer tells readers which character each glyph is (the ToUnicode map) by looking
// the glyph up in the font and taking the lowest code point that draws it. Noto Sans CJK draws
// many ideographs and their radicals with one glyph, so 长, 月, 老, 一 came out of the PDF as the
// radicals ⻓, ⽉, ⽼, ⼀: the printout looked right, but searching it, copying from it or
// pdftotext found other characters. These put the ideographs back.

// Radical (U+2E80-U+2FDF) -> the CJK unified ideograph `font` draws with the same glyph.
QHash<char32_t, char32_t> ideographsSharingRadicalGlyphs(const QFont &font);

// `pdf` with every ToUnicode map's radicals replaced by those ideographs (object lengths and the
// cross-reference table adjusted). A PDF whose maps are not in the shape Qt writes is returned
// as it is.
QByteArray withIdeographsForRadicals(const QByteArray &pdf, const QHash<char32_t, char32_t> &ideographOf);
