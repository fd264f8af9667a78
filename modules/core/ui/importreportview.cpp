#include "importreportview.h"

#include "db/error.h"

#include <QAbstractTableModel>
#include <QBrush>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Crm {

// The lines of a report as a table (no SQL: the report is in memory).
class ImportReportModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;
    void setLines(QList<ImportReport::Line> lines)
    {
        beginResetModel();
        m_lines = std::move(lines);
        endResetModel();
    }
    const QList<ImportReport::Line> &lines() const { return m_lines; }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_lines.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 4; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const ImportReport::Line &l = m_lines.at(index.row());
        if (role == Qt::ForegroundRole && l.outcome == ImportReport::Outcome::Error)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (role == Qt::TextAlignmentRole && index.column() == 0)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        switch (index.column()) {
        case 0:
            return l.line;
        case 1:
            return l.column;
        case 2:
            return ImportReport::outcomeTitle(l.outcome);
        default:
            return role == Qt::DisplayRole ? QString(l.message).replace(u'\n', u' ') : l.message;
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case 0:
            return QCoreApplication::translate("Crm::ImportReportView", "Line");
        case 1:
            return QCoreApplication::translate("Crm::ImportReportView", "Column");
        case 2:
            return QCoreApplication::translate("Crm::ImportReportView", "Outcome");
        default:
            return QCoreApplication::translate("Crm::ImportReportView", "Message");
        }
    }

private:
    QList<ImportReport::Line> m_lines;
};

ImportReportView::ImportReportView(QWidget *parent)
    : QWidget(parent)
{
    m_model = new ImportReportModel(this);
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("show"));
    m_show->addItem(tr("Problems"), true);
    m_show->addItem(tr("Every row"), false);
    auto *showLabel = new QLabel(tr("S&how:"), this);
    showLabel->setBuddy(m_show);
    m_export = new QPushButton(tr("E&xport report…"), this);
    m_export->setObjectName(QStringLiteral("exportReport"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("report"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto *top = new QHBoxLayout;
    top->addWidget(showLabel);
    top->addWidget(m_show);
    top->addStretch(1);
    top->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_show, &QComboBox::activated, this, [this] { showProblemsOnly(m_show->currentData().toBool()); });
    connect(m_export, &QPushButton::clicked, this, &ImportReportView::exportReport);
}

ImportReportView::~ImportReportView() = default;

void ImportReportView::setReport(const ImportReport &report)
{
    m_report = report;
    showProblemsOnly(!report.problems().isEmpty());
}

void ImportReportView::showProblemsOnly(bool problems)
{
    m_show->setCurrentIndex(problems ? 0 : 1);
    m_model->setLines(problems ? m_report.problems() : m_report.lines);
    m_table->resizeColumnsToContents();
    const int max = m_table->fontMetrics().averageCharWidth() * 30;
    for (int c = 0; c < 3; ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c) + 12, max));
}

QStringList ImportReportView::shownLines() const
{
    QStringList out;
    for (const ImportReport::Line &l : m_model->lines())
        out << QStringLiteral("%1|%2|%3|%4")
                   .arg(l.line)
                   .arg(l.column, ImportReport::outcomeTitle(l.outcome), l.message);
    return out;
}

void ImportReportView::exportTo(const QString &path) const
{
    m_report.saveCsv(path);
}

void ImportReportView::exportReport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export report"), QDir::home().filePath(tr("import-report.csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        exportTo(path);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Export report"), e.message());
    }
}

} // namespace Crm
