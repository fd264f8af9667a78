#pragma once

#include <QFile>
#include <QString>
#include <QStringList>

namespace Crm::Cli {

// The figures an export child process reports to `bench export` on standard
// error (`export --stats`): rows, time, resident memory before the export, after
// 100,000 rows and at the end, and the process's peak (VmHWM), in one line.
namespace ExportStats {

inline qint64 statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    return 0;
}
inline qint64 residentKb()
{
    return statusKb("VmRSS:");
}
inline qint64 peakKb()
{
    return statusKb("VmHWM:");
}

// Starts the peak (VmHWM) again from the present: the log-in before an
// export checks its password with Argon2id, which takes 64 MB for a moment
// and gives them back; the figure is the export's.
inline void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

inline QString line(qint64 rows, qint64 ns, qint64 startKb, qint64 earlyKb)
{
    return QStringLiteral("export-stats rows=%1 ns=%2 start_kb=%3 early_kb=%4 end_kb=%5 peak_kb=%6")
        .arg(rows)
        .arg(ns)
        .arg(startKb)
        .arg(earlyKb)
        .arg(residentKb())
        .arg(peakKb());
}

struct Figures
{
    qint64 rows = -1;
    double ms = 0;
    double startMb = 0;
    double earlyMb = 0; // after 100,000 rows
    double endMb = 0;
    double peakMb = 0;
};

inline Figures parse(const QString &output)
{
    Figures f;
    for (const QString &l : output.split(QLatin1Char('\n'))) {
        if (!l.startsWith(QLatin1String("export-stats ")))
            continue;
        for (const QString &pair : l.mid(13).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString key = pair.section(QLatin1Char('='), 0, 0);
            const qint64 v = pair.section(QLatin1Char('='), 1).toLongLong();
            if (key == QLatin1String("rows"))
                f.rows = v;
            else if (key == QLatin1String("ns"))
                f.ms = v / 1e6;
            else if (key == QLatin1String("start_kb"))
                f.startMb = v / 1024.0;
            else if (key == QLatin1String("early_kb"))
                f.earlyMb = v / 1024.0;
            else if (key == QLatin1String("end_kb"))
                f.endMb = v / 1024.0;
            else if (key == QLatin1String("peak_kb"))
                f.peakMb = v / 1024.0;
        }
    }
    return f;
}

} // namespace ExportStats
} // namespace Crm::Cli
