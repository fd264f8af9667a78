#include "datefield.h"

namespace Crm {

DateField::DateField(QWidget *parent)
    : QDateEdit(parent)
{
    setCalendarPopup(true);
    setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat).contains(QLatin1String("yyyy"))
                         ? QLocale().dateFormat(QLocale::ShortFormat)
                         : QStringLiteral("yyyy-MM-dd"));
}

} // namespace Crm
