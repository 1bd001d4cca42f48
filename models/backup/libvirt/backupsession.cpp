#include "backupsession.h"

#include "backup/diskbackupwriter.h"
#include "backup/diskrestorereader.h"
#include "backup/qcow2source.h"
#include "backup/repository.h"
#include "core/domainxml.h"
#include "core/libvirt/handles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDomDocument>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QThread>

#include <cstring>

Q_LOGGING_CATEGORY(lcBackup, "virtdeck.backup", QtWarningMsg)

namespace virtdeck {

using namespace Qt::StringLiterals;
using namespace virtdeck::backup;

namespace {
QString tr(const char *s) {
    return QCoreApplication::translate("Backup", s);
}

struct CheckpointDeleter {
    void operator()(virDomainCheckpointPtr p) const { virDomainCheckpointFree(p); }
};
using CheckpointPtr = std::unique_ptr<virDomainCheckpoint, CheckpointDeleter>;

// Reads [offset, offset + length) of a volume's file with one ranged download.
bool downloadRange(virConnectPtr conn, virStorageVolPtr vol, quint64 offset, quint64 length,
                   char *buf, QString *error) {
    lv::StreamPtr st(virStreamNew(conn, 0));
    if (!st || virStorageVolDownload(vol, st.get(), offset, length, 0) < 0) {
        if (error)
            *error = lv::lastError();
        return false;
    }
    quint64 got = 0;
    while (got < length) {
        const int n =
            virStreamRecv(st.get(), buf + got, size_t(std::min<quint64>(length - got, 1 << 20)));
        if (n < 0) {
            if (error)
                *error = lv::lastError();
            virStreamAbort(st.get());
            return false;
        }
        if (n == 0)
            break;
        got += quint64(n);
    }
    if (got < length)
        std::memset(buf + got, 0, length - got); // past the end of the file
    if (got == length) {
        // Drain the end-of-stream marker.
        char c;
        while (virStreamRecv(st.get(), &c, 1) > 0) {
        }
    }
    if (virStreamFinish(st.get()) < 0) {
        if (error)
            *error = lv::lastError();
        return false;
    }
    return true;
}

RangeReader volumeRangeReader(virConnectPtr conn, virStorageVolPtr vol) {
    virStorageVolRef(vol);
    auto holder =
        std::shared_ptr<virStorageVol>(vol, [](virStorageVolPtr v) { virStorageVolFree(v); });
    return [conn, holder](quint64 off, quint64 len, char *buf, QString *err) {
        return downloadRange(conn, holder.get(), off, len, buf, err);
    };
}

// A raw volume as a libvirt sparse stream: holes cost nothing. Sequential reads only.
class SparseStreamSource : public DiskSource {
public:
    SparseStreamSource(virConnectPtr conn, virStorageVolPtr vol, quint64 size)
        : m_stream(virStreamNew(conn, 0))
        , m_size(size) {
        if (!m_stream || virStorageVolDownload(vol, m_stream.get(), 0, 0,
                                               VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM) < 0)
            m_error = lv::lastError();
    }
    ~SparseStreamSource() override {
        if (m_stream && !m_finished)
            virStreamAbort(m_stream.get());
    }
    QString errorString() const { return m_error; }
    quint64 size() const override { return m_size; }
    bool readChunk(quint64 offset, quint64 length, ChunkRead *out, QString *error) override {
        out->unchanged.clear();
        out->bytesRead = 0;
        if (!m_error.isEmpty() || offset != m_pos) {
            if (error)
                *error = m_error.isEmpty() ? tr("internal error: non-sequential read") : m_error;
            return false;
        }
        out->data.resize(qsizetype(length));
        char *buf = out->data.data();
        quint64 filled = 0;
        bool anyData = false;
        while (filled < length) {
            if (m_hole > 0) {
                const quint64 n = std::min(m_hole, length - filled);
                std::memset(buf + filled, 0, n);
                filled += n;
                m_hole -= n;
                continue;
            }
            if (m_eof) {
                std::memset(buf + filled, 0, length - filled);
                filled = length;
                break;
            }
            const int n = virStreamRecvFlags(m_stream.get(), buf + filled,
                                             size_t(std::min<quint64>(length - filled, 1 << 20)),
                                             VIR_STREAM_RECV_STOP_AT_HOLE);
            if (n == -3) {
                long long hole = 0;
                if (virStreamRecvHole(m_stream.get(), &hole, 0) < 0) {
                    if (error)
                        *error = lv::lastError();
                    return false;
                }
                m_hole = quint64(hole);
            } else if (n < 0) {
                if (error)
                    *error = lv::lastError();
                return false;
            } else if (n == 0) {
                m_eof = true;
                m_finished = virStreamFinish(m_stream.get()) == 0;
            } else {
                filled += quint64(n);
                out->bytesRead += quint64(n);
                anyData = true;
            }
        }
        m_pos += length;
        out->kind = anyData ? ChunkRead::Kind::Data : ChunkRead::Kind::Zero;
        if (!anyData)
            out->data.clear();
        return true;
    }

private:
    lv::StreamPtr m_stream;
    quint64 m_size;
    quint64 m_pos = 0;
    quint64 m_hole = 0;
    bool m_eof = false;
    bool m_finished = false;
    QString m_error;
};

// A raw volume by ranged reads (a raw backing file under a qcow2 overlay).
class RangeRawSource : public DiskSource {
public:
    RangeRawSource(RangeReader read, quint64 size)
        : m_read(std::move(read))
        , m_size(size) {}
    quint64 size() const override { return m_size; }
    bool readChunk(quint64 offset, quint64 length, ChunkRead *out, QString *error) override {
        out->unchanged.clear();
        out->kind = ChunkRead::Kind::Data;
        out->data.resize(qsizetype(length));
        out->bytesRead = length;
        return m_read(offset, length, out->data.data(), error);
    }

private:
    RangeReader m_read;
    quint64 m_size;
};

QString volumeXmlFormat(virStorageVolPtr vol) {
    const QString xml = lv::takeString(virStorageVolGetXMLDesc(vol, 0));
    QDomDocument doc;
    if (!doc.setContent(xml))
        return {};
    return doc.documentElement()
        .firstChildElement(u"target"_s)
        .firstChildElement(u"format"_s)
        .attribute(u"type"_s);
}

// The guest-visible content of a (shut-off) volume, following qcow2 backing chains.
std::unique_ptr<DiskSource> volumeSource(virConnectPtr conn, virStorageVolPtr vol,
                                         const QString &path, QString format, int depth,
                                         QString *error) {
    if (depth > 16) {
        *error = tr("backing chain of %1 is too deep").arg(path);
        return nullptr;
    }
    virStorageVolInfo info;
    if (virStorageVolGetInfo(vol, &info) < 0) {
        *error = lv::lastError();
        return nullptr;
    }
    if (format.isEmpty())
        format = volumeXmlFormat(vol);
    if (format == u"qcow2"_s) {
        auto q = std::make_unique<Qcow2Source>(volumeRangeReader(conn, vol));
        if (!q->open(error)) {
            *error = tr("%1: %2").arg(path, *error);
            return nullptr;
        }
        if (!q->backingFile().isEmpty()) {
            QString bpath = q->backingFile();
            if (QFileInfo(bpath).isRelative())
                bpath = QFileInfo(path).absolutePath() + u'/' + bpath;
            lv::VolumePtr bvol(virStorageVolLookupByPath(conn, bpath.toUtf8().constData()));
            if (!bvol) {
                *error = tr("the backing file %1 of %2 is not a volume of a storage pool on the "
                            "host: %3")
                             .arg(bpath, path, lv::lastError());
                return nullptr;
            }
            auto below =
                volumeSource(conn, bvol.get(), bpath, q->backingFormat(), depth + 1, error);
            if (!below)
                return nullptr;
            q->setBacking(std::move(below));
        }
        return q;
    }
    if (format == u"raw"_s || format.isEmpty()) {
        if (depth > 0)
            return std::make_unique<RangeRawSource>(volumeRangeReader(conn, vol), info.capacity);
        auto s = std::make_unique<SparseStreamSource>(conn, vol, info.capacity);
        if (!s->errorString().isEmpty()) {
            *error = s->errorString();
            return nullptr;
        }
        return s;
    }
    *error = tr("disk format '%1' of %2 cannot be backed up").arg(format, path);
    return nullptr;
}

lv::VolumePtr volumeOfDisk(virConnectPtr conn, const DomainDisk &d) {
    if (!d.sourcePool.isEmpty()) {
        lv::PoolPtr pool(virStoragePoolLookupByName(conn, d.sourcePool.toUtf8().constData()));
        return lv::VolumePtr(
            pool ? virStorageVolLookupByName(pool.get(), d.sourceVolume.toUtf8().constData())
                 : nullptr);
    }
    return lv::VolumePtr(virStorageVolLookupByPath(conn, d.sourcePath.toUtf8().constData()));
}

QString diskLabel(const DomainDisk &d) {
    return d.sourcePath.isEmpty() ? d.sourcePool + u'/' + d.sourceVolume : d.sourcePath;
}

// Waits for the domain's backup job; aborts it on cancel. True when it completed.
bool waitForBackupJob(virDomainPtr dom, const CancelToken *cancel, const ProgressSink &progress,
                      QString *error) {
    QElapsedTimer clock;
    clock.start();
    bool aborted = false;
    for (;;) {
        int type = VIR_DOMAIN_JOB_NONE;
        virTypedParameterPtr params = nullptr;
        int n = 0;
        if (virDomainGetJobStats(dom, &type, &params, &n, 0) < 0) {
            *error = lv::lastError();
            return false;
        }
        unsigned long long processed = 0, total = 0;
        virTypedParamsGetULLong(params, n, VIR_DOMAIN_JOB_DATA_PROCESSED, &processed);
        virTypedParamsGetULLong(params, n, VIR_DOMAIN_JOB_DATA_TOTAL, &total);
        virTypedParamsFree(params, n);
        if (type == VIR_DOMAIN_JOB_NONE)
            break;
        if (progress)
            progress(
                {tr("hypervisor copying"), processed, total, processed, clock.elapsed() / 1000.0});
        if (cancel && cancel->isCancelled() && !aborted) {
            virDomainAbortJob(dom);
            aborted = true;
        }
        QThread::msleep(100);
    }
    int type = VIR_DOMAIN_JOB_NONE;
    virTypedParameterPtr params = nullptr;
    int n = 0;
    if (virDomainGetJobStats(dom, &type, &params, &n, VIR_DOMAIN_JOB_STATS_COMPLETED) < 0) {
        *error = lv::lastError();
        return false;
    }
    const char *msg = nullptr;
    virTypedParamsGetString(params, n, VIR_DOMAIN_JOB_ERRMSG, &msg);
    const QString why = msg ? QString::fromUtf8(msg) : QString();
    virTypedParamsFree(params, n);
    if (aborted) {
        *error = tr("cancelled");
        return false;
    }
    if (type != VIR_DOMAIN_JOB_COMPLETED) {
        *error = why.isEmpty() ? tr("the hypervisor's backup job failed") : why;
        return false;
    }
    return true;
}

} // namespace

void retainConnection(_virConnect *conn) {
    virConnectRef(conn);
}
void releaseConnection(_virConnect *conn) {
    virConnectClose(conn);
}

BackupOutcome runDomainBackup(_virConnect *conn, const QString &uri, const BackupRequest &req,
                              const CancelToken *cancel, const ProgressSink &progress) {
    BackupOutcome out;
    auto fail = [&out](const QString &why) {
        out.error = why;
        return out;
    };
    if (!conn)
        return fail(tr("not connected"));
    QString err;
    auto repo = Repository::open(req.repository, Repository::Lock::Shared, true, &err);
    if (!repo)
        return fail(err);

    lv::DomainPtr dom(virDomainLookupByName(conn, req.domain.toUtf8().constData()));
    if (!dom)
        dom.reset(virDomainLookupByUUIDString(conn, req.domain.toUtf8().constData()));
    if (!dom)
        return fail(tr("no VM named '%1' on %2").arg(req.domain, uri));
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    virDomainGetUUIDString(dom.get(), uuid);
    int state = 0, reason = 0;
    if (virDomainGetState(dom.get(), &state, &reason, 0) < 0)
        return fail(lv::lastError());
    const bool running =
        state == VIR_DOMAIN_RUNNING || state == VIR_DOMAIN_PAUSED || state == VIR_DOMAIN_BLOCKED;
    const QString liveXml = lv::takeString(virDomainGetXMLDesc(dom.get(), 0));
    const QString inactiveXml = lv::takeString(virDomainGetXMLDesc(
        dom.get(), virDomainIsPersistent(dom.get()) == 1 ? VIR_DOMAIN_XML_INACTIVE : 0));
    QList<DomainDisk> disks;
    for (const auto &d : parseDomainDisks(liveXml))
        if (d.device == u"disk"_s && (!d.sourcePath.isEmpty() || !d.sourceVolume.isEmpty()))
            disks.append(d);
    if (disks.isEmpty())
        return fail(tr("%1 has no disks to back up").arg(req.domain));

    BackupManifest m;
    m.started = QDateTime::currentDateTimeUtc();
    m.vmName = QString::fromUtf8(virDomainGetName(dom.get()));
    m.vmUuid = QString::fromLatin1(uuid);
    m.host = uri;
    m.hostname = lv::takeString(virConnectGetHostname(conn));
    m.vmState = running ? u"running"_s : u"shutoff"_s;
    m.chunkSize = repo->chunkSize();
    m.domainXml = inactiveXml;
    m.mode = u"full"_s;
    m.id = repo->newBackupId(m.vmName, m.started);

    // Capacities, for progress and for matching the previous backup.
    QList<quint64> capacity;
    quint64 total = 0;
    for (const auto &d : disks) {
        virDomainBlockInfo bi;
        if (virDomainGetBlockInfo(dom.get(), d.target.toUtf8().constData(), &bi, 0) < 0)
            return fail(lv::lastError());
        capacity.append(bi.capacity);
        total += bi.capacity;
    }
    DiskBackupOptions opt;
    opt.chunkSize = repo->chunkSize();
    opt.workerThreads = req.workerThreads;
    opt.progressTotal = total;

    if (!running) {
        for (qsizetype i = 0; i < disks.size(); ++i) {
            const DomainDisk &d = disks.at(i);
            lv::VolumePtr vol = volumeOfDisk(conn, d);
            if (!vol)
                return fail(tr("disk %1 (%2) is not a volume of a storage pool on the host: %3")
                                .arg(d.target, diskLabel(d), lv::lastError()));
            auto src = volumeSource(conn, vol.get(), diskLabel(d), d.driverType, 0, &err);
            if (!src)
                return fail(err);
            DiskManifest dm;
            dm.target = d.target;
            dm.source = diskLabel(d);
            dm.format = d.driverType;
            opt.phase = tr("reading %1").arg(d.target);
            if (!backupDisk(*src, repo->chunks(), opt, &dm, cancel, progress, &err))
                return fail(err);
            opt.progressBase += dm.capacity;
            m.disks.append(dm);
        }
    } else {
        // Incremental when the last backup of this VM in this repository left a checkpoint
        // that still exists, over the same disks.
        BackupManifest parent;
        bool incremental = false;
        bool allQcow2 = true;
        for (const auto &d : disks)
            allQcow2 &= d.driverType == u"qcow2"_s;
        if (req.allowIncremental && allQcow2 && repo->latestBackupOf(m.vmUuid, &parent) &&
            !parent.checkpoint.isEmpty() && parent.disks.size() == disks.size()) {
            CheckpointPtr cp(virDomainCheckpointLookupByName(
                dom.get(), parent.checkpoint.toUtf8().constData(), 0));
            incremental = bool(cp);
            for (qsizetype i = 0; incremental && i < disks.size(); ++i)
                incremental = parent.disks.at(i).target == disks.at(i).target &&
                              parent.disks.at(i).capacity == capacity.at(i);
        }
        if (!incremental)
            virResetLastError();

        // A run that was killed may have left its push job running and its scratch volumes
        // behind: let the job end, then clear them.
        for (int i = 0; i < 600; ++i) {
            virDomainJobInfo ji;
            if (virDomainGetJobInfo(dom.get(), &ji) < 0 || ji.type == VIR_DOMAIN_JOB_NONE)
                break;
            if (cancel && cancel->isCancelled())
                return fail(tr("cancelled"));
            QThread::msleep(100);
        }
        virResetLastError();

        // Scratch volumes in a pool on the host.
        QString poolName = req.scratchPool;
        lv::PoolPtr pool;
        if (poolName.isEmpty()) {
            lv::VolumePtr first = volumeOfDisk(conn, disks.first());
            if (first)
                pool.reset(virStoragePoolLookupByVolume(first.get()));
            if (!pool)
                pool.reset(virStoragePoolLookupByName(conn, "default"));
        } else {
            pool.reset(virStoragePoolLookupByName(conn, poolName.toUtf8().constData()));
        }
        if (!pool)
            return fail(tr("no storage pool for the scratch images: %1").arg(lv::lastError()));
        {
            // Scratch names are virtdeck-scratch-<vm>-<time>…: match this VM's only.
            const QString vmPart =
                QString(m.id).remove(QRegularExpression(u"-\\d{8}T\\d{6}Z(-\\d+)?$"_s));
            const QString prefix = u"virtdeck-scratch-"_s + vmPart + u'-';
            virStoragePoolRefresh(pool.get(), 0);
            virStorageVolPtr *vols = nullptr;
            const int n = virStoragePoolListAllVolumes(pool.get(), &vols, 0);
            for (auto &v : lv::adoptList<lv::VolumePtr>(vols, n)) {
                const QString name = QString::fromUtf8(virStorageVolGetName(v.get()));
                if (name.startsWith(prefix) && name.size() > prefix.size() &&
                    name.at(prefix.size()).isDigit())
                    virStorageVolDelete(v.get(), 0);
            }
        }
        std::vector<lv::VolumePtr> scratch;
        auto dropScratch = [&scratch] {
            for (auto &v : scratch)
                if (v)
                    virStorageVolDelete(v.get(), 0);
            scratch.clear();
        };
        struct Guard {
            std::function<void()> f;
            ~Guard() { f(); }
        } scratchGuard{dropScratch};

        auto beginBackup = [&](bool inc, QString *why) -> bool {
            dropScratch();
            QString disksXml;
            for (qsizetype i = 0; i < disks.size(); ++i) {
                const QString name =
                    u"virtdeck-scratch-"_s + m.id + u'-' + disks.at(i).target + u".qcow2"_s;
                const QString volXml =
                    u"<volume><name>%1</name><capacity>%2</capacity>"
                    "<target><format type='qcow2'/></target></volume>"_s.arg(name.toHtmlEscaped())
                        .arg(capacity.at(i));
                lv::VolumePtr v(virStorageVolCreateXML(pool.get(), volXml.toUtf8().constData(), 0));
                if (!v) {
                    *why = lv::lastError();
                    return false;
                }
                const QString path = lv::takeString(virStorageVolGetPath(v.get()));
                scratch.push_back(std::move(v));
                disksXml += u"<disk name='%1' backup='yes' type='file'><driver type='qcow2'/>"
                            "<target file='%2'/></disk>"_s.arg(disks.at(i).target.toHtmlEscaped(),
                                                               path.toHtmlEscaped());
            }
            const QString backupXml =
                u"<domainbackup mode='push'>%1<disks>%2</disks></domainbackup>"_s.arg(
                    inc ? u"<incremental>%1</incremental>"_s.arg(parent.checkpoint.toHtmlEscaped())
                        : QString(),
                    disksXml);
            QString checkpointXml;
            if (allQcow2) {
                m.checkpoint = u"virtdeck-"_s + m.id;
                // A run killed within the same second left a checkpoint of this name and no
                // manifest (the id is new to the repository): it belongs to nothing, drop it.
                if (CheckpointPtr stale{virDomainCheckpointLookupByName(
                        dom.get(), m.checkpoint.toUtf8().constData(), 0)})
                    virDomainCheckpointDelete(stale.get(), 0);
                virResetLastError();
                QString cpDisks;
                for (const auto &d : disks)
                    cpDisks +=
                        u"<disk name='%1' checkpoint='bitmap'/>"_s.arg(d.target.toHtmlEscaped());
                checkpointXml =
                    u"<domaincheckpoint><name>%1</name><disks>%2</disks></domaincheckpoint>"_s.arg(
                        m.checkpoint.toHtmlEscaped(), cpDisks);
            }
            // Freeze guest file systems for the instant the job starts, when an agent answers.
            const bool frozen = virDomainFSFreeze(dom.get(), nullptr, 0, 0) >= 0;
            virResetLastError();
            const int rc = virDomainBackupBegin(
                dom.get(), backupXml.toUtf8().constData(),
                checkpointXml.isEmpty() ? nullptr : checkpointXml.toUtf8().constData(),
                VIR_DOMAIN_BACKUP_BEGIN_REUSE_EXTERNAL);
            const QString beginError = rc < 0 ? lv::lastError() : QString();
            if (frozen)
                virDomainFSThaw(dom.get(), nullptr, 0, 0);
            if (rc < 0) {
                *why = beginError;
                if (allQcow2)
                    m.checkpoint.clear();
                return false;
            }
            m.quiesced = frozen;
            return true;
        };
        if (incremental && !beginBackup(true, &err)) {
            qCWarning(lcBackup) << "incremental backup refused, taking a full one:" << err;
            incremental = false;
        }
        if (!incremental && !beginBackup(false, &err))
            return fail(err);
        auto dropCheckpoint = [&] {
            if (m.checkpoint.isEmpty())
                return;
            CheckpointPtr cp(
                virDomainCheckpointLookupByName(dom.get(), m.checkpoint.toUtf8().constData(), 0));
            if (cp)
                virDomainCheckpointDelete(cp.get(), 0);
        };
        opt.phase = tr("hypervisor copying");
        if (!waitForBackupJob(dom.get(), cancel, progress, &err)) {
            dropCheckpoint();
            return fail(err);
        }
        m.mode = incremental ? u"incremental"_s : u"full"_s;
        m.parent = incremental ? parent.id : QString();
        if (incremental)
            opt.progressTotal = total;
        for (qsizetype i = 0; i < disks.size(); ++i) {
            const DomainDisk &d = disks.at(i);
            auto src = std::make_unique<Qcow2Source>(volumeRangeReader(conn, scratch.at(i).get()));
            if (!src->open(&err)) {
                dropCheckpoint();
                return fail(err);
            }
            src->setUnallocatedMeansUnchanged(incremental);
            DiskManifest dm;
            dm.target = d.target;
            dm.source = diskLabel(d);
            dm.format = d.driverType;
            opt.phase = tr("reading %1").arg(d.target);
            opt.parentChunks = incremental ? parent.disks.at(i).chunks : QStringList();
            if (!backupDisk(*src, repo->chunks(), opt, &dm, cancel, progress, &err)) {
                // The checkpoint marks data as saved that is not: drop it, so the next
                // backup starts from the previous checkpoint (or full).
                dropCheckpoint();
                return fail(err);
            }
            opt.progressBase += dm.capacity;
            m.disks.append(dm);
        }
        if (cancel && cancel->isCancelled()) {
            dropCheckpoint();
            return fail(tr("cancelled"));
        }
    }
    m.finished = QDateTime::currentDateTimeUtc();
    if (!repo->commit(m, &err)) {
        if (!m.checkpoint.isEmpty()) {
            CheckpointPtr cp(
                virDomainCheckpointLookupByName(dom.get(), m.checkpoint.toUtf8().constData(), 0));
            if (cp)
                virDomainCheckpointDelete(cp.get(), 0);
        }
        return fail(err);
    }
    // The parent's checkpoint is not needed by this repository any more; keep one bitmap.
    if (m.mode == u"incremental"_s) {
        BackupManifest parent;
        if (repo->readBackup(m.parent, &parent, nullptr) &&
            parent.checkpoint.startsWith(u"virtdeck-"_s)) {
            CheckpointPtr cp(virDomainCheckpointLookupByName(
                dom.get(), parent.checkpoint.toUtf8().constData(), 0));
            if (cp)
                virDomainCheckpointDelete(cp.get(), 0);
        }
    }
    virResetLastError();
    out.ok = true;
    out.manifest = m;
    return out;
}

namespace {
struct UploadState {
    DiskRestoreReader *reader;
    const CancelToken *cancel;
    const ProgressSink *progress;
    QElapsedTimer clock, last;
    quint64 base, total;
    QString phase;
    void report() {
        if (*progress && last.elapsed() >= 100) {
            last.restart();
            (*progress)({phase, base + reader->position(), total, reader->dataBytesRead(),
                         clock.elapsed() / 1000.0});
        }
    }
};

int uploadHole(virStreamPtr, int *inData, long long *length, void *opaque) {
    auto *s = static_cast<UploadState *>(opaque);
    if (s->cancel && s->cancel->isCancelled())
        return -1;
    bool data = false;
    quint64 len = 0;
    if (!s->reader->section(&data, &len))
        return -1;
    *inData = data ? 1 : 0;
    *length = (long long)len;
    return 0;
}
int uploadData(virStreamPtr, char *data, size_t nbytes, void *opaque) {
    auto *s = static_cast<UploadState *>(opaque);
    if (s->cancel && s->cancel->isCancelled())
        return -1;
    const qint64 n = s->reader->read(data, nbytes);
    s->report();
    return int(n);
}
int uploadSkip(virStreamPtr, long long length, void *opaque) {
    auto *s = static_cast<UploadState *>(opaque);
    s->reader->skip(quint64(length));
    s->report();
    return 0;
}

// Rewrites a backed-up definition for the restored disks (and, for a new VM, a new identity).
QString restoredXml(const QString &xml, const QString &name, bool newIdentity,
                    const QHash<QString, QString> &volumeByTarget) {
    QDomDocument doc;
    doc.setContent(xml);
    QDomElement root = doc.documentElement();
    root.removeAttribute(u"id"_s);
    QDomElement nameEl = root.firstChildElement(u"name"_s);
    while (nameEl.hasChildNodes())
        nameEl.removeChild(nameEl.firstChild());
    nameEl.appendChild(doc.createTextNode(name));
    if (newIdentity) {
        const QDomElement uuid = root.firstChildElement(u"uuid"_s);
        if (!uuid.isNull())
            root.removeChild(uuid);
    }
    QDomElement devices = root.firstChildElement(u"devices"_s);
    for (QDomElement e = devices.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        if (newIdentity && e.tagName() == u"interface"_s) {
            const QDomElement mac = e.firstChildElement(u"mac"_s);
            if (!mac.isNull())
                e.removeChild(mac);
            continue;
        }
        if (e.tagName() != u"disk"_s)
            continue;
        const QString target = e.firstChildElement(u"target"_s).attribute(u"dev"_s);
        if (!volumeByTarget.contains(target))
            continue;
        e.setAttribute(u"type"_s, u"file"_s);
        QDomElement driver = e.firstChildElement(u"driver"_s);
        if (driver.isNull()) {
            driver = doc.createElement(u"driver"_s);
            driver.setAttribute(u"name"_s, u"qemu"_s);
            e.insertBefore(driver, e.firstChild());
        }
        driver.setAttribute(u"type"_s, u"raw"_s);
        for (const QString tag : {u"source"_s, u"backingStore"_s}) {
            const QDomElement old = e.firstChildElement(tag);
            if (!old.isNull())
                e.removeChild(old);
        }
        QDomElement source = doc.createElement(u"source"_s);
        source.setAttribute(u"file"_s, volumeByTarget.value(target));
        e.insertAfter(source, driver);
    }
    return doc.toString();
}
} // namespace

RestoreOutcome runDomainRestore(_virConnect *conn, const RestoreRequest &req,
                                const CancelToken *cancel, const ProgressSink &progress) {
    RestoreOutcome out;
    std::vector<lv::VolumePtr> created;
    auto fail = [&](const QString &why) {
        for (auto &v : created)
            virStorageVolDelete(v.get(), 0);
        out.volumes.clear();
        out.error = why;
        return out;
    };
    if (!conn)
        return fail(tr("not connected"));
    QString err;
    auto repo = Repository::open(req.repository, Repository::Lock::Shared, false, &err);
    if (!repo)
        return fail(err);
    BackupManifest m;
    if (!repo->readBackup(req.backupId, &m, &err))
        return fail(err);

    QString name = req.newName;
    lv::DomainPtr original;
    if (req.toOriginal) {
        original.reset(virDomainLookupByUUIDString(conn, m.vmUuid.toUtf8().constData()));
        if (!original)
            return fail(tr("the original VM %1 (%2) is not on this host; restore it as a new VM")
                            .arg(m.vmName, m.vmUuid));
        if (virDomainIsActive(original.get()) == 1)
            return fail(tr("shut %1 down before restoring over it").arg(m.vmName));
        name = QString::fromUtf8(virDomainGetName(original.get()));
    } else {
        if (name.isEmpty())
            return fail(tr("give the restored VM a name"));
        lv::DomainPtr clash(virDomainLookupByName(conn, name.toUtf8().constData()));
        if (clash)
            return fail(tr("a VM named '%1' already exists").arg(name));
        virResetLastError();
    }
    lv::PoolPtr pool(virStoragePoolLookupByName(conn, req.pool.toUtf8().constData()));
    if (!pool)
        return fail(tr("no storage pool '%1': %2").arg(req.pool, lv::lastError()));

    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss"_s);
    QHash<QString, QString> pathByTarget;
    quint64 total = 0, base = 0;
    for (const auto &d : m.disks)
        total += d.capacity;
    for (const auto &d : m.disks) {
        const QString volName =
            req.toOriginal ? QString(name + u'-' + d.target + u"-restored-"_s + stamp + u".raw"_s)
                           : QString(name + u'-' + d.target + u".raw"_s);
        const QString volXml =
            u"<volume><name>%1</name><capacity>%2</capacity><allocation>0</allocation>"
            "<target><format type='raw'/></target></volume>"_s.arg(volName.toHtmlEscaped())
                .arg(d.capacity);
        lv::VolumePtr vol(virStorageVolCreateXML(pool.get(), volXml.toUtf8().constData(), 0));
        if (!vol)
            return fail(lv::lastError());
        created.push_back(std::move(vol));
        virStorageVolPtr v = created.back().get();
        const QString path = lv::takeString(virStorageVolGetPath(v));
        pathByTarget.insert(d.target, path);
        out.volumes.append(path);

        DiskRestoreReader reader(d, repo->chunks(), m.chunkSize);
        UploadState state{&reader, cancel, &progress, {},
                          {},      base,   total,     tr("writing %1").arg(d.target)};
        state.clock.start();
        state.last.start();
        lv::StreamPtr st(virStreamNew(conn, 0));
        if (!st || virStorageVolUpload(v, st.get(), 0, d.capacity,
                                       VIR_STORAGE_VOL_UPLOAD_SPARSE_STREAM) < 0)
            return fail(lv::lastError());
        if (virStreamSparseSendAll(st.get(), uploadData, uploadHole, uploadSkip, &state) < 0) {
            const QString why = !reader.errorString().isEmpty()     ? reader.errorString()
                                : (cancel && cancel->isCancelled()) ? tr("cancelled")
                                                                    : lv::lastError();
            virStreamAbort(st.get());
            return fail(why);
        }
        if (virStreamFinish(st.get()) < 0)
            return fail(lv::lastError());
        base += d.capacity;
    }

    if (req.toOriginal) {
        for (const auto &d : parseDomainDisks(
                 lv::takeString(virDomainGetXMLDesc(original.get(), VIR_DOMAIN_XML_INACTIVE))))
            if (pathByTarget.contains(d.target))
                out.previousVolumes.append(diskLabel(d));
        // Checkpoints describe bitmaps in the old images: drop their metadata.
        virDomainCheckpointPtr *cps = nullptr;
        const int n = virDomainListAllCheckpoints(original.get(), &cps, 0);
        for (int i = 0; i < n; ++i) {
            virDomainCheckpointDelete(cps[i], VIR_DOMAIN_CHECKPOINT_DELETE_METADATA_ONLY);
            virDomainCheckpointFree(cps[i]);
        }
        free(cps);
    }
    const QString xml = restoredXml(m.domainXml, name, !req.toOriginal, pathByTarget);
    lv::DomainPtr dom(virDomainDefineXML(conn, xml.toUtf8().constData()));
    if (!dom)
        return fail(lv::lastError());
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    virDomainGetUUIDString(dom.get(), uuid);
    out.ok = true;
    out.domainName = name;
    out.domainUuid = QString::fromLatin1(uuid);
    return out;
}

} // namespace virtdeck
