#include "settings_controller.h"

#include "config/kiosk_config.h"
#include "language_controller.h"
#include "maintenance/settings_editor.h"
#include "sounds.h"
#include "storage/database.h"
#include "storage/storage_error.h"
#include "sync/enrolment.h"
#include "tickets/signing_key.h"

#include <algorithm>
#include <array>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>

namespace {

// Sync intervals a person would choose, from half a minute to a day.
constexpr std::array<int, 9> kIntervals = { 30, 60, 120, 300, 600, 1800, 3600, 21600, 86400 };

int nextInterval(int now, int direction)
{
    if (direction > 0) {
        const auto it = std::upper_bound(kIntervals.begin(), kIntervals.end(), now);
        return it == kIntervals.end() ? kIntervals.back() : *it;
    }
    const auto it = std::lower_bound(kIntervals.begin(), kIntervals.end(), now);
    return it == kIntervals.begin() ? kIntervals.front() : *(it - 1);
}

} // namespace

SettingsController::SettingsController(QObject *parent)
    : StaffScreen(parent)
{
}

void SettingsController::staffChanged()
{
    if (!maintenance()->signedIn() && m_enrolling) {
        ++m_enrolments; // the next staff member sees no answer meant for the last one
        m_enrolling = false;
        m_reason = {};
    }
    emit changed();
}

void SettingsController::attached()
{
    reload();
}

bool SettingsController::allowed() const
{
    return maintenance() && maintenance()->mayChangeSettings();
}

QString SettingsController::baseFile() const
{
    const KioskContext &context = maintenance()->context();
    return context.config ? context.config->file : QString();
}

QString SettingsController::overrideFile() const
{
    // The state directory; the database's when the context names none (the QML tests).
    const KioskContext &context = maintenance()->context();
    const QString dir = !context.dataDir.isEmpty() || !context.db
        ? context.dataDir
        : QFileInfo(context.db->path()).absolutePath();
    return linli::config::overrideFileIn(dir);
}

QString SettingsController::message() const
{
    if (!maintenance() || !maintenance()->context().language)
        return m_reason.en;
    return m_reason.in(maintenance()->context().language->language());
}

void SettingsController::reload()
{
    m_saved = maintenance() ? linli::maintenance::readKioskSettings(baseFile(), overrideFile())
                            : linli::maintenance::KioskSettings{};
    m_wanted = m_saved;
    m_reason = {};
    emit changed();
}

void SettingsController::step(const QString &field, int direction)
{
    linli::maintenance::KioskSettings s = m_wanted;
    const int sign = direction > 0 ? 1 : -1;
    if (field == u"interval")
        s.syncIntervalSecs = nextInterval(s.syncIntervalSecs, sign);
    else if (field == u"idle")
        s.idleTimeoutSecs = std::clamp(s.idleTimeoutSecs + 10 * sign, 30, 600);
    else if (field == u"volume")
        s.volume = std::clamp(s.volume + 10 * sign, 0, 100);
    else if (field == u"quietFrom")
        s.quietFrom = s.quietFrom.addSecs(1800 * sign); // QTime wraps round midnight
    else if (field == u"quietTo")
        s.quietTo = s.quietTo.addSecs(1800 * sign);
    edit(m_wanted, s);
}

