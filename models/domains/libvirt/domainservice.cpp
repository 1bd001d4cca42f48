// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainservice.h"

#include "core/connectionmanager.h"
#include "core/libvirt/connection.h"
#include "core/libvirt/domainlookup.h"
#include "core/libvirt/handles.h"
#include "domains/domainclone.h"
#include "storage/libvirt/defaultpool.h"
#include "storage/storagexml.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QXmlStreamReader>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {

QString metadata(virDomainPtr dom, int type) {
    if (char *s = virDomainGetMetadata(dom, type, nullptr, 0))
        return lv::takeString(s);
    virResetLastError(); // absent is not an error
    return {};
}

// Local QEMU writes a pid file when it starts the VM: its time is the VM's start time. Remote
// hosts and other drivers offer no such thing through libvirt, so uptime stays unknown there.
qint64 localQemuUptime(virConnectPtr conn, const QString &name) {
    const char *type = virConnectGetType(conn);
    if (!type || qstrcmp(type, "QEMU") != 0)
        return -1;
    const QUrl uri(lv::takeString(virConnectGetURI(conn)));
    if (!uri.host().isEmpty())
        return -1;
    QString dir = u"/run/libvirt/qemu"_s;
    if (uri.path() == u"/session"_s)
        dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation) +
              u"/libvirt/qemu/run"_s;
    const QFileInfo pid(dir + u'/' + name + u".pid"_s);
    if (!pid.exists())
        return -1;
    return std::max<qint64>(0, pid.lastModified().secsTo(QDateTime::currentDateTime()));
}

// libvirt 9.0's test driver dereferences a null pointer (the process dies) when it is asked for
// the addresses of a NIC on a network without an <ip> element; the demo hosts have such
// networks. The test driver is asked only when every NIC's network has one.
bool addressesAreSafeToAsk(virConnectPtr conn, const QList<DomainNic> &nics) {
    const char *type = virConnectGetType(conn);
    if (!type || qstrcmp(type, "TEST") != 0)
        return true;
    for (const DomainNic &nic : nics) {
        if (nic.type != u"network"_s)
            continue;
        lv::NetworkPtr net(virNetworkLookupByName(conn, nic.source.toUtf8().constData()));
        const QString xml = net ? lv::takeString(virNetworkGetXMLDesc(net.get(), 0)) : QString();
        if (!xml.contains(u"<ip"_s)) {
            virResetLastError();
            return false;
        }
    }
    return true;
}

void fillAddresses(virConnectPtr conn, virDomainPtr dom, QList<DomainNic> &nics) {
    if (!addressesAreSafeToAsk(conn, nics))
        return;
    const std::pair<unsigned, const char *> sources[] = {
        {VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_LEASE, "lease"},
        {VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_AGENT, "agent"},
    };
    for (const auto &[source, label] : sources) {
        virDomainInterfacePtr *raw = nullptr;
        const int n = virDomainInterfaceAddresses(dom, &raw, source, 0);
        if (n < 0) {
            virResetLastError(); // no agent, or no leases: try the next source
            continue;
        }
        for (const lv::InterfacePtr &owned : lv::adoptList<lv::InterfacePtr>(raw, n)) {
            const virDomainInterfacePtr iface = owned.get();
            const QString mac = QString::fromUtf8(iface->hwaddr ? iface->hwaddr : "").toLower();
            for (DomainNic &nic : nics) {
                if (nic.mac.toLower() != mac || !nic.addresses.isEmpty())
                    continue;
                for (unsigned a = 0; a < iface->naddrs; ++a)
                    nic.addresses << u"%1/%2"_s.arg(QString::fromUtf8(iface->addrs[a].addr))
                                         .arg(iface->addrs[a].prefix);
                if (!nic.addresses.isEmpty())
                    nic.addressSource = QString::fromLatin1(label);
            }
        }
    }
}

using Applied = DomainEditOutcome::Applied;

