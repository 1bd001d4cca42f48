// SPDX-License-Identifier: GPL-3.0-or-later
// What the display benches measure of their own process (CPU time, resident memory) and how
// they read their options. Header-only; the calling thread.
#pragma once

#include <QFile>
#include <QStringList>

#include <sys/resource.h>

namespace virtdeck::bench {

// utime + stime of the whole process, in seconds.
inline double cpuSeconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec +
           u.ru_stime.tv_usec / 1e6;
}

// Resident memory of the process, in MiB (/proc/self/statm).
inline double residentMiB() {
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * 4096 / (1024.0 * 1024.0) : 0;
}

// The value after `--name` in `args`, or `fallback`.
inline QString option(const QStringList &args, const QString &name, const QString &fallback) {
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

} // namespace virtdeck::bench
