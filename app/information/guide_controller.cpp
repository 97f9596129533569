#include "guide_controller.h"

#include "information/guides.h"

GuideController::GuideController(QObject *parent)
    : InformationScreen(parent)
{
}

void GuideController::setGuideId(const QString &guideId)
{
    if (guideId == m_guideId)
        return;
    m_guideId = guideId;
    emit guideIdChanged();
    if (complete())
        refresh();
}

void GuideController::clear()
{
    m_found = false;
    m_guide = {};
}

void GuideController::read()
{
    const auto g = linli::information::findGuide(db(), m_guideId);
    if (!g)
        return;
    const linli::Language lang = language();
    const HallFormat &format = catalog().format();
    m_guide.id = g->id;
    m_guide.title = g->title.in(lang);
    m_guide.summary = g->summary.in(lang);
    m_guide.eligibility = g->eligibility.in(lang);
    m_guide.materials = g->materials.in(lang);
    m_guide.steps = g->steps.in(lang);
    m_guide.roomId = g->roomId;
    m_guide.floor = format.floor(g->floor);
    m_guide.location = g->location.in(lang);
    m_guide.hours = g->hours.in(lang);
    m_guide.processing = g->processing.in(lang);
    m_guide.fee = format.fee(g->feeFen);
    m_guide.feeNote = g->feeNote.in(lang);
    m_guide.online = g->online.in(lang);
    m_found = true;
}
