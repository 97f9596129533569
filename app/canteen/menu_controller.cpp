#include "menu_controller.h"

#include "canteen/pricing.h"
#include "resident_session.h"

using namespace linli::canteen;

namespace {
constexpr MealPeriod kPeriods[] = { MealPeriod::Breakfast, MealPeriod::Lunch, MealPeriod::Dinner };
}

MenuController::MenuController(QObject *parent)
    : CanteenScreen(parent)
    , m_days(MealDayRow::staticMetaObject)
    , m_periods(MealPeriodRow::staticMetaObject)
    , m_items(MenuItemRow::staticMetaObject)
{
}

void MenuController::setRoute(const QString &route)
{
    if (route == m_route)
        return;
    m_route = route;
    const QStringList parts = route.section(u'?', 0, 0).split(u'/');
    m_day = parts.size() > 1 ? QDate::fromString(parts[1], Qt::ISODate) : QDate();
    m_period = parts.size() > 2 ? periodFrom(parts[2]) : std::nullopt;
    emit routeChanged();
    refresh();
}

std::vector<MealPeriod> MenuController::periodsOn(const QDate &day)
{
    std::vector<MealPeriod> found;
    for (MealPeriod p : kPeriods)
        if (!menuFor(backend().db(), day, p).empty())
            found.push_back(p);
    return found;
}

void MenuController::read()
{
    const QDate today = backend().today();
    const qint64 now = backend().now();
    if (!m_day.isValid() || m_day < today || m_day >= today.addDays(kMenuDaysShown)) {
        // The first meal that can still be ordered, today first.
        m_day = today;
        m_period.reset();
        for (int ahead = 0; ahead < kMenuDaysShown && !m_period; ++ahead)
            for (MealPeriod p : kPeriods) {
                const auto menu = menuFor(backend().db(), today.addDays(ahead), p);
                if (!menu.empty() && menu.front().orderByUtc > now) {
                    m_day = today.addDays(ahead);
                    m_period = p;
                    break;
                }
            }
    }
    m_dayIndex = static_cast<int>(today.daysTo(m_day));
    std::vector<MealDayRow> days;
    for (int ahead = 0; ahead < kMenuDaysShown; ++ahead)
        days.push_back(
            { ahead, backend().format().dayButton(today.addDays(ahead), today), ahead == m_dayIndex });
    m_days.reset(days);

    m_dayPeriods = periodsOn(m_day);
    if (!m_period || std::find(m_dayPeriods.begin(), m_dayPeriods.end(), *m_period) == m_dayPeriods.end()) {
        m_period.reset();
        for (MealPeriod p : m_dayPeriods)
            if (!m_period || menuFor(backend().db(), m_day, p).front().orderByUtc > now) {
                const bool open = menuFor(backend().db(), m_day, p).front().orderByUtc > now;
                m_period = p;
                if (open)
                    break;
            }
    }
    readMenu();
}

void MenuController::readMenu()
{
    const qint64 now = backend().now();
    std::vector<MealPeriodRow> periods;
    for (size_t i = 0; i < m_dayPeriods.size(); ++i) {
        const auto menu = menuFor(backend().db(), m_day, m_dayPeriods[i]);
        periods.push_back({ static_cast<int>(i), periodLabel(m_dayPeriods[i]),
            !menu.empty() && menu.front().orderByUtc > now, m_period == m_dayPeriods[i] });
    }
    m_periods.reset(periods);

    m_menu = m_period ? menuFor(backend().db(), m_day, *m_period) : std::vector<MenuOffer>{};
    std::optional<Diner> diner;
    if (identified())
        diner = loadDiner(backend().db(), backend().session().residentId());
    std::vector<MenuItemRow> rows;
    const std::map<QString, QString> next = nextMeals();
    std::optional<CanteenRules> rules;
    QString rulesOf;
    for (const MenuOffer &o : m_menu) {
        if (diner && o.canteenId != rulesOf) {
            rules = loadCanteenRules(backend().db(), o.canteenId);
            rulesOf = o.canteenId;
        }
        // One subsidised portion; the dish screen's quote counts what the resident already has.
        const qint64 yours = diner && rules
            ? subsidisedPortionFen(rules->subsidy, *diner, o.mealDate, o.category, o.priceFen)
            : o.priceFen;
        const HallFormat &f = backend().format();
        rows.push_back({ o.id, text(o.name), tagLabels(o.tags), f.money(yours), f.money(o.priceFen),
            yours < o.priceFen, o.soldOut(), o.left(), o.delivery,
            o.soldOut() && next.count(o.dishId) ? next.at(o.dishId) : QString(),
            backend().pictureUrl(o.picture) });
    }
    m_items.reset(rows);
}

std::map<QString, QString> MenuController::nextMeals()
{
    std::map<QString, QString> next;
    QStringList wanted;
    for (const MenuOffer &o : m_menu)
        if (o.soldOut())
            wanted << o.dishId;
    if (wanted.isEmpty() || !m_period)
        return next;
    const QDate today = backend().today();
    const qint64 now = backend().now();
    for (int ahead = static_cast<int>(today.daysTo(m_day)); ahead < kMenuDaysShown; ++ahead) {
        const QDate day = today.addDays(ahead);
        for (MealPeriod p : kPeriods) {
            if (day == m_day && static_cast<int>(p) <= static_cast<int>(*m_period))
                continue;
            for (const MenuOffer &o : menuFor(backend().db(), day, p))
                if (wanted.contains(o.dishId) && !next.count(o.dishId) && !o.soldOut() && o.orderByUtc > now)
                    next[o.dishId] = tr("%1, %2", "day, meal")
                                         .arg(backend().format().dayButton(day, today), periodLabel(p));
        }
    }
    return next;
}

QString MenuController::mealHeading() const
{
    if (!m_period || !canteen())
        return {};
    return tr("%1, %2", "day, meal")
        .arg(backend().format().dayHeading(m_day, backend().today()), periodLabel(*m_period));
}

bool MenuController::orderOpen() const
{
    return canteen() && !m_menu.empty() && m_menu.front().orderByUtc > backend().now();
}

QString MenuController::orderBy() const
{
    if (m_menu.empty() || !canteen())
        return {};
    const HallFormat &f = backend().format();
    const qint64 by = m_menu.front().orderByUtc;
    const QString when
        = f.localDate(by) == m_day ? f.time(by) : tr("%1 %2", "date time").arg(f.date(by), f.time(by));
    return orderOpen() ? tr("Order by %1.").arg(when) : tr("Ordering closed at %1.").arg(when);
}

QString MenuController::pickup() const
{
    if (m_menu.empty() || !canteen())
        return {};
    return tr("Collect at the canteen %1.")
        .arg(backend().format().timeRange(m_menu.front().pickupFromUtc, m_menu.front().pickupToUtc));
}

QString MenuController::selectedRoute() const
{
    if (!m_period)
        return QStringLiteral("canteen");
    return QStringLiteral("canteen/%1/%2").arg(m_day.toString(Qt::ISODate), periodName(*m_period));
}

void MenuController::selectDay(int index)
{
    if (!canteen() || index < 0 || index >= kMenuDaysShown)
        return;
    m_day = backend().today().addDays(index);
    m_period.reset();
    refresh();
}

void MenuController::selectPeriod(int index)
{
    if (index < 0 || index >= static_cast<int>(m_dayPeriods.size()))
        return;
    m_period = m_dayPeriods[static_cast<size_t>(index)];
    refresh();
}