// Applies one setting live and to the definition where the VM allows it; when the running VM
// refuses, writes the definition alone and says it applies at the next boot.
template <typename Fn>
DomainEditOutcome applyLiveOrConfig(virDomainPtr dom, const QString &field, Fn &&set) {
    DomainEditOutcome o;
    o.field = field;
    const bool active = virDomainIsActive(dom) == 1;
    const bool persistent = virDomainIsPersistent(dom) == 1;
    if (!active) {
        if (set(VIR_DOMAIN_AFFECT_CONFIG) == 0)
            o.applied = Applied::Now;
        else
            o.message = lv::lastError();
        return o;
    }
    if (set(VIR_DOMAIN_AFFECT_LIVE | (persistent ? VIR_DOMAIN_AFFECT_CONFIG : 0)) == 0) {
        o.applied = Applied::Now;
        return o;
    }
    const QString liveError = lv::lastError();
    if (persistent && set(VIR_DOMAIN_AFFECT_CONFIG) == 0) {
        o.applied = Applied::NextBoot;
        o.message = DomainService::tr(
                        "The running VM cannot change this now (%1); it applies at the next boot.")
                        .arg(liveError);
        return o;
    }
    o.message = liveError;
    return o;
}

// Raising a value above the definition's maximum: raise the maximum, then the value, both in the
// definition; the running VM keeps its old value until it boots again.
DomainEditOutcome applyAboveMaximum(virDomainPtr dom, const QString &field,
                                    const std::function<int(unsigned)> &setMax,
                                    const std::function<int(unsigned)> &set) {
    DomainEditOutcome o;
    o.field = field;
    if (virDomainIsPersistent(dom) != 1) {
        o.message = DomainService::tr(
            "This VM has no persistent definition whose maximum could be raised.");
        return o;
    }
    if (setMax(VIR_DOMAIN_AFFECT_CONFIG) < 0 || set(VIR_DOMAIN_AFFECT_CONFIG) < 0) {
        o.message = lv::lastError();
        return o;
    }
    const bool active = virDomainIsActive(dom) == 1;
    o.applied = active ? Applied::NextBoot : Applied::Now;
    if (active)
        o.message =
            DomainService::tr("Above the running VM's maximum; it applies at the next boot.");
    return o;
}

QString xmlEscaped(const QString &s) {
    return s.toHtmlEscaped();
}

} // namespace

DomainService::DomainService(ConnectionManager *manager, const QString &connectionId,
                             QObject *parent)
    : ConnectionService(manager, connectionId, parent) {
    qRegisterMetaType<DomainDetails>();
    qRegisterMetaType<DomainEditResult>();
    qRegisterMetaType<ActionResult>();
}

void DomainService::fetchDetails(const QString &uuid) {
    auto job = [guard = guard<DomainService>(), id = connectionId(), uuid](virConnectPtr conn) {
        DomainDetails d;
        d.connectionId = id;
        d.uuid = uuid;
        if (!conn) {
            d.error = tr("Not connected");
        } else if (lv::DomainPtr dom = lv::domainByUuid(conn, uuid)) {
            virDomainInfo info{};
            if (virDomainGetInfo(dom.get(), &info) < 0) {
                d.error = lv::lastError();
            } else {
                d.name = QString::fromUtf8(virDomainGetName(dom.get()));
                d.state = lv::mapState(info.state, virDomainGetID(dom.get()) != unsigned(-1));
                d.vcpus = info.nrVirtCpu;
                d.memoryBytes = quint64(info.memory) * 1024;
                d.maxMemoryBytes = quint64(info.maxMem) * 1024;
                d.persistent = virDomainIsPersistent(dom.get()) != 0;
                int autostart = 0;
                if (virDomainGetAutostart(dom.get(), &autostart) < 0)
                    virResetLastError();
                d.autostart = autostart != 0;
                d.title = metadata(dom.get(), VIR_DOMAIN_METADATA_TITLE);
                d.description = metadata(dom.get(), VIR_DOMAIN_METADATA_DESCRIPTION);
                const QString xml = lv::takeString(virDomainGetXMLDesc(dom.get(), 0));
                fillDetailsFromXml(d, xml);
                if (domainStateIsActive(d.state)) {
                    fillAddresses(conn, dom.get(), d.nics);
                    d.uptimeSeconds = localQemuUptime(conn, d.name);
                }
            }
        } else {
            d.error = lv::lastError();
        }
        guard.reply([d](DomainService *self) { Q_EMIT self->detailsReady(d); });
    };
    run(Lane::domain(uuid), tr("details"), std::move(job));
}

