// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainbackup.h"
#include "backup/backuptr.h"

#include "backup/repository.h"
#include "backupcontext.h"
#include "checkpoints.h"
#include "core/libvirt/domainlookup.h"
#include "offlinebackup.h"
#include "runningbackup.h"

#include <QCoreApplication>

namespace virtdeck {

using namespace Qt::StringLiterals;
using namespace virtdeck::backup;

namespace {
bool isRunning(virDomainPtr dom, bool *running, QString *error) {
    int state = 0, reason = 0;
    if (virDomainGetState(dom, &state, &reason, 0) < 0) {
        *error = lv::lastError();
        return false;
    }
    *running =
        state == VIR_DOMAIN_RUNNING || state == VIR_DOMAIN_PAUSED || state == VIR_DOMAIN_BLOCKED;
    return true;
}

// The disks a backup reads: disk devices with a source (no CD-ROMs, no empty drives).
QList<DomainDisk> disksToBackUp(const QString &liveXml) {
    QList<DomainDisk> out;
    for (const auto &d : parseDomainDisks(liveXml))
        if (d.device == u"disk"_s && (!d.sourcePath.isEmpty() || !d.sourceVolume.isEmpty()))
            out.append(d);
    return out;
}

// The guest-visible size of every disk, for progress and for matching the previous backup.
bool readCapacities(BackupContext *ctx, QString *error) {
    for (const auto &d : std::as_const(ctx->disks)) {
        virDomainBlockInfo info;
        if (virDomainGetBlockInfo(ctx->dom, d.target.toUtf8().constData(), &info, 0) < 0) {
            *error = lv::lastError();
            return false;
        }
        ctx->capacities.append(info.capacity);
    }
    return true;
}

// The VM's state, disks and capacities, into ctx.
bool inspectDomain(BackupContext *ctx, bool *running, QString *error) {
    if (!isRunning(ctx->dom, running, error))
        return false;
    ctx->disks = disksToBackUp(lv::xmlOf(ctx->dom, 0));
    if (ctx->disks.isEmpty()) {
        *error = Backup::tr("%1 has no disks to back up").arg(ctx->request.domain);
        return false;
    }
    return readCapacities(ctx, error);
}

// The manifest's header: what is backed up, from where, when, under which id.
BackupManifest newManifest(const BackupContext &ctx, const QString &uri, bool running) {
    BackupManifest m;
    m.started = QDateTime::currentDateTimeUtc();
    m.vmName = QString::fromUtf8(virDomainGetName(ctx.dom));
    m.vmUuid = lv::uuidOf(ctx.dom);
    m.host = uri;
    m.hostname = lv::takeString(virConnectGetHostname(ctx.conn));
    m.vmState = running ? u"running"_s : u"shutoff"_s;
    m.chunkSize = ctx.repo->chunkSize();
    m.domainXml =
        lv::xmlOf(ctx.dom, virDomainIsPersistent(ctx.dom) == 1 ? VIR_DOMAIN_XML_INACTIVE : 0);
    m.mode = u"full"_s;
    m.id = ctx.repo->newBackupId(m.vmName, m.started);
    return m;
}

// Writes the manifest: from now on the backup exists. A backup that cannot be written drops its
// checkpoint; an incremental one drops its parent's (the repository needs one bitmap per VM).
bool commitBackup(const BackupContext &ctx, BackupManifest *m, QString *error) {
    m->finished = QDateTime::currentDateTimeUtc();
    if (!ctx.repo->commit(*m, error)) {
        deleteCheckpoint(ctx.dom, m->checkpoint);
        return false;
    }
    BackupManifest parent;
    if (m->mode == u"incremental"_s && ctx.repo->readBackup(m->parent, &parent, nullptr) &&
        isOwnCheckpoint(parent.checkpoint))
        deleteCheckpoint(ctx.dom, parent.checkpoint);
    virResetLastError();
    return true;
}
} // namespace

BackupOutcome runDomainBackup(_virConnect *conn, const QString &uri, const BackupRequest &req,
                              const CancelToken *cancel, const ProgressSink &progress) {
    BackupOutcome out;
    if (!conn) {
        out.error = Backup::tr("not connected");
        return out;
    }
    const auto repo = Repository::open(req.repository, Repository::Lock::Shared, true, &out.error);
    if (!repo)
        return out;
    const lv::DomainPtr dom = lv::lookupDomain(conn, req.domain);
    if (!dom) {
        out.error = Backup::tr("no VM named '%1' on %2").arg(req.domain, uri);
        return out;
    }
    BackupContext ctx{conn, dom.get(), repo.get(), req, {}, {}, cancel, progress};
    bool running = false;
    if (!inspectDomain(&ctx, &running, &out.error))
        return out;
    BackupManifest m = newManifest(ctx, uri, running);
    const bool stored = running ? backupRunningDomain(ctx, &m, &out.notes, &out.error)
                                : backupShutOffDomain(ctx, &m, &out.error);
    if (!stored || !commitBackup(ctx, &m, &out.error))
        return out;
    out.ok = true;
    out.manifest = m;
    return out;
}

} // namespace virtdeck
