#pragma once

#include <QPushButton>

namespace Crm {

// A button of a document form, found by `name` in tests. Never a default button:
// Enter belongs to the fields (it moves on in the lines, picks in a picker).
inline QPushButton *formButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAutoDefault(false);
    return b;
}

} // namespace Crm
