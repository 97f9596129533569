#include "qr_code_item.h"

#include "qr_image.h"

#include <cmath>
#include <QPainter>

QrCodeItem::QrCodeItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(false);
    setFillColor(Qt::white);
}

void QrCodeItem::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_matrix = text.isEmpty() ? std::nullopt : linli::tickets::qrMatrix(text);
    emit textChanged();
    emit geometryChanged();
    update();
}

int QrCodeItem::sideModules() const
{
    return m_matrix ? qrSideModules(*m_matrix) : 0;
}

int QrCodeItem::moduleSize() const
{
    const int side = static_cast<int>(std::floor(std::min(width(), height())));
    return m_matrix ? qrModuleSize(*m_matrix, side) : 0;
}

void QrCodeItem::paint(QPainter *painter)
{
    if (!m_matrix)
        return;
    const QImage image = qrImage(*m_matrix, moduleSize());
    // Whole pixels: the code is drawn 1:1, centred.
    const int x = (static_cast<int>(width()) - image.width()) / 2;
    const int y = (static_cast<int>(height()) - image.height()) / 2;
    painter->drawImage(QPoint(x, y), image);
}

void QrCodeItem::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    emit geometryChanged();
}
