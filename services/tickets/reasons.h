#pragma once

#include "core/localized_text.h"

#include <QDateTime>

// Every ticket message a resident or the staff may read, in both languages, in one place.
// Times are the hall's local times. Never a code.
namespace linli::tickets::reasons {

// What a scan or a typed code comes to (one each; see ScanStatus in ticket_office.h).
LocalizedText admitted();
LocalizedText notATicket();
LocalizedText damaged();
LocalizedText unsupportedVersion(quint32 version);
LocalizedText otherHall();
LocalizedText unknownKey();
LocalizedText badSignature();
LocalizedText notYetValid(const QDateTime &validFromLocal);
LocalizedText expired(const QDateTime &validUntilLocal);
LocalizedText revoked();
// "already used at 11:42 at <place>"; the date too when it was another day than `todayLocal`.
LocalizedText alreadyUsed(const QDateTime &usedLocal, const QDate &todayLocal, const LocalizedText &place);
// This kiosk's clock is before any time a ticket could have been made: unset or far off.
LocalizedText clockImplausible(const QDateTime &nowLocal);
// The ticket says it was issued later than this kiosk's now: one of the two clocks is off.
LocalizedText clockBehindTicket(const QDateTime &issuedLocal, const QDateTime &nowLocal);
LocalizedText codeMistyped();
LocalizedText codeUnknown();

// Why no ticket is made for a booking, sign-up or order.
LocalizedText bookingNotFound();
LocalizedText bookingAwaitsApproval();
LocalizedText bookingNotLive();
LocalizedText signUpNotFound();
LocalizedText signUpWaitlisted();
LocalizedText orderNotFound();
LocalizedText orderCancelled();
LocalizedText alreadyOver();
LocalizedText cannotIssue();
LocalizedText busy();
LocalizedText cannotSave();

// The kiosk's key file, at start (the kiosk stays out of service until staff act).
LocalizedText keyFileOpenToOthers(const QString &path, uint mode);
LocalizedText keyFileOtherOwner(const QString &path, uint owner, uint kioskUser);
LocalizedText keyFileNotPlain(const QString &path);
LocalizedText keyFileDamaged(const QString &path, qint64 size);
LocalizedText keyFileUnreadable(const QString &path, const QString &error);
LocalizedText keyFileNotCreated(const QString &path, const QString &error);
LocalizedText ownKeyClashes(quint32 keyId);

} // namespace linli::tickets::reasons
