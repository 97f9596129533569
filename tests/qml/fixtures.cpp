#include "fixtures.h"

#include "capabilities.h"
#include "hall_clock.h"
#include "notice_list_model.h"

#include <QDir>

Fixtures::Fixtures(QObject *parent)
    : QObject(parent)
    , m_clock(QDateTime::fromString(QStringLiteral("2026-11-22T02:00:00Z"), Qt::ISODate))
    , m_language(std::make_unique<LanguageController>())
{
    linli::startup::DatabaseSetup setup;
    setup.dataDir = m_dir.path();
    setup.contentDir = QStringLiteral(LINLI_DEMO_DIR);
    setup.pinCost = linli::residents::PinCost::Cheap; // a throwaway database
    m_db = linli::startup::openKioskDatabase(setup, m_clock.nowUtc());
    linli::storage::Database *db = m_db.database ? &*m_db.database : nullptr;
    m_language->select(QStringLiteral("zh"));
    const QTimeZone zone("Asia/Shanghai");
    m_scheduler = std::make_unique<linli::Scheduler>(m_clock);
    m_session = std::make_unique<ResidentSession>(db, m_clock, zone, *m_language, 90);
    Kiosk::Parts parts;
    parts.hall = db ? linli::information::loadHall(*db) : std::nullopt;
    parts.language = m_language.get();
    parts.session = m_session.get();
    parts.clock = new HallClock(m_clock, zone, *m_language, this);
    parts.urgentNotices
        = new NoticeListModel(db, m_clock, *m_language, linli::information::NoticePriority::Urgent, this);
    parts.outOfServiceReason = m_db.outOfServiceReason;
    m_kiosk = std::make_unique<Kiosk>(std::move(parts));
    KioskContext context{ db, &m_clock, zone, m_language.get(), m_session.get(), m_scheduler.get(),
        setup.contentDir, m_db.ticketKey ? &*m_db.ticketKey : nullptr, setup.kioskId };
    // A receipt printer, so the ticket screens offer their print button.
    QDir(m_dir.path()).mkpath(QStringLiteral("receipts"));
    context.printer = { linli::printing::PrinterBackend::File, m_dir.filePath(QStringLiteral("receipts")),
        linli::printing::kPaperDots80mm, 5000 };
    addCapabilities(*m_kiosk, context);
}

Fixtures::~Fixtures() = default;

LanguageController *Fixtures::language() const
{
    // The singleton is made by the test's engine; switching language must retranslate that engine.
    if (!m_attached) {
        if (QQmlEngine *engine = qmlEngine(this)) {
            m_language->attach(engine);
            m_attached = true;
        }
    }
    return m_language.get();
}

BookingBackend *Fixtures::booking() const
{
    return m_kiosk->backend<BookingBackend>(QStringLiteral("booking"));
}

Catalog *Fixtures::information() const
{
    return m_kiosk->backend<Catalog>(QStringLiteral("information"));
}

CanteenBackend *Fixtures::canteen() const
{
    return m_kiosk->backend<CanteenBackend>(QStringLiteral("canteen"));
}

TicketsBackend *Fixtures::tickets() const
{
    return m_kiosk->backend<TicketsBackend>(QStringLiteral("tickets"));
}

QString Fixtures::bookDanceRoom(int hour)
{
    QDateTime start(QDate(2026, 11, 23), QTime(hour, 0), QTimeZone("Asia/Shanghai"));
    const auto booked = booking()->rooms().book(
        QStringLiteral("res-0001"), QStringLiteral("room-dance"), start.toSecsSinceEpoch());
    return booked.ok ? booked.value.id : QString();
}

void Fixtures::advanceClockSecs(int secs)
{
    m_clock.advanceSecs(secs);
    m_kiosk->urgentNotices()->refresh();
    information()->notices()->refresh();
    information()->events()->refresh();
}

void Fixtures::addBareGuide(const QString &id)
{
    auto insert = m_db.database->prepare("INSERT OR REPLACE INTO service_guide (id, title_zh, title_en) "
                                         "VALUES (?1, '简易事项', 'Bare guide')");
    insert.bind(1, id).run();
}

QStringList Fixtures::dishPictures()
{
    QStringList urls;
    for (auto q = m_db.database->prepare("SELECT picture FROM canteen_dish ORDER BY id"); q.step();)
        urls << canteen()->pictureUrl(q.text(0)).toString();
    return urls;
}

void Fixtures::changeMealPrice(const QString &offerId, int priceFen)
{
    m_db.database->prepare("UPDATE canteen_offer SET price_fen = ? WHERE id = ?")
        .bind(1, priceFen)
        .bind(2, offerId)
        .run();
}

void Fixtures::takeMealOffTheMenu(const QString &offerId)
{
    m_db.database->prepare("UPDATE canteen_offer SET removed = 1 WHERE id = ?").bind(1, offerId).run();
}

int Fixtures::mealOrderCount()
{
    auto q = m_db.database->prepare("SELECT count(*) FROM meal_order");
    q.step();
    return q.integer(0);
}

int Fixtures::receiptCount() const
{
    return int(QDir(m_dir.filePath(QStringLiteral("receipts"))).entryList(QDir::Files).size());
}

QUrl Fixtures::contentFile(const QString &name) const
{
    return QUrl::fromLocalFile(QDir(QStringLiteral(LINLI_DEMO_DIR)).filePath(name));
}
