#include "resident_session.h"

#include "core/clock.h"
#include "core/logging.h"
#include "language_controller.h"
#include "storage/database.h"
#include "storage/storage_error.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QPointer>
#include <QThreadPool>

using linli::residents::IdentifyResult;

namespace {

// The kiosk's own words when the database or the card reader stumbles; the services' reasons
// (a wrong PIN, an unknown card) come as bilingual text instead.
const char *const kBusy = QT_TRANSLATE_NOOP("ResidentSession", "The kiosk is busy. Please try again.");
const char *const kCardMisread
    = QT_TRANSLATE_NOOP("ResidentSession", "The card was not read properly. Please try again.");

} // namespace

ResidentSession::ResidentSession(linli::storage::Database *db, const linli::Clock &clock,
    const QTimeZone &hallZone, const LanguageController &language, int idleTimeoutSecs, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_zone(hallZone)
    , m_language(language)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleTimeoutSecs * 1000);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (active()) {
            end();
            emit endedByIdle();
        }
    });
    // Nothing private is on screen without a resident, so a slow reader of a long guide gets
    // twice the time before the screen goes home.
    m_away.setSingleShot(true);
    m_away.setInterval(2 * idleTimeoutSecs * 1000);
    connect(&m_away, &QTimer::timeout, this, [this] {
        if (!active()) {
            emit ended();
            emit endedByIdle();
        }
    });
    m_warn.setSingleShot(true);
    m_warn.setInterval(std::max(0, idleTimeoutSecs - kWarningSecs) * 1000);
    connect(&m_warn, &QTimer::timeout, this, [this] {
        if (active()) {
            m_idleWarning = true;
            emit changed();
        }
    });
    connect(&language, &LanguageController::changed, this, &ResidentSession::changed);
    QCoreApplication::instance()->installEventFilter(this);
}

QString ResidentSession::message() const
{
    return m_message.words ? tr(m_message.words) : m_message.reason.in(m_language.language());
}

void ResidentSession::identifyCard(const QString &card)
{
    if (!m_db || (m_staffCard && m_staffCard(card)))
        return;
    try {
        finish(linli::residents::identifyByCard(*m_db, card));
    } catch (const linli::storage::StorageError &e) {
        qCWarning(lcResidents) << "card identification failed:" << e.what();
    }
}

void ResidentSession::signIn(const QString &phone, const QString &pin)
{
    if (!m_db || m_busy)
        return;
    m_busy = true;
    m_message = {};
    emit changed();
    // Argon2id takes a noticeable fraction of a second: never on the GUI thread. The worker
    // opens its own connection (connections are per thread) and answers through the event loop.
    const QString path = m_db->path();
    const linli::Clock *clock = &m_clock;
    const QTimeZone zone = m_zone;
    QPointer<ResidentSession> self(this);
    const int generation = m_generation;
    QThreadPool::globalInstance()->start([path, clock, zone, phone, pin, self, generation] {
        IdentifyResult result;
        bool failed = false;
        try {
            auto db = linli::storage::Database::open(path);
            result = linli::residents::identifyByPin(db, *clock, zone, phone, pin);
        } catch (const linli::storage::StorageError &e) {
            qCWarning(lcResidents) << "PIN check failed:" << e.what();
            failed = true;
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, result, failed] {
                if (self && self->m_generation == generation) {
                    self->m_busy = false;
                    if (failed)
                        self->tell(kBusy);
                    else
                        self->finish(result);
                }
            },
            Qt::QueuedConnection);
    });
}

void ResidentSession::finish(const IdentifyResult &result)
{
    m_busy = false;
    if (!result.ok) {
        m_message = { result.reason };
        emit changed();
        return;
    }
    const bool wasActive = active();
    m_identity = result.value;
    m_message = {};
    m_idle.start();
    m_warn.start();
    m_away.stop();
    emit changed();
    if (!wasActive)
        emit started();
}

void ResidentSession::tell(const char *words)
{
    m_message = { {}, words };
    emit changed();
}

void ResidentSession::end()
{
    ++m_generation;
    m_identity = {};
    m_message = {};
    m_busy = false;
    m_reader.reset();
    m_idle.stop();
    m_warn.stop();
    m_away.start(); // the screen after a session (a booking code, say) goes home in time too
    m_idleWarning = false;
    emit changed();
    emit ended();
}

void ResidentSession::stillHere()
{
    if (!active()) {
        m_away.start();
        return;
    }
    m_idle.start();
    m_warn.start();
    if (m_idleWarning) {
        m_idleWarning = false;
        emit changed();
    }
}

void ResidentSession::clearMessage()
{
    m_message = {};
    emit changed();
}

bool ResidentSession::eventFilter(QObject *watched, QEvent *event)
{
    // Only window-level events: the same key is delivered to the window and to items.
    const bool isWindow = watched && watched->isWindowType();
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
        if (isWindow)
            stillHere();
        break;
    case QEvent::KeyPress: {
        if (!isWindow)
            break;
        if (!m_cardsAccepted) {
            stillHere();
            break;
        }
        const auto *key = static_cast<QKeyEvent *>(event);
        const QString text = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter
            ? QStringLiteral("\r")
            : key->text();
        const auto verdict = m_reader.feed(text, static_cast<qint64>(key->timestamp()));
        using V = linli::residents::CardReaderClassifier::Verdict;
        if (verdict.verdict == V::Card) {
            identifyCard(verdict.card);
        } else if (verdict.verdict == V::Malformed) {
            tell(kCardMisread);
        }
        stillHere();
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
