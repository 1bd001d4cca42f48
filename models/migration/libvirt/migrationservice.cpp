#include "migrationservice.h"

#include "core/connectionmanager.h"
#include "core/libvirt/connection.h"
#include "core/libvirt/handles.h"

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
#include <mutex>
#include <thread>
#include <tuple>

Q_LOGGING_CATEGORY(lcMigrate, "virtdeck.libvirt.migration")

namespace virtdeck {

using namespace Qt::StringLiterals;

struct MigrationService::Shared {
    std::mutex mutex;
    lv::ConnectPtr source;
    lv::ConnectPtr destination;
    int pending = 2;
    QString error;
    std::atomic<bool> cancel{false};
    std::atomic<bool> done{false};
};

namespace {

struct Params {
    virTypedParameterPtr params = nullptr;
    int count = 0;
    int max = 0;
    ~Params() { virTypedParamsFree(params, count); }
};

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
    virTypedParameterPtr params = nullptr;
    int n = 0;
    if (virDomainGetJobStats(dom, &type, &params, &n, 0) != 0) {
        virResetLastError();
        return p;
    }
    auto ull = [&](const char *name) {
        unsigned long long v = 0;
        virTypedParamsGetULLong(params, n, name, &v);
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
    virTypedParamsFree(params, n);
    return p;
}

} // namespace

MigrationService::MigrationService(ConnectionManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_guard(this) {
    qRegisterMetaType<MigrationProgress>();
}

MigrationService::~MigrationService() {
    m_guard.reset();
    if (m_shared)
        m_shared->cancel = true;
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
    if (m_shared)
        m_shared->cancel = true;
}

void MigrationService::start(const MigrationRequest &request) {
    if (m_running) {
        fail(tr("A migration is already running."));
        return;
    }
    ConnectionManager *cm = m_manager;
    if (!cm || !cm->contains(request.sourceId) || !cm->contains(request.destinationId)) {
        fail(tr("Choose a connected destination host."));
        return;
    }
    const QString srcName = cm->config(request.sourceId).displayName();
    const QString dstName = cm->config(request.destinationId).displayName();
    if (request.sourceId == request.destinationId) {
        fail(tr("The VM already is on %1.").arg(srcName));
        return;
    }
    Connection *src = cm->connection(request.sourceId);
    Connection *dst = cm->connection(request.destinationId);
    for (const auto &[c, id, name] : {std::tuple{src, request.sourceId, srcName},
                                      std::tuple{dst, request.destinationId, dstName}}) {
        if (!c || cm->state(id) != ConnectionState::Connected) {
            fail(tr("%1 is not connected.").arg(name));
            return;
        }
    }
    m_running = true;
    auto shared = std::make_shared<Shared>();
    m_shared = shared;
    const QString dstUri = dst->uri();

    // Runs the migration once both connection threads handed over a reference to their link.
    auto launch = [shared, request, srcName, dstName, dstUri, guard = m_guard] {
        std::thread([shared, request, srcName, dstName, dstUri, guard] {
            auto end = [&](Outcome outcome, const QString &message) {
                shared->done = true;
                guard.reply([outcome, message](MigrationService *self) {
                    self->m_running = false;
                    Q_EMIT self->finished(outcome, message);
                });
            };
            auto say = [&](const QString &text) {
                guard.reply([text](MigrationService *self) { Q_EMIT self->stage(text); });
            };
            if (!shared->error.isEmpty())
                return end(Outcome::Failed, shared->error);
            virConnectPtr sc = shared->source.get();
            virConnectPtr dc = shared->destination.get();

            lv::DomainPtr dom(virDomainLookupByUUIDString(sc, request.uuid.toLatin1().constData()));
            if (!dom)
                return end(Outcome::Failed, lv::lastError());
            const QString name = QString::fromUtf8(virDomainGetName(dom.get()));
            const QString destVmName = request.newName.isEmpty() ? name : request.newName;
            const bool live = virDomainIsActive(dom.get()) == 1;
            const bool persistent = virDomainIsPersistent(dom.get()) == 1;

            const QString su = hostUuid(sc);
            const QString du = hostUuid(dc);
            if (!su.isEmpty() && su == du)
                return end(Outcome::Failed,
                           tr("%1 and %2 are the same host (host UUID %3): libvirt cannot migrate "
                              "a VM to the host it is on.")
                               .arg(srcName, dstName, su));
            if (lv::DomainPtr clash{virDomainLookupByName(dc, destVmName.toUtf8().constData())})
                return end(Outcome::Failed,
                           tr("A VM named \"%1\" already exists on %2.").arg(destVmName, dstName));
            if (lv::DomainPtr clash{
                    virDomainLookupByUUIDString(dc, request.uuid.toLatin1().constData())})
                return end(Outcome::Failed,
                           tr("The VM's UUID is already used on %1 (by \"%2\").")
                               .arg(dstName, QString::fromUtf8(virDomainGetName(clash.get()))));
            virResetLastError();
            if (!persistent && !live)
                return end(Outcome::Failed, tr("\"%1\" is neither running nor defined.").arg(name));
            if (request.copyStorage && !live)
                return end(Outcome::Failed,
                           tr("Copying the storage needs a running VM; an offline migration moves "
                              "the definition only. Copy the disks to %1 yourself, or start the "
                              "VM and migrate it live.")
                               .arg(dstName));

            const QList<Disk> disks =
                writableDisks(sc, lv::takeString(virDomainGetXMLDesc(dom.get(), 0)));
            QStringList created;
            if (request.copyStorage) {
                say(tr("Creating the disk volumes on %1…").arg(dstName));
                const QString why = prepareVolumes(sc, dc, disks, dstName, &created);
                if (!why.isEmpty()) {
                    deleteVolumes(dc, created);
                    return end(Outcome::Failed, why);
                }
            }
            if (shared->cancel) {
                deleteVolumes(dc, created);
                return end(Outcome::Cancelled,
                           tr("Cancelled; \"%1\" stays on %2.").arg(name, srcName));
            }

            Params params;
            if (!request.newName.isEmpty())
                virTypedParamsAddString(&params.params, &params.count, &params.max,
                                        VIR_MIGRATE_PARAM_DEST_NAME,
                                        request.newName.toUtf8().constData());
            if (request.bandwidthMiBs > 0)
                virTypedParamsAddULLong(&params.params, &params.count, &params.max,
                                        VIR_MIGRATE_PARAM_BANDWIDTH, request.bandwidthMiBs);
            unsigned flags = VIR_MIGRATE_PERSIST_DEST;
            flags |= live ? VIR_MIGRATE_LIVE : VIR_MIGRATE_OFFLINE;
            if (persistent)
                flags |= VIR_MIGRATE_UNDEFINE_SOURCE;
            if (request.copyStorage)
                flags |= VIR_MIGRATE_NON_SHARED_DISK;
            if (request.peerToPeer)
                flags |= VIR_MIGRATE_PEER2PEER;

            say(live ? tr("Migrating \"%1\" live to %2…").arg(name, dstName)
                     : tr("Moving the definition of \"%1\" to %2…").arg(name, dstName));
            // Progress and cancel on a second thread: the migration call blocks this one.
            std::thread poller;
            if (live) {
                virDomainRef(dom.get());
                poller = std::thread([shared, guard, watched = lv::DomainPtr(dom.get())] {
                    bool aborted = false;
                    while (!shared->done) {
                        if (shared->cancel && !aborted) {
                            aborted = true;
                            if (virDomainAbortJob(watched.get()) != 0)
                                qCInfo(lcMigrate) << "abort:" << lv::lastError();
                        }
                        const MigrationProgress p = readProgress(watched.get());
                        if (p.dataTotal > 0)
                            guard.reply([p](MigrationService *self) { Q_EMIT self->progress(p); });
                        std::this_thread::sleep_for(std::chrono::milliseconds(250));
                    }
                });
            }
            QElapsedTimer timer;
            timer.start();
            bool ok = false;
            if (request.peerToPeer) {
                const QString uri = MigrationService::peerUri(dstUri);
                ok = virDomainMigrateToURI3(dom.get(), uri.toUtf8().constData(), params.params,
                                            params.count, flags) == 0;
            } else {
                lv::DomainPtr moved(
                    virDomainMigrate3(dom.get(), dc, params.params, params.count, flags));
                ok = bool(moved);
            }
            const LibvirtError err = ok ? LibvirtError{} : LibvirtError::last();
            const qint64 ms = timer.elapsed();
            shared->done = true;
            if (poller.joinable())
                poller.join();

            if (!ok) {
                deleteVolumes(dc, created);
                lv::DomainPtr still(
                    virDomainLookupByUUIDString(sc, request.uuid.toLatin1().constData()));
                virResetLastError();
                const QString where = still ? tr("\"%1\" stays on %2.").arg(name, srcName)
                                            : tr("\"%1\" is no longer on %2.").arg(name, srcName);
                if (shared->cancel)
                    return end(Outcome::Cancelled, tr("Cancelled; %1").arg(where));
                QString msg = err.message;
                if (err.code == VIR_ERR_CPU_INCOMPATIBLE)
                    msg = tr("The CPU of %1 cannot run this VM as configured: %2")
                              .arg(dstName, err.message);
                else if (err.code == VIR_ERR_MIGRATE_UNSAFE)
                    msg = tr("%1 (choose \"Copy storage\", or put the disks on storage both hosts "
                             "share with cache mode \"none\")")
                              .arg(err.message);
                else if (request.peerToPeer && err.code == VIR_ERR_OPERATION_FAILED)
                    msg = tr("%1 (with peer-to-peer, %2 itself must reach %3)")
                              .arg(err.message, srcName, MigrationService::peerUri(dstUri));
                return end(Outcome::Failed,
                           tr("Migration to %1 failed: %2 %3").arg(dstName, msg, where));
            }

            QString message = live ? tr("\"%1\" now runs on %2 (moved in %3 s).")
                                         .arg(destVmName, dstName,
                                              QLocale().toString(double(ms) / 1000.0, 'f', 1))
                                   : tr("\"%1\" is now defined on %2.").arg(destVmName, dstName);
            if (!live) {
                QStringList absent;
                for (const Disk &d : disks) {
                    lv::VolumePtr v(virStorageVolLookupByPath(dc, d.path.toUtf8().constData()));
                    if (!v)
                        absent << d.path;
                }
                virResetLastError();
                if (!absent.isEmpty())
                    message += u' ' + tr("%1 has no storage volume at %2; unless that storage is "
                                         "shared, copy the disks there before starting the VM.")
                                          .arg(dstName, absent.join(u", "_s));
            }
            end(Outcome::Done, message);
        }).detach();
    };

    auto arrive = [shared, launch](bool source, virConnectPtr conn, const QString &name) {
        std::lock_guard lock(shared->mutex);
        if (conn) {
            virConnectRef(conn);
            (source ? shared->source : shared->destination).reset(conn);
        } else if (shared->error.isEmpty()) {
            shared->error = tr("%1 is not connected.").arg(name);
        }
        if (--shared->pending == 0)
            launch();
    };
    src->post(this, [arrive, srcName](virConnectPtr conn) { arrive(true, conn, srcName); });
    dst->post(this, [arrive, dstName](virConnectPtr conn) { arrive(false, conn, dstName); });
}

} // namespace virtdeck
