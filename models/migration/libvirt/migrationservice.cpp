// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationservice.h"

#include "core/connectionmanager.h"
#include "core/libvirt/connection.h"
#include "core/libvirt/domainlookup.h"
#include "core/libvirt/handles.h"
#include "core/taskpool.h"

#include <QDomDocument>
#include <QElapsedTimer>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <chrono>
#include <thread>

Q_LOGGING_CATEGORY(lcMigrate, "virtdeck.libvirt.migration")

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {

struct Disk {
    QString target; // vda
    QString path;
};

struct LibvirtError {
    int code = 0;
    QString message;
    static LibvirtError last() {
        LibvirtError e;
        if (const virErrorPtr err = virGetLastError())
            e.code = err->code;
        e.message = lv::lastError();
        return e;
    }
};

QString hostUuid(virConnectPtr conn) {
    const QString caps = lv::takeString(virConnectGetCapabilities(conn));
    static const QRegularExpression re(u"<host>\\s*<uuid>([^<]+)</uuid>"_s);
    return re.match(caps).captured(1).trimmed();
}

// The disks libvirt would copy: writable, unshared disk images with a source path.
QList<Disk> writableDisks(virConnectPtr conn, const QString &xml) {
    QList<Disk> out;
    QDomDocument doc;
    if (!doc.setContent(xml))
        return out;
    const QDomNodeList disks = doc.elementsByTagName(u"disk"_s);
    for (int i = 0; i < disks.size(); ++i) {
        const QDomElement d = disks.at(i).toElement();
        if (d.attribute(u"device"_s, u"disk"_s) != u"disk"_s ||
            !d.firstChildElement(u"readonly"_s).isNull() ||
            !d.firstChildElement(u"shareable"_s).isNull())
            continue;
        const QDomElement src = d.firstChildElement(u"source"_s);
        QString path = src.attribute(u"file"_s, src.attribute(u"dev"_s));
        if (path.isEmpty() && d.attribute(u"type"_s) == u"volume"_s) {
            lv::PoolPtr pool(
                virStoragePoolLookupByName(conn, src.attribute(u"pool"_s).toUtf8().constData()));
            lv::VolumePtr vol(pool
                                  ? virStorageVolLookupByName(
                                        pool.get(), src.attribute(u"volume"_s).toUtf8().constData())
                                  : nullptr);
            if (vol)
                path = lv::takeString(virStorageVolGetPath(vol.get()));
            virResetLastError();
        }
        if (!path.isEmpty())
            out.append({d.firstChildElement(u"target"_s).attribute(u"dev"_s), path});
    }
    return out;
}

QString xmlText(const QString &xml, const QString &parent, const QString &child,
                const QString &attribute = {}) {
    QDomDocument doc;
    if (!doc.setContent(xml))
        return {};
    const QDomElement p = doc.documentElement().firstChildElement(parent);
    const QDomElement c = p.firstChildElement(child);
    return attribute.isEmpty() ? c.text().trimmed() : c.attribute(attribute);
}

quint64 capacityOf(virStorageVolPtr vol) {
    virStorageVolInfo info{};
    return virStorageVolGetInfo(vol, &info) == 0 ? info.capacity : 0;
}

QString size(quint64 bytes) {
    return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeTraditionalFormat);
}

