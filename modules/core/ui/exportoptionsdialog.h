#pragma once

#include "export/listexporter.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace Crm {

// The first step of Export…: CSV for Excel or an .xlsx workbook, and for CSV the
// encoding, separator and decimal mark. Opens with the last choice (QSettings),
// at first the Excel profile of the user's locale.
class ExportOptionsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportOptionsDialog(QWidget *parent = nullptr);

    ExportOptions options() const;
    // Keeps the choice for the next export.
    void remember() const;
    static ExportOptions remembered(const QLocale &locale = QLocale());

private:
    void updateEnabled();
    QComboBox *m_format = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_separator = nullptr;
    QComboBox *m_decimalMark = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace Crm
