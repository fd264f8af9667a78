#include "exportoptionsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace Crm {

namespace {
const QString FormatKey = QStringLiteral("export/format");
const QString EncodingKey = QStringLiteral("export/encoding");
const QString SeparatorKey = QStringLiteral("export/separator");
const QString DecimalKey = QStringLiteral("export/decimalMark");

void select(QComboBox *box, const QVariant &value)
{
    const int i = box->findData(value);
    if (i >= 0)
        box->setCurrentIndex(i);
}
} // namespace

ExportOptions ExportOptionsDialog::remembered(const QLocale &locale)
{
    ExportOptions o;
    o.csv = CsvOptions::excel(locale);
    const QSettings s;
    if (s.value(FormatKey).toString() == QLatin1String("xlsx"))
        o.format = ExportFormat::Xlsx;
    const QString encoding = s.value(EncodingKey).toString();
    if (encoding == QLatin1String("utf8"))
        o.csv.encoding = CsvOptions::Encoding::Utf8;
    else if (encoding == QLatin1String("gb18030"))
        o.csv.encoding = CsvOptions::Encoding::Gb18030;
    const QString separator = s.value(SeparatorKey).toString();
    if (separator.size() == 1 && QStringLiteral(",;\t").contains(separator))
        o.csv.separator = separator.front();
    const QString mark = s.value(DecimalKey).toString();
    if (mark == QLatin1String(".") || mark == QLatin1String(","))
        o.csv.decimalMark = mark.front();
    return o;
}

ExportOptionsDialog::ExportOptionsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("exportOptions"));
    setWindowTitle(tr("Export"));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("CSV for Excel (.csv)"), QStringLiteral("csv"));
    m_format->addItem(tr("Excel workbook (.xlsx)"), QStringLiteral("xlsx"));
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->addItem(tr("UTF-8 for Excel (with BOM)"), QStringLiteral("utf8bom"));
    m_encoding->addItem(tr("UTF-8 without BOM"), QStringLiteral("utf8"));
    m_encoding->addItem(tr("GB18030 (older Chinese Excel)"), QStringLiteral("gb18030"));
    m_separator = new QComboBox(this);
    m_separator->setObjectName(QStringLiteral("separator"));
    m_separator->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_separator->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_separator->addItem(tr("Tab"), QStringLiteral("\t"));
    m_decimalMark = new QComboBox(this);
    m_decimalMark->setObjectName(QStringLiteral("decimalMark"));
    m_decimalMark->addItem(tr("Point (1234.50)"), QStringLiteral("."));
    m_decimalMark->addItem(tr("Comma (1234,50)"), QStringLiteral(","));
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);

    const ExportOptions o = remembered();
    select(m_format, ExportOptions::suffix(o.format));
    select(m_encoding, o.csv.encoding == CsvOptions::Encoding::Utf8      ? QStringLiteral("utf8")
                       : o.csv.encoding == CsvOptions::Encoding::Gb18030 ? QStringLiteral("gb18030")
                                                                         : QStringLiteral("utf8bom"));
    select(m_separator, QString(o.csv.separator));
    select(m_decimalMark, QString(o.csv.decimalMark));

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Separator:"), m_separator);
    form->addRow(tr("&Decimal mark:"), m_decimalMark);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportOptionsDialog::updateEnabled);
    updateEnabled();
    m_format->setFocus();
}

void ExportOptionsDialog::updateEnabled()
{
    const bool csv = m_format->currentData().toString() == QLatin1String("csv");
    m_encoding->setEnabled(csv);
    m_separator->setEnabled(csv);
    m_decimalMark->setEnabled(csv);
    m_hint->setText(csv ? tr("Dates are written as yyyy-mm-dd and numbers without thousands separators; text "
                             "starting with = + - or @ gets an apostrophe so that Excel does not run it.")
                        : tr("Codes and phone numbers stay text (leading zeros kept), amounts are numbers, dates "
                             "are dates."));
}

ExportOptions ExportOptionsDialog::options() const
{
    ExportOptions o;
    o.format = m_format->currentData().toString() == QLatin1String("xlsx") ? ExportFormat::Xlsx : ExportFormat::Csv;
    const QString encoding = m_encoding->currentData().toString();
    o.csv.encoding = encoding == QLatin1String("utf8")      ? CsvOptions::Encoding::Utf8
                     : encoding == QLatin1String("gb18030") ? CsvOptions::Encoding::Gb18030
                                                            : CsvOptions::Encoding::Utf8Bom;
    o.csv.separator = m_separator->currentData().toString().front();
    o.csv.decimalMark = m_decimalMark->currentData().toString().front();
    return o;
}

void ExportOptionsDialog::remember() const
{
    QSettings s;
    s.setValue(FormatKey, m_format->currentData());
    s.setValue(EncodingKey, m_encoding->currentData());
    s.setValue(SeparatorKey, m_separator->currentData());
    s.setValue(DecimalKey, m_decimalMark->currentData());
}

} // namespace Crm