// Creates, on the destination, the volumes a storage copy writes into: same pool name and path,
// same capacity and format. Returns what is missing (nothing created then), else the paths made.
QString prepareVolumes(virConnectPtr src, virConnectPtr dst, const QList<Disk> &disks,
                       const QString &dstName, QStringList *created) {
    struct Plan {
        lv::PoolPtr pool;
        QString xml;
        QString path;
    };
    std::vector<Plan> plans;
    QStringList missing;
    for (const Disk &disk : disks) {
        const QByteArray path = disk.path.toUtf8();
        lv::VolumePtr srcVol(virStorageVolLookupByPath(src, path.constData()));
        virResetLastError();
        lv::VolumePtr existing(virStorageVolLookupByPath(dst, path.constData()));
        virResetLastError();
        if (existing) {
            if (srcVol && capacityOf(existing.get()) < capacityOf(srcVol.get()))
                missing << MigrationService::tr("%1 exists on %2 but is smaller (%3) than the "
                                                "source disk (%4)")
                               .arg(disk.path, dstName, size(capacityOf(existing.get())),
                                    size(capacityOf(srcVol.get())));
            continue;
        }
        if (!srcVol) {
            missing << MigrationService::tr("%1 is not a volume of a storage pool on the source "
                                            "host, so its size and format are unknown; create it "
                                            "on %2 first")
                           .arg(disk.path, dstName);
            continue;
        }
        lv::PoolPtr srcPool(virStoragePoolLookupByVolume(srcVol.get()));
        const QString poolXml =
            srcPool ? lv::takeString(virStoragePoolGetXMLDesc(srcPool.get(), 0)) : QString();
        const QString poolName =
            srcPool ? QString::fromUtf8(virStoragePoolGetName(srcPool.get())) : QString();
        lv::PoolPtr dstPool(poolName.isEmpty()
                                ? nullptr
                                : virStoragePoolLookupByName(dst, poolName.toUtf8().constData()));
        virResetLastError();
        if (!dstPool) {
            missing << MigrationService::tr("%1 needs the storage pool \"%2\" on %3, which does "
                                            "not exist there")
                           .arg(disk.path, poolName, dstName);
            continue;
        }
        const QString srcTarget = xmlText(poolXml, u"target"_s, u"path"_s);
        const QString dstTarget = xmlText(
            lv::takeString(virStoragePoolGetXMLDesc(dstPool.get(), 0)), u"target"_s, u"path"_s);
        if (srcTarget != dstTarget) {
            missing << MigrationService::tr("%1 needs the pool \"%2\" at %3 on %4, but it is at "
                                            "%5 there")
                           .arg(disk.path, poolName, srcTarget, dstName, dstTarget);
            continue;
        }
        if (virStoragePoolIsActive(dstPool.get()) != 1) {
            missing << MigrationService::tr("the storage pool \"%1\" on %2 is not active")
                           .arg(poolName, dstName);
            continue;
        }
        const QString volXml = lv::takeString(virStorageVolGetXMLDesc(srcVol.get(), 0));
        const QString format = xmlText(volXml, u"target"_s, u"format"_s, u"type"_s);
        QString xml =
            u"<volume><name>%1</name><capacity unit='bytes'>%2</capacity>"_s
                .arg(QString::fromUtf8(virStorageVolGetName(srcVol.get())).toHtmlEscaped())
                .arg(capacityOf(srcVol.get()));
        if (!format.isEmpty())
            xml += u"<target><format type='%1'/></target>"_s.arg(format.toHtmlEscaped());
        xml += u"</volume>"_s;
        plans.push_back({std::move(dstPool), xml, disk.path});
    }
    if (!missing.isEmpty())
        return MigrationService::tr("Copying the storage needs the disk volumes on %1: %2.")
            .arg(dstName, missing.join(u"; "_s));
    for (Plan &p : plans) {
        lv::VolumePtr vol(virStorageVolCreateXML(p.pool.get(), p.xml.toUtf8().constData(), 0));
        if (!vol)
            return MigrationService::tr("Cannot create %1 on %2: %3")
                .arg(p.path, dstName, lv::lastError());
        created->append(p.path);
    }
    return {};
}

void deleteVolumes(virConnectPtr dst, const QStringList &paths) {
    for (const QString &path : paths) {
        lv::VolumePtr vol(virStorageVolLookupByPath(dst, path.toUtf8().constData()));
        if (!vol || virStorageVolDelete(vol.get(), 0) != 0)
            qCWarning(lcMigrate) << "cannot remove" << path << lv::lastError();
    }
}

MigrationProgress readProgress(virDomainPtr dom) {
    MigrationProgress p;
    int type = 0;
    lv::TypedParams params;
    if (virDomainGetJobStats(dom, &type, params.ptr(), params.countPtr(), 0) != 0) {
        virResetLastError();
        return p;
    }
    auto ull = [&](const char *name) {
        unsigned long long v = 0;
        virTypedParamsGetULLong(params.get(), params.count(), name, &v);
        return quint64(v);
    };
    p.elapsedMs = qint64(ull(VIR_DOMAIN_JOB_TIME_ELAPSED));
    p.dataTotal = ull(VIR_DOMAIN_JOB_DATA_TOTAL);
    p.dataProcessed = ull(VIR_DOMAIN_JOB_DATA_PROCESSED);
    p.dataRemaining = ull(VIR_DOMAIN_JOB_DATA_REMAINING);
    p.bytesPerSecond = ull(VIR_DOMAIN_JOB_MEMORY_BPS) + ull(VIR_DOMAIN_JOB_DISK_BPS);
    if (p.dataTotal > 0)
        p.percent = int(std::min<quint64>(99, p.dataProcessed * 100 / p.dataTotal));
    if (p.bytesPerSecond > 0)
        p.remainingMs = qint64(p.dataRemaining * 1000 / p.bytesPerSecond);
    return p;
}

} // namespace

