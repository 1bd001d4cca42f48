// SPDX-License-Identifier: GPL-3.0-or-later
#include "labexecutor.h"

#include "core/canceltoken.h"
#include "core/connectionmanager.h"
#include "core/libvirt/connection.h"
#include "core/replyguard.h"
#include "core/taskpool.h"
#include "domains/domaintablemodel.h"
#include "hosts/hosttablemodel.h"
#include "labclassplan.h"
#include "labreport.h"
#include "labs/libvirt/labtasks.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSet>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcLab, "virtdeck.labs")

namespace virtdeck {

using namespace Qt::StringLiterals;

struct LabExecutor::Reply {
    explicit Reply(LabExecutor *e)
        : guard(e) {}
    ReplyGuard<LabExecutor> guard;
};

LabExecutor::LabExecutor(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_reply(std::make_shared<Reply>(this)) {}

LabExecutor::~LabExecutor() {
    m_reply->guard.reset();
    for (const auto &work : std::as_const(m_work))
        work->cancel();
}

void LabExecutor::run(const Lab &lab, LabOperation op, const QStringList &students,
                      const QString &snapshot) {
    Q_ASSERT(!m_started);
    m_started = true;
    m_lab = lab;
    m_op = op;
    m_snapshot = snapshot;
    PlacementStrategy strategy;
    if (placementStrategyFromName(lab.placement, &strategy))
        m_placement.strategy = strategy;
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    if (op == LabOperation::Snapshot && m_snapshot.isEmpty())
        m_snapshot = u"lab-"_s + stamp;
    if (op == LabOperation::ExamStart && m_snapshot.isEmpty())
        m_snapshot = u"exam-"_s + stamp;
    auto refuse = [this](const QString &why) {
        Q_EMIT note(why);
        m_finished = true;
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(0, 1); });
    };
    if (op == LabOperation::Revert && m_snapshot.isEmpty())
        return refuse(tr("Reverting needs the name of a snapshot."));
    // What the database holds came from outside too: nothing reaches libvirt unchecked.
    QString error = labNameProblem(lab.name);
    if (error.isEmpty())
        error = labPatternProblem(lab);
    if (error.isEmpty() && !m_snapshot.isEmpty())
        error = labObjectNameProblem(m_snapshot);
    if (error.isEmpty())
        m_settings = LabSettings::fromJson(lab.settingsJson, &error);
    if (error.isEmpty()) {
        m_plan = labNetworkPlan(lab, m_settings);
        error = m_plan.problem;
    }
    if (!error.isEmpty())
        return refuse(tr("Lab %1: %2").arg(lab.name, error));
    m_strict = m_strict || m_settings.strictCapacity;
    if (op == LabOperation::Shutdown)
        Q_EMIT note(m_forceAfterWait
                        ? tr("The guests get %n second(s) to power off; then those still "
                             "running are forced off.",
                             nullptr, m_shutdownWait)
                        : tr("The guests get %n second(s) to power off; those still running "
                             "then are reported as not stopped.",
                             nullptr, m_shutdownWait));
    if (op == LabOperation::IdleStop && m_settings.idleMinutes <= 0)
        return refuse(tr("Lab %1 has no idle time set; nothing is stopped.").arg(lab.name));
    if (op == LabOperation::Collect) {
        if (m_collectPaths.isEmpty())
            m_collectPaths = m_settings.collectPaths;
        if (m_collectPaths.isEmpty())
            return refuse(tr("Lab %1 names no paths to collect.").arg(lab.name));
        if (m_collectFolder.isEmpty())
            return refuse(tr("Collecting needs a folder to put the files in."));
        m_collectReport << u"student,role,vm,ok,message"_s;
    }
    const QSet<QString> chosen(students.cbegin(), students.cend());
    for (const auto &s : lab.students)
        if (chosen.isEmpty() || chosen.contains(s.id))
            m_students << s.id;
    for (const auto &id : students)
        if (!lab.student(id))
            Q_EMIT note(tr("There is no student \"%1\" in lab %2.").arg(id, lab.name));
    if (!openHosts()) {
        Q_EMIT note(tr("Lab %1 has no target host or no template.").arg(lab.name));
        m_finished = true;
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(0, 0); });
    }
}

