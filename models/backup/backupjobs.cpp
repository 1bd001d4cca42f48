// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupjobs.h"

#include "backup/libvirt/domainbackup.h"
#include "backup/libvirt/domainrestore.h"
#include "backup/libvirt/replication.h"
#include "core/connectionmanager.h"
#include "core/libvirt/connection.h"
#include "core/preferences.h"
#include "core/replyguard.h"
#include "core/taskpool.h"
#include "pruner.h"
#include "repository.h"
#include "scheduler/jobexecutor.h"
#include "scheduler/jobkinds.h"
#include "scheduler/jobrun.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>

namespace virtdeck {

using namespace Qt::StringLiterals;

// The job kinds' messages, in the context they have always used.
struct BackupJobs {
    Q_DECLARE_TR_FUNCTIONS(BackupJobs)
};

namespace {
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
        const QString line = BackupJobs::tr("%1: %2 of %3, %4 MiB/s")
                                 .arg(p.phase, QLocale().formattedDataSize(qint64(p.done), 1),
                                      QLocale().formattedDataSize(qint64(p.total), 1),
                                      QLocale().toString(mibs, 'f', 0));
        guard.reply([percent, line](JobRun *run) { run->progress(percent, line); });
    };
}

// After a good backup, prunes the repository by the job's retention policy; says what it did.
QString applyRetention(const QString &repository, const backup::PrunePolicy &keep) {
    QString error;
    const auto repo =
        backup::Repository::open(repository, backup::Repository::Lock::Exclusive, false, &error);
    backup::PruneResult pruned;
    if (!repo || !backup::pruneRepository(*repo, keep, false, &pruned, &error))
        return BackupJobs::tr("Retention was not applied this time: %1").arg(error);
    return BackupJobs::tr("Retention removed %n backup(s)", nullptr, int(pruned.removed.size())) +
           u' ' +
           BackupJobs::tr("and freed %1.")
               .arg(QLocale().formattedDataSize(qint64(pruned.gc.removedBytes), 1));
}

// The job's keep* parameters (absent: 0, no retention).
QString readRetention(const QVariantMap &p, backup::PrunePolicy *keep) {
    static const QStringList names{u"keepLast"_s, u"keepDaily"_s, u"keepWeekly"_s,
                                   u"keepMonthly"_s};
    QStringList texts;
    for (const QString &n : names)
        texts.append(p.value(n).toString());
    return backup::parsePrunePolicy(names, texts, keep);
}

void backupJob(JobRun *run) {
    const QVariantMap &p = run->job().params;
    BackupRequest req;
    req.repository = p.value(u"repository"_s).toString().trimmed();
    if (req.repository.isEmpty())
        req.repository = run->workspace()->preferences()->effectiveBackupRepository();
    req.domain = run->domain().uuid;
    req.allowIncremental = !JobKinds::flagValue(p.value(u"full"_s));
    // Checked before anything is backed up: a negative keep value would prune every backup of
    // the repository after the run (toInt() also read "abc" as 0, "keep all", silently).
    backup::PrunePolicy keep;
    if (const QString bad = readRetention(p, &keep); !bad.isEmpty()) {
        run->finish(false, BackupJobs::tr("The job's retention is invalid: %1").arg(bad));
        return;
    }
    const QString uri = run->job().uri;
    run->progress(0,
                  BackupJobs::tr("Backing up %1 into %2.").arg(run->domain().name, req.repository));
    startEngineTask(run,
                    [req, keep, uri](_virConnect *conn, const backup::CancelToken *cancel,
                                     const backup::ProgressSink &progress) -> EngineResult {
                        const BackupOutcome r = runDomainBackup(conn, uri, req, cancel, progress);
                        if (!r.ok)
                            return qMakePair(false, r.error);
                        const backup::BackupManifest &m = r.manifest;
                        QString message =
                            BackupJobs::tr("Backup %1 (%2): %3 read, %4 new in the repository.")
                                .arg(m.id, m.mode,
                                     QLocale().formattedDataSize(qint64(m.bytesRead()), 1),
                                     QLocale().formattedDataSize(qint64(m.newStoredBytes()), 1));
                        for (const QString &note : r.notes)
                            message += u' ' + note;
                        if (!keep.isEmpty())
                            message += u' ' + applyRetention(req.repository, keep);
                        return qMakePair(true, message);
                    });
}

QString replicationMessage(const ReplicationOutcome &r) {
    const QString moved = QLocale().formattedDataSize(qint64(r.bytesMoved), 1);
    const QString read = QLocale().formattedDataSize(qint64(r.bytesRead), 1);
    return (r.full ? BackupJobs::tr("Replica of %1 copied whole (backup %2): %3 read, %4 written "
                                    "to the standby.")
                   : BackupJobs::tr("Replica of %1 updated (backup %2): %3 read, %4 written to "
                                    "the standby."))
        .arg(r.replica.name, r.replica.backupId, read, moved);
}

