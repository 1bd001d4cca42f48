// SPDX-License-Identifier: GPL-3.0-or-later
#include "runningbackup.h"
#include "backup/backuptr.h"

#include "backup/qcow2source.h"
#include "backupcontext.h"
#include "checkpoints.h"
#include "scratchpool.h"
#include "volumereader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QThread>

Q_LOGGING_CATEGORY(lcBackup, "virtdeck.backup", QtWarningMsg)

namespace virtdeck {

using namespace Qt::StringLiterals;
using namespace virtdeck::backup;

namespace {
const QString kScratchPrefix = u"virtdeck-scratch-"_s;
// How long a push job left by a killed run may take to end (in polls of 100 ms).
constexpr int kLeftoverJobPolls = 600;

// The scratch volumes of one push backup, deleted when it ends (done, failed or cancelled).
class ScratchVolumes {
public:
    explicit ScratchVolumes(virStoragePoolPtr pool)
        : m_pool(pool) {}
    ScratchVolumes(const ScratchVolumes &) = delete;
    ScratchVolumes &operator=(const ScratchVolumes &) = delete;
    ~ScratchVolumes() { clear(); }

    // A new qcow2 volume `name` of `capacity` bytes; its path, or empty with `error` set.
    QString create(const QString &name, quint64 capacity, QString *error) {
        const QString xml =
            u"<volume><name>%1</name><capacity>%2</capacity>"
            "<target><format type='qcow2'/></target></volume>"_s.arg(name.toHtmlEscaped())
                .arg(capacity);
        lv::VolumePtr v(virStorageVolCreateXML(m_pool, xml.toUtf8().constData(), 0));
        if (!v) {
            *error = lv::lastError();
            return {};
        }
        m_volumes.push_back(std::move(v));
        return lv::takeString(virStorageVolGetPath(m_volumes.back().get()));
    }
    virStorageVolPtr at(qsizetype i) const { return m_volumes.at(size_t(i)).get(); }
    void clear() {
        for (const auto &v : m_volumes)
            virStorageVolDelete(v.get(), 0);
        m_volumes.clear();
    }

private:
    virStoragePoolPtr m_pool;
    std::vector<lv::VolumePtr> m_volumes;
};

bool allQcow2(const QList<DomainDisk> &disks) {
    for (const auto &d : disks)
        if (d.driverType != u"qcow2"_s)
            return false;
    return true;
}

// A run that was killed may have left its push job running: let that job end first.
bool waitForLeftoverJob(const BackupContext &ctx, QString *error) {
    for (int i = 0; i < kLeftoverJobPolls; ++i) {
        virDomainJobInfo info;
        if (virDomainGetJobInfo(ctx.dom, &info) < 0 || info.type == VIR_DOMAIN_JOB_NONE)
            break;
        if (ctx.cancelled()) {
            *error = Backup::tr("cancelled");
            return false;
        }
        QThread::msleep(100);
    }
    virResetLastError();
    return true;
}

// The pool for the scratch images (scratchpool.h); says which one — and what it created — in the
// progress (the job's log, the command line's stderr).
lv::PoolPtr scratchPool(const BackupContext &ctx, QString *error) {
    QString created;
    lv::PoolPtr pool = chooseScratchPool(ctx.conn, ctx.disks, ctx.request.scratchPool, error,
                                         ctx.request.createDefaultPool ? &created : nullptr);
    if (!pool)
        return nullptr;
    if (!created.isEmpty()) {
        qCInfo(lcBackup) << created;
        if (ctx.progress)
            ctx.progress({created, 0, 0, 0, 0});
    }
    const QString name = QString::fromUtf8(virStoragePoolGetName(pool.get()));
    qCInfo(lcBackup) << "scratch images of" << ctx.request.domain << "in pool" << name;
    if (ctx.progress)
        ctx.progress({Backup::tr("scratch images in the storage pool '%1'").arg(name), 0, 0, 0, 0});
    return pool;
}

// Deletes the scratch volumes that killed runs of this VM left in the pool. Scratch names are
// virtdeck-scratch-<backup id>-<disk>.qcow2, the id being <vm>-<time>-<random>: match this
// VM's only.
void removeStaleScratch(virStoragePoolPtr pool, const QString &backupId) {
    const QString vmPart =
        QString(backupId).remove(QRegularExpression(u"-\\d{8}T\\d{6}Z(-[0-9a-f]+)?$"_s));
    const QString prefix = kScratchPrefix + vmPart + u'-';
    virStoragePoolRefresh(pool, 0);
    virStorageVolPtr *list = nullptr;
    const int n = virStoragePoolListAllVolumes(pool, &list, 0);
    for (const auto &v : lv::adoptList<lv::VolumePtr>(list, n)) {
        const QString name = QString::fromUtf8(virStorageVolGetName(v.get()));
        if (name.startsWith(prefix) && name.size() > prefix.size() &&
            name.at(prefix.size()).isDigit())
            virStorageVolDelete(v.get(), 0);
    }
}

// Creates a scratch volume per disk; the <domainbackup> document that writes into them.
bool pushBackupXml(const BackupContext &ctx, const QString &backupId, const QString &fromCheckpoint,
                   ScratchVolumes *scratch, QString *xml, QString *error) {
    QString disksXml;
    for (qsizetype i = 0; i < ctx.disks.size(); ++i) {
        const QString &target = ctx.disks.at(i).target;
        const QString path = scratch->create(
            kScratchPrefix + backupId + u'-' + target + u".qcow2"_s, ctx.capacities.at(i), error);
        if (path.isEmpty())
            return false;
        disksXml +=
            u"<disk name='%1' backup='yes' type='file'><driver type='qcow2'/>"
            "<target file='%2'/></disk>"_s.arg(target.toHtmlEscaped(), path.toHtmlEscaped());
    }
    const QString incremental =
        fromCheckpoint.isEmpty()
            ? QString()
            : u"<incremental>%1</incremental>"_s.arg(fromCheckpoint.toHtmlEscaped());
    *xml = u"<domainbackup mode='push'>%1<disks>%2</disks></domainbackup>"_s.arg(incremental,
                                                                                 disksXml);
    return true;
}

// Starts the push job with guest file systems frozen for the instant it begins, when an agent
// answers. Sets `frozen` to whether they were.
bool beginFrozen(virDomainPtr dom, const QString &backupXml, const QString &checkpointXml,
                 bool *frozen, QString *error) {
    *frozen = virDomainFSFreeze(dom, nullptr, 0, 0) >= 0;
    virResetLastError();
    const int rc =
        virDomainBackupBegin(dom, backupXml.toUtf8().constData(),
                             checkpointXml.isEmpty() ? nullptr : checkpointXml.toUtf8().constData(),
                             VIR_DOMAIN_BACKUP_BEGIN_REUSE_EXTERNAL);
    if (rc < 0)
        *error = lv::lastError();
    if (*frozen)
        virDomainFSThaw(dom, nullptr, 0, 0);
    return rc >= 0;
}

// Starts a push backup into fresh scratch volumes, full or from `fromCheckpoint`. With qcow2
// disks and `withCheckpoint` it creates the checkpoint named after the backup (set in the
// manifest).
bool beginPushBackup(const BackupContext &ctx, const QString &fromCheckpoint,
                     ScratchVolumes *scratch, BackupManifest *m, QString *error,
                     bool withCheckpoint = true) {
    scratch->clear();
    QString backupXml, cpXml;
    if (!pushBackupXml(ctx, m->id, fromCheckpoint, scratch, &backupXml, error))
        return false;
    if (withCheckpoint && allQcow2(ctx.disks)) {
        m->checkpoint = checkpointName(m->id);
        // A run killed within the same second left a checkpoint of this name and no manifest
        // (the id is new to the repository): it belongs to nothing.
        deleteCheckpoint(ctx.dom, m->checkpoint);
        cpXml = checkpointXml(m->checkpoint, ctx.disks);
    }
    if (!beginFrozen(ctx.dom, backupXml, cpXml, &m->quiesced, error)) {
        m->checkpoint.clear();
        m->quiesced = false;
        return false;
    }
    return true;
}

// The domain's current job (or, with VIR_DOMAIN_JOB_STATS_COMPLETED, its last finished one).
bool jobStats(virDomainPtr dom, unsigned flags, int *type, lv::TypedParams *params,
              QString *error) {
    *type = VIR_DOMAIN_JOB_NONE;
    if (virDomainGetJobStats(dom, type, params->ptr(), params->countPtr(), flags) < 0) {
        *error = lv::lastError();
        return false;
    }
    return true;
}

// Follows the push job until it ends, reporting its progress; aborts it on cancel.
bool followBackupJob(const BackupContext &ctx, bool *aborted, QString *error) {
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        int type;
        lv::TypedParams params;
        if (!jobStats(ctx.dom, 0, &type, &params, error))
            return false;
        if (type == VIR_DOMAIN_JOB_NONE)
            return true;
        unsigned long long processed = 0, total = 0;
        virTypedParamsGetULLong(params.get(), params.count(), VIR_DOMAIN_JOB_DATA_PROCESSED,
                                &processed);
        virTypedParamsGetULLong(params.get(), params.count(), VIR_DOMAIN_JOB_DATA_TOTAL, &total);
        if (ctx.progress)
            ctx.progress({Backup::tr("hypervisor copying"), processed, total, processed,
                          clock.elapsed() / 1000.0});
        if (ctx.cancelled() && !*aborted) {
            virDomainAbortJob(ctx.dom);
            *aborted = true;
        }
        QThread::msleep(100);
    }
}

// Waits for the push job; true when it completed.
bool waitForBackupJob(const BackupContext &ctx, QString *error) {
    bool aborted = false;
    if (!followBackupJob(ctx, &aborted, error))
        return false;
    int type;
    lv::TypedParams params;
    if (!jobStats(ctx.dom, VIR_DOMAIN_JOB_STATS_COMPLETED, &type, &params, error))
        return false;
    if (aborted) {
        *error = Backup::tr("cancelled");
        return false;
    }
    if (type != VIR_DOMAIN_JOB_COMPLETED) {
        const char *msg = nullptr;
        virTypedParamsGetString(params.get(), params.count(), VIR_DOMAIN_JOB_ERRMSG, &msg);
        *error = msg ? QString::fromUtf8(msg) : Backup::tr("the hypervisor's backup job failed");
        return false;
    }
    return true;
}

// Reads the scratch images into the repository. In an incremental one only the clusters written
// since `parent` are allocated: the others are the parent's chunks.
bool readScratchImages(const BackupContext &ctx, const ScratchVolumes &scratch,
                       const BackupManifest *parent, BackupManifest *m, QString *error) {
    DiskBackupOptions opt = ctx.writerOptions();
    for (qsizetype i = 0; i < ctx.disks.size(); ++i) {
        Qcow2Source source(volumeRangeReader(ctx.conn, scratch.at(i)));
        if (!source.open(error))
            return false;
        source.setUnallocatedMeansUnchanged(parent != nullptr);
        const QStringList parentChunks = parent ? parent->disks.at(i).chunks : QStringList();
        if (!ctx.storeDisk(i, source, &opt, parentChunks, m, error))
            return false;
    }
    return true;
}

// Starts the push job, incremental from `parent` when there is one and QEMU accepts it, else
// full, and without a checkpoint when the disks cannot hold one (said in `notes`). Sets
// `incremental` to what was started.
bool startPushBackup(const BackupContext &ctx, const BackupManifest &parent,
                     ScratchVolumes *scratch, bool *incremental, BackupManifest *m,
                     QStringList *notes, QString *error) {
    if (*incremental && beginPushBackup(ctx, parent.checkpoint, scratch, m, error))
        return true;
    if (*incremental)
        qCWarning(lcBackup) << "incremental backup refused, taking a full one:" << *error;
    *incremental = false;
    if (beginPushBackup(ctx, {}, scratch, m, error))
        return true;
    if (!allQcow2(ctx.disks))
        return false; // no checkpoint was asked for: the refusal is about something else
    // A disk that cannot hold the checkpoint's bitmap (a qcow2 version 2 image, say) still gets
    // a full backup, only no checkpoint for the next one to start from.
    const QString refused = *error;
    error->clear();
    if (!beginPushBackup(ctx, {}, scratch, m, error, false)) {
        *error = refused;
        return false;
    }
    notes->append(Backup::tr("No checkpoint was made, so the next backup is a full one too (%1). "
                             "A qcow2 version 2 disk holds none: convert it with `qemu-img amend "
                             "-f qcow2 -o compat=1.1 IMAGE` while the VM is off.")
                      .arg(refused));
    return true;
}
} // namespace

