#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMarginsF>
#include <QPageSize>
#include <QString>
#include <QStringList>

namespace Crm {

class Database;
struct PrintDocumentSpec;

// The paper a document prints on: office sizes and 241 mm continuous forms
// (whole, half and third of the 11-inch fan-fold sheet as dot-matrix printers
// take them).
enum class Paper { A4, Letter, Continuous241x140, Continuous241x93 };

// Per-document print settings, company-wide in the database Settings:
// `print.<document id>.paper` (a4, letter, 241x140, 241x93) and
// `print.<document id>.marks` (one copy mark per line). Without a stored value
// the paper is A4 and the marks are the document's own (PrintDocumentSpec::copyMarks,
// translated at the time of printing); a stored empty list means one copy without a mark.
class PrintSettings
{
    Q_DECLARE_TR_FUNCTIONS(Crm::PrintSettings)
public:
    PrintSettings(const Database &db, const PrintDocumentSpec &document);

    Paper paper() const;
    void setPaper(Paper paper) const;
    QStringList copyMarks() const;
    // Marks equal to the document's defaults are not stored, so they keep
    // following the language.
    void setCopyMarks(const QStringList &marks) const;
    QStringList defaultCopyMarks() const;
    // The copies (numbered from 1) that show prices, for documents with
    // PrintDocumentSpec::pricesPerCopy; `print.<document id>.priced_copies`.
    QList<int> pricedCopies() const;
    void setPricedCopies(const QList<int> &copies) const;
    // "3" or "1, 3" → {1, 3}; throws Crm::Error naming the entry that is not a
    // copy number from 1 to `copies`.
    static QList<int> copiesFromText(const QString &text, int copies);
    static QString copiesToText(const QList<int> &copies);

    static QList<Paper> papers();
    static QString paperName(Paper paper); // translated, for a combo box
    static QString paperKey(Paper paper);  // as stored
    static Paper paperFromKey(const QString &key, Paper fallback = Paper::A4);
    static QPageSize pageSize(Paper paper);
    static QMarginsF marginsMm(Paper paper);
    // The marks of a multi-line text: one per line, blank lines dropped.
    static QStringList marksFromText(const QString &text);

private:
    QString key(const char *name) const;
    const Database &m_db;
    const PrintDocumentSpec &m_document;
};

} // namespace Crm
