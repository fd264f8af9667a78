#pragma once

#include "print/printdocument.h"
#include "print/printjob.h"

#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;

namespace Crm {

class Database;
class FieldError;

// The print template of one document beside a live preview with a real
// document's data (the newest one, PrintDocumentSpec::sampleNumber), and the
// document's print settings (paper, copy marks). The preview follows the text
// ~300 ms after typing stops; a template that does not render keeps the last
// good preview and shows "Line N: reason". Save writes the user's copy of the
// template (TemplateStore::userPath) and the settings, and refuses a template
// that does not render; Restore installed removes the user's copy.
class TemplateEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TemplateEditor(const Database &db, QWidget *parent = nullptr);
    ~TemplateEditor() override;

    // Loads the document's template and settings; discards unsaved edits.
    void setDocument(const PrintDocumentSpec &document);
    // Paper and copy marks are company-wide: only with the permission to change settings.
    void setSettingsEditable(bool editable);
    bool isModified() const;
    // True when there is nothing unsaved or the user agrees to drop it.
    bool confirmDiscard();

    QPlainTextEdit *templateEdit() const { return m_text; }
    FieldError *errorLabel() const { return m_error; }
    QPrintPreviewWidget *preview() const { return m_preview; }
    // Good renders so far (the preview was updated that many times).
    int renderCount() const { return m_renders; }

public slots:
    // False (with a message) when the template does not render or cannot be written.
    bool save();
    // Asks, then removes the user's copy and loads the installed template.
    void restoreInstalled();

signals:
    void rendered();

private:
    bool render();
    void loadTemplate();
    void updateSource();
    PrintOverrides overrides() const;

    const Database &m_db;
    std::optional<PrintDocumentSpec> m_document;
    QString m_sampleNumber;
    std::optional<PrintJob> m_job; // the last good render
    int m_renders = 0;
    bool m_settingsModified = false;
    bool m_settingsEditable = true;
    QTimer m_debounce;
    std::unique_ptr<QPrinter> m_printer;
    QComboBox *m_paper = nullptr;
    QPlainTextEdit *m_marks = nullptr;
    QLineEdit *m_pricedCopies = nullptr;
    QLabel *m_pricedCaption = nullptr;
    QLabel *m_source = nullptr;
    QPlainTextEdit *m_text = nullptr;
    FieldError *m_error = nullptr;
    QLabel *m_sample = nullptr;
    QPrintPreviewWidget *m_preview = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace Crm
