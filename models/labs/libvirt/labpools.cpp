// SPDX-License-Identifier: GPL-3.0-or-later
#include "labpools.h"

#include "core/libvirt/domainlookup.h"
#include "core/libvirt/handles.h"
#include "labs/labdomainxml.h"
#include "labs/labvmtask.h"
#include "storage/storagexml.h"

#include <QDir>
#include <QFileInfo>

#include <vector>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
// A pool of the host and the folder it covers.
struct HostPool {
    lv::PoolPtr pool;
    QString name;
    QString path; // cleaned
    bool active = false;
};

std::vector<HostPool> hostPools(virConnectPtr c) {
    std::vector<HostPool> out;
    virStoragePoolPtr *raw = nullptr;
    const int n = virConnectListAllStoragePools(c, &raw, 0);
    for (lv::PoolPtr &p : lv::adoptList<lv::PoolPtr>(raw, n)) {
        HostPool h;
        h.name = QString::fromUtf8(virStoragePoolGetName(p.get()));
        h.path = QDir::cleanPath(
            parsePoolXml(lv::takeString(virStoragePoolGetXMLDesc(p.get(), 0))).targetPath);
        h.active = virStoragePoolIsActive(p.get()) == 1;
        h.pool = std::move(p);
        out.push_back(std::move(h));
    }
    virResetLastError();
    return out;
}

bool inPool(virConnectPtr c, const QString &path) {
    const QByteArray p = path.toUtf8();
    lv::VolumePtr v(virStorageVolLookupByPath(c, p.constData()));
    virResetLastError();
    return v != nullptr;
}

// The disk's folder has a pool that is not running: start it (and keep it started).
bool startPool(HostPool &h, QString *error) {
    if (virStoragePoolCreate(h.pool.get(), 0) < 0) {
        *error = lv::lastError();
        return false;
    }
    virStoragePoolSetAutostart(h.pool.get(), 1);
    virResetLastError();
    h.active = true;
    return true;
}

// One template disk that no running pool lists: refresh, start or define (with `define`), or a gap.
void prepareDisk(virConnectPtr c, std::vector<HostPool> &pools, const LabPoolGap &gap, bool define,
                 LabPoolPrep *out) {
    HostPool *there = nullptr;
    for (HostPool &h : pools)
        if (h.path == gap.directory)
            there = &h;
    if (there && there->active) {
        // A file put there after the pool's last look: refreshing finds it.
        virStoragePoolRefresh(there->pool.get(), 0);
        virResetLastError();
        if (inPool(c, gap.disk))
            return;
    }
    LabPoolGap g = gap;
    g.pool = there ? there->name : QString();
    if (!define) {
        out->gaps << g;
        return;
    }
    QString error, name = g.pool;
    if (there && !there->active && !startPool(*there, &error))
        out->errors << LabVm::tr("%1: the storage pool %2 on %3 does not start: %4")
                           .arg(g.host, g.pool, g.directory, error);
    else if (!there && (name = defineLabDirectoryPool(c, g.directory, &error)).isEmpty())
        out->errors << LabVm::tr("%1: no storage pool could be defined on %2: %3")
                           .arg(g.host, g.directory, error);
    else if (there)
        out->done << LabVm::tr("%1: started the storage pool %2 on %3 (autostarted from now on).")
                         .arg(g.host, name, g.directory);
    else
        out->done << LabVm::tr("%1: defined the storage pool %2 on %3 (a directory pool, started "
                               "and autostarted); the students' disks go there.")
                         .arg(g.host, name, g.directory);
    if (!error.isEmpty()) {
        out->gaps << g;
        return;
    }
    pools = hostPools(c);
    if (!inPool(c, g.disk))
        out->errors << LabVm::tr("%1: %2 is still in no storage pool.").arg(g.host, g.disk);
}
} // namespace

QString defineLabDirectoryPool(virConnectPtr c, const QString &directory, QString *error) {
    QStringList taken;
    for (const HostPool &h : hostPools(c))
        taken << h.name;
    const QString name = labPoolName(directory, taken);
    const QByteArray xml = dirPoolXml(name, directory).toUtf8();
    lv::PoolPtr pool(virStoragePoolDefineXML(c, xml.constData(), 0));
    if (!pool) {
        *error = lv::lastError();
        return {};
    }
    // No build: the folder is there (it holds the template's disk) and keeps its owner and mode.
    if (virStoragePoolCreate(pool.get(), 0) < 0 || virStoragePoolSetAutostart(pool.get(), 1) < 0) {
        *error = lv::lastError();
        virStoragePoolUndefine(pool.get());
        virResetLastError();
        return {};
    }
    return name;
}

LabPoolPrep prepareLabPools(virConnectPtr c, const QString &host, const QStringList &templates,
                            bool define) {
    LabPoolPrep out;
    std::vector<HostPool> pools = hostPools(c);
    QStringList seen;
    for (const QString &tmpl : templates) {
        const lv::DomainPtr dom = lv::domainByName(c, tmpl);
        if (!dom)
            continue; // the host lacks it: the lab says so elsewhere
        for (const LabDiskRef &d : labFileDisks(lv::xmlOf(dom.get()))) {
            const QString dir = QDir::cleanPath(QFileInfo(d.path).absolutePath());
            if (seen.contains(dir) || inPool(c, d.path))
                continue;
            seen << dir;
            prepareDisk(c, pools, {host, dir, tmpl, d.path, {}}, define, &out);
        }
    }
    virResetLastError();
    return out;
}

} // namespace virtdeck
