#pragma once

#include "booking_fixture.h"

namespace linli::booking::test {

// The hall of tests/data/content/new_york_hall (America/New_York), loaded at Thursday
// 2026-10-29 10:00 local (EDT, 14:00 UTC), three days before the clocks go back.
class NewYorkHallFixture : public BookingFixture {
protected:
    NewYorkHallFixture()
        : BookingFixture(QStringLiteral(LINLI_TEST_DATA_DIR "/content/new_york_hall"),
            QDateTime::fromString(QStringLiteral("2026-10-29T14:00:00Z"), Qt::ISODate))
    {
    }

    static qint64 utc(const char *iso)
    {
        return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
    }
};

} // namespace linli::booking::test
