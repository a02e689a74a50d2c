#include "Languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Bootcast {

QList<Language> availableLanguages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("zh_CN"), QString::fromUtf8(u8"简体中文")}};
}

QString effectiveLanguage(const QString &chosen)
{
    for (const Language &language : availableLanguages()) {
        if (language.code == chosen)
            return chosen;
    }
    return QLocale().name();
}

void installTranslators(QCoreApplication &app, const QString &chosen)
{
    QLocale locale(effectiveLanguage(chosen));
    // The source is English; its translation holds only the plural forms. The C locale reads English.
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("bootcast"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

} // namespace Bootcast