bool SettingsController::save()
{
    if (!maintenance())
        return false;
    maintenance()->stillHere();
    const KioskContext &context = maintenance()->context();
    if (!context.db || !context.clock) {
        m_reason = { QStringLiteral("暂停服务时不能保存设置。"),
            QStringLiteral("Settings cannot be saved while the kiosk is out of service.") };
        m_messageOk = false;
        emit changed();
        return false;
    }
    linli::maintenance::SettingsEditor editor(*context.db, *context.clock, baseFile(), overrideFile());
    const linli::Outcome done = editor.save(maintenance()->staff(), m_wanted);
    m_messageOk = done.ok;
    if (!done.ok) {
        m_reason = done.reason;
        emit changed();
        return false;
    }
    const linli::maintenance::KioskSettings was = m_saved;
    // What can apply at once does; everything else the kiosk reads when it starts.
    if (SoundPlayer *sounds = SoundPlayer::current())
        sounds->setVolume(m_wanted.volume);
    if (context.language)
        context.language->setHomeLanguage(
            m_wanted.language == u"en" ? linli::Language::English : linli::Language::Chinese);
    linli::maintenance::KioskSettings liveOnly = was;
    liveOnly.volume = m_wanted.volume;
    liveOnly.language = m_wanted.language;
    const bool needsRestart = !(liveOnly == m_wanted);
    m_reason = needsRestart
        ? linli::LocalizedText{ QStringLiteral("已保存。音量和默认语言已生效；其余设置重启后生效。"),
              QStringLiteral("Saved. Volume and default language apply now; the rest takes "
                             "effect after a restart.") }
        : linli::LocalizedText{ QStringLiteral("已保存，已生效。"), QStringLiteral("Saved; in effect now.") };
    m_saved = m_wanted;
    if (!m_wanted.enrolCode.isEmpty() && m_wanted.enrolCode != was.enrolCode && !m_wanted.serverUrl.isEmpty())
        enrolInBackground(m_reason.zh, m_reason.en);
    emit changed();
    return true;
}

void SettingsController::enrolInBackground(const QString &savedMessageZh, const QString &savedMessageEn)
{
    const KioskContext &context = maintenance()->context();
    if (!context.ticketKey) {
        m_reason = { savedMessageZh + QStringLiteral("本机没有票券密钥，无法登记。"),
            savedMessageEn + QStringLiteral(" This kiosk has no ticket key, so it cannot enrol.") };
        m_messageOk = false;
        return;
    }
    linli::sync::EnrolRequestData request;
    request.url = m_wanted.serverUrl;
    request.code = m_wanted.enrolCode;
    request.caFile = context.config ? context.config->syncServerCa : QString();
    request.dataDir = context.dataDir;
    request.ticketPublicKey = context.ticketKey->publicKey();
    request.softwareVersion = QCoreApplication::applicationVersion();
    const QString dbPath = context.db->path();
    m_enrolling = true;
    m_reason = { savedMessageZh + QStringLiteral("正在向中心服务器登记……"),
        savedMessageEn + QStringLiteral(" Enrolling with the central server…") };
    const int enrolment = ++m_enrolments;
    QPointer<SettingsController> self(this);
    // The request waits for the server (bounded by its own timeout): never on the GUI thread,
    // and on a database connection of its own.
    QThreadPool::globalInstance()->start([=] {
        linli::sync::EnrolOutcome outcome;
        try {
            linli::storage::Database db = linli::storage::Database::open(dbPath);
            outcome = linli::sync::enrol(db, request);
        } catch (const linli::storage::StorageError &e) {
            outcome.message
                = { QStringLiteral("无法登记：数据库打不开（%1）。").arg(QString::fromUtf8(e.what())),
                      QStringLiteral("Cannot enrol: the database does not open (%1).")
                          .arg(QString::fromUtf8(e.what())) };
        }
        QMetaObject::invokeMethod(QCoreApplication::instance(), [=] {
            if (!self || self->m_enrolments != enrolment)
                return;
            self->m_enrolling = false;
            self->m_messageOk = outcome.ok;
            // Enrolled: the sync engine started with the old state, so a restart begins syncing.
            self->m_reason = outcome.ok
                ? linli::LocalizedText{ outcome.message.zh + QStringLiteral("请重启应用，开始同步。"),
                      outcome.message.en + QStringLiteral(" Restart the app to start syncing.") }
                : outcome.message;
            emit self->changed();
            emit self->enrolmentFinished(outcome.ok);
        });
    });
}