bool backupRunningDomain(const BackupContext &ctx, BackupManifest *m, QStringList *notes,
                         QString *error) {
    BackupManifest parent;
    bool incremental =
        ctx.request.allowIncremental && allQcow2(ctx.disks) &&
        findLastCheckpoint(*ctx.repo, ctx.dom, m->vmUuid, ctx.disks, ctx.capacities, &parent);
    if (!waitForLeftoverJob(ctx, error))
        return false;
    const lv::PoolPtr pool = scratchPool(ctx, error);
    if (!pool)
        return false;
    removeStaleScratch(pool.get(), m->id);
    ScratchVolumes scratch(pool.get());
    if (!startPushBackup(ctx, parent, &scratch, &incremental, m, notes, error))
        return false;
    // The checkpoint marks the data as saved: unless the backup completes, drop it, so that the
    // next backup starts from the previous checkpoint (or is a full one).
    auto dropCheckpoint = qScopeGuard([&] { deleteCheckpoint(ctx.dom, m->checkpoint); });
    if (!waitForBackupJob(ctx, error) ||
        !readScratchImages(ctx, scratch, incremental ? &parent : nullptr, m, error))
        return false;
    if (ctx.cancelled()) {
        *error = Backup::tr("cancelled");
        return false;
    }
    m->mode = incremental ? u"incremental"_s : u"full"_s;
    m->parent = incremental ? parent.id : QString();
    dropCheckpoint.dismiss();
    return true;
}

} // namespace virtdeck
