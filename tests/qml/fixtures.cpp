#include "fixtures.h"

#include "hall_clock.h"
#include "notice_list_model.h"

Fixtures::Fixtures(QObject *parent)
    : QObject(parent), m_clock(QDateTime::fromString(QStringLiteral("2026-11-22T02:00:00Z"), Qt::ISODate)),
      m_language(std::make_unique<LanguageController>())
{
    linli::startup::DatabaseSetup setup;
    setup.dataDir = m_dir.path();
    setup.contentDir = QStringLiteral(LINLI_DEMO_DIR);
    setup.pinCost = linli::residents::PinCost::Cheap; // issue #4: throwaway database
    m_db = linli::startup::openKioskDatabase(setup, m_clock.nowUtc());
    linli::storage::Database *db = m_db.database ? &*m_db.database : nullptr;
    m_language->select(QStringLiteral("zh"));
    Kiosk::Parts parts;
    parts.hall = db ? linli::information::loadHall(*db) : std::nullopt;
    parts.language = m_language.get();
    parts.clock = new HallClock(m_clock, QTimeZone("Asia/Shanghai"), *m_language, this);
    parts.urgentNotices = new NoticeListModel(db, m_clock, *m_language, linli::information::NoticePriority::Urgent, this);
    parts.outOfServiceReason = m_db.outOfServiceReason;
    // issue #4: identification and booking on the same database and clock
    parts.session = new ResidentSession(db, m_clock, *m_language, 90, this);
    parts.booking = new BookingDesk(db, m_clock, *m_language, *parts.session, this);
    // issue #3
    parts.catalog = new Catalog(CatalogSource{db, &m_clock, QTimeZone("Asia/Shanghai")}, *m_language, this);
    m_kiosk = std::make_unique<Kiosk>(std::move(parts));
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

void Fixtures::advanceClockSecs(int secs)
{
    m_clock.advanceSecs(secs);
    m_kiosk->urgentNotices()->refresh();
    m_kiosk->catalog()->notices()->refresh(); // issue #3
    m_kiosk->catalog()->events()->refresh();
}

void Fixtures::addBareGuide(const QString &id)
{
    // issue #3
    auto insert = m_db.database->prepare(
        "INSERT OR REPLACE INTO service_guide (id, title_zh, title_en) VALUES (?1, '简易事项', 'Bare guide')");
    insert.bind(1, id).run();
}
