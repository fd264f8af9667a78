#pragma once

// The user's data folder (QStandardPaths::AppDataLocation, where the user's copies
// of print templates live) moved into a temporary folder for the lifetime of the
// object, so that tests never read or write a real user's files. Child processes
// started meanwhile inherit it.

#include <QByteArray>
#include <QTemporaryDir>
#include <QtGlobal>

namespace Crm::Test {

class TemporaryUserData
{
public:
    TemporaryUserData()
        : m_had(qEnvironmentVariableIsSet("XDG_DATA_HOME"))
        , m_old(qgetenv("XDG_DATA_HOME"))
    {
        qputenv("XDG_DATA_HOME", m_dir.path().toLocal8Bit());
    }
    ~TemporaryUserData()
    {
        if (m_had)
            qputenv("XDG_DATA_HOME", m_old);
        else
            qunsetenv("XDG_DATA_HOME");
    }
    TemporaryUserData(const TemporaryUserData &) = delete;
    TemporaryUserData &operator=(const TemporaryUserData &) = delete;
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    bool m_had;
    QByteArray m_old;
};

} // namespace Crm::Test