// One migration, run on a TaskPool thread with references of its own to both hosts' connections.
// Its steps report back through the guard; the token stops it (a live migration is aborted).
class MigrationRun {
public:
    using Outcome = MigrationService::Outcome;
    struct Hosts {
        std::shared_ptr<virConnect> source, destination;
        QString sourceName, destinationName, destinationUri;
    };

    MigrationRun(const MigrationRequest &request, Hosts hosts, ReplyGuard<MigrationService> guard,
                 const CancelToken &cancel)
        : m_request(request)
        , m_hosts(std::move(hosts))
        , m_guard(std::move(guard))
        , m_cancel(cancel) {}

    void run() {
        const QString refusal = inspect();
        if (!refusal.isEmpty())
            return end(Outcome::Failed, refusal);
        QStringList created;
        if (m_request.copyStorage) {
            say(MigrationService::tr("Creating the disk volumes on %1…").arg(dstName()));
            const QString why = prepareVolumes(src(), dst(), m_disks, dstName(), &created);
            if (!why.isEmpty()) {
                deleteVolumes(dst(), created);
                return end(Outcome::Failed, why);
            }
        }
        if (m_cancel.isCancelled()) {
            deleteVolumes(dst(), created);
            return end(Outcome::Cancelled, MigrationService::tr("Cancelled; \"%1\" stays on %2.")
                                               .arg(m_name, m_hosts.sourceName));
        }
        say(m_live ? MigrationService::tr("Migrating \"%1\" live to %2…").arg(m_name, dstName())
                   : MigrationService::tr("Moving the definition of \"%1\" to %2…")
                         .arg(m_name, dstName()));
        QElapsedTimer timer;
        timer.start();
        const LibvirtError err = migrate();
        if (err.code != 0 || !err.message.isEmpty()) {
            deleteVolumes(dst(), created);
            return failed(err);
        }
        end(Outcome::Done, successMessage(timer.elapsed()));
    }

private:
    virConnectPtr src() const { return m_hosts.source.get(); }
    virConnectPtr dst() const { return m_hosts.destination.get(); }
    const QString &dstName() const { return m_hosts.destinationName; }

    void end(Outcome outcome, const QString &message) {
        m_guard.reply([outcome, message](MigrationService *self) {
            self->m_running = false;
            Q_EMIT self->finished(outcome, message);
        });
    }
    void say(const QString &text) {
        m_guard.reply([text](MigrationService *self) { Q_EMIT self->stage(text); });
    }

    // Finds the VM and refuses what libvirt would refuse later or worse: the same host, a name
    // or UUID already taken there, a VM that neither runs nor is defined, a storage copy offline.
    QString inspect() {
        m_dom.reset(virDomainLookupByUUIDString(src(), m_request.uuid.toLatin1().constData()));
        if (!m_dom)
            return lv::lastError();
        m_name = QString::fromUtf8(virDomainGetName(m_dom.get()));
        m_destVmName = m_request.newName.isEmpty() ? m_name : m_request.newName;
        m_live = virDomainIsActive(m_dom.get()) == 1;
        m_persistent = virDomainIsPersistent(m_dom.get()) == 1;
        const QString su = hostUuid(src()), du = hostUuid(dst());
        if (!su.isEmpty() && su == du)
            return MigrationService::tr("%1 and %2 are the same host (host UUID %3): libvirt "
                                        "cannot migrate a VM to the host it is on.")
                .arg(m_hosts.sourceName, dstName(), su);
        if (lv::domainByName(dst(), m_destVmName))
            return MigrationService::tr("A VM named \"%1\" already exists on %2.")
                .arg(m_destVmName, dstName());
        if (lv::DomainPtr clash = lv::domainByUuid(dst(), m_request.uuid))
            return MigrationService::tr("The VM's UUID is already used on %1 (by \"%2\").")
                .arg(dstName(), QString::fromUtf8(virDomainGetName(clash.get())));
        virResetLastError();
        if (!m_persistent && !m_live)
            return MigrationService::tr("\"%1\" is neither running nor defined.").arg(m_name);
        if (m_request.copyStorage && !m_live)
            return MigrationService::tr(
                       "Copying the storage needs a running VM; an offline migration moves the "
                       "definition only. Copy the disks to %1 yourself, or start the VM and "
                       "migrate it live.")
                .arg(dstName());
        m_disks = writableDisks(src(), lv::xmlOf(m_dom.get(), 0));
        return {};
    }

