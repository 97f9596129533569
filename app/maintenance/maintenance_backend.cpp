#include "maintenance_backend.h"

#include "language_controller.h"
#include "maintenance/staff_sign_in.h"
#include "resident_session.h"
#include "storage/database.h"
#include "storage/storage_error.h"

#include <QCoreApplication>
#include <QMouseEvent>
#include <QPointer>
#include <QThreadPool>
#include <QWindow>

using linli::maintenance::Permission;
using linli::maintenance::StaffRole;

MaintenanceBackend::MaintenanceBackend(const KioskContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    m_uptime.start();
    m_idle.setSingleShot(true);
    m_idle.setInterval(kIdleSecs * 1000);
    connect(&m_idle, &QTimer::timeout, this, &MaintenanceBackend::leave);
    connect(context.language, &LanguageController::changed, this, &MaintenanceBackend::changed);
    QCoreApplication::instance()->installEventFilter(this);
}

bool MaintenanceBackend::eventFilter(QObject *watched, QEvent *event)
{
    // Presses reach the window first and then each item: count the window's only.
    const bool press = event->type() == QEvent::MouseButtonPress || event->type() == QEvent::TouchBegin;
    if (press && watched->isWindowType()) {
        auto *pointer = static_cast<QPointerEvent *>(event);
        const auto *window = static_cast<QWindow *>(watched);
        if (signedIn() || cardEntry())
            m_idle.start();
        if (pointer->pointCount() > 0) {
            const QPointF at = pointer->point(0).position();
            if (m_corner.press(at.x(), at.y(), window->width(), window->height(),
                    static_cast<qint64>(pointer->timestamp()))) {
                endResidentSession();
                emit gestureEntered();
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

QString MaintenanceBackend::roleTitle() const
{
    if (!signedIn())
        return {};
    switch (m_staff.role) {
    case StaffRole::Operator:
        return tr("Duty operator");
    case StaffRole::Canteen:
        return tr("Canteen staff");
    case StaffRole::Administrator:
        return tr("Administrator");
    }
    return {};
}

QString MaintenanceBackend::message() const
{
    return m_reason.in(m_context.language->language());
}

bool MaintenanceBackend::may(Permission what) const
{
    return signedIn() && linli::maintenance::mayDo(m_staff.role, what);
}

bool MaintenanceBackend::takeStaffCard(const QString &card)
{
    if (!m_context.db || !linli::maintenance::isStaffCard(*m_context.db, card))
        return false;
    endResidentSession();
    m_staff = {};
    m_card = card.trimmed();
    m_reason = {};
    ++m_generation;
    m_idle.start();
    emit changed();
    emit cardPresented();
    return true;
}

void MaintenanceBackend::endResidentSession()
{
    // Staff never work inside a resident's session: nothing of theirs stays on the screen.
    if (m_context.session && m_context.session->active())
        m_context.session->end();
}

void MaintenanceBackend::signIn(const QString &pin)
{
    if (!m_context.db || m_busy)
        return;
    m_busy = true;
    m_reason = {};
    m_idle.start();
    emit changed();
    // Argon2id (three hashes after the gesture): never on the GUI thread. The worker opens its
    // own connection and answers through the event loop; an answer after Leave is dropped.
    const QString path = m_context.db->path(), card = m_card;
    const linli::Clock *clock = m_context.clock;
    const QTimeZone zone = m_context.zone;
    QPointer<MaintenanceBackend> self(this);
    const int generation = m_generation;
    QThreadPool::globalInstance()->start([path, clock, zone, card, pin, self, generation] {
        linli::maintenance::StaffSignIn result;
        try {
            auto db = linli::storage::Database::open(path);
            result = linli::maintenance::signInStaff(db, *clock, zone, card, pin);
        } catch (const linli::storage::StorageError &e) {
            result
                = linli::maintenance::StaffSignIn::refuse({ QStringLiteral("暂时无法核对密码，请稍后再试。"),
                    QStringLiteral("The PIN cannot be checked just now. Please try again shortly.") });
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, result] {
                if (!self || self->m_generation != generation)
                    return;
                self->m_busy = false;
                if (result.ok)
                    self->m_staff = result.value;
                else
                    self->m_reason = result.reason;
                emit self->changed();
            },
            Qt::QueuedConnection);
    });
}

void MaintenanceBackend::leave()
{
    m_idle.stop();
    ++m_generation;
    m_staff = {};
    m_card.clear();
    m_reason = {};
    m_busy = false;
    emit changed();
    emit left();
}

void MaintenanceBackend::stillHere()
{
    m_idle.start(); // the maintenance page calls it on opening and on every tap
}
