#pragma once

#include "tickets/base45.h"
#include "tickets/ticket_body.h"

#include <QByteArray>
#include <QString>

// The text a QR code carries (all of it in the alphanumeric mode): "LT1:" and the Base45 of
// [body length, u16 big-endian][body][signature length, u16 big-endian][signature].
namespace linli::tickets {

inline constexpr char kTextPrefix[] = "LT1:";
inline constexpr int kSignatureBytes = 64; // Ed25519
// The longest ticket text (the widest body): 217 characters, within the 221 that a QR code of
// version 8 at error correction M holds in its alphanumeric mode.
inline constexpr int kMaxTicketTextLength
    = int(sizeof kTextPrefix) - 1 + base45::encodedLength(2 + kMaxBodyBytes + 2 + kSignatureBytes);

struct SignedBody {
    QByteArray body;
    QByteArray signature;
};

QString ticketText(const SignedBody &signedBody);

struct DecodedText {
    // NotATicket: not a Linli ticket at all (another QR code, typing). UnsupportedVersion: a
    // Linli ticket of another text version ("LT2:"). Damaged: a Linli ticket that does not read
    // (cut short, too long, a character changed, lengths that disagree).
    enum class Problem { None, NotATicket, UnsupportedVersion, Damaged };
    Problem problem = Problem::NotATicket;
    SignedBody ticket; // when problem is None
};

// Reads what a scanner or camera gave. Leading blanks and trailing line ends are ignored, and
// lower case is read as upper case (Base45 has no lower case).
DecodedText decodeTicketText(const QString &scanned);

} // namespace linli::tickets
