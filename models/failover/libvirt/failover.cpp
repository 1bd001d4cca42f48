// SPDX-License-Identifier: GPL-3.0-or-later
#include "failover.h"

#include "backup/libvirt/domainrestore.h"
#include "backup/libvirt/replication.h"
#include "backup/repository.h"
#include "core/domainxml.h"
#include "core/libvirt/domainlookup.h"
#include "core/libvirt/handles.h"
#include "failover/hastore.h"
#include "storage/libvirt/defaultpool.h"

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

// The VM's disks `target` does not see in its pools (disks over the network every host reaches
// alike); empty when it sees them all.
QStringList unseenDisks(virConnectPtr target, const QList<DomainDisk> &disks) {
    QStringList unseen;
    bool refreshed = false;
    for (const DomainDisk &d : disks)
        if (d.device == u"disk"_s && d.type != u"network"_s && !diskVolume(target, d, &refreshed))
            unseen.append(d.sourcePath.isEmpty() ? d.sourcePool + u'/' + d.sourceVolume
                                                 : d.sourcePath);
    return unseen;
}

// Whether the last libvirt error says another process holds the disks: virtlockd refused their
// lease, or QEMU its own lock on an image (which it takes first, as it opens the disks).
bool isLockRefusal() {
    const virErrorPtr e = virGetLastError();
    if (!e)
        return false;
    const QString message = QString::fromUtf8(e->message ? e->message : "");
    return e->code == VIR_ERR_RESOURCE_BUSY || message.contains(u"is locked"_s) ||
           message.contains(u"Failed to get \"write\" lock"_s);
}

enum class SharedStart { Started, NotUsed, Locked };

// Starts the VM on its own disks, where `target` sees them. A copy still running elsewhere holds
// them locked (virtlockd): then nothing else is tried, for a second copy from older data would
// run beside it. What was defined on `target` before is put back when the start fails.
SharedStart startOnSharedDisks(virConnectPtr target, const FailoverRequest &req,
                               FailoverOutcome *out) {
    QString error;
    const QList<DomainDisk> disks = parseDomainDisks(req.definition, &error);
    if (req.definition.isEmpty() || !error.isEmpty()) {
        out->notes.append(Failover::tr("Its shared disks were not used: no definition of it was "
                                       "recorded while its host answered"));
        return SharedStart::NotUsed;
    }
    if (const QStringList unseen = unseenDisks(target, disks); !unseen.isEmpty()) {
        out->notes.append(Failover::tr("Its shared disks were not used: this host has no pool "
                                       "with %1")
                              .arg(unseen.join(u", "_s)));
        return SharedStart::NotUsed;
    }
    const lv::DomainPtr before = lv::domainByUuid(target, req.uuid);
    const QString beforeXml =
        before ? lv::takeString(virDomainGetXMLDesc(before.get(), VIR_DOMAIN_XML_INACTIVE |
                                                                      VIR_DOMAIN_XML_SECURE))
               : QString();
    virResetLastError();
    const lv::DomainPtr dom(virDomainDefineXML(target, req.definition.toUtf8().constData()));
    if (dom && virDomainCreate(dom.get()) == 0)
        return SharedStart::Started;
    const QString why = lv::lastError();
    const bool locked = isLockRefusal();
    if (dom && beforeXml.isEmpty())
        virDomainUndefine(dom.get());
    else if (dom)
        lv::DomainPtr(virDomainDefineXML(target, beforeXml.toUtf8().constData()));
    virResetLastError();
    if (locked) {
        out->error = Failover::tr("its disks are locked, so a copy of it still runs elsewhere; "
                                  "nothing else was started (%1)")
                         .arg(why);
        return SharedStart::Locked;
    }
    out->notes.append(Failover::tr("It did not start on its shared disks: %1").arg(why));
    return SharedStart::NotUsed;
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
    if (req.sharedDisks) {
        const SharedStart s = startOnSharedDisks(target, req, &out);
        if (s != SharedStart::NotUsed) {
            out.ok = s == SharedStart::Started;
            out.source = u"shared"_s;
            return out;
        }
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

QString definitionForFailover(virConnectPtr home, const QString &uuid, QString *error) {
    const lv::DomainPtr dom = lv::domainByUuid(home, uuid);
    const QString xml =
        dom ? lv::xmlOf(dom.get(), VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE) : QString();
    if (xml.isEmpty())
        *error = lv::lastError();
    virResetLastError();
    return xml;
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