    unsigned flags() const {
        unsigned f = VIR_MIGRATE_PERSIST_DEST;
        f |= m_live ? VIR_MIGRATE_LIVE : VIR_MIGRATE_OFFLINE;
        if (m_persistent)
            f |= VIR_MIGRATE_UNDEFINE_SOURCE;
        if (m_request.copyStorage)
            f |= VIR_MIGRATE_NON_SHARED_DISK;
        if (m_request.peerToPeer)
            f |= VIR_MIGRATE_PEER2PEER;
        return f;
    }

    // The blocking libvirt call; a live one is watched (progress, abort on cancel) from a second
    // thread that ends with it. An empty error means done.
    LibvirtError migrate() {
        lv::TypedParams params;
        if (!m_request.newName.isEmpty())
            virTypedParamsAddString(params.ptr(), params.countPtr(), params.maxPtr(),
                                    VIR_MIGRATE_PARAM_DEST_NAME,
                                    m_request.newName.toUtf8().constData());
        if (m_request.bandwidthMiBs > 0)
            virTypedParamsAddULLong(params.ptr(), params.countPtr(), params.maxPtr(),
                                    VIR_MIGRATE_PARAM_BANDWIDTH, m_request.bandwidthMiBs);
        std::atomic<bool> done{false};
        std::thread watcher;
        if (m_live)
            watcher = std::thread([this, &done] { watch(done); });
        bool ok = false;
        if (m_request.peerToPeer) {
            const QString uri = MigrationService::peerUri(m_hosts.destinationUri);
            ok = virDomainMigrateToURI3(m_dom.get(), uri.toUtf8().constData(), params.get(),
                                        params.count(), flags()) == 0;
        } else {
            ok = bool(lv::DomainPtr(
                virDomainMigrate3(m_dom.get(), dst(), params.get(), params.count(), flags())));
        }
        const LibvirtError err = ok ? LibvirtError{} : LibvirtError::last();
        done = true;
        if (watcher.joinable())
            watcher.join();
        return err;
    }

    // Reports progress every 250 ms and aborts the job once on cancel.
    void watch(const std::atomic<bool> &done) {
        bool aborted = false;
        while (!done) {
            if (m_cancel.isCancelled() && !aborted) {
                aborted = true;
                if (virDomainAbortJob(m_dom.get()) != 0)
                    qCInfo(lcMigrate) << "abort:" << lv::lastError();
            }
            const MigrationProgress p = readProgress(m_dom.get());
            if (p.dataTotal > 0)
                m_guard.reply([p](MigrationService *self) { Q_EMIT self->progress(p); });
            std::this_thread::sleep_for(std::chrono::milliseconds(250));
        }
    }

    void failed(const LibvirtError &err) {
        const bool stays = bool(lv::domainByUuid(src(), m_request.uuid));
        virResetLastError();
        const QString where =
            stays ? MigrationService::tr("\"%1\" stays on %2.").arg(m_name, m_hosts.sourceName)
                  : MigrationService::tr("\"%1\" is no longer on %2.")
                        .arg(m_name, m_hosts.sourceName);
        if (m_cancel.isCancelled())
            return end(Outcome::Cancelled, MigrationService::tr("Cancelled; %1").arg(where));
        QString msg = err.message;
        if (err.code == VIR_ERR_CPU_INCOMPATIBLE)
            msg = MigrationService::tr("The CPU of %1 cannot run this VM as configured: %2")
                      .arg(dstName(), err.message);
        else if (err.code == VIR_ERR_MIGRATE_UNSAFE)
            msg = MigrationService::tr("%1 (choose \"Copy storage\", or put the disks on storage "
                                       "both hosts share with cache mode \"none\")")
                      .arg(err.message);
        else if (m_request.peerToPeer && err.code == VIR_ERR_OPERATION_FAILED)
            msg = MigrationService::tr("%1 (with peer-to-peer, %2 itself must reach %3)")
                      .arg(err.message, m_hosts.sourceName,
                           MigrationService::peerUri(m_hosts.destinationUri));
        end(Outcome::Failed,
            MigrationService::tr("Migration to %1 failed: %2 %3").arg(dstName(), msg, where));
    }

