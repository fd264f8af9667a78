#include "importmappingpage.h"

#include "import/importmapping.h"
#include "ui/importwizard.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Crm {

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose what each column of the file holds. Fields marked * are required; columns left at "
                   "\"not imported\" are ignored."));
    m_format = new QLabel(this);
    m_format->setObjectName(QStringLiteral("format"));
    m_saved = new QComboBox(this);
    m_saved->setObjectName(QStringLiteral("savedMappings"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("mappingName"));
    auto *form = new QFormLayout;
    form->addRow(tr("Saved &mapping:"), m_saved);
    form->addRow(tr("Save this mapping &as:"), m_name);

    m_grid = new QWidget;
    m_gridLayout = new QGridLayout(m_grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_grid);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_format);
    layout->addLayout(form);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);

    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        const QString name = m_saved->itemData(index).toString();
        const ImportWizardState &s = m_wizard->state();
        if (name.isEmpty()) {
            show(ImportMapping::guess(s.target.create()->fields(), s.table.header));
            return;
        }
        if (const auto saved = ImportMappings(s.db, s.target.id).find(name)) {
            show(saved->applyTo(s.table.header));
            m_name->setText(saved->name);
        }
    });
}

void ImportMappingPage::initializePage()
{
    ImportWizardState &s = m_wizard->state();
    m_format->setText(tr("%1 — %n record(s) under the header.", "", int(s.table.size())).arg(s.table.format));
    m_error->hide();

    const ImportMappings saved(s.db, s.target.id);
    m_saved->clear();
    m_saved->addItem(tr("(guessed from the column titles)"), QString());
    for (const ImportMappings::Saved &m : saved.all())
        m_saved->addItem(m.name, m.name);
    QStringList mapping = ImportMapping::guess(s.target.create()->fields(), s.table.header);
    QString name = QFileInfo(s.path).completeBaseName();
    if (const auto same = saved.forHeader(s.table.header)) {
        mapping = same->applyTo(s.table.header);
        name = same->name;
        m_saved->setCurrentIndex(m_saved->findData(same->name));
    }
    m_name->setText(name);

    // One row per column: its title, a few of its values, and the field.
    m_boxes.clear();
    while (QLayoutItem *item = m_gridLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_gridLayout->addWidget(new QLabel(tr("<b>Column</b>"), m_grid), 0, 0);
    m_gridLayout->addWidget(new QLabel(tr("<b>Values</b>"), m_grid), 0, 1);
    m_gridLayout->addWidget(new QLabel(tr("<b>Import as</b>"), m_grid), 0, 2);
    const QList<ImportField> fields = s.target.create()->fields();
    for (int c = 0; c < s.table.header.size(); ++c) {
        const QString title = s.table.header.at(c).isEmpty() ? tr("Column %1").arg(c + 1) : s.table.header.at(c);
        QStringList examples;
        for (qsizetype r = 0; r < s.table.size() && examples.size() < 3; ++r) {
            const QString v = s.table.cell(r, c).simplified();
            if (!v.isEmpty())
                examples << v.left(30);
        }
        auto *box = new QComboBox(m_grid);
        box->setObjectName(QStringLiteral("map_%1").arg(c));
        box->addItem(tr("— not imported —"), QString());
        for (const ImportField &f : fields)
            box->addItem(f.required ? f.title() + QStringLiteral(" *") : f.title(), f.key);
        auto *label = new QLabel(QString(title).replace(u'&', QLatin1String("&&")), m_grid);
        label->setBuddy(box);
        auto *values = new QLabel(examples.join(QStringLiteral(" · ")), m_grid);
        values->setStyleSheet(QStringLiteral("color: palette(mid);"));
        m_gridLayout->addWidget(label, c + 1, 0);
        m_gridLayout->addWidget(values, c + 1, 1);
        m_gridLayout->addWidget(box, c + 1, 2);
        m_boxes << box;
        connect(box, &QComboBox::activated, m_error, &QLabel::hide);
    }
    m_gridLayout->setColumnStretch(1, 1);
    m_gridLayout->setRowStretch(int(s.table.header.size()) + 1, 1);
    show(mapping);
    if (!m_boxes.isEmpty())
        m_boxes.first()->setFocus();
}

void ImportMappingPage::show(const QStringList &mapping)
{
    for (int c = 0; c < m_boxes.size(); ++c)
        m_boxes.at(c)->setCurrentIndex(std::max(0, m_boxes.at(c)->findData(mapping.value(c))));
}

QStringList ImportMappingPage::mapping() const
{
    QStringList out;
    for (const QComboBox *box : m_boxes)
        out << box->currentData().toString();
    return out;
}

bool ImportMappingPage::validatePage()
{
    ImportWizardState &s = m_wizard->state();
    const QStringList chosen = mapping();
    const QStringList problems = ImportMapping::problems(s.target.create()->fields(), chosen);
    if (!problems.isEmpty()) {
        m_error->setText(problems.join(QLatin1Char('\n')));
        m_error->show();
        return false;
    }
    s.mapping = chosen;
    const QString name = m_name->text().trimmed();
    if (!name.isEmpty())
        ImportMappings(s.db, s.target.id).save(name, s.table.header, chosen);
    return true;
}

} // namespace Crm
