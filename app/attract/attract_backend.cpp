#include "attract_backend.h"

#include "attract_slide.h"
#include "config/kiosk_config.h"
#include "core/clock.h"
#include "language_controller.h"
#include "resident_session.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAttract, "linli.attract", QtInfoMsg)

using linli::attract::AttractItem;
using linli::attract::DayPart;

namespace {

linli::attract::AttractSettings readSettings(const KioskContext &context)
{
    const auto read = linli::attract::loadAttractSettings(context.config ? context.config->file : QString(),
        context.config ? context.config->overrideFile : QString());
    for (const auto &problem : read.problems)
        qCWarning(lcAttract).noquote() << problem.en;
    return read.settings;
}

} // namespace

AttractBackend::AttractBackend(const KioskContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_settings(readSettings(context))
    , m_format(context.zone, *context.language)
    , m_rows(new GadgetListModel(SlideRow::staticMetaObject, this))
    , m_sounds(new SoundPlayer(*context.clock, context.zone, m_settings, this))
{
    m_lastTouch = m_context.clock->nowSecs();
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &AttractBackend::tick);
    m_poll.start();
    m_advance.setSingleShot(true);
    connect(&m_advance, &QTimer::timeout, this, &AttractBackend::next);
    if (m_context.session) {
        // A resident who identifies (a card on the reader) is served at once; the wait for the
        // loop starts again when their session ends.
        connect(m_context.session, &ResidentSession::started, this, &AttractBackend::dismiss);
        connect(m_context.session, &ResidentSession::ended, this, &AttractBackend::touched);
    }
    QCoreApplication::instance()->installEventFilter(this);
}

void AttractBackend::setEligible(bool eligible)
{
    if (eligible == m_eligible)
        return;
    m_eligible = eligible;
    touched(); // the home screen just came back: it has not been untouched yet
    if (!eligible)
        dismiss();
    emit eligibleChanged();
}

QString AttractBackend::kind() const
{
    switch (m_item.kind) {
    case AttractItem::Kind::Image:
        return QStringLiteral("image");
    case AttractItem::Kind::Video:
        return QStringLiteral("video");
    case AttractItem::Kind::BuiltInSlide:
        break;
    }
    return QStringLiteral("slide");
}

QUrl AttractBackend::source() const
{
    return m_item.file.isEmpty() ? QUrl() : QUrl::fromLocalFile(m_item.file);
}

QString AttractBackend::dayPart() const
{
    return m_part == DayPart::Morning  ? QStringLiteral("morning")
        : m_part == DayPart::Afternoon ? QStringLiteral("afternoon")
                                       : QStringLiteral("evening");
}

void AttractBackend::tick()
{
    if (m_playing || !m_eligible || (m_context.session && m_context.session->active()))
        return;
    if (m_context.clock->nowSecs() - m_lastTouch < m_settings.afterSecs)
        return;
    m_playing = true;
    m_index = 0;
    qCInfo(lcAttract) << "nobody at the kiosk: the attract loop plays";
    show(playlistNow().front());
}

void AttractBackend::dismiss()
{
    touched();
    if (!m_playing)
        return;
    m_playing = false;
    m_advance.stop();
    m_item = {};
    emit changed();
}

void AttractBackend::next()
{
    if (!m_playing)
        return;
    const auto playlist = playlistNow(); // the part of the day may have changed meanwhile
    m_index = (m_index + 1) % playlist.size();
    show(playlist[m_index]);
}

void AttractBackend::failed(const QUrl &source)
{
    if (source.isEmpty() || !source.isLocalFile())
        return;
    qCWarning(lcAttract) << "the attract loop cannot show" << source.toLocalFile() << "- skipped";
    m_broken.insert(source.toLocalFile());
    if (m_playing && source == this->source())
        next();
}

void AttractBackend::touched()
{
    m_lastTouch = m_context.clock->nowSecs();
}

void AttractBackend::show(const AttractItem &item)
{
    m_item = item;
    m_part = linli::attract::dayPartAt(m_context.clock->nowUtc().toTimeZone(m_context.zone).time());
    if (item.kind == AttractItem::Kind::BuiltInSlide) {
        const Slide slide = builtInSlide(
            m_context.db, m_format, m_context.language->language(), m_part, m_context.clock->nowSecs());
        m_heading = slide.heading;
        m_rows->reset(slide.rows);
    }
    m_advance.start(item.seconds * 1000);
    emit changed();
}

bool AttractBackend::usable(const QString &file) const
{
    const QFileInfo info(file);
    if (m_broken.contains(file) || !info.isFile() || info.size() == 0)
        return false;
    // A video's only test is playing it (the screen reports a failure); an image can be asked.
    static const QStringList videos
        = { QStringLiteral("mp4"), QStringLiteral("webm"), QStringLiteral("mkv") };
    return videos.contains(info.suffix().toLower()) || QImageReader(file).canRead();
}

std::vector<AttractItem> AttractBackend::playlistNow()
{
    const QString path = QDir(m_context.contentDir).absoluteFilePath(m_settings.playlist);
    std::vector<AttractItem> items;
    QFile file(path);
    QString problem;
    if (!file.open(QIODevice::ReadOnly)) {
        problem = QStringLiteral("no attract playlist %1: the built-in slide plays").arg(path);
    } else {
        const auto parsed = linli::attract::parsePlaylist(file.readAll(), QFileInfo(path).absolutePath());
        if (parsed.ok)
            items = parsed.value;
        else
            problem = parsed.reason.en + QStringLiteral(" The built-in slide plays.");
    }
    if (problem != m_lastProblem && !problem.isEmpty())
        qCWarning(lcAttract).noquote() << problem;
    m_lastProblem = problem;
    const QTime local = m_context.clock->nowUtc().toTimeZone(m_context.zone).time();
    return linli::attract::playlistAt(items, local, [this](const QString &f) { return usable(f); });
}

bool AttractBackend::eventFilter(QObject *watched, QEvent *event)
{
    // Window-level events only: the same press is delivered to the window and to items.
    if (watched && watched->isWindowType()) {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::TouchBegin:
            touched(); // the loop's own screen ends it on release, so no tap reaches below
            break;
        case QEvent::KeyPress:
            dismiss(); // a card on the reader, a keyboard
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}
