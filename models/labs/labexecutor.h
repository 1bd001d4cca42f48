// SPDX-License-Identifier: GPL-3.0-or-later
// Runs one operation on a lab's VMs (all students or a selection): resolves and connects the
// lab's hosts, makes the storage pools the templates need ready, places new students by the
// scheduler's placement policy (warning when a host holds more than can run at once), and runs
// the per-VM work on each host in parallel up to a per-host limit. One student's failure never
// stops the others.
// Lives on the GUI thread (it drives the ConnectionManager); the libvirt work runs on the
// workspace's TaskPool, and is cancelled (no new VM started) when the executor goes.
#pragma once

#include "lab.h"
#include "labs/labpools.h"
#include "labs/labvmtask.h"
#include "labsettings.h"
#include "scheduler/placement.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <algorithm>
#include <memory>

namespace virtdeck {

class CancelToken;
class Workspace;

class LabExecutor : public QObject {
    Q_OBJECT
public:
    explicit LabExecutor(Workspace *workspace, QObject *parent = nullptr);
    ~LabExecutor() override;

    void setParallelPerHost(int n) { m_parallel = n; }
    void setPlacementOptions(const PlacementOptions &o) { m_placement = o; }
    void setHostWaitMs(int ms) { m_hostWaitMs = ms; }
    // Provision: refuse a student no host has room for when every student runs at once. By
    // default (unless the lab's settings ask for it) students are placed by policy anyway, as
    // instructors define more VMs than run at one time, and overcommitted() says by how much.
    void setStrictCapacity(bool strict) { m_strict = strict; }
    // Provision: a template's disk in a folder that is no storage pool of its host gets the
    // folder defined as a directory pool (started, autostarted), as virt-manager does; a note
    // says what was defined. Without it such a host gets no new student and a note says why.
    void setDefinePools(bool define) { m_definePools = define; }
    // Collect: where the files go (a folder per student is made in it, and report.csv), and the
    // guest paths (empty: the lab's settings).
    void setCollect(const QString &folder, const QStringList &paths = {}) {
        m_collectFolder = folder;
        m_collectPaths = paths;
    }