void LabExecutor::checkCapacity(const Lab &lab,
                                const QList<std::pair<QString, QString>> &scheduledStarts) {
    Q_ASSERT(!m_started);
    m_started = true;
    m_capacityOnly = true;
    m_lab = lab;
    m_scheduled = scheduledStarts;
    m_total = 1;
    if (!openHosts()) {
        Q_EMIT note(tr("Lab %1 has no target host or no template.").arg(lab.name));
        m_finished = true;
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(0, 1); });
    }
}

void LabExecutor::checkPools(const Lab &lab) {
    Q_ASSERT(!m_started);
    m_started = true;
    m_poolsOnly = true;
    m_lab = lab;
    if (!openHosts()) {
        m_finished = true;
        QTimer::singleShot(0, this, [this] {
            Q_EMIT poolGaps({});
            Q_EMIT finished(0, 0);
        });
    }
}

bool LabExecutor::openHosts() {
    if (m_lab.hosts.isEmpty() || m_lab.roles.isEmpty())
        return false;
    // Open the lab's hosts (transient connections for URIs not configured).
    auto *cm = m_workspace->connections();
    for (const QString &uri : std::as_const(m_lab.hosts))
        m_connectionOf.insert(uri, cm->connectionForUri(uri));
    auto settled = [this, cm] {
        for (const auto &id : std::as_const(m_connectionOf)) {
            const auto s = cm->state(id);
            if (s != ConnectionState::Connected && s != ConnectionState::Failed)
                return false;
        }
        return true;
    };
    connect(cm, &ConnectionManager::stateChanged, this,
            [this, settled](const QString &id, ConnectionState, const QString &) {
                if (!m_hostsResolved && m_connectionOf.values().contains(id) && settled())
                    hostsReady();
            });
    QTimer::singleShot(m_hostWaitMs, this, [this] {
        if (!m_hostsResolved)
            hostsReady();
    });
    for (const auto &id : std::as_const(m_connectionOf))
        if (cm->state(id) != ConnectionState::Connected &&
            cm->state(id) != ConnectionState::Connecting)
            cm->openConnection(id);
    QTimer::singleShot(0, this, [this, settled] {
        if (!m_hostsResolved && settled())
            hostsReady();
    });
    return true;
}

void LabExecutor::hostsReady() {
    m_hostsResolved = true;
    if (m_capacityOnly)
        reportCapacity();
    else if (m_poolsOnly || m_op == LabOperation::Provision)
        preparePools(m_definePools && !m_poolsOnly);
    else
        dispatch();
}

void LabExecutor::preparePools(bool define) {
    m_view = viewHosts();
    QStringList templates;
    for (const auto &role : std::as_const(m_lab.roles))
        templates << role.templateVm;
    QStringList hosts; // those that hold every template (the others get no student)
    for (const QString &uri : std::as_const(m_view.connected))
        if (std::all_of(templates.cbegin(), templates.cend(), [&](const QString &t) {
                return m_view.templateMemory.value(uri).contains(t);
            }))
            hosts << uri;
    if (hosts.isEmpty())
        return poolsReady({});
    auto results = std::make_shared<QList<LabPoolPrep>>();
    auto pending = std::make_shared<int>(int(hosts.size()));
    auto reply = m_reply;
    for (const QString &uri : std::as_const(hosts)) {
        Connection *c = m_workspace->connections()->connection(m_connectionOf.value(uri));
        m_work << prepareLabPoolsAsync(m_workspace->tasks(), c, uri, templates, define,
                                       [reply, results, pending](const LabPoolPrep &prep) {
                                           reply->guard.reply(
                                               [prep, results, pending](LabExecutor *e) {
                                                   results->append(prep);
                                                   if (--*pending == 0)
                                                       e->poolsReady(*results);
                                               });
                                       });
    }
}

