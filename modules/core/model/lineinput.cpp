#include "lineinput.h"

#include "db/error.h"

#include <QCoreApplication>
#include <QLocale>

namespace Crm::LineInput {

Quantity quantity(int row, const QString &text, const QString &field)
{
    const auto q = Quantity::parse(text.trimmed(), QLocale());
    if (!q)
        throw Error(QCoreApplication::translate("Crm::LineInput", "Line %1: \"%2\" is not a quantity.")
                        .arg(row + 1)
                        .arg(text.trimmed()),
                    field);
    return *q;
}

qint64 product(int row, qint64 productId, const QString &code, const QString &field)
{
    if (productId <= 0)
        throw Error(QCoreApplication::translate("Crm::LineInput", "Line %1: there is no product with the code \"%2\".")
                        .arg(row + 1)
                        .arg(code.trimmed()),
                    field);
    return productId;
}

} // namespace Crm::LineInput
