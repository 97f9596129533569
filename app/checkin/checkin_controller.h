#pragma once

#include "checkin/check_in_desk.h"
#include "checkin/scanner_input.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

class CheckinBackend;

// The check-in screen: waits for a scan (the scanner's keystrokes, seen anywhere in the
// window, or the camera's decoded text) or a typed human code, shows the result big with its
// words, and goes back to scanning after resultMs (3 s).
class CheckinController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(CheckinBackend *checkin READ checkin WRITE setCheckin NOTIFY checkinChanged)
    Q_PROPERTY(Result result READ result NOTIFY changed)
    Q_PROPERTY(QString headline READ headline NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString detail READ detail NOTIFY changed)
    Q_PROPERTY(QString typedCode READ typedCode NOTIFY codeChanged)
    Q_PROPERTY(bool codeComplete READ codeComplete NOTIFY codeChanged)
    Q_PROPERTY(int resultMs READ resultMs WRITE setResultMs NOTIFY checkinChanged)

public:
    enum class Result { Scanning, Admitted, AlreadyUsed, Refused };
    Q_ENUM(Result)
    static constexpr int kCodeLength = 10;

    explicit CheckinController(QObject *parent = nullptr);
    ~CheckinController() override;

    CheckinBackend *checkin() const { return m_backend; }
    void setCheckin(CheckinBackend *backend);
    Result result() const { return m_result; }
    QString headline() const;
    QString message() const;
    QString detail() const;
    QString typedCode() const; // spaced: "ABCDE FGHJK"
    bool codeComplete() const { return m_code.size() == kCodeLength; }
    int resultMs() const { return m_back.interval(); }
    void setResultMs(int ms);
    bool returnPending() const { return m_back.isActive(); }

    Q_INVOKABLE void scan(const QString &text); // a scanner's or the camera's text
    Q_INVOKABLE void typeCharacter(const QString &character);
    Q_INVOKABLE void erase();
    Q_INVOKABLE void submitCode();
    Q_INVOKABLE void returnToScanning();
    // One key from the window (text, or "\r" for Enter); true when it was part of a scan.
    bool handleKey(const QString &text, qint64 timestampMs);

signals:
    void checkinChanged();
    void changed();
    void codeChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void show(const linli::checkin::CheckInOutcome &outcome);

    QPointer<CheckinBackend> m_backend;
    linli::checkin::ScannerClassifier m_scanner;
    linli::checkin::CheckInOutcome m_last;
    Result m_result = Result::Scanning;
    QString m_code;
    QTimer m_back;
};
