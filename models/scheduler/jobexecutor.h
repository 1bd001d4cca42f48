// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the jobs the scheduler dispatches, as the console's own actions: resolves the host (opening
// a connection when none is configured for the URI) and the VM, checks admission, and calls the
// handler its kind registered (JobKinds). Lives on the GUI thread, beside the ConnectionManager it
// drives.
#pragma once

#include "job.h"
#include "schedulersettings.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace virtdeck {

class Workspace;
class JobRun;

class JobExecutor : public QObject {
    Q_OBJECT
public:
    explicit JobExecutor(Workspace *workspace, QObject *parent = nullptr);

    void setSettings(const SchedulerSettings &settings) { m_settings = settings; }
    const SchedulerSettings &settings() const { return m_settings; }
    // How long a job waits for its host to connect before it fails or defers.
    void setHostWaitMs(int ms) { m_hostWaitMs = ms; }
    int runningCount() const { return m_running; }

    void run(const virtdeck::Job &job);
    // Tells the job's run, if it is running here, that it should stop (JobRun::cancelRequested).
    void cancel(qint64 id);

Q_SIGNALS:
    void progress(qint64 id, int percent, const QString &line);
    void finished(qint64 id, bool ok, const QString &message);
    void deferred(qint64 id, const QString &reason);

private:
    friend class JobRun;
    void resolveHost(JobRun *run);
    void resolveVm(JobRun *run);

    Workspace *m_workspace;
    SchedulerSettings m_settings;
    int m_hostWaitMs = 30000;
    int m_running = 0;
};

} // namespace virtdeck
