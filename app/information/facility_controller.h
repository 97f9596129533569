#pragma once

#include "information_screen.h"

// One facility or room of the hall as its screen shows it, in the language on screen.
struct PlaceRecord {
    Q_GADGET
    QML_VALUE_TYPE(placeRecord)
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(bool isRoom MEMBER isRoom)
    Q_PROPERTY(QString category MEMBER category)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString address MEMBER address)
    Q_PROPERTY(QString floors MEMBER floors)
    Q_PROPERTY(int floor MEMBER floor)
    Q_PROPERTY(QString hours MEMBER hours)
    Q_PROPERTY(QString description MEMBER description)
    Q_PROPERTY(QStringList offers MEMBER offers)
    Q_PROPERTY(QString access MEMBER access)
    Q_PROPERTY(QString phone MEMBER phone)
    Q_PROPERTY(int capacity MEMBER capacity)
    Q_PROPERTY(bool bookable MEMBER bookable)
    Q_PROPERTY(QString facilityId MEMBER facilityId)
    Q_PROPERTY(QString facilityName MEMBER facilityName)
public:
    QString id;
    bool isRoom = false;
    QString category, name, address;
    QString floors; // 2楼 / 1–3楼
    int floor = 0; // a room's floor on the plan
    QString hours, description;
    QStringList offers; // functions of a facility, equipment of a room
    QString access; // 有电梯 · 有坡道; empty when none
    QString phone;
    int capacity = 0;
    bool bookable = false;
    QString facilityId, facilityName; // a room: the facility it belongs to
};

// facility/<id>: where a facility or room is, when it is open, what it offers, access, phone.
class FacilityController : public InformationScreen {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString placeId READ placeId WRITE setPlaceId NOTIFY placeIdChanged REQUIRED)
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(PlaceRecord place READ place NOTIFY changed)

public:
    explicit FacilityController(QObject *parent = nullptr);

    QString placeId() const { return m_placeId; }
    void setPlaceId(const QString &placeId);
    bool found() const { return m_found; }
    PlaceRecord place() const { return m_place; }

signals:
    void placeIdChanged();

protected:
    void read() override;
    void clear() override;

private:
    QString m_placeId;
    bool m_found = false;
    PlaceRecord m_place;
};
