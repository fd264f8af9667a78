#pragma once

#include <QString>
#include <stdexcept>

namespace Crm {

// The one exception type of the model layer. `message` is already translated and
// says what went wrong and where; callers show it as is.
class Error : public std::runtime_error
{
public:
    explicit Error(const QString &message, const QString &field = {})
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_field(field)
    {}
    QString message() const { return m_message; }
    // The field a validation error is about (a column name), empty otherwise.
    QString field() const { return m_field; }

private:
    QString m_message;
    QString m_field;
};

} // namespace Crm
