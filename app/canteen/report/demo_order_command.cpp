#include "demo_order_command.h"

#include "canteen/canteen_orders.h"
#include "command_support.h"
#include "core/clock.h"
#include "information/hall.h"
#include "residents/identification.h"

#include <memory>
#include <QCommandLineParser>
#include <QCoreApplication>

int runDemoOrderCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("TEST AID: orders or cancels a meal for the resident of a card."));
    const QCommandLineOption help(QStringList{ QStringLiteral("h"), QStringLiteral("help") },
        QStringLiteral("Show this help and exit."));
    const QCommandLineOption card(
        QStringLiteral("card"), QStringLiteral("The resident's card."), QStringLiteral("CARD"));
    const QCommandLineOption offer(QStringLiteral("offer"), QStringLiteral("The dish on a meal's menu."),
        QStringLiteral("DATE.PERIOD.DISH"));
    const QCommandLineOption quantity(
        QStringLiteral("quantity"), QStringLiteral("Portions (1)."), QStringLiteral("N"));
    const QCommandLineOption delivery(QStringLiteral("delivery"), QStringLiteral("Deliver it home."));
    const QCommandLineOption cancel(
        QStringLiteral("cancel"), QStringLiteral("Cancel this order instead."), QStringLiteral("ORDER_ID"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"), QStringLiteral("The kiosk's data directory."), QStringLiteral("DIR"));
    const QCommandLineOption config(
        QStringLiteral("config"), QStringLiteral("The kiosk's configuration file."), QStringLiteral("FILE"));
    const QCommandLineOption now(
        QStringLiteral("now"), QStringLiteral("Pretend it is this UTC instant."), QStringLiteral("ISO-8601"));
    parser.addOptions({ help, card, offer, quantity, delivery, cancel, dataDir, config, now });
    if (!parser.parse(QCoreApplication::arguments()) || parser.isSet(help) || !parser.isSet(card)
        || parser.isSet(offer) == parser.isSet(cancel)) {
        std::fputs(
            qPrintable(parser.errorText() + u'\n' + parser.helpText()), parser.isSet(help) ? stdout : stderr);
        return parser.isSet(help) ? 0 : 2;
    }
    const QDateTime pretend = QDateTime::fromString(parser.value(now), Qt::ISODate);
    bool numeric = false;
    const int portions = parser.isSet(quantity) ? parser.value(quantity).toInt(&numeric) : 1;
    if ((parser.isSet(now) && !pretend.isValid()) || (parser.isSet(quantity) && !numeric)) {
        std::fputs("demo-order: --now must be an ISO-8601 instant and --quantity a whole number\n", stderr);
        return 2;
    }

    CommandDatabase opened = openKioskDatabaseAsItIs(parser.value(dataDir), parser.value(config), false);
    if (!opened.db) {
        print(stderr, opened.problem);
        return 1;
    }
    linli::storage::Database &db = *opened.db;
    const auto hall = linli::information::loadHall(db);
    const auto who = linli::residents::identifyByCard(db, parser.value(card));
    if (!hall || !who.ok) {
        print(stderr,
            who.ok ? bothLanguages(QT_TRANSLATE_NOOP("CanteenCommand",
                "The database holds no hall yet: start the kiosk once to load its content."))
                   : who.reason);
        return 1;
    }
    std::unique_ptr<linli::Clock> clock;
    if (parser.isSet(now))
        clock = std::make_unique<linli::ManualClock>(pretend);
    else
        clock = std::make_unique<linli::SystemClock>();
    linli::canteen::CanteenOrders orders(db, *clock, linli::HallTime(hall->timeZone));

    if (parser.isSet(cancel)) {
        const auto cancelled = orders.cancel(who.value.residentId, parser.value(cancel));
        if (!cancelled.ok) {
            print(stderr, cancelled.reason);
            return 1;
        }
        std::printf("cancelled %s\n", qPrintable(parser.value(cancel)));
        return 0;
    }
    linli::canteen::OrderRequest request;
    request.residentId = who.value.residentId;
    request.offerId = parser.value(offer);
    request.quantity = portions;
    request.delivery = parser.isSet(delivery);
    const auto ordered = orders.order(request);
    if (!ordered.ok) {
        print(stderr, ordered.reason);
        return 1;
    }
    std::printf("ordered %s %s\n", qPrintable(ordered.value.id), qPrintable(ordered.value.code));
    return 0;
}
