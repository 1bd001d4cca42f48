// SPDX-License-Identifier: GPL-3.0-or-later
#include "labcollect.h"

#include "labs/labvmtask.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeoutMs = 15 * 60000;
// How often a running guestfish looks at the cancel token.
constexpr int kPollMs = 250;

// Runs the copy-out script: false with `why` when guestfish did not start or finish.
bool runGuestfish(const QString &fish, const QStringList &args, const QString &script,
                  const CancelToken &cancel, QString *output, int *exitCode, QString *why) {
    QProcess proc;
    proc.setProcessChannelMode(QProcess::MergedChannels);
    proc.start(fish, args);
    if (!proc.waitForStarted()) {
        *why = LabVm::tr("guestfish does not start: %1").arg(proc.errorString());
        return false;
    }
    proc.write(script.toUtf8());
    proc.closeWriteChannel();
    const QDeadlineTimer deadline(kTimeoutMs);
    bool done = false;
    while (!done && !cancel.isCancelled() && !deadline.hasExpired())
        done = proc.waitForFinished(kPollMs) || proc.state() == QProcess::NotRunning;
    *output = QString::fromUtf8(proc.readAll()).trimmed();
    if (done) {
        *exitCode = proc.exitCode();
        return true;
    }
    proc.kill();
    proc.waitForFinished(5000);
    *why = cancel.isCancelled() ? LabVm::tr("Collecting was cancelled.")
                                : LabVm::tr("guestfish did not finish in 15 minutes.");
    return false;
}

// What was collected of `paths` (by the file or folder name in `folder`) and what was not.
LabCollectResult tally(const QStringList &paths, const QString &folder, const QString &output,
                       int exitCode) {
    QStringList got, missing;
    for (const QString &p : paths) {
        const QString name = p.section(u'/', -1, -1, QString::SectionSkipEmpty);
        (QFileInfo::exists(QDir(folder).filePath(name)) ? got : missing) << p;
    }
    LabCollectResult r;
    r.ok = missing.isEmpty();
    r.changed = !got.isEmpty();
    if (got.isEmpty() && !output.isEmpty() && exitCode != 0 &&
        !output.contains(u"No such file"_s, Qt::CaseInsensitive))
        r.message = LabVm::tr("Nothing collected: %1").arg(output.section(u'\n', -1));
    else if (missing.isEmpty())
        r.message = LabVm::tr("Collected %1 into %2.").arg(got.join(u", "_s), folder);
    else
        r.message = LabVm::tr("Collected %1; not found: %2.")
                        .arg(got.isEmpty() ? LabVm::tr("nothing") : got.join(u", "_s),
                             missing.join(u", "_s));
    return r;
}
} // namespace

QString guestfishQuote(const QString &s) {
    QString out = s;
    out.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return u'"' + out + u'"';
}

LabCollectResult collectLabFiles(const QString &uri, const QString &vmName,
                                 const QStringList &paths, const QString &folder,
                                 const CancelToken &cancel) {
    LabCollectResult r;
    const QString fish = QStandardPaths::findExecutable(u"guestfish"_s);
    if (fish.isEmpty()) {
        r.message = LabVm::tr("Collecting files needs guestfish (Debian package "
                              "libguestfs-tools), which is not installed.");
        return r;
    }
    if (!QDir().mkpath(folder)) {
        r.message = LabVm::tr("Cannot create the folder %1.").arg(folder);
        return r;
    }
    QString script;
    for (const QString &p : paths)
        script += u"-copy-out "_s + guestfishQuote(p) + u' ' + guestfishQuote(folder) + u'\n';
    QString output;
    int exitCode = 0;
    if (!runGuestfish(fish, {u"--ro"_s, u"-c"_s, uri, u"-d"_s, vmName, u"-i"_s}, script, cancel,
                      &output, &exitCode, &r.message))
        return r;
    return tally(paths, folder, output, exitCode);
}

} // namespace virtdeck
