#pragma once

#include "information_screen.h"

// One service guide as its screen shows it, in the language on screen.
struct GuideRecord {
    Q_GADGET
    QML_VALUE_TYPE(guideRecord)
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString summary MEMBER summary)
    Q_PROPERTY(QString eligibility MEMBER eligibility)
    Q_PROPERTY(QStringList materials MEMBER materials)
    Q_PROPERTY(QStringList steps MEMBER steps)
    Q_PROPERTY(QString roomId MEMBER roomId)
    Q_PROPERTY(QString floor MEMBER floor)
    Q_PROPERTY(QString location MEMBER location)
    Q_PROPERTY(QString hours MEMBER hours)
    Q_PROPERTY(QString processing MEMBER processing)
    Q_PROPERTY(QString fee MEMBER fee)
    Q_PROPERTY(QString feeNote MEMBER feeNote)
    Q_PROPERTY(QString online MEMBER online)
public:
    QString id, title, summary, eligibility;
    QStringList materials, steps;
    QString roomId; // on the floor plan; empty when the service has no room there
    QString floor; // 1楼 / 1F
    QString location, hours, processing;
    QString fee; // 免费 / Free, or the amount
    QString feeNote, online;
};

// guide/<id>: who can apply, what to bring, the steps, where and when, the fee.
class GuideController : public InformationScreen {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString guideId READ guideId WRITE setGuideId NOTIFY guideIdChanged REQUIRED)
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(GuideRecord guide READ guide NOTIFY changed)

public:
    explicit GuideController(QObject *parent = nullptr);

    QString guideId() const { return m_guideId; }
    void setGuideId(const QString &guideId);
    bool found() const { return m_found; }
    GuideRecord guide() const { return m_guide; }

signals:
    void guideIdChanged();

protected:
    void read() override;
    void clear() override;

private:
    QString m_guideId;
    bool m_found = false;
    GuideRecord m_guide;
};
