#include "templateeditor.h"

#include "db/filesync.h"
#include "db/database.h"
#include "db/error.h"
#include "print/printsettings.h"
#include "print/printtemplate.h"
#include "ui/fielderror.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewWidget>
#include <QLineEdit>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QVBoxLayout>

namespace Crm {

TemplateEditor::TemplateEditor(const Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("paper"));
    for (Paper p : PrintSettings::papers())
        m_paper->addItem(PrintSettings::paperName(p), PrintSettings::paperKey(p));
    m_marks = new QPlainTextEdit(this);
    m_marks->setObjectName(QStringLiteral("copyMarks"));
    m_marks->setTabChangesFocus(true);
    m_marks->setFixedHeight(QFontMetrics(m_marks->font()).lineSpacing() * 4 + 12);
    auto *marksHint = new QLabel(tr("One copy per line, printed at the top right of each of its pages; "
                                    "no line: a single copy without a mark."),
                                 this);
    marksHint->setWordWrap(true);
    marksHint->setEnabled(false);
    auto *form = new QFormLayout;
    form->addRow(tr("&Paper:"), m_paper);
    auto *marksBox = new QVBoxLayout;
    marksBox->setSpacing(2);
    marksBox->addWidget(m_marks);
    marksBox->addWidget(marksHint);
    auto *marksCaption = new QLabel(tr("Copy &marks:"), this);
    marksCaption->setBuddy(m_marks);
    form->addRow(marksCaption, marksBox);
    m_pricedCopies = new QLineEdit(this);
    m_pricedCopies->setObjectName(QStringLiteral("pricedCopies"));
    m_pricedCopies->setPlaceholderText(tr("none: no copy shows prices"));
    m_pricedCopies->setToolTip(tr("The numbers of the copies that show prices, e.g. 3 for the third mark "
                                  "above, or 1, 3."));
    m_pricedCaption = new QLabel(tr("Copies &with prices:"), this);
    m_pricedCaption->setBuddy(m_pricedCopies);
    form->addRow(m_pricedCaption, m_pricedCopies);

    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("templateSource"));
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("templateText"));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *textCaption = new QLabel(tr("&Template (HTML with {{mustache}} fields):"), this);
    textCaption->setBuddy(m_text);
    m_error = new FieldError(this);
    m_error->setObjectName(QStringLiteral("templateError"));
    m_restore = new QPushButton(tr("&Restore installed…"), this);
    m_restore->setObjectName(QStringLiteral("restoreInstalled"));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveTemplate"));
    // Saves at once (a button's own shortcut clicks it a moment later).
    auto *saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveAction);
    connect(saveAction, &QAction::triggered, this, &TemplateEditor::save);
    m_save->setToolTip(tr("Save the template as your copy and the print settings (%1)")
                           .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    buttons->addWidget(m_save);

    auto *left = new QWidget(this);
    auto *lv = new QVBoxLayout(left);
    lv->setContentsMargins(0, 0, 0, 0);
    lv->addLayout(form);
    lv->addSpacing(6);
    lv->addWidget(textCaption);
    lv->addWidget(m_text, 1);
    lv->addWidget(m_source);
    lv->addWidget(m_error);
    lv->addLayout(buttons);

    m_sample = new QLabel(this);
    m_sample->setObjectName(QStringLiteral("previewSample"));
    m_sample->setWordWrap(true);
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    auto *right = new QWidget(this);
    auto *rv = new QVBoxLayout(right);
    rv->setContentsMargins(0, 0, 0, 0);
    rv->addWidget(m_sample);
    rv->addWidget(m_preview, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &TemplateEditor::render);
    connect(m_text, &QPlainTextEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_text, &QPlainTextEdit::modificationChanged, this, &TemplateEditor::updateSource);
    const auto settingsChanged = [this] {
        m_settingsModified = true;
        updateSource();
        m_debounce.start();
    };
    connect(m_marks, &QPlainTextEdit::textChanged, this, settingsChanged);
    connect(m_paper, &QComboBox::currentIndexChanged, this, settingsChanged);
    connect(m_pricedCopies, &QLineEdit::textEdited, this, settingsChanged);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        if (m_job)
            m_job->paint(*printer);
    });
    connect(m_save, &QPushButton::clicked, this, &TemplateEditor::save);
    connect(m_restore, &QPushButton::clicked, this, &TemplateEditor::restoreInstalled);
    setEnabled(false);
}

TemplateEditor::~TemplateEditor() = default;

void TemplateEditor::setDocument(const PrintDocumentSpec &document)
{
    m_document = document;
    m_job.reset();
    const PrintSettings settings(m_db, document);
    {
        const QSignalBlocker paperBlock(m_paper);
        const QSignalBlocker marksBlock(m_marks);
        m_paper->setCurrentIndex(std::max(0, m_paper->findData(PrintSettings::paperKey(settings.paper()))));
        m_marks->setPlainText(settings.copyMarks().join(QLatin1Char('\n')));
        m_pricedCopies->setText(PrintSettings::copiesToText(settings.pricedCopies()));
    }
    m_pricedCopies->setVisible(document.pricesPerCopy);
    m_pricedCaption->setVisible(document.pricesPerCopy);
    m_settingsModified = false;
    try {
        m_sampleNumber = document.sampleNumber ? document.sampleNumber(m_db) : QString();
    } catch (const Error &) {
        m_sampleNumber.clear();
    }
    m_sample->setText(m_sampleNumber.isEmpty()
                          ? tr("No document of this kind yet: the preview shows the template without data.")
                          : tr("Preview with the newest document, %1.").arg(m_sampleNumber));
    setEnabled(true);
    loadTemplate();
    render();
}

