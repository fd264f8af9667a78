#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Crm::Translations {

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("es")};
}

QString install(const QString &language)
{
    static QTranslator *own = nullptr;
    static QTranslator *qt = nullptr;
    if (own) {
        QCoreApplication::removeTranslator(own);
        QCoreApplication::removeTranslator(qt);
        delete own;
        delete qt;
        own = qt = nullptr;
    }
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QString chosen = QStringLiteral("en");
    if (locale.language() == QLocale::Chinese)
        chosen = QStringLiteral("zh_CN");
    else if (locale.language() == QLocale::Spanish)
        chosen = QStringLiteral("es");
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    // English too: its file holds the plural forms of the sources' %n texts.
    own = new QTranslator;
    if (own->load(QStringLiteral(":/i18n/crmsuite_%1.qm").arg(chosen)))
        QCoreApplication::installTranslator(own);
    qt = new QTranslator;
    if (chosen != QLatin1String("en") && qt->load(QStringLiteral("qtbase_%1").arg(chosen), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return chosen;
}

} // namespace Crm::Translations