// Replicates the run's VM to the standby once both connections are there.
void startReplication(JobRun *run, const QString &standbyId, const ReplicationRequest &req) {
    Connection *standbyConnection = run->workspace()->connections()->connection(standbyId);
    std::shared_ptr<_virConnect> standby =
        standbyConnection ? standbyConnection->acquire() : nullptr;
    if (!standby) {
        run->finish(false, BackupJobs::tr("The standby host is not connected."));
        return;
    }
    const QString uri = run->job().uri;
    startEngineTask(run, [req, uri, standby](_virConnect *conn, const backup::CancelToken *cancel,
                                             const backup::ProgressSink &progress) {
        const ReplicationOutcome r =
            runReplication(conn, uri, standby.get(), req, cancel, progress);
        return r.ok ? qMakePair(true, replicationMessage(r)) : qMakePair(false, r.error);
    });
}

void replicateJob(JobRun *run) {
    const QVariantMap &p = run->job().params;
    const QString standbyUri = p.value(u"standby"_s).toString().trimmed();
    if (standbyUri.isEmpty()) {
        run->finish(false, BackupJobs::tr("A replicate job needs the standby host's URI."));
        return;
    }
    ReplicationRequest req;
    req.repository = p.value(u"repository"_s).toString().trimmed();
    if (req.repository.isEmpty())
        req.repository = run->workspace()->preferences()->effectiveBackupRepository();
    req.domain = run->domain().uuid;
    if (!p.value(u"pool"_s).toString().isEmpty())
        req.pool = p.value(u"pool"_s).toString();
    run->progress(0, BackupJobs::tr("Replicating %1 to %2.").arg(run->domain().name, standbyUri));
    auto *cm = run->workspace()->connections();
    const QString standbyId = cm->connectionForUri(standbyUri);
    cm->whenConnected(
        standbyId, run,
        [run, standbyId, req] {
            if (!run->isFinished())
                startReplication(run, standbyId, req);
        },
        [run, standbyUri](const QString &msg) {
            if (!run->isFinished())
                run->finish(
                    false,
                    BackupJobs::tr("Cannot connect to the standby %1: %2").arg(standbyUri, msg));
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
    req.format = p.value(u"format"_s, u"raw"_s).toString();
    req.toOriginal = JobKinds::flagValue(p.value(u"toOriginal"_s));
    if (req.format != u"raw"_s && req.format != u"qcow2"_s && req.format != u"original"_s) {
        run->finish(false, BackupJobs::tr("A restore job's format is raw, qcow2 or original, not "
                                          "'%1'.")
                               .arg(req.format));
        return;
    }
    if (req.backupId.isEmpty() || (req.newName.isEmpty() && !req.toOriginal)) {
        run->finish(false, BackupJobs::tr(
                               "A restore job needs the backup's id and a name for the new VM."));
        return;
    }
    run->progress(0, BackupJobs::tr("Restoring %1 as %2.").arg(req.backupId, req.newName));
    startEngineTask(run,
                    [req](_virConnect *conn, const backup::CancelToken *cancel,
                          const backup::ProgressSink &progress) -> EngineResult {
                        const RestoreOutcome r = runDomainRestore(conn, req, cancel, progress);
                        if (!r.ok)
                            return qMakePair(false, r.error);
                        return qMakePair(true, BackupJobs::tr("Restored as %1 (%n volume(s)).",
                                                              nullptr, int(r.volumes.size()))
                                                   .arg(r.domainName));
                    });
}
} // namespace

void startEngineTask(JobRun *run, EngineWork work) {
    Connection *connection = run->connection();
    std::shared_ptr<_virConnect> conn = connection ? connection->acquire() : nullptr;
    if (!conn) {
        run->hostUnavailable(BackupJobs::tr("The host is not connected."));
        return;
    }
    const ReplyGuard<JobRun> guard(run);
    const auto token = std::make_shared<backup::CancelToken>();
    QObject::connect(run, &JobRun::cancelRequested, run, [token] { token->cancel(); });
    QObject::connect(run, &QObject::destroyed, [guard, token] {
        guard.reset();
        token->cancel();
    });
    run->workspace()->tasks()->start(
        token, [conn, guard, work = std::move(work)](const backup::CancelToken &cancel) {
            const EngineResult result = work(conn.get(), &cancel, progressTo(guard));
            guard.reply([result](JobRun *r) { r->finish(result.first, result.second); });
        });
}

void registerBackupJobKinds() {
    JobKinds::add(
        {{u"backup"_s,
          BackupJobs::tr("Back up"),
          true,
          false,
          false,
          {u"repository"_s, JobParam::flag(u"full"_s), JobParam::integer(u"keepLast"_s, 0, 100000),
           JobParam::integer(u"keepDaily"_s, 0, 100000),
           JobParam::integer(u"keepWeekly"_s, 0, 100000),
           JobParam::integer(u"keepMonthly"_s, 0, 100000)},
          backupJob},
         {u"restore"_s,
          BackupJobs::tr("Restore a backup"),
          false,
          true,
          false,
          {u"repository"_s, u"backup"_s, u"pool"_s, u"format"_s, JobParam::flag(u"toOriginal"_s)},
          restoreJob},
         {u"replicate"_s,
          BackupJobs::tr("Replicate to a standby"),
          true,
          false,
          false,
          {u"standby"_s, u"repository"_s, u"pool"_s},
          replicateJob}});
}

} // namespace virtdeck
