#pragma once

// Lets Catch2 print Qt values in failed assertions instead of "{?}".
#include <QString>
#include <QStringList>
#include <QVariant>
#include <catch2/catch.hpp>

namespace Catch {

template <> struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};

template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &l)
    {
        QStringList quoted;
        for (const QString &s : l)
            quoted << QLatin1Char('"') + s + QLatin1Char('"');
        return '{' + quoted.join(QLatin1String(", ")).toStdString() + '}';
    }
};

template <> struct StringMaker<QVariant>
{
    static std::string convert(const QVariant &v)
    {
        if (!v.isValid())
            return "QVariant(invalid)";
        if (v.isNull())
            return std::string("QVariant(") + v.typeName() + ", NULL)";
        return std::string("QVariant(") + v.typeName() + ", " + v.toString().toStdString() + ')';
    }
};

} // namespace Catch
