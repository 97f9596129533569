#pragma once

#include "attract/attract_schedule.h"
#include "attract/attract_settings.h"
#include "gadget_list_model.h"
#include "hall_format.h"
#include "kiosk_context.h"
#include "sounds.h"

#include <QObject>
#include <QQmlEngine>
#include <QSet>
#include <QTimer>
#include <QUrl>

// Nobody there: once the window says the home screen is showing with nobody at it
// (eligible) and nobody has touched it for [attract] after_secs (by the kiosk's clock), the
// attract loop plays the content folder's playlist (attract.json) for this part of the day,
// item by item. A missing or broken file, or none at all, gives the built-in slide. A touch
// (the loop's screen) or a key (the card reader) ends it; so does a resident identifying.
class AttractBackend : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Given to the attract loop by the window")
    Q_PROPERTY(bool eligible READ eligible WRITE setEligible NOTIFY eligibleChanged)
    Q_PROPERTY(bool playing READ playing NOTIFY changed)
    Q_PROPERTY(QString kind READ kind NOTIFY changed) // image, video or slide
    Q_PROPERTY(QUrl source READ source NOTIFY changed) // empty for the slide
    Q_PROPERTY(int seconds READ seconds NOTIFY changed) // a video plays at most this long
    Q_PROPERTY(QString dayPart READ dayPart NOTIFY changed) // morning, afternoon, evening
    Q_PROPERTY(QString slideHeading READ slideHeading NOTIFY changed)
    Q_PROPERTY(GadgetListModel *slideRows READ slideRows CONSTANT)
    Q_PROPERTY(SoundPlayer *sounds READ sounds CONSTANT)

public:
    AttractBackend(const KioskContext &context, QObject *parent = nullptr);

    bool eligible() const { return m_eligible; }
    void setEligible(bool eligible);
    bool playing() const { return m_playing; }
    QString kind() const;
    QUrl source() const;
    int seconds() const { return m_item.seconds; }
    QString dayPart() const;
    QString slideHeading() const { return m_heading; }
    GadgetListModel *slideRows() const { return m_rows; }
    SoundPlayer *sounds() const { return m_sounds; }
    const linli::attract::AttractSettings &settings() const { return m_settings; }

    Q_INVOKABLE void tick(); // every second, and by tests after moving the clock
    Q_INVOKABLE void dismiss();
    Q_INVOKABLE void next();
    Q_INVOKABLE void failed(const QUrl &source); // the screen could not show it: skipped

signals:
    void eligibleChanged();
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override; // every touch and key

private:
    void touched();
    void show(const linli::attract::AttractItem &item);
    bool usable(const QString &file) const;
    std::vector<linli::attract::AttractItem> playlistNow();
    KioskContext m_context;
    linli::attract::AttractSettings m_settings;
    HallFormat m_format;
    GadgetListModel *m_rows;
    SoundPlayer *m_sounds;
    QTimer m_poll, m_advance;
    QSet<QString> m_broken;
    QString m_lastProblem;
    linli::attract::AttractItem m_item;
    linli::attract::DayPart m_part = linli::attract::DayPart::Morning;
    QString m_heading;
    qint64 m_lastTouch = 0;
    size_t m_index = 0;
    bool m_eligible = false;
    bool m_playing = false;
};