    // `students` empty: every student of the lab. `snapshot` names the snapshot for Snapshot and
    // Revert. Call once per executor.
    void run(const Lab &lab, LabOperation op, const QStringList &students = {},
             const QString &snapshot = {});
    // The capacity check instead of an operation: the lab's students where they are placed (and
    // those not placed yet) against each host's memory and vCPUs under the placement options,
    // counting other VMs that run there plus `scheduledStarts` (host URI, VM name) that jobs
    // will have started by then. Emits capacityChecked() and finished(). Call once.
    void checkCapacity(const Lab &lab, const QList<std::pair<QString, QString>> &scheduledStarts);
    // Instead of an operation: the folders of the lab's template disks that no running storage
    // pool of their host covers (nothing is defined). Emits poolGaps() and finished(). Call once.
    void checkPools(const Lab &lab);
    // Shutdown: after the ACPI requests, wait up to `seconds` for the guests to power off, then
    // force off those still running (`force`) or count them as failed. Never "done" while running.
    void setShutdownWait(int seconds, bool force) {
        m_shutdownWait = std::max(0, seconds);
        m_forceAfterWait = force;
    }
    bool isRunning() const { return m_started && !m_finished; }

Q_SIGNALS:
    // A student was given a host (persist it: a re-run keeps the student there); an empty host
    // when all the student's VMs were deleted.
    void placed(const QString &lab, const QString &studentId, const QString &hostUri);
    // A lab-level remark (a host lacks a template, a host is unreachable…).
    void note(const QString &text);
    // One VM is done (ok or not); `done` of `total` VMs are done.
    void vmFinished(const virtdeck::LabVmOutcome &outcome, const QString &hostUri, int done,
                    int total);
    void capacityChecked(const virtdeck::LabCapacityReport &report);
    void poolGaps(const QList<virtdeck::LabPoolGap> &gaps);
    // Provisioning placed more students on some host than can run there at once: a line per
    // such host ("h1 holds 10 students; running all at once needs 10 vCPUs of 8 allowed."),
    // also given as notes.
    void overcommitted(const QStringList &lines);
    void finished(int succeeded, int failed);

private:
    struct Reply;
    struct Wave {
        QList<QList<LabVmTask>> batches;
        int next = 0;
        int pending = 0;
    };
    // What the connected hosts hold, from the console's models.
    struct HostsView {
        QStringList connected;
        QHash<QString, QHash<QString, quint64>> templateMemory; // uri -> template -> bytes
        QHash<QString, HostCapacity> capacity;                  // every active VM counted
        QHash<QString, HostCapacity> others;                    // the lab's VMs not counted
        VmDemand perStudent;
    };
    bool openHosts();
    HostsView viewHosts();
    void hostsReady();
    // Provision (or checkPools()): the pools the templates need on each host that has them, on
    // the TaskPool; then poolsReady().
    void preparePools(bool define);
    void poolsReady(const QList<LabPoolPrep> &results);
    void dispatch();
    // Provision: the connected hosts that hold every template (the others are named in a note);
    // the students already placed count as committed in `view`'s capacity.
    QStringList eligibleHosts(HostsView &view);
    QList<LabVmTask> tasksFor(const LabStudent &student) const;
    // The host the student's VMs run on, placing a student not placed yet when provisioning;
    // empty with `why` when they cannot run now.
    QString hostFor(const LabStudent &student, const QStringList &eligible, const HostsView &view,
                    QList<HostCapacity> &capacity, QString *why);
    QString placeStudent(const LabStudent &student, const QStringList &eligible,
                         QList<HostCapacity> &capacity, const VmDemand &perStudent, QString *why);
    // The eligible host a student of this group goes to (network mode Group keeps a group on one
    // host: its network is per host), or -1.
    int groupHost(const LabStudent &student, const QStringList &eligible,
                  const QList<HostCapacity> &capacity, const VmDemand &perStudent,
                  bool needRoom) const;
    // Provision: the students not placed yet, all in one solve (labclassplan.h) ->
    // m_plannedHost; placeStudent() takes a planned host before its greedy rules.
    void planClass(const QStringList &eligible, const QList<HostCapacity> &capacity,
                   const VmDemand &perStudent);
    void warnOvercommit(const HostsView &view, const QStringList &eligible);
    // The students placed by this run join the lab's assignments, after the loop that places.
    void recordPlacements(const QList<LabAssignment> &placedNow);
    // The tasks that cannot run, each as an outcome (not a failure for a VM never made).
    void reportNotRun(const QList<std::pair<LabVmTask, QString>> &notRun);
    // Starts a host's tasks, in batches when the lab staggers its starts.
    void startOnHost(const QString &uri, const QList<LabVmTask> &tasks);
    void reportCapacity();
    void runBatch(const QString &uri);
    // Runs `tasks` on the host's workers; each outcome comes back through account().
    void runOnHost(const QString &uri, const QList<LabVmTask> &tasks, int parallel);
    void complete();
    void finish();
    void fail(const LabVmTask &task, const QString &host, const QString &why);
    void account(const LabVmOutcome &o, const QString &host);

    Workspace *m_workspace;
    Lab m_lab;
    LabOperation m_op = LabOperation::Status;
    QStringList m_students;
    QString m_snapshot;
    LabSettings m_settings;
    LabNetworkPlan m_plan;
    bool m_capacityOnly = false;
    bool m_poolsOnly = false;
    bool m_strict = false;
    bool m_definePools = false;
    HostsView m_view;                      // provisioning: what the hosts held when it began
    QStringList m_poolless;                // hosts whose template disks are in no pool
    QHash<QString, QString> m_groupHostOf; // group -> the host its students are placed on
    QHash<QString, int> m_plannedHost;     // student -> eligible host, from planClass()
    QString m_collectFolder;
    QStringList m_collectPaths;
    QStringList m_collectReport; // CSV lines
    QList<std::pair<QString, QString>> m_scheduled;
    QHash<QString, Wave> m_waves; // staggered start, by host URI
    int m_parallel = 4;
    int m_hostWaitMs = 30000;
    int m_shutdownWait = kLabShutdownWait;
    bool m_forceAfterWait = false;
    PlacementOptions m_placement;
    QHash<QString, QString> m_connectionOf; // host URI -> connection id
    QHash<QString, int> m_deleted;          // student -> VMs deleted
    std::shared_ptr<Reply> m_reply;
    QList<std::shared_ptr<CancelToken>> m_work; // the batches on the TaskPool
    int m_total = 0;
    int m_done = 0;
    int m_ok = 0;
    bool m_started = false;
    bool m_hostsResolved = false;
    bool m_finished = false;
};

} // namespace virtdeck
