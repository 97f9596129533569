#include "maintenance/settings_editor.h"

#include "config/kiosk_config.h"
#include "core/clock.h"
#include "maintenance/audit.h"
#include "maintenance/maintenance_log.h"
#include "maintenance/staff_actions.h"
#include "storage/storage_reasons.h"
#include "storage/transaction.h"

#include <QFile>

namespace linli::maintenance {

SettingsEditor::SettingsEditor(
    storage::Database &db, const Clock &clock, QString baseFile, QString overrideFile)
    : m_db(db)
    , m_clock(clock)
    , m_base(std::move(baseFile))
    , m_override(std::move(overrideFile))
{
}

KioskSettings SettingsEditor::current() const
{
    return readKioskSettings(m_base, m_override);
}

Outcome SettingsEditor::save(const StaffMember &who, const KioskSettings &wanted)
{
    if (!mayDo(who.role, Permission::ChangeSettings))
        return Outcome::refuse(notAllowed());
    if (m_override.isEmpty())
        return Outcome::refuse({ QStringLiteral("本终端没有可写的状态目录，无法保存设置。"),
            QStringLiteral("This kiosk has no state directory to keep settings in.") });
    const QString ca = config::loadKioskConfig(m_base).config.syncServerCa;
    if (const auto problem = settingsProblem(wanted, ca))
        return Outcome::refuse(*problem);
    const KioskSettings before = current();
    if (before == wanted)
        return Outcome::success();
    // Only what changed goes into the audit row, so it reads as the change it was.
    QJsonObject was, now;
    const QJsonObject all = settingsJson(before), next = settingsJson(wanted);
    for (auto it = next.begin(); it != next.end(); ++it) {
        if (all.value(it.key()) != it.value()) {
            was.insert(it.key(), all.value(it.key()));
            now.insert(it.key(), it.value());
        }
    }
    const QByteArray text = overrideText(wanted, readKioskSettings(m_base, QString()));
    return storage::refuseOnStorageError(lcMaintenance(), "settings change", [&] {
        QFile old(m_override);
        const bool hadOld = old.open(QIODevice::ReadOnly);
        const QByteArray oldText = hadOld ? old.readAll() : QByteArray();
        old.close();
        storage::Transaction tx(m_db);
        recordAudit(m_db, who, m_clock.nowSecs(), QStringLiteral("kiosk.settings"),
            QStringLiteral("kiosk-settings"), was, now);
        if (const auto failed = writeOverrideFile(m_override, text))
            return Outcome::refuse(*failed); // the transaction rolls back: no audit row either
        try {
            tx.commit();
        } catch (...) {
            // No record of the change: the change is taken back too.
            if (hadOld)
                writeOverrideFile(m_override, oldText);
            else
                QFile::remove(m_override);
            throw;
        }
        qCInfo(lcMaintenance).noquote() << who.id << "changed the settings:" << now.keys().join(u", ");
        return Outcome::success();
    });
}

} // namespace linli::maintenance
