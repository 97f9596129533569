#pragma once

#include "tickets/ticket_qr.h"

#include <optional>
#include <QQuickPaintedItem>

// A ticket's QR code on screen: the largest whole module size that fits the item, the quiet
// zone included, centred on white, never scaled or smoothed (a blurred edge is what makes a
// camera miss). Text that makes no QR code draws nothing and leaves `valid` false.
class QrCodeItem : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY textChanged)
    Q_PROPERTY(int sideModules READ sideModules NOTIFY textChanged) // quiet zone included
    Q_PROPERTY(int moduleSize READ moduleSize NOTIFY geometryChanged)

public:
    explicit QrCodeItem(QQuickItem *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    bool valid() const { return m_matrix.has_value(); }
    int sideModules() const;
    int moduleSize() const;
    void paint(QPainter *painter) override;

signals:
    void textChanged();
    void geometryChanged();

protected:
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    QString m_text;
    std::optional<linli::tickets::QrMatrix> m_matrix;
};
