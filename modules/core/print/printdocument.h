#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <functional>

namespace Crm {

class Database;

// A printable document registered by a module ("sales.quotation"): its template
// file print_templates/<module>/<document>.html and the data provider that fills
// the template's context from the database. Labels come from C++ through tr().
struct PrintDocumentSpec
{
    QString id;
    QString module;
    QString document;
    std::function<QString()> title;
    // Context for the document with this number; throws Crm::Error when there is none.
    std::function<QVariantMap(const Database &, const QString &number)> provider;
    // One mark per copy, e.g. customer, warehouse, accounting: the default of the
    // per-document print settings (PrintSettings).
    std::function<QStringList()> copyMarks;
    // The number of the newest document of this kind, whose data the template
    // editor previews; empty when there is none yet.
    std::function<QString(const Database &)> sampleNumber;
    // The template shows prices when copy.prices is true; which copies do is a
    // print setting (PrintSettings::pricedCopies).
    bool pricesPerCopy = false;
};

// Where templates come from: the user's copy in the data folder overrides the
// installed one (<prefix>/share/crmsuite/print_templates, also in the build tree).
class TemplateStore
{
    Q_DECLARE_TR_FUNCTIONS(Crm::TemplateStore)
public:
    static QString userPath(const QString &module, const QString &document);
    static QString installedPath(const QString &module, const QString &document);
    // The text of the template in use; throws Crm::Error when there is none.
    static QString load(const QString &module, const QString &document);
};

} // namespace Crm