void LabExecutor::poolsReady(const QList<LabPoolPrep> &results) {
    QList<LabPoolGap> gaps;
    for (const LabPoolPrep &r : results) {
        for (const QString &line : r.done + r.errors)
            Q_EMIT note(line);
        gaps += r.gaps;
    }
    if (m_poolsOnly) {
        m_finished = true;
        Q_EMIT poolGaps(gaps);
        Q_EMIT finished(0, 0);
        return;
    }
    for (const LabPoolGap &g : std::as_const(gaps)) {
        if (!m_poolless.contains(g.host))
            m_poolless << g.host;
        Q_EMIT note(tr("%1: the template's disk %2 is in %3, which is no storage pool of this "
                       "host, so no new student is placed there. Let Virtdeck define it as a pool "
                       "(virtdeck lab provision does; in the window, Provision asks) or define "
                       "one there yourself.")
                        .arg(g.host, g.disk, g.directory));
    }
    dispatch();
}

void LabExecutor::fail(const LabVmTask &task, const QString &host, const QString &why) {
    LabVmOutcome o;
    o.task = task;
    o.message = why;
    account(o, host);
}

void LabExecutor::account(const LabVmOutcome &o, const QString &host) {
    ++m_done;
    if (o.ok)
        ++m_ok;
    if (o.ok && m_op == LabOperation::Delete && !o.task.student.isEmpty() &&
        ++m_deleted[o.task.student] == m_lab.roles.size() &&
        !m_lab.hostOf(o.task.student).isEmpty())
        Q_EMIT placed(m_lab.name, o.task.student, QString());
    Q_EMIT vmFinished(o, host, m_done, m_total);
    if (m_op == LabOperation::Collect)
        m_collectReport << csvLine(
            {o.task.student, o.task.role, o.task.vmName, o.ok ? u"yes"_s : u"no"_s, o.message});
    if (m_waves.contains(host)) {
        Wave &w = m_waves[host];
        if (--w.pending == 0 && w.next < w.batches.size()) {
            Q_EMIT note(tr("%1: batch %2 of %3 done; the next in %n second(s).", nullptr,
                           m_settings.staggerPauseSeconds)
                            .arg(host)
                            .arg(w.next)
                            .arg(w.batches.size()));
            QTimer::singleShot(m_settings.staggerPauseSeconds * 1000, this,
                               [this, host] { runBatch(host); });
        }
    }
    if (m_done == m_total && !m_finished)
        complete();
}

void LabExecutor::complete() {
    // Deleting: the lab's own networks go once none of their students has VMs left.
    QStringList unused;
    if (m_op == LabOperation::Delete) {
        QSet<QString> inUse;
        for (const auto &v : std::as_const(m_plan.vms))
            if (!m_lab.hostOf(v.student).isEmpty() &&
                m_deleted.value(v.student) < m_lab.roles.size())
                inUse.insert(v.network);
        for (const auto &n : std::as_const(m_plan.networks))
            if (!inUse.contains(n.name))
                unused << n.name;
    }
    auto *cm = m_workspace->connections();
    QList<Connection *> hosts;
    for (const QString &uri : std::as_const(m_lab.hosts))
        if (Connection *c = cm->connection(m_connectionOf.value(uri));
            c && cm->state(m_connectionOf.value(uri)) == ConnectionState::Connected)
            hosts << c;
    if (unused.isEmpty() || hosts.isEmpty())
        return finish();
    auto pending = std::make_shared<int>(int(hosts.size()));
    auto reply = m_reply;
    for (Connection *c : std::as_const(hosts))
        m_work << removeLabNetworksAsync(
            m_workspace->tasks(), c, unused, [reply, pending](const QStringList &errors) {
                reply->guard.reply([errors, pending](LabExecutor *e) {
                    for (const auto &err : errors) {
                        Q_EMIT e->note(tr("A lab network was not removed: %1").arg(err));
                        --e->m_ok;
                    }
                    if (--*pending == 0 && !e->m_finished)
                        e->finish();
                });
            });
}

