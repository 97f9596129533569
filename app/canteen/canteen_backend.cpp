#include "canteen_backend.h"

#include "canteen/canteen_log.h"
#include "core/clock.h"

#include <QDir>
#include <QFileInfo>

using namespace linli::canteen;

CanteenBackend::CanteenBackend(const KioskContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_time(context.zone)
    , m_format(context.zone, *context.language)
{
}

CanteenOrders CanteenBackend::orders() const
{
    return CanteenOrders(*m_context.db, *m_context.clock, m_time);
}

Vouchers CanteenBackend::vouchers() const
{
    return Vouchers(*m_context.db, *m_context.clock);
}

qint64 CanteenBackend::now() const
{
    return m_context.clock->nowSecs();
}

QUrl CanteenBackend::pictureUrl(const QString &picture) const
{
    if (picture.isEmpty() || m_context.contentDir.isEmpty())
        return {};
    const QString path = QDir(m_context.contentDir).filePath(picture);
    if (QFileInfo(path).isFile())
        return QUrl::fromLocalFile(path);
    if (!m_missingPictures.contains(path)) {
        m_missingPictures.insert(path);
        qCWarning(lcCanteen) << "dish picture not found, drawing the placeholder:" << path;
    }
    return {};
}
