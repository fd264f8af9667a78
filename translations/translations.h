#pragma once

#include <QString>
#include <QStringList>

namespace Crm::Translations {

// Languages the suite ships, as locale names ("en", "zh_CN", "es").
QStringList available();
// Installs the suite's and Qt's translators for `language` ("" = system locale)
// and sets the default QLocale to it. Returns the language actually used.
QString install(const QString &language);

} // namespace Crm::Translations
