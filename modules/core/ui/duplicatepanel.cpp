#include "duplicatepanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Crm {

DuplicatePanel::DuplicatePanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("duplicatePanel"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#duplicatePanel { background: #fff8e1; border: 1px solid #f0c36d; }"));
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setMaximumHeight(90);
    m_open = new QPushButton(tr("Open &existing"), this);
    connect(m_open, &QPushButton::clicked, this, &DuplicatePanel::openSelected);
    connect(m_list, &QListWidget::itemActivated, this, &DuplicatePanel::openSelected);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addWidget(m_open, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(row);
    hide();
}

void DuplicatePanel::setCandidates(const QList<DuplicateCandidate> &candidates)
{
    m_candidates = candidates;
    m_list->clear();
    for (const DuplicateCandidate &c : candidates)
        m_list->addItem(tr("%1  %2  — %3").arg(c.code, c.name, c.reason));
    m_title->setText(tr("Possible duplicates (%1): check before saving.").arg(candidates.size()));
    if (!candidates.isEmpty())
        m_list->setCurrentRow(0);
    setVisible(!candidates.isEmpty());
}

void DuplicatePanel::openSelected()
{
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_candidates.size())
        emit openRequested(m_candidates.at(row).id);
}

} // namespace Crm
