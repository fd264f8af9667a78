#pragma once

#include "db/error.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

namespace Crm {

// A mustache template that cannot be rendered: the line and the reason.
class TemplateError : public Error
{
public:
    TemplateError(const QString &message, int line, QString reason = {})
        : Error(message)
        , m_line(line)
        , m_reason(std::move(reason))
    {}
    int line() const { return m_line; }
    // The message without the line ("Unclosed section \"lines\"").
    QString reason() const { return m_reason; }

private:
    int m_line;
    QString m_reason;
};

// Print templates: mustache over HTML. {{name}} is HTML-escaped, {{{name}}} is
// not; maps are objects, lists are sections, booleans open or skip sections, and
// an empty value counts as false.
class PrintTemplate
{
    Q_DECLARE_TR_FUNCTIONS(Crm::PrintTemplate)
public:
    // Throws TemplateError naming the line and the reason.
    static QString render(const QString &templateText, const QVariantMap &context);
};

} // namespace Crm
