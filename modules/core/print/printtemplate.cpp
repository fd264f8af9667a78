#include "printtemplate.h"

#include <QRegularExpression>
#include <kainjow/mustache.hpp>

namespace Crm {

namespace {
namespace km = kainjow::mustache;

km::data toData(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QVariantMap: {
        km::data object{km::data::type::object};
        const QVariantMap map = v.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object.set(it.key().toStdString(), toData(it.value()));
        return object;
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        km::data list{km::data::type::list};
        for (const QVariant &item : v.toList())
            list.push_back(toData(item));
        return list;
    }
    case QMetaType::Bool:
        return km::data{v.toBool()};
    default: {
        // An empty value is false too, so that {{#phone}}…{{/phone}} hides the
        // caption of a missing phone; {{phone}} still prints nothing.
        const QString text = v.toString();
        if (text.isEmpty())
            return km::data{false};
        return km::data{text.toStdString()};
    }
    }
}

// kainjow reports a byte offset ("… at 123"); users need a line.
int lineOfOffset(const std::string &text, const std::string &message)
{
    static const QRegularExpression at(QStringLiteral("at (\\d+)$"));
    const auto m = at.match(QString::fromStdString(message));
    if (!m.hasMatch())
        return 0;
    const size_t offset = std::min<size_t>(m.captured(1).toULongLong(), text.size());
    return 1 + int(std::count(text.begin(), text.begin() + qsizetype(offset), '\n'));
}
} // namespace

QString PrintTemplate::render(const QString &templateText, const QVariantMap &context)
{
    const std::string text = templateText.toStdString();
    km::mustache tmpl{text};
    const auto fail = [&] {
        const int line = lineOfOffset(text, tmpl.error_message());
        QString reason = QString::fromStdString(tmpl.error_message());
        reason.remove(QRegularExpression(QStringLiteral(" at \\d+$")));
        return TemplateError(tr("Template error on line %1: %2").arg(line).arg(reason), line, reason);
    };
    if (!tmpl.is_valid())
        throw fail();
    std::string out = tmpl.render(toData(context));
    if (!tmpl.is_valid())
        throw fail();
    return QString::fromStdString(out);
}

} // namespace Crm
