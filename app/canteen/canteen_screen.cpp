#include "canteen_screen.h"

#include "canteen/canteen_log.h"
#include "language_controller.h"
#include "resident_session.h"
#include "storage/storage_error.h"

using linli::canteen::MealPeriod;

CanteenScreen::CanteenScreen(QObject *parent)
    : QObject(parent)
{
}

void CanteenScreen::setCanteen(CanteenBackend *canteen)
{
    if (canteen == m_canteen)
        return;
    m_canteen = canteen;
    emit canteenChanged();
}

QString CanteenScreen::problem() const
{
    if (m_canteen && !m_canteen->available())
        return tr("The canteen is not available on this kiosk just now. Please ask the staff.");
    return m_readFailed
        ? tr("The kiosk cannot read the canteen's menus and orders just now. Please try again "
             "in a moment, or ask the staff.")
        : QString();
}

bool CanteenScreen::identified() const
{
    return m_canteen && m_canteen->session().active();
}

QString CanteenScreen::text(const linli::LocalizedText &t) const
{
    return m_canteen ? t.in(m_canteen->language().language()) : QString();
}

QString CanteenScreen::periodLabel(MealPeriod period)
{
    switch (period) {
    case MealPeriod::Breakfast:
        return tr("Breakfast");
    case MealPeriod::Lunch:
        return tr("Lunch");
    case MealPeriod::Dinner:
        return tr("Dinner");
    }
    return {};
}

QString CanteenScreen::tagLabel(const QString &tag)
{
    if (tag == u"soft")
        return tr("Soft food");
    if (tag == u"low_salt")
        return tr("Low salt");
    if (tag == u"low_sugar")
        return tr("Low sugar");
    if (tag == u"vegetarian")
        return tr("Vegetarian");
    if (tag == u"halal")
        return tr("Halal");
    return tag;
}

QString CanteenScreen::tagLabels(const QStringList &tags)
{
    QStringList words;
    for (const QString &tag : tags)
        words << tagLabel(tag);
    return words.join(tr(" · ", "between dish tags"));
}

void CanteenScreen::componentComplete()
{
    m_complete = true;
    if (!m_canteen)
        return;
    connect(m_canteen, &CanteenBackend::ordersChanged, this, &CanteenScreen::refresh);
    connect(&m_canteen->language(), &LanguageController::changed, this, &CanteenScreen::refresh);
    connect(&m_canteen->session(), &ResidentSession::started, this, &CanteenScreen::refresh);
    connect(&m_canteen->session(), &ResidentSession::ended, this, [this] {
        forgetResident();
        refresh();
    });
    refresh();
}

void CanteenScreen::refresh()
{
    m_readFailed = false;
    if (ready()) {
        try {
            read();
        } catch (const linli::storage::StorageError &e) {
            qCWarning(lcCanteen) << metaObject()->className() << "cannot read:" << e.what();
            m_readFailed = true;
        }
    }
    emit changed();
}
