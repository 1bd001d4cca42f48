// SPDX-License-Identifier: GPL-3.0-or-later
// One unit of scheduled work (an action on one VM) and its lifecycle, as a value copied between
// the scheduler thread, the store and the GUI models.
#pragma once

#include <QMetaType>
#include <QString>
#include <QVariantMap>

namespace virtdeck {

enum class JobState : quint8 {
    Waiting, // for its time, for the job it follows, or for its host to come back
    Queued,  // ready; waits for a free slot under the queue policy and limits
    Running, // handed to the executor
    Done,
    Failed,
    Cancelled,
    Interrupted, // it was running when the process that ran it died
};

QString jobStateName(JobState s);
QString jobStateText(JobState s);
bool jobStateFromName(const QString &name, JobState *out);
inline bool jobStateIsFinal(JobState s) {
    return s == JobState::Done || s == JobState::Failed || s == JobState::Cancelled ||
           s == JobState::Interrupted;
}

// What a job does when its host is not connected when it is due.
enum class HostDownPolicy : quint8 {
    Wait, // stay waiting and retry later
    Fail, // fail at once with the reason
};

struct Job {
    qint64 id = 0;
    QString kind;       // a JobKinds name: "start", "snapshot-create", …
    QString uri;        // the host, by libvirt URI (connection ids are per process)
    QString vm;         // the VM's name
    QString vmUuid;     // optional; preferred over the name when set
    QVariantMap params; // kind-specific (snapshot name, shutdown wait, …)
    QString group;      // a lab or batch label: the round-robin key when set
    int priority = 0;   // higher runs first under the priority policy
    HostDownPolicy hostDown = HostDownPolicy::Wait;

    JobState state = JobState::Waiting;
    int progress = 0;      // 0…100
    qint64 notBefore = 0;  // ms since the epoch (UTC); 0: at once
    qint64 afterJob = 0;   // runs only after this job is done; 0: none
    qint64 scheduleId = 0; // the recurring schedule that made it; 0: none
    qint64 createdAt = 0;
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    int attempts = 0;
    bool cancelRequested = false;
    QString result; // one line: what happened, libvirt's words on failure
    QString log;    // lines "ISO-time  text\n"
    QString runner; // the engine instance that claims it while running

    // "uri/uuid-or-name": two jobs with the same key never run at once.
    QString vmKey() const { return uri + u'/' + (vmUuid.isEmpty() ? vm : vmUuid); }
    bool operator==(const Job &) const = default;
};

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::Job)
