#include "language_controller.h"

#include <QCoreApplication>
#include <QLocale>

LanguageController::LanguageController(QObject *parent) : QObject(parent) {}

void LanguageController::setLanguage(linli::Language language)
{
    // Source strings are English; Chinese comes from the compiled-in translation.
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    if (language == linli::Language::Chinese) {
        if (m_translator.load(QStringLiteral(":/i18n/linli_zh_CN.qm")))
            m_installed = QCoreApplication::installTranslator(&m_translator);
        else
            qWarning("the Chinese translation is missing from the resources; showing English");
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    const bool different = language != m_language;
    m_language = language;
    if (m_engine)
        m_engine->retranslate();
    if (different)
        emit changed();
}

void LanguageController::select(const QString &code)
{
    setLanguage(code == u"en" ? linli::Language::English : linli::Language::Chinese);
}

void LanguageController::toggle()
{
    setLanguage(isEnglish() ? linli::Language::Chinese : linli::Language::English);
}
