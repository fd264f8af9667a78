#include "printdocument.h"

#include "db/error.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace Crm {

QString TemplateStore::userPath(const QString &module, const QString &document)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("print_templates/%1/%2.html").arg(module, document));
}

QString TemplateStore::installedPath(const QString &module, const QString &document)
{
    const QString env = qEnvironmentVariable("CRM_PRINT_TEMPLATES");
    const QString base = !env.isEmpty() ? env
                                        : QDir(QCoreApplication::applicationDirPath())
                                              .absoluteFilePath(QStringLiteral("../share/crmsuite/print_templates"));
    return QDir(base).filePath(QStringLiteral("%1/%2.html").arg(module, document));
}

QString TemplateStore::load(const QString &module, const QString &document)
{
    for (const QString &path : {userPath(module, document), installedPath(module, document)}) {
        QFile f(path);
        if (f.exists() && f.open(QIODevice::ReadOnly))
            return QString::fromUtf8(f.readAll());
    }
    throw Error(tr("The print template %1/%2.html is missing (looked in %3).")
                    .arg(module, document, installedPath(module, document)));
}

} // namespace Crm