void LabExecutor::finish() {
    auto done = [this] {
        m_finished = true;
        m_ok = std::max(0, m_ok);
        Q_EMIT finished(m_ok, m_total - m_ok);
    };
    if (m_op != LabOperation::Collect || m_collectReport.size() < 2)
        return done();
    // The collection's report goes next to the students' folders (off the GUI thread).
    const QString path = m_collectFolder + u"/report.csv"_s;
    const QByteArray csv = (m_collectReport.join(u'\n') + u'\n').toUtf8();
    auto reply = m_reply;
    m_workspace->tasks()->start([reply, path, csv, done](const CancelToken &) {
        QString why;
        const bool ok = writeReportFile(path, csv, &why);
        reply->guard.reply([ok, path, why, done](LabExecutor *e) {
            Q_EMIT e->note(ok ? tr("What was collected: %1").arg(path)
                              : tr("The collection report %1 was not written: %2").arg(path, why));
            done();
        });
    });
}

LabExecutor::HostsView LabExecutor::viewHosts() {
    auto *cm = m_workspace->connections();
    const auto *domains = m_workspace->domains();
    const auto *hosts = m_workspace->hosts();
    HostsView v;
    QSet<QString> labVms;
    labVms.reserve(m_lab.students.size() * m_lab.roles.size());
    for (const auto &s : std::as_const(m_lab.students))
        for (const auto &r : std::as_const(m_lab.roles))
            labVms.insert(m_lab.vmName(s, r.name));
    QSet<QString> scheduled; // host URI + '\n' + VM name
    for (const auto &[host, vm] : std::as_const(m_scheduled))
        scheduled.insert(host + u'\n' + vm);
    QHash<QString, QHash<QString, int>> templateVcpus;
    for (const QString &uri : std::as_const(m_lab.hosts)) {
        if (cm->state(m_connectionOf.value(uri)) == ConnectionState::Connected)
            v.connected << uri;
        else
            Q_EMIT note(tr("%1 is not connected; its students are skipped.").arg(uri));
    }
    for (const QString &uri : std::as_const(v.connected)) {
        const QString id = m_connectionOf.value(uri);
        HostCapacity cap;
        cap.host = uri;
        const int hrow = hosts->rowOf(id);
        if (hrow >= 0) {
            cap.memoryBytes = hosts->rowAt(hrow).info.memoryBytes;
            cap.cpus = hosts->rowAt(hrow).info.cpus;
            cap.hostUuid = hosts->rowAt(hrow).info.hostUuid;
            cap.maintenance = hosts->rowAt(hrow).maintenance;
        }
        HostCapacity others = cap;
        for (int r = 0; r < domains->rowCount(); ++r) {
            const DomainInfo &d = domains->domainAt(r);
            if (d.connectionId != id)
                continue;
            for (const auto &role : std::as_const(m_lab.roles))
                if (d.name == role.templateVm) {
                    v.templateMemory[uri].insert(d.name, d.maxMemoryBytes);
                    templateVcpus[uri].insert(d.name, std::max(1, d.vcpus));
                }
            // A VM a job will have started by then counts as running.
            const bool active =
                domainStateIsActive(d.state) || scheduled.contains(uri + u'\n' + d.name);
            if (!active)
                continue;
            cap.allocatedMemoryBytes += d.memoryBytes ? d.memoryBytes : d.maxMemoryBytes;
            cap.allocatedVcpus += d.vcpus;
            if (!labVms.contains(d.name)) {
                others.allocatedMemoryBytes += d.memoryBytes ? d.memoryBytes : d.maxMemoryBytes;
                others.allocatedVcpus += d.vcpus;
            }
        }
        v.capacity.insert(uri, cap);
        v.others.insert(uri, others);
    }
    for (const auto &role : std::as_const(m_lab.roles)) {
        quint64 mem = 0;
        int cpus = 1;
        for (const auto &t : std::as_const(v.templateMemory))
            mem = std::max(mem, t.value(role.templateVm));
        for (const auto &t : std::as_const(templateVcpus))
            cpus = std::max(cpus, t.value(role.templateVm));
        v.perStudent.memoryBytes += mem;
        v.perStudent.vcpus += cpus;
    }
    return v;
}

