#pragma once

#include <optional>
#include <QByteArray>

// Base45 (RFC 9285): bytes as text of the 45 characters of a QR code's alphanumeric mode,
// 0-9 A-Z space $ % * + - . / :, three characters for every two bytes.
namespace linli::tickets::base45 {

QByteArray encode(const QByteArray &bytes);
// nullopt for a character outside the alphabet, a lone trailing character or a group whose
// value does not fit its bytes (RFC 9285 section 4.2).
std::optional<QByteArray> decode(const QByteArray &text);
// The length of encode() of `byteCount` bytes.
constexpr int encodedLength(int byteCount)
{
    return byteCount / 2 * 3 + byteCount % 2 * 2;
}

} // namespace linli::tickets::base45