void DomainService::applyEdit(const QString &uuid, const DomainEdit &edit) {
    auto job = [guard = guard<DomainService>(), id = connectionId(), uuid,
                edit](virConnectPtr conn) {
        DomainEditResult result;
        result.connectionId = id;
        result.uuid = uuid;
        auto fail = [&](const QString &field, const QString &message) {
            result.outcomes.append({field, Applied::Failed, message});
        };
        lv::DomainPtr dom = conn ? lv::domainByUuid(conn, uuid) : nullptr;
        const QString why = conn ? (dom ? QString() : lv::lastError()) : tr("Not connected");
        virDomainPtr d = dom.get();
        if (edit.vcpus) {
            const unsigned n = unsigned(*edit.vcpus);
            if (!d) {
                fail(u"vcpus"_s, why);
            } else {
                const int max = virDomainGetVcpusFlags(
                    d, unsigned(VIR_DOMAIN_VCPU_MAXIMUM) |
                           unsigned(virDomainIsPersistent(d) == 1 ? VIR_DOMAIN_AFFECT_CONFIG
                                                                  : VIR_DOMAIN_AFFECT_LIVE));
                if (max < 0)
                    virResetLastError();
                if (max > 0 && int(n) > max)
                    result.outcomes.append(applyAboveMaximum(
                        d, u"vcpus"_s,
                        [&](unsigned f) {
                            return virDomainSetVcpusFlags(d, n, f | VIR_DOMAIN_VCPU_MAXIMUM);
                        },
                        [&](unsigned f) { return virDomainSetVcpusFlags(d, n, f); }));
                else
                    result.outcomes.append(applyLiveOrConfig(d, u"vcpus"_s, [&](unsigned f) {
                        return virDomainSetVcpusFlags(d, n, f);
                    }));
            }
        }
        if (edit.memoryBytes) {
            const unsigned long kib = (unsigned long)(*edit.memoryBytes / 1024);
            if (!d) {
                fail(u"memory"_s, why);
            } else {
                const unsigned long maxKib = virDomainGetMaxMemory(d);
                if (maxKib == 0)
                    virResetLastError();
                if (maxKib > 0 && kib > maxKib)
                    result.outcomes.append(applyAboveMaximum(
                        d, u"memory"_s,
                        [&](unsigned f) {
                            return virDomainSetMemoryFlags(d, kib, f | VIR_DOMAIN_MEM_MAXIMUM);
                        },
                        [&](unsigned f) { return virDomainSetMemoryFlags(d, kib, f); }));
                else
                    result.outcomes.append(applyLiveOrConfig(d, u"memory"_s, [&](unsigned f) {
                        return virDomainSetMemoryFlags(d, kib, f);
                    }));
            }
        }
        if (edit.autostart) {
            if (!d)
                fail(u"autostart"_s, why);
            else if (virDomainSetAutostart(d, *edit.autostart ? 1 : 0) == 0)
                result.outcomes.append({u"autostart"_s, Applied::Now, {}});
            else
                fail(u"autostart"_s, lv::lastError());
        }
        const std::pair<const std::optional<QString> *, std::pair<int, QString>> texts[] = {
            {&edit.title, {VIR_DOMAIN_METADATA_TITLE, u"title"_s}},
            {&edit.description, {VIR_DOMAIN_METADATA_DESCRIPTION, u"description"_s}},
        };
        for (const auto &[value, spec] : texts) {
            if (!*value)
                continue;
            if (!d) {
                fail(spec.second, why);
                continue;
            }
            const QByteArray text = (*value)->toUtf8();
            result.outcomes.append(applyLiveOrConfig(d, spec.second, [&](unsigned f) {
                return virDomainSetMetadata(d, spec.first,
                                            text.isEmpty() ? nullptr : text.constData(), nullptr,
                                            nullptr, f);
            }));
        }
        guard.reply([result](DomainService *self) { Q_EMIT self->editFinished(result); });
    };
    run(Lane::domain(uuid), tr("settings change"), std::move(job));
    // Title and autostart live in the table's rows too: let the host re-read its list.
    if (Connection *c = manager() ? manager()->connection(connectionId()) : nullptr)
        c->refresh();
}

