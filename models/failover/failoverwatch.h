// SPDX-License-Identifier: GPL-3.0-or-later
// Watches the home hosts of the high-availability VMs (HaStore) and fails them over when a host
// stays lost: the runner of the scheduler (the window or the headless runner that holds the
// lease; others only watch) keeps a connection open to each home host. A host counts as lost
// when its libvirt connection is down and, for qemu+ssh, its ssh port does not answer either;
// once lost for the VM's grace time, one "failover" job per VM is queued, highest priority first,
// on the first of its preferred hosts that is connected (else another connected host). When a
// lost host answers again, the old copy of each VM failed over from it gets autostart off, at
// every round until the user settles it; if it runs (a host that rebooted and autostarted it),
// it is paused, and the conflict is recorded and announced. GUI thread; the database and libvirt
// calls run on the workspace's TaskPool.
#pragma once

#include "hastore.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

class QTimer;

namespace virtdeck {

template <typename Target> class ReplyGuard;

class Scheduler;
class Workspace;
struct Job;

class FailoverWatch : public QObject {
    Q_OBJECT
public:
    FailoverWatch(Scheduler *scheduler, Workspace *workspace, const QString &databasePath,
                  QObject *parent = nullptr);
    ~FailoverWatch() override;

    // Reads the retry interval of a failed failover (setting failover/retrySeconds, 5 to 3600,
    // default 60) and starts the rounds.
    void start(int intervalMs = 5000);
    // Keeps the copy of the failed-over VM `mark` on `keepUri` and discards the other one
    // (settleFailover, on the TaskPool); ends with settled().
    void settle(const virtdeck::HaMark &mark, const QString &keepUri);

Q_SIGNALS:
    // A line for the log or the status bar ("db1's host is lost; failing over in 40 s").
    void note(const QString &text);
    // The VM runs on its old host again besides where a failover started it (the old copy is
    // paused).
    void conflict(const virtdeck::HaMark &mark, const QString &text);
    void settled(bool ok, const QString &text);

private:
    void tick();
    void evaluate(const QList<HaMark> &marks);
    void watchHome(const QString &home);
    void hostBack(const QString &home, const QList<HaMark> &marks);
    void hostLost(const QString &home, const QList<HaMark> &marks);
    void submitFailovers(const QString &home, QList<HaMark> due);
    QString targetFor(const HaMark &m) const;
    void jobFinished(const Job &job);

    Scheduler *m_scheduler;
    Workspace *m_workspace;
    QString m_path;
    QTimer *m_timer;
    bool m_reading = false;
    qsizetype m_watching = -1;             // marks seen at the last round (a note when it changes)
    QHash<QString, QDateTime> m_lostSince; // home URI → when it was first seen down
    QHash<QString, QDateTime> m_lastOpen;  // home URI → when its connection was last opened
    // VMs with a failover job in flight, or done but not yet read back from the store.
    QSet<QString> m_submitted;
    QHash<QString, QDateTime> m_failedAt;       // VM → when its last failover job failed
    qint64 m_retrySeconds = 60;                 // how long a failed failover waits to retry
    QSet<QString> m_sshProbing;                 // homes whose ssh port is being tried
    QHash<QString, QDateTime> m_definitionRead; // VM on shared disks → when its XML was read
    std::unique_ptr<ReplyGuard<FailoverWatch>> m_guard;
};

} // namespace virtdeck
