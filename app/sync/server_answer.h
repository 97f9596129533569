#pragma once

#include "core/localized_text.h"
#include "core/outcome.h"

#include <functional>
#include <QObject>

namespace linli::sync {
class OnlineConfirmation;
}

// A sale beyond the kiosk's escrow shares (a booking, a seat, a meal order) stands only when
// the central server accepts its outbox event within the bound. Without an answer it is
// withdrawn (`withdraw` runs even when the screen has gone meanwhile) and the resident reads
// why; a refusal carries the server's words. `settled` runs once, while `screen` still exists.
void awaitServerAnswer(linli::sync::OnlineConfirmation *confirmation, const QString &eventId, QObject *screen,
    std::function<linli::Outcome()> withdraw,
    std::function<void(bool accepted, const linli::LocalizedText &why)> settled);

// What the resident reads when the server could not be asked in time.
linli::LocalizedText noServerAnswer();
