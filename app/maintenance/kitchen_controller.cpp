#include "kitchen_controller.h"

#include "canteen/kitchen.h"
#include "core/clock.h"
#include "core/hall_time.h"
#include "language_controller.h"
#include "maintenance_backend.h"
#include "residents/identification.h"
#include "storage/storage_error.h"

using linli::canteen::MealPeriod;

KitchenController::KitchenController(QObject *parent)
    : StaffScreen(parent)
    , m_dishes(KitchenRow::staticMetaObject)
    , m_stops(DeliveryRow::staticMetaObject)
{
}

void KitchenController::staffChanged()
{
    read();
}

void KitchenController::follow(MaintenanceBackend &maintenance)
{
    connect(&maintenance, &MaintenanceBackend::menuChanged, this, &KitchenController::read);
}

void KitchenController::setMeal(const QString &meal)
{
    if (meal == m_meal)
        return;
    m_meal = meal;
    read();
}

void KitchenController::read()
{
    std::vector<KitchenRow> dishes;
    std::vector<DeliveryRow> stops;
    m_problem.clear();
    int eatIn = 0, delivery = 0;
    if (maintenance() && maintenance()->context().db && maintenance()->mayChangeMenu()) {
        const KioskContext &c = maintenance()->context();
        const auto language = c.language->language();
        const QDate today = linli::HallTime(c.zone).localDate(c.clock->nowSecs());
        const MealPeriod period = m_meal == u"dinner" ? MealPeriod::Dinner : MealPeriod::Lunch;
        try {
            for (const auto &line : linli::canteen::kitchenCount(*c.db, today, period)) {
                dishes.push_back({ line.name.in(language), line.eatIn, line.delivery });
                eatIn += line.eatIn;
                delivery += line.delivery;
            }
            for (const auto &stop : linli::canteen::deliveryList(*c.db, today, period)) {
                QStringList items;
                for (const auto &item : stop.items)
                    items << tr("%1 × %2").arg(item.dishName.in(language)).arg(item.quantity);
                stops.push_back({ linli::residents::maskName(stop.residentName),
                    stop.address ? linli::residents::fullAddress(*stop.address).in(language)
                                 : tr("No address registered"),
                    items.join(
                        language == linli::Language::Chinese ? QStringLiteral("，") : QStringLiteral(", ")),
                    stop.note.in(language) });
            }
        } catch (const linli::storage::StorageError &) {
            m_problem = tr("The kitchen count cannot be read just now.");
        }
    }
    m_total = tr("Eat in: %1 · Delivery: %2 · Stops: %3").arg(eatIn).arg(delivery).arg(stops.size());
    m_dishes.reset(dishes);
    m_stops.reset(stops);
    emit changed();
}
