#pragma once

#include "import/importreport.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableView;

namespace Crm {

class ImportReportModel;

// An import report as a table — line, column, outcome, message — showing the
// problems or every row, with Export report… (CSV through the one CSV writer).
class ImportReportView : public QWidget
{
    Q_OBJECT
public:
    explicit ImportReportView(QWidget *parent = nullptr);
    ~ImportReportView() override;
    void setReport(const ImportReport &report);
    QTableView *table() const { return m_table; }
    // The rows shown: "line|column|outcome|message".
    QStringList shownLines() const;
    // Shows the problems only (true) or every row.
    void showProblemsOnly(bool problems);
    void exportTo(const QString &path) const; // throws Crm::Error

private:
    void exportReport();
    ImportReport m_report;
    ImportReportModel *m_model = nullptr;
    QComboBox *m_show = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace Crm
