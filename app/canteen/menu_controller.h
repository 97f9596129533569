#pragma once

#include "canteen/menu.h"
#include "canteen_screen.h"
#include "gadget_list_model.h"

#include <map>

// One day button of the menu: today, tomorrow, then dates.
struct MealDayRow {
    Q_GADGET
    Q_PROPERTY(int index MEMBER index)
    Q_PROPERTY(QString label MEMBER label)
    Q_PROPERTY(bool selected MEMBER selected)
public:
    int index = 0;
    QString label; // 今天, 明天, 24日 周二
    bool selected = false;
};

// One meal of the chosen day (breakfast, lunch, dinner) that has a menu.
struct MealPeriodRow {
    Q_GADGET
    Q_PROPERTY(int index MEMBER index)
    Q_PROPERTY(QString label MEMBER label)
    Q_PROPERTY(bool open MEMBER open)
    Q_PROPERTY(bool selected MEMBER selected)
public:
    int index = 0;
    QString label; // 午餐
    bool open = false; // ordering still possible
    bool selected = false;
};

// One dish of the chosen meal, priced for the resident at the kiosk when there is one.
struct MenuItemRow {
    Q_GADGET
    Q_PROPERTY(QString offerId MEMBER offerId)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString tags MEMBER tags)
    Q_PROPERTY(QString price MEMBER price)
    Q_PROPERTY(QString fullPrice MEMBER fullPrice)
    Q_PROPERTY(bool subsidised MEMBER subsidised)
    Q_PROPERTY(bool soldOut MEMBER soldOut)
    Q_PROPERTY(int servingsLeft MEMBER servingsLeft)
    Q_PROPERTY(bool delivery MEMBER delivery)
    Q_PROPERTY(QString nextOn MEMBER nextOn)
    Q_PROPERTY(QUrl picture MEMBER picture)
public:
    QString offerId, name;
    QString tags; // 软烂 · 低盐
    QString price; // what one portion costs this resident (full price when nobody is identified)
    QString fullPrice;
    bool subsidised = false; // price is below the full price
    bool soldOut = false;
    int servingsLeft = 0;
    bool delivery = false;
    QString nextOn; // sold out: the next meal it can be ordered for ("明天，晚餐"), if any this week
    QUrl picture; // empty: the screen draws a placeholder
};

// canteen, canteen/<date>/<period>: the menus from today on, by day and meal, with what can
// still be ordered; each dish with the price for this resident, or the full price and a note to
// identify.
class MenuController : public CanteenScreen {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString route READ route WRITE setRoute NOTIFY routeChanged REQUIRED)
    Q_PROPERTY(GadgetListModel *days READ days CONSTANT)
    Q_PROPERTY(GadgetListModel *periods READ periods CONSTANT)
    Q_PROPERTY(GadgetListModel *items READ items CONSTANT)
    Q_PROPERTY(int dayIndex READ dayIndex NOTIFY changed)
    Q_PROPERTY(QString mealHeading READ mealHeading NOTIFY changed)
    Q_PROPERTY(bool hasMenu READ hasMenu NOTIFY changed)
    Q_PROPERTY(bool orderOpen READ orderOpen NOTIFY changed)
    Q_PROPERTY(QString orderBy READ orderBy NOTIFY changed)
    Q_PROPERTY(QString pickup READ pickup NOTIFY changed)
    Q_PROPERTY(QString selectedRoute READ selectedRoute NOTIFY changed)

public:
    explicit MenuController(QObject *parent = nullptr);

    QString route() const { return m_route; }
    void setRoute(const QString &route);
    GadgetListModel *days() { return &m_days; }
    GadgetListModel *periods() { return &m_periods; }
    GadgetListModel *items() { return &m_items; }
    int dayIndex() const { return m_dayIndex; }
    QString mealHeading() const;
    bool hasMenu() const { return !m_menu.empty(); }
    bool orderOpen() const;
    // "请在10:00前订餐" / "Ordering closed at 10:00" for the chosen meal.
    QString orderBy() const;
    QString pickup() const;
    // canteen/<date>/<period> of the meal on screen, to come back to after identifying.
    QString selectedRoute() const;

    Q_INVOKABLE void selectDay(int index);
    Q_INVOKABLE void selectPeriod(int index);

signals:
    void routeChanged();

protected:
    void read() override;

private:
    void readMenu();
    // Sold-out dishes of the meal on screen -> the next meal, within the days shown, that still
    // has servings of them and takes orders.
    std::map<QString, QString> nextMeals();
    std::vector<linli::canteen::MealPeriod> periodsOn(const QDate &day);

    QString m_route;
    QDate m_day; // chosen; invalid = the first meal still open
    std::optional<linli::canteen::MealPeriod> m_period;
    int m_dayIndex = 0;
    std::vector<linli::canteen::MealPeriod> m_dayPeriods;
    std::vector<linli::canteen::MenuOffer> m_menu;
    GadgetListModel m_days, m_periods, m_items;
};
