#pragma once

#include "model/quantity.h"

#include <QString>

namespace Crm::LineInput {

// What a user typed in line `row` (from 0) of a document's grid, read the same way
// by every document form. Each throws Crm::Error naming the line (from 1) and what
// was typed, with `field` as the error's field.

// The quantity typed (in the user's locale).
Quantity quantity(int row, const QString &text, const QString &field);
// The product the line's code found (`productId` > 0), else the error naming the code.
qint64 product(int row, qint64 productId, const QString &code, const QString &field);

} // namespace Crm::LineInput
