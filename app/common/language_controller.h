#pragma once

#include "core/localized_text.h"

#include <QObject>
#include <QQmlEngine>
#include <QTranslator>

// Switches the whole UI between Chinese and English at run time: installs the translator
// and asks the engine to re-evaluate every qsTr() binding.
class LanguageController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(QString code READ code NOTIFY changed)
    Q_PROPERTY(bool english READ isEnglish NOTIFY changed)

public:
    explicit LanguageController(QObject *parent = nullptr);

    void attach(QQmlEngine *engine) { m_engine = engine; }
    linli::Language language() const { return m_language; }
    QString code() const
    {
        return m_language == linli::Language::English ? QStringLiteral("en") : QStringLiteral("zh");
    }
    bool isEnglish() const { return m_language == linli::Language::English; }

    void setLanguage(linli::Language language);
    // The kiosk's own language (config or --lang), which the screen returns to when it goes
    // home because nobody is there, so the next resident is not met in someone else's choice.
    void setHomeLanguage(linli::Language language) { m_home = language; }
    Q_INVOKABLE void returnToHomeLanguage() { setLanguage(m_home); }
    Q_INVOKABLE void select(const QString &code);
    Q_INVOKABLE void toggle();

signals:
    void changed();

private:
    linli::Language m_language = linli::Language::Chinese;
    linli::Language m_home = linli::Language::Chinese;
    QTranslator m_translator;
    QQmlEngine *m_engine = nullptr;
    bool m_installed = false;
};
