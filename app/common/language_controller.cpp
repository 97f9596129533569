#include "language_controller.h"

#include <QCoreApplication>
#include <QLocale>

LanguageController::LanguageController(QObject *parent)
    : QObject(parent)
{
}

void LanguageController::setLanguage(linli::Language language)
{
    // Source strings are English. Chinese comes from the compiled-in translation; English has
    // one too, holding only plural forms, so tr("%n hour(s)", ...) reads "1 hour", "2 hours".
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    const bool chinese = language == linli::Language::Chinese;
    if (m_translator.load(
            chinese ? QStringLiteral(":/i18n/linli_zh_CN.qm") : QStringLiteral(":/i18n/linli_en.qm")))
        m_installed = QCoreApplication::installTranslator(&m_translator);
    else if (chinese)
        qWarning("the Chinese translation is missing from the resources; showing English");
    else
        qWarning("the English plural forms are missing from the resources; showing \"1 hour(s)\"");
    QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                : QLocale(QLocale::English, QLocale::UnitedKingdom));
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
