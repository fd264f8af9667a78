#pragma once

#include "search/duplicatefinder.h"

#include <QFrame>

class QLabel;
class QListWidget;
class QPushButton;

namespace Crm {

// A non-blocking panel listing likely duplicates of the record being typed, with a
// button to open the existing one. Hidden while there are none.
class DuplicatePanel : public QFrame
{
    Q_OBJECT
public:
    explicit DuplicatePanel(QWidget *parent = nullptr);
    void setCandidates(const QList<DuplicateCandidate> &candidates);
    QList<DuplicateCandidate> candidates() const { return m_candidates; }
    QListWidget *list() const { return m_list; }

signals:
    void openRequested(qint64 id);

private:
    void openSelected();
    QLabel *m_title = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_open = nullptr;
    QList<DuplicateCandidate> m_candidates;
};

} // namespace Crm