void LabExecutor::reportCapacity() {
    const HostsView v = viewHosts();
    QList<LabHostLoad> loads;
    QStringList unplaced;
    for (const auto &s : std::as_const(m_lab.students))
        if (!m_lab.hosts.contains(m_lab.hostOf(s.id)))
            unplaced << s.id;
    for (const QString &uri : std::as_const(m_lab.hosts)) {
        LabHostLoad l;
        l.host = uri;
        l.connected = v.connected.contains(uri);
        const HostCapacity others = v.others.value(uri);
        l.maintenance = others.maintenance;
        l.memoryBytes = others.memoryBytes;
        l.cpus = others.cpus;
        l.otherMemoryBytes = others.allocatedMemoryBytes;
        l.otherVcpus = others.allocatedVcpus;
        for (const auto &a : std::as_const(m_lab.assignments))
            if (a.hostUri == uri)
                l.students << a.studentId;
        loads << l;
    }
    const LabCapacityReport report = checkLabCapacity(loads, unplaced, v.perStudent, m_placement);
    m_finished = true;
    Q_EMIT capacityChecked(report);
    Q_EMIT finished(report.fitsNow() ? 1 : 0, report.fitsNow() ? 0 : 1);
}

void LabExecutor::runBatch(const QString &uri) {
    Wave &w = m_waves[uri];
    if (w.next >= w.batches.size())
        return;
    const QList<LabVmTask> batch = w.batches.at(w.next++);
    w.pending = int(batch.size());
    Q_EMIT note(tr("%1: starting batch %2 of %3 (%n VM(s)).", nullptr, int(batch.size()))
                    .arg(uri)
                    .arg(w.next)
                    .arg(w.batches.size()));
    runOnHost(uri, batch, int(batch.size()));
}

void LabExecutor::runOnHost(const QString &uri, const QList<LabVmTask> &tasks, int parallel) {
    Connection *c = m_workspace->connections()->connection(m_connectionOf.value(uri));
    if (!c) {
        for (const auto &t : tasks)
            fail(t, uri, tr("%1 is not connected.").arg(uri));
        return;
    }
    auto reply = m_reply;
    m_work << runLabTasks(m_workspace->tasks(), c, tasks, parallel,
                          [reply, uri](const LabVmOutcome &o) {
                              reply->guard.reply([o, uri](LabExecutor *e) { e->account(o, uri); });
                          });
}

QStringList LabExecutor::eligibleHosts(HostsView &view) {
    QStringList eligible;
    for (const QString &uri : std::as_const(view.connected)) {
        if (m_poolless.contains(uri))
            continue; // said in poolsReady()
        QStringList missing;
        for (const auto &role : std::as_const(m_lab.roles))
            if (!view.templateMemory.value(uri).contains(role.templateVm))
                missing << role.templateVm;
        if (missing.isEmpty())
            eligible << uri;
        else
            Q_EMIT note(tr("%1 lacks the template VM(s) %2: no student is placed there "
                           "(an overlay must be on the same host as its template; copy the "
                           "template there under the same name).")
                            .arg(uri, missing.join(u", "_s)));
    }
    // Students already placed count as committed on their host: the class runs at once.
    view.capacity = view.others;
    for (const auto &a : std::as_const(m_lab.assignments))
        if (view.capacity.contains(a.hostUri)) {
            view.capacity[a.hostUri].allocatedMemoryBytes += view.perStudent.memoryBytes;
            view.capacity[a.hostUri].allocatedVcpus += view.perStudent.vcpus;
        }
    return eligible;
}

