// SPDX-License-Identifier: GPL-3.0-or-later
#include "labjobs.h"

#include "lab.h"
#include "labexecutor.h"
#include "laboutcomefeed.h"
#include "labstore.h"
#include "scheduler/job.h"
#include "scheduler/jobexecutor.h"
#include "scheduler/jobkinds.h"
#include "scheduler/jobrun.h"

#include <memory>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
const LabOperation kJobOps[] = {
    LabOperation::Provision, LabOperation::Start,   LabOperation::Shutdown, LabOperation::ForceOff,
    LabOperation::Snapshot,  LabOperation::Revert,  LabOperation::Reset,    LabOperation::Delete,
    LabOperation::ExamStart, LabOperation::ExamEnd, LabOperation::Update,   LabOperation::Check,
    LabOperation::IdleStop,  LabOperation::Collect};
} // namespace

QString labJobKind(LabOperation op) {
    return u"lab-"_s + labOperationName(op);
}

Job labJob(const Lab &lab, LabOperation op, const QStringList &students,
           const QVariantMap &params) {
    Job job;
    job.kind = labJobKind(op);
    job.uri = lab.hosts.value(0);
    job.vm = lab.name;
    job.group = lab.name;
    job.hostDown = HostDownPolicy::Fail;
    job.state = JobState::Queued;
    job.params = params;
    job.params.insert(u"students"_s, students.join(u','));
    return job;
}

namespace {
void runLabJob(JobRun *run, LabOperation op) {
    const Job &job = run->job();
    const QString dbPath = job.params.value(u"database"_s).toString();
    auto store = std::make_shared<LabStore>();
    QString error;
    if (!store->open(dbPath.isEmpty() ? LabStore::defaultPath() : dbPath, &error)) {
        run->finish(false, JobExecutor::tr("Cannot open the labs database: %1").arg(error));
        return;
    }
    Lab lab;
    if (!store->load(job.vm, &lab)) {
        // A database that fails is not a lab that is gone: its words, not "no lab".
        run->finish(
            false,
            store->lastError().isEmpty()
                ? JobExecutor::tr("There is no lab \"%1\".").arg(job.vm)
                : JobExecutor::tr("Cannot read the labs database: %1").arg(store->lastError()));
        return;
    }
    // Ending the exam of the whole lab (or the job a timed exam's start made, "endsExam") ends
    // the lab's exam state too, also when it runs with no window open.
    const bool endsExam = job.params.value(u"students"_s).toString().isEmpty() ||
                          JobKinds::flagValue(job.params.value(u"endsExam"_s));
    if (op == LabOperation::ExamEnd && endsExam && lab.exam.running() &&
        store->update(job.vm, [](Lab *l) {
            l->exam = {};
            return QString();
        }) != LabStore::Change::Saved)
        run->progress(
            0, JobExecutor::tr("The exam's end was not recorded: %1").arg(store->lastError()));
    QStringList students;
    for (const auto &s : job.params.value(u"students"_s).toString().split(u','))
        if (!s.trimmed().isEmpty())
            students << s.trimmed();
    auto *ex = new LabExecutor(run->workspace(), run);
    ex->setParallelPerHost(std::max(1, run->settings().limits.perHost));
    ex->setPlacementOptions(run->settings().placement);
    ex->setStrictCapacity(JobKinds::flagValue(job.params.value(u"strictCapacity"_s)));
    ex->setDefinePools(JobKinds::flagValue(job.params.value(u"definePools"_s)));
    if (op == LabOperation::Shutdown)
        ex->setShutdownWait(job.params.value(u"wait"_s, kLabShutdownWait).toInt(),
                            JobKinds::flagValue(job.params.value(u"force"_s)));
    QObject::connect(
        ex, &LabExecutor::placed, run,
        [store, run](const QString &l, const QString &sid, const QString &uri) {
            if (!store->setAssignment(l, sid, uri))
                run->progress(
                    0,
                    JobExecutor::tr("%1's host was not recorded: %2").arg(sid, store->lastError()));
        });
    // What the lab's hosts cannot run at once goes into the result the window shows.
    auto warnings = std::make_shared<QStringList>();
    QObject::connect(ex, &LabExecutor::overcommitted, run,
                     [warnings](const QStringList &lines) { *warnings << lines; });
    QObject::connect(ex, &LabExecutor::note, run,
                     [run](const QString &text) { run->progress(0, text); });
    // "Done" counts the VMs the operation acted on; a VM that was not there or already so is
    // counted apart (deleting a lab without VMs did not delete two).
    auto idle = std::make_shared<int>(0);
    QObject::connect(ex, &LabExecutor::vmFinished, run,
                     [run, op, idle](const LabVmOutcome &o, const QString &, int done, int total) {
                         if (o.ok && !o.changed && op != LabOperation::Check)
                             ++*idle;
                         LabOutcomeFeed::instance()->announce(op, o);
                         run->progress(
                             total ? done * 100 / total : 100,
                             u"%1 (%2): %3"_s.arg(o.task.vmName, o.task.student, o.message));
                     });
    QObject::connect(
        ex, &LabExecutor::finished, run, [run, op, warnings, idle](int ok, int failed) {
            QStringList result{
                *idle == 0 ? JobExecutor::tr("%1: %2 VM(s) done, %3 failed.")
                                 .arg(labOperationText(op))
                                 .arg(ok)
                                 .arg(failed)
                           : JobExecutor::tr("%1: %2 VM(s) done, %3 with nothing to do, %4 failed.")
                                 .arg(labOperationText(op))
                                 .arg(std::max(0, ok - *idle))
                                 .arg(*idle)
                                 .arg(failed)};
            run->finish(failed == 0, (result + *warnings).join(u' '));
        });
    if (op == LabOperation::Collect) {
        QStringList paths;
        for (const auto &s : job.params.value(u"paths"_s).toString().split(u'\n'))
            if (!s.trimmed().isEmpty())
                paths << s.trimmed();
        ex->setCollect(job.params.value(u"folder"_s).toString(), paths);
    }
    ex->run(lab, op, students, job.params.value(u"snapshot"_s).toString());
}
} // namespace

