#include "labexecutor.h"

#include "connectionmanager.h"
#include "console.h"
#include "domaintablemodel.h"
#include "hosttablemodel.h"
#include "libvirt/connection.h"
#include "libvirt/replyguard.h"

#include <QDateTime>
#include <QLoggingCategory>
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

LabExecutor::LabExecutor(Console *console, QObject *parent)
    : QObject(parent)
    , m_console(console)
    , m_reply(std::make_shared<Reply>(this)) {}

LabExecutor::~LabExecutor() {
    m_reply->guard.reset();
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
    if (op == LabOperation::Snapshot && m_snapshot.isEmpty())
        m_snapshot = u"lab-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    if (op == LabOperation::Revert && m_snapshot.isEmpty()) {
        Q_EMIT note(tr("Reverting needs the name of a snapshot."));
        m_finished = true;
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(0, 1); });
        return;
    }
    for (const auto &s : lab.students)
        if (students.isEmpty() || students.contains(s.id))
            m_students << s.id;
    for (const auto &id : students)
        if (!lab.student(id))
            Q_EMIT note(tr("There is no student \"%1\" in lab %2.").arg(id, lab.name));
    if (lab.hosts.isEmpty() || lab.roles.isEmpty()) {
        Q_EMIT note(tr("Lab %1 has no target host or no template.").arg(lab.name));
        m_finished = true;
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(0, 0); });
        return;
    }
    // Open the lab's hosts (transient connections for URIs not configured).
    auto *cm = m_console->connections();
    for (const QString &uri : lab.hosts) {
        QString id;
        for (const auto &c : cm->configs())
            if (c.uri() == uri)
                id = c.id;
        if (id.isEmpty()) {
            ConnectionConfig c = ConnectionConfig::fromUri(uri);
            c.transient = true;
            c.autoconnect = false;
            id = cm->addConnection(c, false);
        }
        m_connectionOf.insert(uri, id);
    }
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
}

void LabExecutor::hostsReady() {
    m_hostsResolved = true;
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
    if (m_done == m_total && !m_finished) {
        m_finished = true;
        Q_EMIT finished(m_ok, m_total - m_ok);
    }
}

