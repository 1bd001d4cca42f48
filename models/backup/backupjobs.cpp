#include "backupjobs.h"

#include "backup/libvirt/backupsession.h"
#include "core/libvirt/connection.h"
#include "core/preferences.h"
#include "core/replyguard.h"
#include "pruner.h"
#include "repository.h"
#include "scheduler/jobexecutor.h"
#include "scheduler/jobkinds.h"
#include "scheduler/jobrun.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>

#include <thread>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *s, int n = -1) {
    return QCoreApplication::translate("BackupJobs", s, nullptr, n);
}

// Owned by a run whose engine thread is working: a cancel of the job, or the run going away,
// stops the engine between chunks; the thread's reports are dropped once the run is gone.
class EngineTask : public QObject {
public:
    explicit EngineTask(JobRun *run)
        : QObject(run)
        , guard(run) {
        connect(run, &JobRun::cancelRequested, this, [this] { cancel->cancel(); });
    }
    ~EngineTask() override {
        guard.reset();
        cancel->cancel();
    }
    const ReplyGuard<JobRun> guard;
    const std::shared_ptr<backup::CancelToken> cancel = std::make_shared<backup::CancelToken>();
};

// Forwards the engine's progress to the run, at most twice a second.
backup::ProgressSink progressTo(const ReplyGuard<JobRun> &guard) {
    auto last = std::make_shared<QElapsedTimer>();
    return [guard, last](const backup::Progress &p) {
        if (last->isValid() && last->elapsed() < 500 && p.done != p.total)
            return;
        last->start();
        const int percent = p.total ? int(p.done * 100 / p.total) : 0;
        const double mibs =
            p.elapsedSeconds > 0 ? double(p.transferred) / 1048576.0 / p.elapsedSeconds : 0;
        const QString line = tr("%1: %2 of %3, %4 MiB/s")
                                 .arg(p.phase, QLocale().formattedDataSize(qint64(p.done), 1),
                                      QLocale().formattedDataSize(qint64(p.total), 1),
                                      QLocale().toString(mibs, 'f', 0));
        guard.reply([percent, line](JobRun *run) { run->progress(percent, line); });
    };
}

using EngineWork = std::function<QPair<bool, QString>(_virConnect *, const backup::CancelToken *,
                                                      const backup::ProgressSink &)>;

// Runs `work` on a thread of its own with a reference to the run's host connection (so the
// connection thread stays free), then finishes the run with the (ok, message) it returns.
void runOnEngineThread(JobRun *run, EngineWork work) {
    Connection *connection = run->connection();
    if (!connection) {
        run->hostUnavailable(tr("The host is not connected."));
        return;
    }
    const auto *task = new EngineTask(run);
    connection->post(run, [guard = task->guard, cancel = task->cancel,
                           work = std::move(work)](_virConnect *conn) {
        if (!conn) {
            guard.reply([](JobRun *r) { r->hostUnavailable(tr("The host is not connected.")); });
            return;
        }
        retainConnection(conn);
        std::thread([conn, guard, cancel, work] {
            const QPair<bool, QString> result = work(conn, cancel.get(), progressTo(guard));
            releaseConnection(conn);
            guard.reply([result](JobRun *r) { r->finish(result.first, result.second); });
        }).detach();
    });
}

void backupJob(JobRun *run) {
    const QVariantMap &p = run->job().params;
    BackupRequest req;
    req.repository = p.value(u"repository"_s).toString().trimmed();
    if (req.repository.isEmpty())
        req.repository = run->workspace()->preferences()->effectiveBackupRepository();
    req.domain = run->domain().uuid;
    req.allowIncremental = !p.value(u"full"_s).toBool();
    const backup::PrunePolicy keep{p.value(u"keepLast"_s).toInt(), p.value(u"keepDaily"_s).toInt(),
                                   p.value(u"keepWeekly"_s).toInt(),
                                   p.value(u"keepMonthly"_s).toInt()};
    const QString uri = run->job().uri;
    run->progress(0, tr("Backing up %1 into %2.").arg(run->domain().name, req.repository));
    runOnEngineThread(
        run,
        [req, keep, uri](_virConnect *conn, const backup::CancelToken *cancel,
                         const backup::ProgressSink &progress) -> QPair<bool, QString> {
            const BackupOutcome r = runDomainBackup(conn, uri, req, cancel, progress);
            if (!r.ok)
                return qMakePair(false, r.error);
            const backup::BackupManifest &m = r.manifest;
            QString message =
                tr("Backup %1 (%2): %3 read, %4 new in the repository.")
                    .arg(m.id, m.mode, QLocale().formattedDataSize(qint64(m.bytesRead()), 1),
                         QLocale().formattedDataSize(qint64(m.newStoredBytes()), 1));
            if (keep.isEmpty())
                return qMakePair(true, message);
            QString error;
            auto repo = backup::Repository::open(
                req.repository, backup::Repository::Lock::Exclusive, false, &error);
            backup::PruneResult pruned;
            if (!repo || !backup::pruneRepository(*repo, keep, false, &pruned, &error))
                return qMakePair(true,
                                 message + u' ' +
                                     tr("Retention was not applied this time: %1").arg(error));
            return qMakePair(
                true, message + u' ' +
                          tr("Retention removed %n backup(s)", int(pruned.removed.size())) + u' ' +
                          tr("and freed %1.")
                              .arg(QLocale().formattedDataSize(qint64(pruned.gc.removedBytes), 1)));
        });
}

void restoreJob(JobRun *run) {
    const Job &job = run->job();
    const QVariantMap &p = job.params;
    RestoreRequest req;
    req.repository = p.value(u"repository"_s).toString().trimmed();
    if (req.repository.isEmpty())
        req.repository = run->workspace()->preferences()->effectiveBackupRepository();
    req.backupId = p.value(u"backup"_s).toString();
    req.newName = job.vm;
    if (!p.value(u"pool"_s).toString().isEmpty())
        req.pool = p.value(u"pool"_s).toString();
    if (req.backupId.isEmpty() || req.newName.isEmpty()) {
        run->finish(false, tr("A restore job needs the backup's id and a name for the new VM."));
        return;
    }
    run->progress(0, tr("Restoring %1 as %2.").arg(req.backupId, req.newName));
    runOnEngineThread(
        run,
        [req](_virConnect *conn, const backup::CancelToken *cancel,
              const backup::ProgressSink &progress) -> QPair<bool, QString> {
            const RestoreOutcome r = runDomainRestore(conn, req, cancel, progress);
            if (!r.ok)
                return qMakePair(false, r.error);
            return qMakePair(
                true,
                tr("Restored as %1 (%n volume(s)).", int(r.volumes.size())).arg(r.domainName));
        });
}
} // namespace

void registerBackupJobKinds() {
    JobKinds::add({{u"backup"_s,
                    tr("Back up"),
                    true,
                    false,
                    false,
                    {u"repository"_s, u"full"_s, u"keepLast"_s, u"keepDaily"_s, u"keepWeekly"_s,
                     u"keepMonthly"_s},
                    backupJob},
                   {u"restore"_s,
                    tr("Restore a backup"),
                    false,
                    true,
                    false,
                    {u"repository"_s, u"backup"_s, u"pool"_s},
                    restoreJob}});
}

} // namespace virtdeck
