#include "facility_controller.h"

#include "information/places.h"

FacilityController::FacilityController(QObject *parent)
    : InformationScreen(parent)
{
}

void FacilityController::setPlaceId(const QString &placeId)
{
    if (placeId == m_placeId)
        return;
    m_placeId = placeId;
    emit placeIdChanged();
    if (complete())
        refresh();
}

void FacilityController::clear()
{
    m_found = false;
    m_place = {};
}

void FacilityController::read()
{
    const auto p = linli::information::findPlace(db(), m_placeId);
    if (!p)
        return;
    const linli::Language lang = language();
    m_place.id = p->id;
    m_place.isRoom = p->isRoom;
    m_place.category = p->category;
    m_place.name = p->name.in(lang);
    m_place.address = p->address.in(lang);
    m_place.floors = p->floors.in(lang);
    m_place.floor = p->floor;
    m_place.hours = p->hours.in(lang);
    m_place.description = p->description.in(lang);
    m_place.offers = p->offers.in(lang);
    m_place.access = PlaceListModel::access(p->lift, p->ramp, p->accessibleToilet);
    m_place.phone = p->phone;
    m_place.capacity = p->capacity;
    m_place.bookable = p->bookable;
    m_place.facilityId = p->facilityId;
    m_place.facilityName = p->facilityName.in(lang);
    m_found = true;
}
