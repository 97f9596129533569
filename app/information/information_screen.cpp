#include "information_screen.h"

#include "core/logging.h"
#include "language_controller.h"
#include "storage/storage_error.h"

InformationScreen::InformationScreen(QObject *parent)
    : QObject(parent)
{
}

void InformationScreen::setInformation(Catalog *information)
{
    if (information == m_information)
        return;
    m_information = information;
    emit informationChanged();
}

QString InformationScreen::problem() const
{
    return m_readFailed ? Catalog::readProblem() : QString();
}

linli::Language InformationScreen::language() const
{
    return m_information->language().language();
}

void InformationScreen::componentComplete()
{
    m_complete = true;
    if (!m_information)
        return;
    connect(&m_information->language(), &LanguageController::changed, this, &InformationScreen::refresh);
    // A guide or facility on the glass when sync changes it shows the new text, or that it is gone.
    connect(m_information, &Catalog::catalogChanged, this, &InformationScreen::refresh);
    refresh();
}

void InformationScreen::refresh()
{
    m_readFailed = false;
    clear();
    if (m_complete && m_information) {
        if (!m_information->db()) {
            m_readFailed = true; // out of service: nothing can be read
        } else {
            try {
                read();
            } catch (const linli::storage::StorageError &e) {
                qCWarning(lcCatalog) << metaObject()->className() << "cannot read:" << e.what();
                m_readFailed = true;
                clear();
            }
        }
    }
    emit changed();
}
