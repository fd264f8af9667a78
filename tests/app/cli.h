#pragma once

// crmsuite-cli run from the tests as a user would: a child process beside the
// test executable, offscreen, with a UTF-8 locale.

#include <QCoreApplication>
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

inline CliRun cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QCoreApplication::applicationDirPath() + QStringLiteral("/crmsuite-cli"), args);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace Crm::Test