void DomainService::takeScreenshot(const QString &uuid) {
    // In the VM's lane: a QEMU that does not answer (its state-change lock held, the process
    // stopped) holds up this VM's calls only, never the host's listing or other VMs.
    auto job = [guard = guard<DomainService>(), uuid](virConnectPtr conn) {
        QByteArray data;
        QString mime, error;
        lv::DomainPtr dom = conn ? lv::domainByUuid(conn, uuid) : nullptr;
        lv::StreamPtr stream(conn ? virStreamNew(conn, 0) : nullptr);
        if (!conn) {
            error = tr("Not connected");
        } else if (!dom || !stream) {
            error = lv::lastError();
        } else if (char *type = virDomainScreenshot(dom.get(), stream.get(), 0, 0)) {
            mime = lv::takeString(type);
            char buf[64 * 1024];
            for (;;) {
                const int got = virStreamRecv(stream.get(), buf, sizeof buf);
                if (got > 0) {
                    data.append(buf, got);
                    if (data.size() > 64 * 1024 * 1024)
                        break; // no screen is that large; do not let a broken peer fill memory
                    continue;
                }
                if (got < 0) {
                    error = lv::lastError();
                    virStreamAbort(stream.get());
                    data.clear();
                } else if (virStreamFinish(stream.get()) < 0) {
                    error = lv::lastError();
                }
                break;
            }
        } else {
            error = lv::lastError();
        }
        guard.reply([uuid, data, mime, error](DomainService *self) {
            Q_EMIT self->screenshotReady(uuid, data, mime, error);
        });
    };
    run(Lane::domain(uuid), tr("screenshot"), std::move(job));
}

namespace {

// Clones one shut-off VM: a copy (or, linked, a qcow2 overlay) of each disk the VM owns, in the
// disk's own pool, then the definition under the new name. What it created is deleted again when
// a later step fails. Runs on the connection thread.
class DomainCloner {
public:
    DomainCloner(virConnectPtr conn, const QString &newName, CloneMode mode)
        : m_conn(conn)
        , m_newName(newName)
        , m_mode(mode) {}
    ~DomainCloner() {
        if (!m_kept)
            for (const auto &v : m_created)
                if (virStorageVolDelete(v.get(), 0) < 0)
                    virResetLastError();
    }

    // Empty on success, with the new VM's UUID in `uuid`; else what went wrong.
    QString clone(const QString &uuid, QString *newUuid) {
        lv::DomainPtr dom = lv::domainByUuid(m_conn, uuid);
        if (!dom)
            return lv::lastError();
        if (virDomainIsActive(dom.get()) != 0)
            return DomainService::tr(
                "Shut the VM off before cloning it, so its disks are consistent.");
        const QString xml = lv::xmlOf(dom.get(), VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE);
        if (xml.isEmpty())
            return lv::lastError();
        for (const DomainDisk &disk : ownedDisks(parseDomainDisks(xml)))
            if (const QString why = copyDisk(disk); !why.isEmpty())
                return why;
        QString parseError;
        const QString cloneXml =
            cloneDomainXml(xml, m_newName, m_fileMap, m_volumeMap, &parseError);
        if (cloneXml.isEmpty())
            return parseError;
        lv::DomainPtr clone(virDomainDefineXMLFlags(m_conn, cloneXml.toUtf8().constData(),
                                                    VIR_DOMAIN_DEFINE_VALIDATE));
        if (!clone)
            return lv::lastError();
        m_kept = true;
        *newUuid = lv::uuidOf(clone.get());
        return {};
    }
    int diskCount() const { return int(m_created.size()); }

private:
    // The new volume's definition: the source's capacity, its format (qcow2 when linked, with
    // the source as backing store).
    QString volumeXml(const QString &volName, quint64 capacity, const QString &srcFormat,
                      const QString &srcPath) const {
        const QString format = targetFormat(srcFormat);
        QString xml = u"<volume><name>%1</name><capacity unit='bytes'>%2</capacity>"
                      "<target><format type='%3'/></target>"_s.arg(
                          xmlEscaped(volName), QString::number(capacity), format);
        if (m_mode == CloneMode::Linked)
            xml += u"<backingStore><path>%1</path><format type='%2'/></backingStore>"_s.arg(
                xmlEscaped(srcPath), srcFormat.isEmpty() ? u"raw"_s : srcFormat);
        return xml + u"</volume>"_s;
    }
    QString targetFormat(const QString &srcFormat) const {
        if (m_mode == CloneMode::Linked)
            return u"qcow2"_s;
        return srcFormat.isEmpty() ? u"raw"_s : srcFormat;
    }

