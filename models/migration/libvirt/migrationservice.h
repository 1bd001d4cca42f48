// SPDX-License-Identifier: GPL-3.0-or-later
// Moves one VM to another connected host: live (running or paused VMs) or offline (shut-off VMs),
// optionally peer-to-peer and with its disks copied. Lives on the GUI thread; the blocking
// migration runs as a TaskPool task with references of its own to both hosts' connections
// (libvirt connections are thread-safe), so neither connection thread is held up while it runs.
// While a live migration runs, a second thread of that task polls its progress and aborts it on
// cancel() — or when the pool's owner goes away.
#pragma once

#include "core/replyguard.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

namespace virtdeck {

class CancelToken;
class ConnectionManager;
class TaskPool;

struct MigrationRequest {
    QString sourceId;          // connection id of the VM's host
    QString uuid;              // the VM
    QString destinationId;     // connection id of the host it goes to
    QString newName;           // optional: the VM's name on the destination
    bool peerToPeer = false;   // the source host's daemon talks to the destination's directly
    bool copyStorage = false;  // live only: copy the disks (volumes are pre-created there)
    quint64 bandwidthMiBs = 0; // limit in MiB/s; 0: none
};

struct MigrationProgress {
    qint64 elapsedMs = 0;
    quint64 dataTotal = 0; // bytes, memory and disks
    quint64 dataProcessed = 0;
    quint64 dataRemaining = 0;
    quint64 bytesPerSecond = 0; // memory + disk throughput
    qint64 remainingMs = -1;    // estimate; -1 when unknown
    int percent = 0;
};

class MigrationService : public QObject {
    Q_OBJECT
public:
    enum class Outcome : quint8 { Done, Failed, Cancelled };
    Q_ENUM(Outcome)

    MigrationService(ConnectionManager *manager, TaskPool *tasks, QObject *parent = nullptr);
    // A migration under way is aborted (virDomainAbortJob); its thread ends when libvirt returns.
    ~MigrationService() override;

    // Starts one migration; refuses (finished() with Failed) while one runs.
    void start(const MigrationRequest &request);
    // Asks libvirt to abort the migration job; the VM stays on the source.
    void cancel();
    bool isRunning() const { return m_running; }

    // The URI the source daemon dials for a peer-to-peer migration: the destination's URI, with a
    // local-socket URI ("qemu:///system?socket=…") made explicit ("qemu+unix://…") so the
    // daemon does not take it for itself.
    static QString peerUri(const QString &destinationUri);

Q_SIGNALS:
    void stage(const QString &text);
    void progress(const virtdeck::MigrationProgress &progress);
    void finished(virtdeck::MigrationService::Outcome outcome, const QString &message);

private:
    friend class MigrationRun;
    void fail(const QString &message);

    QPointer<ConnectionManager> m_manager;
    TaskPool *m_tasks;
    ReplyGuard<MigrationService> m_guard;
    std::shared_ptr<CancelToken> m_cancel;
    bool m_running = false;
};

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::MigrationProgress)
