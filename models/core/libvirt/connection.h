// SPDX-License-Identifier: GPL-3.0-or-later
// One hypervisor connection. Lives on its own worker thread, where the host's listing, refresh and
// host info calls are made (the host lane); calls that can block on one VM (lifecycle actions,
// screenshots, details…) and storage calls run in lanes of their own (LaneExecutor), so one stuck
// VM holds up nothing else. Its public request methods may be called from any thread and return
// at once.
#pragma once

#include "core/credentialrequest.h"
#include "core/domainaction.h"
#include "core/domaininfo.h"
#include "core/hostinfo.h"
#include "core/laneexecutor.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

// libvirt's connection type, named without including libvirt (only models/libvirt/*.cpp do).
struct _virConnect;

namespace virtdeck {

class Connection : public QObject {
    Q_OBJECT
public:
    // The owner moves the object to a QThread right after construction. It must be destroyed on
    // that thread (QThread::finished -> deleteLater), which closes the libvirt connection.
    Connection(const QString &id, const QString &uri, QObject *parent = nullptr);
    ~Connection() override;

    // Immutable; safe from any thread.
    QString id() const;
    QString uri() const;
    // The last state announced by stateChanged; safe from any thread.
    ConnectionState state() const;

    // Thread-safe requests. Each returns at once; results arrive through the signals below.
    void open();
    void close();
    void refresh();
    void runAction(const QStringList &uuids, DomainAction action);
    // Defines a persistent domain from XML, validated against libvirt's schema. Reports through
    // actionFinished() with DomainAction::Define and the new domain's UUID.
    void defineDomain(const QString &xml);
    // Answers a credentialsRequested(). `accepted` false cancels the login.
    void provideCredentials(quint64 requestId, bool accepted, const QStringList &answers);
    // The extension point for the host's other libvirt services (stats, storage, snapshots…):
    // runs `job` on the connection thread with the open libvirt connection, or with nullptr
    // while it is closed. `context` guards the job: if it is destroyed first, the job is dropped.
    void post(QObject *context, std::function<void(_virConnect *)> job);
    // The same in `lane`: the host lane is the connection thread (as above); a storage or domain
    // lane runs the job on a lane thread with a reference of its own (acquire()), after the
    // lane's earlier jobs and beside other lanes' jobs. `what` names the call while it runs
    // ("screenshot", translated) for waitingCalls().
    void post(QObject *context, const Lane &lane, const QString &what,
              std::function<void(_virConnect *)> job);
    // The lane calls running for at least `minMs`, longest first, each `what` completed with the
    // domain's name ("screenshot of vm1"). Reads no libvirt: safe from any thread, the GUI's too.
    QList<LaneExecutor::Call> waitingCalls(qint64 minMs = 2000) const;
    // A reference of its own to the open libvirt connection, for work on another thread (a
    // TaskPool task) that must not hold up this host's connection thread: libvirt connections
    // may be used from several threads, and this one stays open until the last reference goes.
    // Null while the host is not connected. Safe from any thread.
    std::shared_ptr<_virConnect> acquire() const;
    // Another libvirt connection to `uri` (a host's uri() and isReadOnly()), opened as the lane
    // threads open theirs (no prompts): for a batch that wants more of the daemon's concurrency
    // than one client gets (libvirtd serves max_client_requests calls of a client at once). Null
    // for test-driver URIs (canOpenAnother(); each open would be a driver state of its own) and
    // when it cannot open unattended: use acquire() then. Blocks on libvirt: call it off the GUI
    // thread, from any thread. Closed when the last reference goes.
    static std::shared_ptr<_virConnect> openAnother(const QString &uri, bool readOnly);
    // False for the test driver's URIs in every transport (test:, test+ssh:, test+unix:…): each
    // open of one is a driver state of its own, so a second connection would act on a copy.
    static bool canOpenAnother(const QString &uri);
    // Opens the host read-only (VIR_CONNECT_RO) from the next open() on: libvirt itself then
    // refuses every change. Safe from any thread.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;
    // Reconnect delays, for tests: the first retry waits `initialMs`, then doubles up to `maxMs`.
    void setReconnectDelays(int initialMs, int maxMs);
    // Whether a listing reads the VMs' titles after the table is filled (a round trip per VM on
    // a remote host; on by default). Set before open().
    void setReadsTitles(bool reads);

Q_SIGNALS:
    void stateChanged(const QString &connectionId, virtdeck::ConnectionState state,
                      const QString &message);
    void hostInfoChanged(const virtdeck::HostInfo &info);
    // The complete domain list, after (re)connecting and after refresh(). An empty list with
    // the connection closed means the host's rows are gone.
    void domainsListed(const QString &connectionId, const QList<virtdeck::DomainInfo> &domains);
    void domainChanged(const virtdeck::DomainInfo &domain);
    void domainRemoved(const QString &connectionId, const QString &uuid);
    // A VM's definition was made or changed (libvirt's "defined" event, or defineDomain()):
    // what follows the definition, such as its disks, is worth reading again. A lifecycle
    // change alone only comes as domainChanged().
    void domainDefined(const QString &connectionId, const QString &uuid);
    void actionFinished(const virtdeck::ActionResult &result);
    // Emitted from the connection thread while it waits for provideCredentials(). Only emitted
    // when something is connected to it; otherwise interactive authentication fails at once.
    void credentialsRequested(const virtdeck::CredentialRequest &request);

private:
    struct Private;
    friend struct Private;
    std::unique_ptr<Private> d;
};

} // namespace virtdeck
