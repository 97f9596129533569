#include "checkin_controller.h"

#include "checkin_backend.h"
#include "language_controller.h"

#include <QCoreApplication>
#include <QKeyEvent>

using linli::tickets::TicketStatus;

namespace {

// The human code's alphabet (tickets/human_code.h): no 0, 1, I or O to mistake.
const QString kCodeAlphabet = QStringLiteral("23456789ABCDEFGHJKLMNPQRSTUVWXYZ");

} // namespace

CheckinController::CheckinController(QObject *parent)
    : QObject(parent)
{
    m_back.setSingleShot(true);
    m_back.setInterval(3000);
    connect(&m_back, &QTimer::timeout, this, &CheckinController::returnToScanning);
    // A scanner types into whatever has focus: its keys are taken where the window gets them.
    QCoreApplication::instance()->installEventFilter(this);
}

CheckinController::~CheckinController()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

void CheckinController::setCheckin(CheckinBackend *backend)
{
    if (m_backend == backend)
        return;
    if (m_backend)
        disconnect(m_backend, nullptr, this, nullptr);
    m_backend = backend;
    if (m_backend)
        connect(&m_backend->language(), &LanguageController::changed, this, &CheckinController::changed);
    emit checkinChanged();
    emit changed();
}

void CheckinController::setResultMs(int ms)
{
    if (ms == m_back.interval())
        return;
    m_back.setInterval(ms);
    emit checkinChanged();
}

QString CheckinController::headline() const
{
    switch (m_result) {
    case Result::Scanning:
        return tr("Show your QR code or type your ticket code");
    case Result::Admitted:
        return tr("Please go in");
    case Result::AlreadyUsed:
        return tr("Already used");
    case Result::Refused:
        return tr("Not accepted");
    }
    return {};
}

QString CheckinController::message() const
{
    if (m_result == Result::Scanning || !m_backend)
        return {};
    return m_last.scan.message.in(m_backend->language().language());
}

QString CheckinController::detail() const
{
    if (m_result != Result::Admitted || !m_backend || !m_last.scan.ticket)
        return {};
    QStringList lines;
    if (m_last.scan.place)
        lines << m_last.scan.place->name.in(m_backend->language().language());
    if (m_last.scan.ticket->partySize > 1)
        lines << tr("Party size: %1").arg(m_last.scan.ticket->partySize);
    if (m_last.bookingCheckIn) {
        lines << (m_last.bookingCheckIn->ok
                ? tr("Room booking checked in")
                : m_last.bookingCheckIn->reason.in(m_backend->language().language()));
    }
    return lines.join(u'\n');
}

QString CheckinController::typedCode() const
{
    return m_code.size() > 5 ? m_code.left(5) + u' ' + m_code.mid(5) : m_code;
}

void CheckinController::scan(const QString &text)
{
    if (!m_backend || !m_backend->available())
        return;
    show(m_backend->scanned(text));
}

void CheckinController::typeCharacter(const QString &character)
{
    const QString upper = character.toUpper();
    if (upper.size() != 1 || !kCodeAlphabet.contains(upper) || m_code.size() >= kCodeLength)
        return;
    m_code += upper;
    emit codeChanged();
}

void CheckinController::erase()
{
    if (m_code.isEmpty())
        return;
    m_code.chop(1);
    emit codeChanged();
}

void CheckinController::submitCode()
{
    if (!m_backend || !m_backend->available() || m_code.isEmpty())
        return;
    const QString code = m_code;
    m_code.clear();
    emit codeChanged();
    show(m_backend->typed(code));
}

void CheckinController::returnToScanning()
{
    m_back.stop();
    if (m_result == Result::Scanning)
        return;
    m_result = Result::Scanning;
    m_last = {};
    emit changed();
}

void CheckinController::show(const linli::checkin::CheckInOutcome &outcome)
{
    m_last = outcome;
    m_result = outcome.admitted()                          ? Result::Admitted
        : outcome.scan.status == TicketStatus::AlreadyUsed ? Result::AlreadyUsed
                                                           : Result::Refused;
    emit changed();
    m_back.start(); // the next person scans a screen that waits for them
}

bool CheckinController::handleKey(const QString &text, qint64 timestampMs)
{
    const bool during = m_scanner.inBurst(timestampMs);
    const auto verdict = m_scanner.feed(text, timestampMs);
    if (verdict.verdict == linli::checkin::ScannerClassifier::Verdict::Scan) {
        scan(verdict.text);
        return true;
    }
    return during;
}

bool CheckinController::eventFilter(QObject *watched, QEvent *event)
{
    // Only window-level events: the same key is delivered to the window and to items.
    if (event->type() == QEvent::KeyPress && watched && watched->isWindowType()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QString text = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter
            ? QStringLiteral("\r")
            : key->text();
        handleKey(text, static_cast<qint64>(key->timestamp()));
    }
    return QObject::eventFilter(watched, event);
}
