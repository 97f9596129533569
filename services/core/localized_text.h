#pragma once

#include <QString>

namespace linli {

enum class Language { Chinese, English };

// A message or a piece of content in both of the kiosk's languages. Every reason a
// resident may read is one of these, never a code.
struct LocalizedText {
    QString zh;
    QString en;

    const QString &in(Language language) const { return language == Language::English ? en : zh; }
    bool isEmpty() const { return zh.isEmpty() && en.isEmpty(); }
    bool operator==(const LocalizedText &) const = default;
};

} // namespace linli
