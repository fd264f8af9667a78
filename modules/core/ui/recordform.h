#pragma once

#include "model/recordschema.h"

#include <QDialog>
#include <QHash>
#include <QVariantMap>

namespace Crm {

class Database;
class FieldError;
class Session;

// Form for any simple master-data record described by a RecordSchema.
class RecordForm : public QDialog
{
    Q_OBJECT
public:
    RecordForm(const Database &db, const Session &session, const RecordSchema &schema, qint64 id,
               QWidget *parent = nullptr);
    qint64 savedId() const { return m_values.value(QStringLiteral("id")).toLongLong(); }
    QWidget *editor(const QString &column) const { return m_editors.value(column); }

    static qint64 edit(const Database &db, const Session &session, const RecordSchema &schema, qint64 id,
                       QWidget *parent);

public slots:
    void save();

private:
    bool readValues();
    void showFieldError(const QString &column, const QString &message);

    const Database &m_db;
    const Session &m_session;
    const RecordSchema &m_schema;
    QVariantMap m_values;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, FieldError *> m_errors;
};

} // namespace Crm
