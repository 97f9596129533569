#pragma once

#include <optional>
#include <QString>

// The 10-character code printed and shown under a ticket's QR code, for residents whose
// ticket cannot be scanned: nine characters of BLAKE2b over the ticket text and a Luhn mod 32
// check character, from 32 letters and digits without 0/O and 1/I. It is not the ticket: a
// kiosk finds the signed ticket it names (issued_ticket, later by sync) and checks that.
namespace linli::tickets {

inline constexpr int kHumanCodeLength = 10;
inline constexpr char kHumanCodeAlphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

QString humanCode(const QString &ticketText);
// "ABCDE FGHJK": easier to read aloud and copy.
QString spacedHumanCode(const QString &code);
// The code as stored, from what someone typed (any case, blanks and dashes ignored); nullopt
// when it is not 10 characters of the alphabet or its check character is wrong (a typo).
std::optional<QString> normalisedHumanCode(const QString &typed);

} // namespace linli::tickets
