#pragma once

#include "model/product.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;

namespace Crm {

class Database;
class FieldError;
class Session;

// Product form with a live duplicate check on (code, name, specification).
class ProductForm : public QDialog
{
    Q_OBJECT
public:
    ProductForm(const Database &db, const Session &session, qint64 id, QWidget *parent = nullptr);
    qint64 savedId() const { return m_product.id; }
    QLineEdit *field(const QString &name) const { return m_edits.value(name); }
    QLabel *duplicateLabel() const { return m_duplicates; }

    static qint64 edit(const Database &db, const Session &session, qint64 id, QWidget *parent);

public slots:
    void save();

private:
    QLineEdit *addEdit(const QString &name);
    QWidget *withError(QWidget *field, const QString &name);
    bool readIntoProduct();
    void checkDuplicates();
    void showFieldError(const QString &field, const QString &message);

    const Database &m_db;
    const Session &m_session;
    Product m_product;
    QString m_currency;
    QHash<QString, QLineEdit *> m_edits;
    QHash<QString, FieldError *> m_errors;
    QComboBox *m_unit = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_tax = nullptr;
    QSpinBox *m_warranty = nullptr;
    QCheckBox *m_active = nullptr;
    QLabel *m_duplicates = nullptr;
    QTimer *m_dupTimer = nullptr;
};

} // namespace Crm
