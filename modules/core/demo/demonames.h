#pragma once

#include <QStringList>

namespace Crm::DemoNames {

// Word lists for realistic demo data in Chinese, English and Spanish.
struct Language
{
    QStringList cities;
    QStringList regions; // parallel to cities
    QStringList surnames;
    QStringList givenNames;
    QStringList companyWords; // brand-like words
    QStringList industries;   // "Technology", "Trading" …
    QStringList suffixes;     // legal forms
    QStringList titles;       // job titles
    QString country;
};

const Language &chinese();
const Language &english();
const Language &spanish();

// Product name parts.
QStringList productNouns();
QStringList productMaterials();
QStringList productSpecs();

} // namespace Crm::DemoNames
