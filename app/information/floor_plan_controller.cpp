#include "floor_plan_controller.h"

#include "information/places.h"

FloorPlanController::FloorPlanController(QObject *parent)
    : InformationScreen(parent)
    , m_rooms(FloorRoom::staticMetaObject)
{
}

void FloorPlanController::setHighlighted(const QString &roomId)
{
    if (roomId == m_highlighted)
        return;
    m_highlighted = roomId;
    m_floorChosen = false;
    emit highlightedChanged();
    if (complete())
        refresh();
}

void FloorPlanController::setFloor(int floor)
{
    m_floorChosen = true;
    if (floor == m_floor)
        return;
    m_floor = floor;
    emit floorChanged();
    if (complete())
        refresh();
}

QList<QString> FloorPlanController::floorValues() const
{
    QList<QString> values;
    for (int level : m_floors)
        values << QString::number(level);
    return values;
}

void FloorPlanController::clear()
{
    m_floors.clear();
    m_floorNames.clear();
    m_rooms.clear();
}

void FloorPlanController::read()
{
    const std::vector<int> floors = linli::information::hallFloors(db());
    m_floors = QList<int>(floors.begin(), floors.end());
    for (int level : m_floors)
        m_floorNames << catalog().format().floor(level);
    int floor = m_floor;
    if (!m_floorChosen && !m_highlighted.isEmpty()) {
        const auto room = linli::information::findPlace(db(), m_highlighted);
        if (room && room->isRoom && m_floors.contains(room->floor))
            floor = room->floor;
        m_floorChosen = true;
    }
    if (!m_floors.isEmpty() && !m_floors.contains(floor))
        floor = m_floors.first();
    if (floor != m_floor) {
        m_floor = floor;
        emit floorChanged();
    }
    const linli::Language lang = language();
    std::vector<FloorRoom> rooms;
    for (const auto &r : linli::information::roomsOnFloor(db(), m_floor))
        rooms.push_back({ r.id, r.name.in(lang), r.planX, r.planY, r.planW, r.planH });
    m_rooms.reset(rooms);
}
