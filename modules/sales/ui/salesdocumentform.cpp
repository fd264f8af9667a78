#include "salesdocumentform.h"

#include "db/error.h"
#include "model/documenteditor.h"
#include "model/saleslinesmodel.h"
#include "model/shipment.h"
#include "ui/approvaldialog.h"
#include "ui/chooselinesdialog.h"
#include "ui/documentheader.h"
#include "ui/lastpricesdialog.h"
#include "ui/linesgrid.h"
#include "ui/printactions.h"
#include "ui/recordpicker.h"

#include "ui/formbutton.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace Crm::Sales {

SalesDocumentForm::SalesDocumentForm(const Database &db, const Session &session, const PrintDocumentSpec *print,
                                     const StockService *stock,
                                     SalesDocument::Kind kind, qint64 id, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_session(session)
    , m_print(print)
    , m_stock(stock)
{
    setObjectName(QStringLiteral("salesDocumentForm"));
    m_editor = new DocumentEditor(db, session, kind, id, stock, this);
    const bool order = m_editor->document().kind == SalesDocument::Kind::Order;
    m_header = new DocumentHeader(*m_editor, this);
    m_lines = new SalesLinesModel(*m_editor, this);
    m_grid = new LinesGrid(db, m_lines, this);
    connect(m_grid, &LinesGrid::refused, this, [this](const QString &m) { showError(QString(), m); });

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("state"));
    m_state->setTextFormat(Qt::PlainText);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    auto *hint = new QLabel(tr("Enter: next field · Ctrl+L: last prices · Ctrl+Del: remove line · Ctrl+S: save · "
                               "Ctrl+Enter: %1 · Ctrl+P: print")
                                .arg(order ? tr("confirm") : tr("mark as sent")),
                            this);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));

    m_discount = new QLineEdit(this);
    m_discount->setObjectName(QStringLiteral("discount"));
    m_discount->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 10);
    connect(m_discount, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_discount->text().trimmed();
        const auto rate = text.isEmpty() ? std::optional<Rate>(Rate()) : Rate::parse(text, QLocale());
        if (!rate || rate->basisPoints() < 0 || rate->basisPoints() > 10000) {
            showError(QStringLiteral("discount"), tr("The document discount must be between 0% and 100%."));
            return;
        }
        if (*rate != m_editor->document().discount)
            m_editor->setDiscount(*rate);
    });
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().height() * 4);
    m_notes->setPlaceholderText(tr("Terms and notes printed on the document"));
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_notes->toPlainText() != m_editor->document().notes)
            m_editor->setNotes(m_notes->toPlainText());
    });
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_totals->setTextFormat(Qt::RichText);

    auto *bottom = new QHBoxLayout;
    auto *notesForm = new QFormLayout;
    notesForm->addRow(tr("&Notes:"), m_notes);
    notesForm->addRow(tr("Document &discount:"), m_discount);
    bottom->addLayout(notesForm, 3);
    bottom->addWidget(m_totals, 2);

    m_save = formButton(tr("&Save"), QStringLiteral("save"), this);
    m_advance = formButton(order ? tr("Con&firm") : tr("Mark as s&ent"), QStringLiteral("advance"), this);
    m_approve = formButton(tr("A&pprove…"), QStringLiteral("approve"), this);
    auto *printButton = formButton(tr("P&rint…"), QStringLiteral("print"), this);
    auto *pdfButton =
        formButton(QCoreApplication::translate("Crm::Sales", "Save as P&DF…"), QStringLiteral("pdf"), this);
    auto *close = formButton(tr("Close"), QStringLiteral("close"), this);
    connect(m_save, &QPushButton::clicked, this, &SalesDocumentForm::save);
    connect(m_advance, &QPushButton::clicked, this, &SalesDocumentForm::advance);
    connect(m_approve, &QPushButton::clicked, this, [this] {
        if (askApproval())
            updateState();
    });
    connect(printButton, &QPushButton::clicked, this, [this] { this->print(); });
    connect(pdfButton, &QPushButton::clicked, this, [this] { this->print(true); });
    connect(close, &QPushButton::clicked, this, &SalesDocumentForm::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_advance);
    buttons->addWidget(m_approve);
    if (order) {
        auto *cancel = formButton(tr("Ca&ncel order…"), QStringLiteral("cancelOrder"), this);
        connect(cancel, &QPushButton::clicked, this, &SalesDocumentForm::closeWithReason);
        m_amend = formButton(tr("A&mend…"), QStringLiteral("amend"), this);
        connect(m_amend, &QPushButton::clicked, this, &SalesDocumentForm::amend);
        buttons->addWidget(m_amend);
        buttons->addWidget(cancel);
    } else {
        auto *convert = formButton(tr("To &order"), QStringLiteral("convert"), this);
        auto *copy = formButton(tr("Cop&y"), QStringLiteral("copy"), this);
        auto *revise = formButton(tr("Re&vise"), QStringLiteral("revise"), this);
        auto *lost = formButton(tr("&Lost…"), QStringLiteral("lost"), this);
        connect(convert, &QPushButton::clicked, this, &SalesDocumentForm::convertToOrder);
        connect(copy, &QPushButton::clicked, this, [this] { copyOrRevise(false); });
        connect(revise, &QPushButton::clicked, this, [this] { copyOrRevise(true); });
        connect(lost, &QPushButton::clicked, this, &SalesDocumentForm::closeWithReason);
        for (QPushButton *b : {convert, copy, revise, lost})
            buttons->addWidget(b);
    }
    buttons->addStretch();
    buttons->addWidget(printButton);
    buttons->addWidget(pdfButton);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_header);
    layout->addWidget(m_grid, 1);
    layout->addWidget(hint);
    layout->addLayout(bottom);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    // Tab: the fields of every document first, then the lines, then the rest.
    QList<QWidget *> chain = m_header->mainFields();
    chain << m_grid << m_discount << m_notes << m_header->otherFields();
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));

    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        connect(new QShortcut(keys, this), &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::Save, [this] { save(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { advance(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { advance(); });
    shortcut(QKeySequence::Print, [this] { this->print(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] { this->print(true); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_L), [this] { showLastPrices(); });

    connect(m_editor, &DocumentEditor::changed, this, &SalesDocumentForm::updateTotals);
    connect(m_editor, &DocumentEditor::headerChanged, this, [this] {
        refreshRelated();
        updateState();
    });
    refreshRelated();
    updateTotals();
    updateState();
    resize(1100, 680);
    if (m_editor->isEditable())
        m_editor->document().customerId > 0 ? m_grid->setFocus() : m_header->customerPicker()->setFocus();
}

qint64 SalesDocumentForm::edit(const Database &db, const Session &session, const PrintDocumentSpec *print,
                               const StockService *stock,
                               SalesDocument::Kind kind, qint64 id, QWidget *parent, qint64 customerId)
{
    try {
        SalesDocumentForm form(db, session, print, stock, kind, id, parent);
        if (id == 0 && customerId > 0) {
            form.m_editor->setCustomer(customerId);
            form.m_grid->setFocus();
        }
        form.exec();
        return form.m_editor->document().id;
    } catch (const Error &e) {
        QMessageBox::warning(parent, tr("Cannot open the document"), e.message());
        return 0;
    }
}

void SalesDocumentForm::showError(const QString &field, const QString &message)
{
    if (!m_header->showError(field, message))
        m_message->setText(message);
}

bool SalesDocumentForm::save()
{
    if (!m_editor->isEditable())
        return true;
    m_grid->commitPending();
    m_header->clearErrors();
    m_message->clear();
    try {
        m_editor->save();
        return true;
    } catch (const Error &e) {
        showError(e.field(), e.message());
        return false;
    }
}

void SalesDocumentForm::advance()
{
    if (m_editor->isEditable() && !save())
        return;
    for (int attempt = 0; attempt < 2; ++attempt) {
        try {
            m_editor->advance();
            m_message->clear();
            return;
        } catch (const Error &e) {
            if (e.field() != QLatin1String("approval") || attempt > 0) {
                showError(e.field(), e.message());
                return;
            }
            if (!askApproval()) {
                showError(e.field(), e.message());
                return;
            }
        }
    }
}

bool SalesDocumentForm::askApproval()
{
    m_grid->commitPending();
    QStringList reasons;
    for (const Breach &b : m_editor->breaches())
        reasons << b.message;
    if (reasons.isEmpty()) {
        m_message->setText(tr("Nothing on this document needs an approval."));
        return false;
    }
    const QString why = tr("This document needs a manager's approval:\n%1").arg(reasons.join(QLatin1Char('\n')));
    try {
        if (m_session.can(Guardrails::ApprovePermission)) {
            if (QMessageBox::question(this, tr("Approve"), why + QStringLiteral("\n\n") + tr("Approve it yourself?")) !=
                QMessageBox::Yes)
                return false;
            m_editor->approve(m_session);
            return true;
        }
        ApprovalDialog dialog(m_db, Guardrails::ApprovePermission, why, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        m_editor->approve(dialog.approver());
        return true;
    } catch (const Error &e) {
        showError(e.field(), e.message());
        return false;
    }
}

void SalesDocumentForm::print(bool toPdf)
{
    if (!m_print)
        return;
    if ((m_editor->isDirty() || m_editor->document().id == 0) && !save())
        return;
    if (toPdf)
        PrintActions::saveAsPdf(this, m_db, *m_print, m_editor->document().number);
    else
        PrintActions::preview(this, m_db, *m_print, m_editor->document().number);
}

void SalesDocumentForm::showLastPrices()
{
    m_grid->commitPending();
    const int row = m_grid->currentIndex().row();
    if (row < 0 || row >= m_editor->lineCount() || m_editor->line(row).productId <= 0) {
        m_message->setText(tr("Choose a line with a product to see its last prices."));
        return;
    }
    const ProductFacts *p = m_editor->product(m_editor->line(row).productId);
    LastPricesDialog dialog(p ? p->name : QString(), m_editor->lastPrices(row), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.chosen())
        return;
    try {
        m_editor->applyLastPrice(row, *dialog.chosen());
    } catch (const Error &e) {
        m_message->setText(e.message());
    }
    m_grid->setFocus();
}

void SalesDocumentForm::openOther(qint64 id, SalesDocument::Kind kind)
{
    hide();
    SalesDocumentForm::edit(m_db, m_session, m_print, m_stock, kind, id, parentWidget());
    accept();
}

void SalesDocumentForm::convertToOrder()
{
    if (m_editor->isEditable() && !save())
        return;
    QList<qint64> lines; // empty: every line
    if (m_editor->lineCount() > 1) {
        ChooseLinesDialog choose(m_editor->document(), this);
        if (choose.exec() != QDialog::Accepted)
            return;
        lines = choose.chosen();
        if (lines.isEmpty()) {
            m_message->setText(tr("Choose at least one line for the order."));
            return;
        }
    }
    try {
        const qint64 order =
            m_editor->repository().convertToOrder(m_editor->document().id, lines);
        openOther(order, SalesDocument::Kind::Order);
    } catch (const Error &e) {
        showError(e.field(), e.message());
    }
}

void SalesDocumentForm::amend()
{
    const SalesDocument &d = m_editor->document();
    if (QMessageBox::question(this, tr("Amend the order"),
                              tr("%1 is confirmed. Amending it cancels it and opens a new revision with the same "
                                 "lines to change and confirm again. Amend it?")
                                  .arg(d.number)) != QMessageBox::Yes)
        return;
    try {
        openOther(m_editor->repository().amend(d.id), SalesDocument::Kind::Order);
    } catch (const Error &e) {
        showError(e.field(), e.message());
    }
}

void SalesDocumentForm::copyOrRevise(bool revise)
{
    if (m_editor->isEditable() && !save())
        return;
    try {
        const SalesDocumentRepository repo = m_editor->repository();
        const qint64 id = m_editor->document().id;
        openOther(revise ? repo.revise(id) : repo.copyQuotation(id), SalesDocument::Kind::Quotation);
    } catch (const Error &e) {
        showError(e.field(), e.message());
    }
}

void SalesDocumentForm::closeWithReason()
{
    const bool order = m_editor->document().kind == SalesDocument::Kind::Order;
    if (m_editor->document().id == 0)
        return reject();
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, order ? tr("Cancel the order") : tr("Quotation lost"),
        order ? tr("Why is %1 cancelled?").arg(m_editor->document().number)
              : tr("Why was %1 lost (price, delivery time, competitor…)?").arg(m_editor->document().number),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    try {
        m_editor->repository()
            .setStatus(m_editor->document().id, order ? QStringLiteral("cancelled") : QStringLiteral("lost"), reason);
        m_editor->reload();
    } catch (const Error &e) {
        showError(e.field(), e.message());
    }
}

void SalesDocumentForm::reject()
{
    if (m_editor->isEditable() && m_editor->isDirty()) {
        const auto answer = QMessageBox::question(this, tr("Unsaved changes"), tr("Save the changes to this document?"),
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save()))
            return;
    }
    QDialog::reject();
}

void SalesDocumentForm::updateTotals()
{
    const Pricing::Result &p = m_editor->priced();
    const QLocale l;
    const QString currency = m_editor->document().currency;
    QString html = QStringLiteral("<table align='right' cellspacing='2'>");
    auto row = [&](const QString &label, const Money &m, bool strong = false) {
        const QString v = m.toString(l, true, true).toHtmlEscaped();
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), strong ? QStringLiteral("<b>%1</b>").arg(v) : v);
    };
    if (!p.discount.isZero())
        row(tr("Discounts"), -p.discount);
    row(tr("Before tax"), p.net);
    for (auto it = p.taxes.cbegin(); it != p.taxes.cend(); ++it)
        row(tr("Tax %1").arg(Rate::fromBasisPoints(it.key()).toString(l)), it.value().tax);
    row(tr("Total"), p.total, true);
    if (currency != m_editor->baseCurrency())
        row(tr("Total in %1").arg(m_editor->baseCurrency()), p.totalBase);
    html += QStringLiteral("</table>");
    m_totals->setText(html);
    m_discount->setText(m_editor->document().discount.basisPoints() ? m_editor->document().discount.toString(l)
                                                                    : QString());
    updateState();
}

void SalesDocumentForm::refreshRelated()
{
    m_related.clear();
    const qint64 id = m_editor->document().id;
    if (id <= 0)
        return;
    for (const RelatedDocument &r : SalesCatalog::related(m_db, id)) {
        const QString status = SalesDocument::statusTitle(r.status).toLower();
        switch (r.relation) {
        case RelatedDocument::Relation::SourceQuotation:
            m_related << tr("from quotation %1 (%2)").arg(r.number, status);
            break;
        case RelatedDocument::Relation::Order:
            m_related << tr("order %1 (%2)").arg(r.number, status);
            break;
        case RelatedDocument::Relation::Revision:
            m_related << tr("revision %1 (%2)").arg(r.number, status);
            break;
        }
    }
    for (const auto &[shipment, number, status] : SalesCatalog::shipmentsOf(m_db, id))
        m_related << tr("shipment %1 (%2)").arg(number, Shipment::statusTitle(status).toLower());
}

void SalesDocumentForm::updateState()
{
    const SalesDocument &d = m_editor->document();
    const bool order = d.kind == SalesDocument::Kind::Order;
    QStringList parts;
    parts << (d.number.isEmpty() ? (order ? tr("New sales order") : tr("New quotation")) : d.number);
    parts << SalesDocument::statusTitle(d.status);
    if (!d.statusReason.isEmpty())
        parts << d.statusReason;
    if (!d.approvedBy.isEmpty())
        parts << tr("approved by %1").arg(d.approvedBy);
    else if (!m_editor->breaches().isEmpty())
        parts << tr("needs a manager's approval: %1").arg(m_editor->breaches().first().message);
    parts << m_related;
    m_state->setText(parts.join(QStringLiteral(" · ")));
    if (d.number.isEmpty())
        setWindowTitle(order ? tr("New sales order") : tr("New quotation"));
    else
        setWindowTitle(order ? tr("Sales order %1").arg(d.number) : tr("Quotation %1").arg(d.number));
    const bool editable = m_editor->isEditable();
    m_save->setEnabled(editable);
    m_discount->setEnabled(editable);
    m_notes->setReadOnly(!editable);
    if (m_notes->toPlainText() != d.notes) {
        const QSignalBlocker block(m_notes);
        m_notes->setPlainText(d.notes);
    }
    m_advance->setEnabled(d.status == QLatin1String("draft"));
    if (m_amend)
        m_amend->setEnabled(d.status == QLatin1String("confirmed"));
    m_approve->setEnabled(editable && d.approvedBy.isEmpty() && !m_editor->breaches().isEmpty());
}

} // namespace Crm::Sales