    QString successMessage(qint64 ms) const {
        if (m_live)
            return MigrationService::tr("\"%1\" now runs on %2 (moved in %3 s).")
                .arg(m_destVmName, dstName(), QLocale().toString(double(ms) / 1000.0, 'f', 1));
        QString message =
            MigrationService::tr("\"%1\" is now defined on %2.").arg(m_destVmName, dstName());
        QStringList absent;
        for (const Disk &d : m_disks)
            if (!lv::VolumePtr(virStorageVolLookupByPath(dst(), d.path.toUtf8().constData())))
                absent << d.path;
        virResetLastError();
        if (!absent.isEmpty())
            message += u' ' + MigrationService::tr("%1 has no storage volume at %2; unless that "
                                                   "storage is shared, copy the disks there "
                                                   "before starting the VM.")
                                  .arg(dstName(), absent.join(u", "_s));
        return message;
    }

    const MigrationRequest m_request;
    const Hosts m_hosts;
    const ReplyGuard<MigrationService> m_guard;
    const CancelToken &m_cancel;
    lv::DomainPtr m_dom;
    QString m_name, m_destVmName;
    bool m_live = false, m_persistent = false;
    QList<Disk> m_disks;
};

MigrationService::MigrationService(ConnectionManager *manager, TaskPool *tasks, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_tasks(tasks)
    , m_guard(this) {
    qRegisterMetaType<MigrationProgress>();
}

MigrationService::~MigrationService() {
    m_guard.reset();
    cancel();
}

QString MigrationService::peerUri(const QString &destinationUri) {
    QUrl url(destinationUri);
    const QString scheme = url.scheme();
    if (!scheme.contains(u'+') && url.host().isEmpty() &&
        QUrlQuery(url).hasQueryItem(u"socket"_s)) {
        url.setScheme(scheme + u"+unix"_s);
        return url.toString();
    }
    return destinationUri;
}

void MigrationService::fail(const QString &message) {
    m_guard.reply([message](MigrationService *self) {
        self->m_running = false;
        Q_EMIT self->finished(Outcome::Failed, message);
    });
}

void MigrationService::cancel() {
    if (m_cancel)
        m_cancel->cancel();
}

void MigrationService::start(const MigrationRequest &request) {
    if (m_running) {
        fail(tr("A migration is already running."));
        return;
    }
    ConnectionManager *cm = m_manager;
    if (!cm || !m_tasks || !cm->contains(request.sourceId) ||
        !cm->contains(request.destinationId)) {
        fail(tr("Choose a connected destination host."));
        return;
    }
    MigrationRun::Hosts hosts;
    hosts.sourceName = cm->config(request.sourceId).displayName();
    hosts.destinationName = cm->config(request.destinationId).displayName();
    if (request.sourceId == request.destinationId) {
        fail(tr("The VM already is on %1.").arg(hosts.sourceName));
        return;
    }
    Connection *src = cm->connection(request.sourceId);
    Connection *dst = cm->connection(request.destinationId);
    hosts.source = src ? src->acquire() : nullptr;
    hosts.destination = dst ? dst->acquire() : nullptr;
    for (const auto &[conn, name] : {std::pair{hosts.source.get(), hosts.sourceName},
                                     std::pair{hosts.destination.get(), hosts.destinationName}}) {
        if (!conn) {
            fail(tr("%1 is not connected.").arg(name));
            return;
        }
    }
    hosts.destinationUri = dst->uri();
    m_running = true;
    m_cancel = std::make_shared<CancelToken>();
    m_tasks->start(m_cancel, [request, hosts, guard = m_guard](const CancelToken &cancel) {
        MigrationRun(request, hosts, guard, cancel).run();
    });
}

} // namespace virtdeck
