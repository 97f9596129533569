#pragma once

#include "core/localized_text.h"

#include <QDate>

// Every refusal a resident may read, in both languages, in one place so the wording stays
// kind, consistent and reviewable. Never a code.
namespace linli::booking::reasons {

LocalizedText roomUnavailable();
LocalizedText slotTaken();
LocalizedText slotInPast();
LocalizedText notAlignedToSlot();
LocalizedText outsideOpeningHours();
LocalizedText tooLong(int maxSlots);
LocalizedText tooSoon(int minutes);
LocalizedText beyondHorizon(const QDate &lastDay);
LocalizedText closedDay(const LocalizedText &why);
LocalizedText tooManyUpcoming(int max);
LocalizedText weeklyHoursUsed(int maxMinutes);
LocalizedText paused(const QDate &untilInclusive);
LocalizedText bookingNotFound();
LocalizedText cancelTooLate(int minutes);
LocalizedText alreadyEnded();
LocalizedText checkInNotYet();
LocalizedText checkInClosed();
LocalizedText notPending();
LocalizedText eventNotFound();
LocalizedText eventNoSignUp();
LocalizedText eventStarted();
LocalizedText alreadySignedUp();
LocalizedText lastSeatTaken();
LocalizedText notSignedUp();
// A storage failure under a command: busy (another connection held the write lock; nothing
// changed, try again) or cannot save (anything else; the staff are needed). The same words as
// storage::busyReason() and storage::cannotSaveReason(), which other capabilities use.
LocalizedText busy();
LocalizedText cannotSave();

} // namespace linli::booking::reasons