void registerLabJobKinds() {
    for (LabOperation op : kJobOps) {
        JobKind k;
        k.name = labJobKind(op);
        k.text = JobExecutor::tr("Lab: %1").arg(labOperationText(op));
        k.needsVm = false;
        k.createsVm = op == LabOperation::Provision;
        k.params = {u"students"_s, u"snapshot"_s, u"database"_s};
        if (op == LabOperation::Provision)
            k.params << JobParam::flag(u"strictCapacity"_s) << JobParam::flag(u"definePools"_s);
        if (op == LabOperation::Collect)
            k.params << JobParam(u"folder"_s) << JobParam(u"paths"_s);
        if (op == LabOperation::Shutdown)
            k.params << JobParam::integer(u"wait"_s, 0, 86400) << JobParam::flag(u"force"_s);
        k.handler = [op](JobRun *run) {
            runLabJob(run, op);
        };
        JobKinds::add(k);
    }
}

qint64 labNextStart(const QList<Job> &jobs, const QList<Schedule> &schedules,
                    const QString &labName, qint64 nowMs) {
    const QString kind = labJobKind(LabOperation::Start);
    qint64 next = 0;
    const auto consider = [&next, nowMs](qint64 at) {
        if (at > nowMs && (next == 0 || at < next))
            next = at;
    };
    for (const Job &j : jobs)
        if (j.kind == kind && j.vm == labName && !jobStateIsFinal(j.state))
            consider(j.notBefore);
    for (const Schedule &s : schedules)
        if (s.kind == kind && s.enabled && (s.vms.contains(labName) || s.group == labName))
            consider(s.nextFire);
    return next;
}

QList<std::pair<QString, QString>>
labScheduledStarts(const QList<Job> &jobs, const QString &labName, qint64 atMs,
                   const std::function<bool(const QString &, Lab *)> &loadLab) {
    QList<std::pair<QString, QString>> out;
    for (const Job &j : jobs) {
        if (jobStateIsFinal(j.state) || j.notBefore > atMs)
            continue;
        if (j.kind == u"start"_s) {
            out.append({j.uri, j.vm});
        } else if (j.kind == labJobKind(LabOperation::Start) && j.vm != labName) {
            Lab other;
            if (loadLab(j.vm, &other))
                for (const auto &a : std::as_const(other.assignments))
                    if (const LabStudent *s = other.student(a.studentId))
                        for (const auto &r : std::as_const(other.roles))
                            out.append({a.hostUri, other.vmName(*s, r.name)});
        }
    }
    return out;
}

} // namespace virtdeck