void TemplateEditor::setSettingsEditable(bool editable)
{
    m_settingsEditable = editable;
    m_paper->setEnabled(editable);
    m_marks->setReadOnly(!editable);
    m_pricedCopies->setReadOnly(!editable);
    const QString why = editable ? QString()
                                 : tr("Changing the paper and copy marks needs the permission "
                                      "to manage settings.");
    m_paper->setToolTip(why);
    m_marks->setToolTip(why);
    if (!editable)
        m_pricedCopies->setToolTip(why);
}

bool TemplateEditor::isModified() const
{
    return m_document && (m_text->document()->isModified() || m_settingsModified);
}

bool TemplateEditor::confirmDiscard()
{
    if (!isModified())
        return true;
    return QMessageBox::question(this, tr("Unsaved changes"),
                                 tr("Discard your unsaved changes to the %1 print?").arg(m_document->title()),
                                 QMessageBox::Discard | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Discard;
}

PrintOverrides TemplateEditor::overrides() const
{
    PrintOverrides o;
    o.templateText = m_text->toPlainText();
    o.paper = PrintSettings::paperFromKey(m_paper->currentData().toString());
    o.copyMarks = PrintSettings::marksFromText(m_marks->toPlainText());
    if (m_document && m_document->pricesPerCopy)
        o.pricedCopies = PrintSettings::copiesFromText(m_pricedCopies->text(),
                                                       std::max<int>(1, int(o.copyMarks->size())));
    return o;
}

bool TemplateEditor::render()
{
    m_debounce.stop();
    if (!m_document)
        return false;
    try {
        m_job = PrintJob::prepare(m_db, *m_document, m_sampleNumber, overrides());
    } catch (const TemplateError &e) {
        m_error->showMessage(tr("Line %1: %2").arg(e.line()).arg(e.reason()));
        return false;
    } catch (const Error &e) {
        m_error->showMessage(e.message());
        return false;
    }
    m_error->clearMessage();
    ++m_renders;
    m_preview->updatePreview();
    emit rendered();
    return true;
}

void TemplateEditor::loadTemplate()
{
    QString text;
    try {
        text = TemplateStore::load(m_document->module, m_document->document);
    } catch (const Error &e) {
        m_error->showMessage(e.message());
    }
    {
        const QSignalBlocker block(m_text);
        m_text->setPlainText(text);
    }
    m_text->document()->setModified(false);
    updateSource();
}

void TemplateEditor::updateSource()
{
    if (!m_document)
        return;
    const QString user = TemplateStore::userPath(m_document->module, m_document->document);
    const bool own = QFileInfo::exists(user);
    QString source = own ? tr("Your copy: %1").arg(QDir::toNativeSeparators(user))
                         : tr("The installed template; saving makes it your copy.");
    if (isModified())
        source = tr("%1 (unsaved changes)").arg(source);
    m_source->setText(source);
    m_restore->setEnabled(own);
}

bool TemplateEditor::save()
{
    if (!m_document)
        return false;
    if (!render()) {
        QMessageBox::warning(this, tr("Cannot save"),
                             tr("The template does not print and was not saved.\n%1").arg(m_error->text()));
        return false;
    }
    if (m_text->document()->isModified()) {
        const QString path = TemplateStore::userPath(m_document->module, m_document->document);
        // Written beside the target and renamed into place when complete.
        QSaveFile file(path);
        QString reason;
        if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !file.open(QIODevice::WriteOnly) ||
            file.write(m_text->toPlainText().toUtf8()) < 0)
            reason = FileSync::writeFailure(path, file.errorString());
        else
            reason = FileSync::commit(file);
        if (!reason.isEmpty()) {
            QMessageBox::warning(this, tr("Cannot save"), tr("Cannot write %1: %2").arg(path, reason));
            return false;
        }
        m_text->document()->setModified(false);
    }
    if (m_settingsModified && m_settingsEditable) {
        try {
            WriteTransaction tx(m_db);
            const PrintSettings settings(m_db, *m_document);
            settings.setPaper(PrintSettings::paperFromKey(m_paper->currentData().toString()));
            settings.setCopyMarks(PrintSettings::marksFromText(m_marks->toPlainText()));
            if (m_document->pricesPerCopy)
                settings.setPricedCopies(*overrides().pricedCopies);
            tx.commit();
        } catch (const Error &e) {
            QMessageBox::warning(this, tr("Cannot save"), e.message());
            return false;
        }
        m_settingsModified = false;
    }
    updateSource();
    return true;
}

void TemplateEditor::restoreInstalled()
{
    if (!m_document)
        return;
    const QString path = TemplateStore::userPath(m_document->module, m_document->document);
    if (!QFileInfo::exists(path))
        return;
    if (QMessageBox::question(this, tr("Restore installed template"),
                              tr("Remove your copy of the %1 template and print with the installed one? "
                                 "Your changes to the template are lost.")
                                  .arg(m_document->title()),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (!QFile::remove(path)) {
        QMessageBox::warning(this, tr("Cannot restore"), tr("Cannot remove %1.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    loadTemplate();
    render();
}

} // namespace Crm
