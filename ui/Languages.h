#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

namespace Bootcast {

// The languages the program is translated into, and loading them: the one chosen in the window's
// Language menu (AppSettings::language()), else the system's.
struct Language
{
    QString code;       // "de", "zh_CN"; "en" for the source language
    QString nativeName; // in its own language: "Deutsch", "简体中文"
};

QList<Language> availableLanguages();
// The code in effect: the chosen one when it is available, else the system locale's name.
QString effectiveLanguage(const QString &chosen);
// Installs Qt's and Bootcast's translators for chosen (empty: the system language).
void installTranslators(QCoreApplication &app, const QString &chosen);

} // namespace Bootcast