QList<LabVmTask> LabExecutor::tasksFor(const LabStudent &student) const {
    QList<LabVmTask> tasks;
    for (const auto &role : std::as_const(m_lab.roles)) {
        LabVmTask t;
        t.op = m_op;
        t.vmName = m_lab.vmName(student, role.name);
        t.lab = m_lab.name;
        t.student = student.id;
        t.role = role.name;
        t.templateVm = role.templateVm;
        t.snapshot = m_snapshot;
        const LabVmNetwork net = m_plan.vms.value(t.vmName);
        t.macs = net.macs;
        t.network = net.network;
        t.address = net.address;
        if (const LabNetworkDef *n = m_plan.network(t.network))
            t.networkXml = n->xml;
        t.addInterface = m_settings.addInterface;
        t.dataDisks = m_settings.dataDisks;
        t.templateVersion = role.templateVersion;
        t.idleMs = qint64(m_settings.idleMinutes) * 60000;
        t.waitSeconds = m_shutdownWait;
        t.forceAfterWait = m_forceAfterWait;
        if (m_op == LabOperation::Collect) {
            t.collectPaths = m_collectPaths;
            t.collectDir = m_collectFolder % u'/' % student.id %
                           (m_lab.roles.size() > 1 ? u'/' % role.name : QString());
        }
        tasks << t;
    }
    return tasks;
}

int LabExecutor::groupHost(const LabStudent &student, const QStringList &eligible,
                           const QList<HostCapacity> &capacity, const VmDemand &perStudent,
                           bool needRoom) const {
    if (m_settings.networkMode != LabNetworkMode::Group)
        return -1;
    const auto it = m_groupHostOf.constFind(student.group);
    const int i = it == m_groupHostOf.cend() ? -1 : int(eligible.indexOf(*it));
    if (i < 0 || capacity.at(i).maintenance ||
        (needRoom && !admitStart(capacity.at(i), perStudent, m_placement).isEmpty()))
        return -1;
    return i;
}

namespace {
// The host that would be committed least with `vm` on it, as the larger of its memory and vCPU
// shares of what it allows: where a student goes when no host has room for all at once.
int leastCommitted(const QList<HostCapacity> &hosts, const VmDemand &vm,
                   const PlacementOptions &o) {
    int best = -1;
    double bestLoad = 0;
    for (int i = 0; i < hosts.size(); ++i) {
        const HostCapacity &h = hosts.at(i);
        if (!h.connected || h.maintenance)
            continue;
        const double memory = double(h.allocatedMemoryBytes + vm.memoryBytes) /
                              std::max(1.0, double(h.memoryBytes) * o.memoryOvercommit);
        const double cpus =
            double(h.allocatedVcpus + vm.vcpus) / std::max(1.0, double(h.cpus) * o.cpuOvercommit);
        const double load = std::max(memory, cpus);
        if (best < 0 || load < bestLoad) {
            best = i;
            bestLoad = load;
        }
    }
    return best;
}
} // namespace