    QString copyDisk(const DomainDisk &disk) {
        lv::VolumePtr src = diskVolume(m_conn, disk, &m_poolsRefreshed);
        const QString label = disk.sourcePath.isEmpty() ? disk.sourcePool + u'/' + disk.sourceVolume
                                                        : disk.sourcePath;
        if (!src)
            return DomainService::tr("The disk %1 is not a storage volume libvirt knows, so it "
                                     "cannot be copied: %2")
                .arg(label, lv::lastError());
        lv::PoolPtr pool(virStoragePoolLookupByVolume(src.get()));
        virStorageVolInfo info{};
        if (!pool || virStorageVolGetInfo(src.get(), &info) < 0)
            return lv::lastError();
        const QString srcFormat =
            parseVolumeXml(lv::takeString(virStorageVolGetXMLDesc(src.get(), 0))).format;
        const QString format = targetFormat(srcFormat);
        const QString ext = format == u"qcow2"_s ? u".qcow2"_s
                            : format == u"raw"_s ? u".img"_s
                                                 : u'.' + format;
        const QString volName = m_newName + u'-' + disk.target + ext;
        const QByteArray vx = volumeXml(volName, info.capacity, srcFormat,
                                        lv::takeString(virStorageVolGetPath(src.get())))
                                  .toUtf8();
        lv::VolumePtr vol(
            m_mode == CloneMode::Linked
                ? virStorageVolCreateXML(pool.get(), vx.constData(), 0)
                : virStorageVolCreateXMLFrom(pool.get(), vx.constData(), src.get(), 0));
        if (!vol)
            return DomainService::tr("Cannot create %1: %2").arg(volName, lv::lastError());
        if (disk.sourcePath.isEmpty())
            m_volumeMap.insert(disk.sourcePool + u'/' + disk.sourceVolume, volName);
        else
            m_fileMap.insert(disk.sourcePath, lv::takeString(virStorageVolGetPath(vol.get())));
        m_created.push_back(std::move(vol));
        return {};
    }

    virConnectPtr m_conn;
    const QString m_newName;
    const CloneMode m_mode;
    QHash<QString, QString> m_fileMap, m_volumeMap;
    std::vector<lv::VolumePtr> m_created;
    bool m_poolsRefreshed = false;
    bool m_kept = false;
};

} // namespace

void DomainService::cloneDomain(const QString &uuid, const QString &newName, CloneMode mode) {
    auto job = [guard = guard<DomainService>(), id = connectionId(), uuid, newName,
                mode](virConnectPtr conn) {
        ActionResult r;
        r.connectionId = id;
        r.action = DomainAction::Define;
        r.name = newName;
        if (!conn) {
            r.message = tr("Not connected");
        } else {
            DomainCloner cloner(conn, newName, mode);
            r.message = cloner.clone(uuid, &r.uuid);
            r.ok = r.message.isEmpty();
            if (r.ok)
                r.message =
                    mode == CloneMode::Linked
                        ? tr("%n disk(s) linked to the original", nullptr, cloner.diskCount())
                        : tr("%n disk(s) copied", nullptr, cloner.diskCount());
        }
        guard.reply([r](DomainService *self) { Q_EMIT self->cloneFinished(r); });
    };
    run(Lane::domain(uuid), tr("clone"), std::move(job));
}

} // namespace virtdeck
