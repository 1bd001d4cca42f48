// SPDX-License-Identifier: GPL-3.0-or-later
#include "newvmservice.h"

#include "core/connectionmanager.h"
#include "core/libvirt/connection.h"
#include "core/libvirt/handles.h"
#include "storage/storagexml.h"

#include <QXmlStreamReader>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {

// For `virtType`, or KVM where the host has it and else QEMU's TCG. Empty with `error` set
// (libvirt's message for the last type tried) when the host has none.
QString readCapabilities(virConnectPtr conn, const QString &virtType, QString *error) {
    const QStringList types =
        virtType.isEmpty() ? QStringList{u"kvm"_s, u"qemu"_s} : QStringList{virtType};
    for (const QString &virt : types) {
        if (char *xml = virConnectGetDomainCapabilities(conn, nullptr, nullptr, nullptr,
                                                        virt.toLatin1().constData(), 0))
            return lv::takeString(xml);
        *error = lv::lastError();
        virResetLastError();
    }
    return {};
}

} // namespace

NewVmService::NewVmService(ConnectionManager *manager, const QString &connectionId, QObject *parent)
    : ConnectionService(manager, connectionId, parent) {
    qRegisterMetaType<NewVmChoices>();
    qRegisterMetaType<ActionResult>();
}

void NewVmService::loadChoices() {
    run([guard = guard<NewVmService>(), id = connectionId()](virConnectPtr conn) {
        NewVmChoices c;
        c.connectionId = id;
        if (!conn) {
            c.error = tr("Not connected");
        } else {
            QString capsError;
            const QString capsXml = readCapabilities(conn, {}, &capsError);
            if (capsXml.isEmpty())
                c.error = capsError;
            else if (!parseDomainCapabilities(capsXml, &c.caps))
                c.error = tr("The host's domain capabilities cannot be read");
            c.kvmAvailable = c.caps.domainType == u"kvm"_s;
            virStoragePoolPtr *rawPools = nullptr;
            const int np = virConnectListAllStoragePools(conn, &rawPools,
                                                         VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE);
            for (const auto &pool : lv::adoptList<lv::PoolPtr>(rawPools, np)) {
                const QString poolName = QString::fromUtf8(virStoragePoolGetName(pool.get()));
                c.pools << poolName;
                virStorageVolPtr *rawVols = nullptr;
                const int nv = virStoragePoolListAllVolumes(pool.get(), &rawVols, 0);
                for (const auto &vol : lv::adoptList<lv::VolumePtr>(rawVols, nv)) {
                    StorageImage img;
                    img.pool = poolName;
                    img.name = QString::fromUtf8(virStorageVolGetName(vol.get()));
                    img.path = lv::takeString(virStorageVolGetPath(vol.get()));
                    img.format =
                        parseVolumeXml(lv::takeString(virStorageVolGetXMLDesc(vol.get(), 0)))
                            .format;
                    virStorageVolInfo info{};
                    if (virStorageVolGetInfo(vol.get(), &info) == 0)
                        img.capacityBytes = info.capacity;
                    else
                        virResetLastError();
                    c.images << img;
                }
                if (nv < 0)
                    virResetLastError();
            }
            if (np < 0)
                virResetLastError();
            virNetworkPtr *rawNets = nullptr;
            const int nn =
                virConnectListAllNetworks(conn, &rawNets, VIR_CONNECT_LIST_NETWORKS_ACTIVE);
            for (const auto &net : lv::adoptList<lv::NetworkPtr>(rawNets, nn))
                c.networks << QString::fromUtf8(virNetworkGetName(net.get()));
            if (nn < 0)
                virResetLastError();
        }
        guard.reply([c](NewVmService *self) { Q_EMIT self->choicesReady(c); });
    });
}

void NewVmService::create(const NewVmSpec &spec) {
    run([guard = guard<NewVmService>(), id = connectionId(), spec](virConnectPtr conn) {
        ActionResult r;
        r.connectionId = id;
        r.action = DomainAction::Define;
        r.name = spec.name;
        QString xml;
        auto finish = [&] {
            guard.reply([r, xml](NewVmService *self) { Q_EMIT self->created(r, xml); });
        };
        if (!conn) {
            r.message = tr("Not connected");
            return finish();
        }
        DomainCapabilities caps;
        QString capsError;
        const QString capsXml = readCapabilities(conn, spec.virtType, &capsError);
        if (capsXml.isEmpty() || !parseDomainCapabilities(capsXml, &caps)) {
            r.message = tr("Cannot read the host's domain capabilities: %1").arg(capsError);
            return finish();
        }
        lv::VolumePtr created;
        QString diskPath = spec.imagePath;
        QString diskFormat = spec.imageFormat.isEmpty() ? u"raw"_s : spec.imageFormat;
        if (spec.source != NewVmSpec::Source::ImportDisk) {
            lv::PoolPtr pool(virStoragePoolLookupByName(conn, spec.pool.toUtf8().constData()));
            if (!pool) {
                r.message = lv::lastError();
                return finish();
            }
            quint64 capacity = spec.diskBytes;
            QString backing;
            if (spec.source == NewVmSpec::Source::Template) {
                lv::VolumePtr base(
                    virStorageVolLookupByPath(conn, spec.imagePath.toUtf8().constData()));
                virStorageVolInfo info{};
                if (!base || virStorageVolGetInfo(base.get(), &info) < 0) {
                    r.message = lv::lastError();
                    return finish();
                }
                capacity = std::max<quint64>(capacity, info.capacity);
                backing = u"<backingStore><path>%1</path><format type='%2'/></backingStore>"_s.arg(
                    spec.imagePath.toHtmlEscaped(), diskFormat.toHtmlEscaped());
            }
            const QString volXml = u"<volume><name>%1.qcow2</name><capacity unit='bytes'>%2"
                                   "</capacity><target><format type='qcow2'/></target>%3</volume>"_s
                                       .arg(spec.name.toHtmlEscaped())
                                       .arg(capacity)
                                       .arg(backing);
            created.reset(virStorageVolCreateXML(pool.get(), volXml.toUtf8().constData(), 0));
            if (!created) {
                r.message = tr("Cannot create the disk: %1").arg(lv::lastError());
                return finish();
            }
            diskPath = lv::takeString(virStorageVolGetPath(created.get()));
            diskFormat = u"qcow2"_s;
        }
        xml = buildNewDomainXml(caps, spec, diskPath, diskFormat);
        lv::DomainPtr dom(
            virDomainDefineXMLFlags(conn, xml.toUtf8().constData(), VIR_DOMAIN_DEFINE_VALIDATE));
        if (!dom) {
            r.message = lv::lastError();
            if (created && virStorageVolDelete(created.get(), 0) < 0)
                virResetLastError();
            return finish();
        }
        char buf[VIR_UUID_STRING_BUFLEN] = {};
        virDomainGetUUIDString(dom.get(), buf);
        r.uuid = QString::fromLatin1(buf);
        r.ok = true;
        if (spec.startAfter && virDomainCreate(dom.get()) < 0)
            r.message = tr("Defined, but it did not start: %1").arg(lv::lastError());
        finish();
    });
}

} // namespace virtdeck