QString LabExecutor::placeStudent(const LabStudent &student, const QStringList &eligible,
                                  QList<HostCapacity> &capacity, const VmDemand &perStudent,
                                  QString *why) {
    if (eligible.isEmpty()) {
        *why = tr("No connected host holds the lab's templates.");
        return {};
    }
    // The whole class's plan first; then a group's network is per host: keep the group
    // together where there is room.
    int pick = m_plannedHost.value(student.id, -1);
    if (pick < 0)
        pick = groupHost(student, eligible, capacity, perStudent, true);
    if (pick < 0) {
        const PlacementResult p = placeVm(capacity, perStudent, m_placement);
        pick = p.host;
        if (!p.ok() && m_strict) {
            *why = tr("No host has room: %1").arg(p.reason);
            return {};
        }
        // Not every student runs at once: place by policy anyway (overcommitted() says by how
        // much), the group still together.
        if (!p.ok())
            pick = groupHost(student, eligible, capacity, perStudent, false);
        if (pick < 0)
            pick = leastCommitted(capacity, perStudent, m_placement);
        if (pick < 0) {
            *why = tr("No host can take students: %1").arg(p.reason);
            return {};
        }
    }
    const QString host = eligible.at(pick);
    capacity[pick].allocatedMemoryBytes += perStudent.memoryBytes;
    capacity[pick].allocatedVcpus += perStudent.vcpus;
    if (!m_groupHostOf.contains(student.group))
        m_groupHostOf.insert(student.group, host);
    Q_EMIT placed(m_lab.name, student.id, host);
    return host;
}

void LabExecutor::planClass(const QStringList &eligible, const QList<HostCapacity> &capacity,
                            const VmDemand &perStudent) {
    LabClassPlanInput in;
    in.hosts = capacity;
    in.perStudent = perStudent;
    in.options = m_placement;
    in.groupsTogether = m_settings.networkMode == LabNetworkMode::Group;
    for (auto it = m_groupHostOf.cbegin(); it != m_groupHostOf.cend(); ++it)
        if (const int i = int(eligible.indexOf(it.value())); i >= 0)
            in.groupHost.insert(it.key(), i);
    for (const QString &sid : std::as_const(m_students)) {
        const QString host = m_lab.hostOf(sid);
        if (host.isEmpty() || !m_lab.hosts.contains(host))
            in.students << *m_lab.student(sid);
    }
    // A class of a few hundred students solves in milliseconds; the limit bounds the rest.
    m_plannedHost = planLabClass(in);
}

QString LabExecutor::hostFor(const LabStudent &student, const QStringList &eligible,
                             const HostsView &view, QList<HostCapacity> &capacity, QString *why) {
    QString host = m_lab.hostOf(student.id);
    if (!host.isEmpty() && !m_lab.hosts.contains(host))
        host.clear(); // the lab no longer targets that host
    if (host.isEmpty() && m_op == LabOperation::Provision)
        return placeStudent(student, eligible, capacity, view.perStudent, why);
    if (host.isEmpty()) {
        *why = tr("Not provisioned yet.");
        return {};
    }
    if (!view.connected.contains(host)) {
        *why = tr("%1 is not connected.").arg(host);
        return {};
    }
    return host;
}

void LabExecutor::reportNotRun(const QList<std::pair<LabVmTask, QString>> &notRun) {
    for (const auto &[task, why] : notRun) {
        // Deleting or querying a VM never made is not a failure.
        LabVmOutcome o;
        o.task = task;
        o.message = why;
        const bool nothingToDo = m_op == LabOperation::Delete || m_op == LabOperation::Status ||
                                 m_op == LabOperation::Update || m_op == LabOperation::Check ||
                                 m_op == LabOperation::IdleStop;
        o.ok = nothingToDo && m_lab.hostOf(task.student).isEmpty();
        if (o.ok && m_op == LabOperation::Update)
            o.message =
                tr("Not provisioned; it will be made on version %1.").arg(task.templateVersion);
        account(o, m_lab.hostOf(task.student));
    }
}

void LabExecutor::startOnHost(const QString &uri, const QList<LabVmTask> &tasks) {
    // Staggered start: a batch at a time, a pause between them.
    if (m_op != LabOperation::Start || m_settings.staggerBatch <= 0 ||
        tasks.size() <= m_settings.staggerBatch)
        return runOnHost(uri, tasks, m_parallel);
    Wave w;
    for (const auto &indices : staggerBatches(int(tasks.size()), m_settings.staggerBatch)) {
        QList<LabVmTask> batch;
        for (int i : indices)
            batch << tasks.at(i);
        w.batches << batch;
    }
    m_waves.insert(uri, w);
    runBatch(uri);
}

