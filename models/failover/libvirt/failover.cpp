// SPDX-License-Identifier: GPL-3.0-or-later
#include "failover.h"

#include "backup/libvirt/domainrestore.h"
#include "backup/libvirt/replication.h"
#include "backup/repository.h"
#include "core/libvirt/domainlookup.h"
#include "core/libvirt/handles.h"
#include "failover/hastore.h"

#include <QCoreApplication>

namespace virtdeck {

using namespace Qt::StringLiterals;
using namespace virtdeck::backup;

// The failover's messages.
struct Failover {
    Q_DECLARE_TR_FUNCTIONS(Failover)
};

namespace {
// The newest backup of `uuid` in the repository, or false with `error`.
bool newestBackup(const QString &repository, const QString &uuid, BackupManifest *newest,
                  QString *error) {
    const auto repo = Repository::open(repository, Repository::Lock::Shared, false, error);
    if (!repo)
        return false;
    bool found = false;
    for (const BackupManifest &m : repo->backups())
        if (m.vmUuid == uuid && (!found || m.started > newest->started)) {
            *newest = m;
            found = true;
        }
    if (!found)
        *error = Failover::tr("the repository %1 has no backup of it").arg(repository);
    return found;
}

// A replica that is not whole is in the way of the restore (same name and UUID): its definition
// goes, its volumes stay.
void dropBrokenReplica(virConnectPtr target, const QString &uuid, FailoverOutcome *out) {
    const lv::DomainPtr dom = lv::domainByUuid(target, uuid);
    virResetLastError();
    ReplicaInfo info;
    if (!dom || !readReplica(dom.get(), &info) || info.usable() || info.active)
        return;
    if (virDomainUndefine(dom.get()) == 0)
        out->notes.append(Failover::tr("The replica that was not whole was undefined (its "
                                       "volumes are kept)"));
    virResetLastError();
}

bool restoreAndStart(virConnectPtr target, const FailoverRequest &req, const CancelToken *cancel,
                     const ProgressSink &progress, FailoverOutcome *out) {
    if (req.repository.isEmpty()) {
        out->error = Failover::tr("no whole replica on this host, and no backup repository is "
                                  "named for the VM");
        return false;
    }
    BackupManifest newest;
    if (!newestBackup(req.repository, req.uuid, &newest, &out->error))
        return false;
    dropBrokenReplica(target, req.uuid, out);
    RestoreRequest r;
    r.repository = req.repository;
    r.backupId = newest.id;
    r.keepIdentity = true;
    r.createDefaultPool = true;
    const RestoreOutcome restored = runDomainRestore(target, r, cancel, progress);
    if (!restored.ok) {
        out->error = Failover::tr("restoring backup %1 failed: %2").arg(newest.id, restored.error);
        return false;
    }
    const lv::DomainPtr dom = lv::domainByUuid(target, req.uuid);
    if (!dom || virDomainCreate(dom.get()) < 0) {
        out->error = Failover::tr("the restored VM did not start: %1").arg(lv::lastError());
        return false;
    }
    out->source = u"backup"_s;
    out->backupId = newest.id;
    out->dataTime = newest.started;
    return true;
}
} // namespace

FailoverOutcome runFailover(virConnectPtr target, const FailoverRequest &req,
                            const CancelToken *cancel, const ProgressSink &progress) {
    FailoverOutcome out;
    if (!target) {
        out.error = Failover::tr("not connected");
        return out;
    }
    ReplicaInfo replica;
    QString why;
    if (startReplica(target, req.uuid, &replica, &why)) {
        out.ok = true;
        out.source = u"replica"_s;
        out.backupId = replica.backupId;
        out.dataTime = replica.taken;
        return out;
    }
    out.notes.append(Failover::tr("The replica was not used: %1").arg(why));
    out.ok = restoreAndStart(target, req, cancel, progress, &out);
    return out;
}

ReturnedCopy disarmReturnedCopy(virConnectPtr home, const QString &uuid) {
    ReturnedCopy out;
    const lv::DomainPtr dom = lv::domainByUuid(home, uuid);
    if (!dom) {
        virResetLastError();
        return out;
    }
    out.found = true;
    if (virDomainSetAutostart(dom.get(), 0) < 0)
        out.error = lv::lastError();
    int state = VIR_DOMAIN_NOSTATE, reason = 0;
    virDomainGetState(dom.get(), &state, &reason, 0);
    out.running = virDomainIsActive(dom.get()) == 1;
    // Two running copies would both write: the old one stops where it is, for the user to judge.
    if (state == VIR_DOMAIN_RUNNING && virDomainSuspend(dom.get()) < 0)
        out.error = lv::lastError();
    return out;
}

bool settleCopies(virConnectPtr keep, virConnectPtr discard, const QString &uuid, QString *error) {
    const lv::DomainPtr kept = lv::domainByUuid(keep, uuid);
    if (!kept) {
        *error = Failover::tr("the host to keep has no copy of the VM");
        return false;
    }
    if (const lv::DomainPtr old = lv::domainByUuid(discard, uuid)) {
        if (virDomainIsActive(old.get()) == 1 && virDomainDestroy(old.get()) < 0) {
            *error = lv::lastError();
            return false;
        }
        const unsigned flags = VIR_DOMAIN_UNDEFINE_MANAGED_SAVE |
                               VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA |
                               VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA | VIR_DOMAIN_UNDEFINE_NVRAM;
        if (virDomainUndefineFlags(old.get(), flags) < 0) {
            *error = lv::lastError();
            return false;
        }
    }
    virResetLastError();
    virDomainInfo info{};
    if (virDomainGetInfo(kept.get(), &info) == 0 && info.state == VIR_DOMAIN_PAUSED &&
        virDomainResume(kept.get()) < 0) {
        *error = lv::lastError();
        return false;
    }
    return true;
}

bool settleFailover(virConnectPtr keep, virConnectPtr discard, const HaMark &mark,
                    const QString &keepUri, const QString &databasePath, QString *error) {
    if (keepUri != mark.home && keepUri != mark.failedOverTo) {
        *error = Failover::tr("%1 has copies on %2 and %3 only")
                     .arg(mark.name, mark.home, mark.failedOverTo);
        return false;
    }
    if (!settleCopies(keep, discard, mark.uuid, error))
        return false;
    HaStore store;
    if (!store.open(databasePath, error) || !store.settle(mark.uuid, keepUri)) {
        if (error->isEmpty())
            *error = store.lastError();
        return false;
    }
    return true;
}

} // namespace virtdeck
