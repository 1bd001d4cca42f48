// SPDX-License-Identifier: GPL-3.0-or-later
#include "failoverjobs.h"

#include "backup/backupjobs.h"
#include "core/agetext.h"
#include "core/connectionmanager.h"
#include "libvirt/failover.h"
#include "scheduler/jobkinds.h"
#include "scheduler/jobrun.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QLocale>

namespace virtdeck {

using namespace Qt::StringLiterals;

struct FailoverJobs {
    Q_DECLARE_TR_FUNCTIONS(FailoverJobs)
};

namespace {
QString outcomeText(const FailoverOutcome &r, const QString &name, const QString &target) {
    const QString when = QLocale().toString(r.dataTime.toLocalTime(), QLocale::ShortFormat);
    QString text =
        r.source == u"shared"_s
            ? FailoverJobs::tr("%1 started on %2 on its shared disks, with its data as its host "
                               "left it.")
                  .arg(name, target)
        : r.source == u"replica"_s
            ? FailoverJobs::tr("%1 started on %2 from its replica (backup %3): data of %4, %5 "
                               "old.")
                  .arg(name, target, r.backupId, when, ageText(r.dataTime))
            : FailoverJobs::tr("%1 started on %2 from its newest backup %3: data of %4, %5 old.")
                  .arg(name, target, r.backupId, when, ageText(r.dataTime));
    for (const QString &n : r.notes)
        text += u' ' + n + u'.';
    return text;
}

void failoverJob(JobRun *run) {
    const Job &job = run->job();
    const QString from = job.params.value(u"from"_s).toString().trimmed();
    if (from.isEmpty() || job.vmUuid.isEmpty()) {
        run->finish(false, FailoverJobs::tr("A failover job needs the lost host (from) and the "
                                            "VM's UUID."));
        return;
    }
    if (from == job.uri) {
        run->finish(
            false, FailoverJobs::tr("A failover starts the VM on another host than %1.").arg(from));
        return;
    }
    auto *cm = run->workspace()->connections();
    if (cm->state(cm->connectionForUri(from)) == ConnectionState::Connected) {
        run->finish(false, FailoverJobs::tr("%1 answers: %2 is not started elsewhere while its "
                                            "host is up.")
                               .arg(from, job.vm));
        return;
    }
    const FailoverRequest req{
        job.vmUuid, job.vm, job.params.value(u"repository"_s).toString().trimmed(),
        job.params.value(u"shared"_s).toBool(), job.params.value(u"definition"_s).toString()};
    const QString target = job.uri;
    run->progress(0, FailoverJobs::tr("Failing %1 over from %2 to %3.").arg(job.vm, from, target));
    startEngineTask(run, [req, target](_virConnect *conn, const backup::CancelToken *cancel,
                                       const backup::ProgressSink &progress) {
        const FailoverOutcome r = runFailover(conn, req, cancel, progress);
        if (!r.ok)
            return qMakePair(false,
                             FailoverJobs::tr("%1 was not failed over: %2")
                                 .arg(req.name, (QStringList(r.notes) << r.error).join(u"; "_s)));
        return qMakePair(true, outcomeText(r, req.name, target));
    });
}
} // namespace

void registerFailoverJobKinds() {
    JobKinds::add({u"failover"_s,
                   FailoverJobs::tr("Fail over"),
                   false,
                   false,
                   false,
                   {u"from"_s, u"repository"_s, u"shared"_s, u"definition"_s},
                   failoverJob});
}

} // namespace virtdeck