void LabExecutor::warnOvercommit(const HostsView &view, const QStringList &eligible) {
    QHash<QString, QStringList> studentsOn;
    for (const auto &s : std::as_const(m_lab.students))
        if (const QString host = m_lab.hostOf(s.id); eligible.contains(host))
            studentsOn[host] << s.id;
    QList<LabHostLoad> loads;
    for (const QString &uri : eligible) {
        const HostCapacity others = view.others.value(uri);
        LabHostLoad l;
        l.host = uri;
        l.memoryBytes = others.memoryBytes;
        l.cpus = others.cpus;
        l.otherMemoryBytes = others.allocatedMemoryBytes;
        l.otherVcpus = others.allocatedVcpus;
        l.students = studentsOn.value(uri);
        loads << l;
    }
    const QStringList lines = labOvercommitLines(loads, view.perStudent, m_placement);
    for (const QString &line : lines)
        Q_EMIT note(line);
    if (!lines.isEmpty())
        Q_EMIT overcommitted(lines);
}

void LabExecutor::dispatch() {
    HostsView &view = m_view;
    if (m_op != LabOperation::Provision)
        view = viewHosts(); // provisioning viewed them before its pools
    const bool provision = m_op == LabOperation::Provision;
    const QStringList eligible = provision ? eligibleHosts(view) : QStringList();
    QList<HostCapacity> capacity;
    for (const QString &uri : eligible)
        capacity << view.capacity.value(uri);
    for (const auto &s : std::as_const(m_lab.students))
        if (const QString host = m_lab.hostOf(s.id); !host.isEmpty())
            m_groupHostOf.insert(s.group, host); // the last placed mate's, as good as any
    if (provision)
        planClass(eligible, capacity, view.perStudent);
    QHash<QString, QList<LabVmTask>> byHost;
    QList<std::pair<LabVmTask, QString>> notRun;
    QList<LabAssignment> placedNow; // kept aside: the lab's index stays valid through the loop
    for (const QString &sid : std::as_const(m_students)) {
        const LabStudent &student = *m_lab.student(sid);
        const QList<LabVmTask> tasks = tasksFor(student);
        QString why;
        const bool wasPlaced = m_lab.hosts.contains(m_lab.hostOf(sid));
        const QString host = hostFor(student, eligible, view, capacity, &why);
        if (host.isEmpty()) {
            for (const auto &t : tasks)
                notRun.append({t, why});
            continue;
        }
        if (!wasPlaced)
            placedNow.append({sid, host});
        byHost[host] << tasks;
    }
    recordPlacements(placedNow);
    if (provision)
        warnOvercommit(view, eligible);
    m_total = int(notRun.size());
    for (const auto &list : std::as_const(byHost))
        m_total += int(list.size());
    if (m_total == 0) {
        m_finished = true;
        Q_EMIT finished(0, 0);
        return;
    }
    reportNotRun(notRun);
    if (m_finished)
        return;
    for (auto it = byHost.cbegin(); it != byHost.cend(); ++it)
        startOnHost(it.key(), it.value());
}

void LabExecutor::recordPlacements(const QList<LabAssignment> &placedNow) {
    if (placedNow.isEmpty())
        return;
    // A student placed again (the lab no longer targets its old host) loses the old assignment.
    QSet<QString> moved;
    for (const auto &a : placedNow)
        if (!m_lab.hostOf(a.studentId).isEmpty())
            moved.insert(a.studentId);
    if (!moved.isEmpty())
        m_lab.assignments.removeIf(
            [&moved](const LabAssignment &a) { return moved.contains(a.studentId); });
    m_lab.assignments += placedNow;
}

} // namespace virtdeck