void LabExecutor::dispatch() {
    auto *cm = m_console->connections();
    const auto *domains = m_console->domains();
    const auto *hosts = m_console->hosts();
    QStringList connected;
    for (const QString &uri : std::as_const(m_lab.hosts)) {
        if (cm->state(m_connectionOf.value(uri)) == ConnectionState::Connected)
            connected << uri;
        else
            Q_EMIT note(tr("%1 is not connected; its students are skipped.").arg(uri));
    }
    // The template VMs each host has (an overlay must sit on the same host as its base).
    QHash<QString, QHash<QString, quint64>> templateMemory; // uri -> template name -> bytes
    QHash<QString, HostCapacity> capacity;
    for (const QString &uri : std::as_const(connected)) {
        const QString id = m_connectionOf.value(uri);
        HostCapacity cap;
        cap.host = uri;
        const int hrow = hosts->rowOf(id);
        if (hrow >= 0) {
            cap.memoryBytes = hosts->rowAt(hrow).info.memoryBytes;
            cap.cpus = hosts->rowAt(hrow).info.cpus;
        }
        for (int r = 0; r < domains->rowCount(); ++r) {
            const DomainInfo &d = domains->domainAt(r);
            if (d.connectionId != id)
                continue;
            for (const auto &role : std::as_const(m_lab.roles))
                if (d.name == role.templateVm)
                    templateMemory[uri].insert(d.name, d.maxMemoryBytes);
            if (domainStateIsActive(d.state)) {
                cap.allocatedMemoryBytes += d.memoryBytes;
                cap.allocatedVcpus += d.vcpus;
            }
        }
        capacity.insert(uri, cap);
    }
    VmDemand perStudent;
    for (const auto &role : std::as_const(m_lab.roles)) {
        quint64 mem = 0;
        for (const auto &t : std::as_const(templateMemory))
            mem = std::max(mem, t.value(role.templateVm));
        perStudent.memoryBytes += mem;
        perStudent.vcpus += 1;
    }

    QStringList eligible; // hosts that hold every template
    if (m_op == LabOperation::Provision) {
        for (const QString &uri : std::as_const(connected)) {
            QStringList missing;
            for (const auto &role : std::as_const(m_lab.roles))
                if (!templateMemory.value(uri).contains(role.templateVm))
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
        for (const auto &a : std::as_const(m_lab.assignments))
            if (capacity.contains(a.hostUri)) {
                capacity[a.hostUri].allocatedMemoryBytes += perStudent.memoryBytes;
                capacity[a.hostUri].allocatedVcpus += perStudent.vcpus;
            }
    }

    QHash<QString, QList<LabVmTask>> byHost;
    QList<std::pair<LabVmTask, QString>> failures;
    QList<HostCapacity> caps;
    for (const QString &uri : std::as_const(eligible))
        caps << capacity.value(uri);
    for (const QString &sid : std::as_const(m_students)) {
        const LabStudent *st = m_lab.student(sid);
        QString host = m_lab.hostOf(sid);
        if (!host.isEmpty() && !m_lab.hosts.contains(host))
            host.clear(); // the lab no longer targets that host
        QList<LabVmTask> tasks;
        for (const auto &role : std::as_const(m_lab.roles)) {
            LabVmTask t;
            t.op = m_op;
            t.vmName = m_lab.vmName(st->id, role.name);
            t.lab = m_lab.name;
            t.student = st->id;
            t.role = role.name;
            t.templateVm = role.templateVm;
            t.snapshot = m_snapshot;
            tasks << t;
        }
        if (host.isEmpty() && m_op == LabOperation::Provision) {
            const PlacementResult p = placeVm(caps, perStudent, m_placement);
            if (!p.ok()) {
                const QString why = eligible.isEmpty()
                                        ? tr("No connected host holds the lab's templates.")
                                        : tr("No host has room: %1").arg(p.reason);
                for (const auto &t : tasks)
                    failures.append({t, why});
                continue;
            }
            host = eligible.at(p.host);
            caps[p.host].allocatedMemoryBytes += perStudent.memoryBytes;
            caps[p.host].allocatedVcpus += perStudent.vcpus;
            m_lab.assignments.append({sid, host});
            Q_EMIT placed(m_lab.name, sid, host);
        }
        if (host.isEmpty()) {
            for (const auto &t : tasks)
                failures.append({t, tr("Not provisioned yet.")});
            continue;
        }
        if (!connected.contains(host)) {
            for (const auto &t : tasks)
                failures.append({t, tr("%1 is not connected.").arg(host)});
            continue;
        }
        byHost[host] << tasks;
    }
    m_total = int(failures.size());
    for (const auto &list : std::as_const(byHost))
        m_total += int(list.size());
    if (m_total == 0) {
        m_finished = true;
        Q_EMIT finished(0, 0);
        return;
    }
    for (const auto &f : std::as_const(failures)) {
        // Deleting or querying a VM never made is not a failure.
        LabVmOutcome o;
        o.task = f.first;
        o.message = f.second;
        o.ok = (m_op == LabOperation::Delete || m_op == LabOperation::Status) &&
               m_lab.hostOf(f.first.student).isEmpty();
        account(o, m_lab.hostOf(f.first.student));
    }
    if (m_finished)
        return;
    for (auto it = byHost.cbegin(); it != byHost.cend(); ++it) {
        Connection *c = cm->connection(m_connectionOf.value(it.key()));
        if (!c) {
            for (const auto &t : it.value())
                fail(t, it.key(), tr("%1 is not connected.").arg(it.key()));
            continue;
        }
        const QString uri = it.key();
        auto reply = m_reply;
        runLabTasks(c, this, it.value(), m_parallel, [reply, uri](const LabVmOutcome &o) {
            reply->guard.reply([o, uri](LabExecutor *e) { e->account(o, uri); });
        });
    }
}

} // namespace virtdeck
