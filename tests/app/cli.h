#pragma once

// crmsuite-cli run from the tests as a user would: a child process beside the
// test executable, offscreen, with a UTF-8 locale.

#include <QCoreApplication>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>

namespace Crm::Test {

struct CliRun
{
    int status = -1;
    QString out;
    QString err;
};

// The demo's password (every demo user's), unless `extra` sets another
// CRM_PASSWORD (or removes it: a null QString).
inline CliRun cli(const QStringList &args, const QMap<QString, QString> &extra = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("CRM_PASSWORD"), QStringLiteral("demo123"));
    for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
        if (it.value().isNull())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    p.setProcessEnvironment(env);
    p.start(QCoreApplication::applicationDirPath() + QStringLiteral("/crmsuite-cli"), args);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace Crm::Test
