#include "server_answer.h"

#include "sync/online_confirmation.h"

#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcServerAnswer, "linli.app.sync")

using linli::sync::OnlineConfirmation;

linli::LocalizedText noServerAnswer()
{
    return { QStringLiteral("现在无法与服务中心确认，这次没有为您办成。请稍后再试，或请工作人员帮忙。"),
        QStringLiteral("The service centre could not confirm this just now, so it was not done. "
                       "Please try again later, or ask staff for help.") };
}

void awaitServerAnswer(OnlineConfirmation *confirmation, const QString &eventId, QObject *screen,
    std::function<linli::Outcome()> withdraw, std::function<void(bool, const linli::LocalizedText &)> settled)
{
    QPointer<QObject> alive(screen);
    auto giveUp = [withdraw, settled, alive, eventId] {
        if (const linli::Outcome w = withdraw(); !w.ok)
            qCWarning(lcServerAnswer).noquote()
                << "could not withdraw the unconfirmed sale of" << eventId << ":" << w.reason.en;
        if (alive)
            settled(false, noServerAnswer());
    };
    if (!confirmation) {
        giveUp(); // enrolled, but no server address configured: nobody can confirm it
        return;
    }
    confirmation->await(eventId,
        [giveUp, settled, alive](OnlineConfirmation::Answer answer, const linli::LocalizedText &why) {
            if (answer == OnlineConfirmation::Answer::NoAnswer)
                giveUp();
            else if (alive)
                settled(answer == OnlineConfirmation::Answer::Accepted, why);
        });
}
