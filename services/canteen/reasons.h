#pragma once

#include "core/localized_text.h"

#include <QDateTime>

// Every canteen refusal a resident may read, in both languages, in one place. Never a code.
namespace linli::canteen::reasons {

LocalizedText notIdentified();
LocalizedText canteenUnavailable();
LocalizedText itemRemoved();
LocalizedText itemRepriced(qint64 newPriceFen);
LocalizedText badQuantity(int maxPortions);
// The cut-off, as the hall's local date and time it closed.
LocalizedText orderClosed(const QDateTime &closedLocal);
LocalizedText soldOut();
LocalizedText notEnoughServings(int left);
LocalizedText deliveryNotOffered();
LocalizedText deliveryNotEligible();
LocalizedText noDeliveryAddress();
LocalizedText voucherTooLow(qint64 balanceFen, qint64 dueFen);
LocalizedText orderNotFound();
LocalizedText cancelClosed(const QDateTime &closedLocal);
LocalizedText badAmount();
// Storage failures: the same words as storage::busyReason() / cannotSaveReason().
LocalizedText busy();
LocalizedText cannotSave();

// ¥12.50, in both languages.
QString yuan(qint64 fen);

} // namespace linli::canteen::reasons
