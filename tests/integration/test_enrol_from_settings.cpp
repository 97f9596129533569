// Enrolment from maintenance mode (issue 13: "Settings: server address and enrolment code"):
// the administrator types the server and the one-time code on the Settings screen and saves;
// the kiosk enrols with a REAL linli-central on loopback off the GUI thread, says so, and syncs
// once restarted. A code the server never gave is refused with its reason and stores no secret.
#include "../central/central_harness.h"
#include "kiosk_context.h"
#include "kiosk_under_test.h"
#include "language_controller.h"
#include "maintenance_backend.h"
#include "settings_controller.h"

#include <gtest/gtest.h>
#include <QFileInfo>
#include <QSignalSpy>

namespace linli::test {
namespace {

class EnrolFromSettings : public ::testing::Test {
protected:
    EnrolFromSettings()
    {
        language.select(QStringLiteral("en"));
        context.db = &*under.db;
        context.clock = &under.clock;
        context.zone = under.zone;
        context.language = &language;
        context.dataDir = under.dir.path();
        context.ticketKey = &*under.key;
        backend = std::make_unique<MaintenanceBackend>(context);
        settings.setMaintenance(backend.get());
    }
    bool signInAsAdministrator()
    {
        QSignalSpy answered(backend.get(), &MaintenanceBackend::changed);
        backend->signIn(QStringLiteral("900900"));
        while (backend->busy())
            if (!answered.wait(5000))
                return false;
        return backend->signedIn() && settings.allowed();
    }
    // Saves the server and code; the enrolment's answer, or nullopt when none came in 15 s.
    std::optional<bool> saveAndEnrol(const QString &code)
    {
        settings.setServerUrl(QStringLiteral("http://127.0.0.1:%1").arg(central.port()));
        settings.setEnrolCode(code);
        QSignalSpy finished(&settings, &SettingsController::enrolmentFinished);
        if (!settings.save())
            return std::nullopt;
        EXPECT_TRUE(settings.enrolling()) << "the screen says it is enrolling while it waits";
        if (!finished.wait(15000))
            return std::nullopt;
        return finished.first().first().toBool();
    }
    QString secretFile() const { return under.dir.file(QStringLiteral("sync-secret.key")); }

    CentralProcess central;
    KioskUnderTest under;
    LanguageController language;
    KioskContext context;
    std::unique_ptr<MaintenanceBackend> backend;
    SettingsController settings;
};

TEST_F(EnrolFromSettings, TheSavedCodeEnrolsTheKioskAndItSyncsAfterARestart)
{
    ASSERT_TRUE(signInAsAdministrator());
    const auto enrolled = saveAndEnrol(central.enrolmentCode());
    ASSERT_TRUE(enrolled.has_value()) << settings.message().toStdString();
    EXPECT_TRUE(*enrolled) << settings.message().toStdString();
    EXPECT_FALSE(settings.enrolling());
    EXPECT_TRUE(settings.messageOk());
    EXPECT_TRUE(settings.message().contains(u"Restart the app to start syncing"))
        << settings.message().toStdString();
    EXPECT_TRUE(QFileInfo::exists(secretFile()));
    // What a restart does: the engine starts from the enrolled state and the server answers it.
    under.connectTo(central.port());
    EXPECT_TRUE(under.syncOnce());
}

TEST_F(EnrolFromSettings, ACodeTheServerNeverGaveIsRefusedAndStoresNoSecret)
{
    ASSERT_TRUE(signInAsAdministrator());
    const auto enrolled = saveAndEnrol(QStringLiteral("ABCD2345EFGH"));
    ASSERT_TRUE(enrolled.has_value()) << settings.message().toStdString();
    EXPECT_FALSE(*enrolled);
    EXPECT_FALSE(settings.messageOk());
    EXPECT_FALSE(settings.message().isEmpty());
    EXPECT_FALSE(QFileInfo::exists(secretFile()));
}

} // namespace
} // namespace linli::test
