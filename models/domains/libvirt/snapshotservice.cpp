// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotservice.h"

#include "core/connectionmanager.h"
#include "core/libvirt/connection.h"
#include "core/libvirt/domainlookup.h"
#include "core/libvirt/handles.h"

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {

lv::SnapshotPtr snapshotByName(virDomainPtr dom, const QString &name) {
    return lv::SnapshotPtr(virDomainSnapshotLookupByName(dom, name.toUtf8().constData(), 0));
}

} // namespace

SnapshotService::SnapshotService(ConnectionManager *manager, const QString &connectionId,
                                 const QString &uuid, QObject *parent)
    : ConnectionService(manager, connectionId, parent)
    , m_uuid(uuid) {
    qRegisterMetaType<SnapshotInfo>();
    qRegisterMetaType<QList<SnapshotInfo>>();
}

void SnapshotService::list() {
    auto job = [guard = guard<SnapshotService>(), uuid = m_uuid](virConnectPtr conn) {
        QList<SnapshotInfo> out;
        QString error;
        lv::DomainPtr dom = conn ? lv::domainByUuid(conn, uuid) : nullptr;
        if (!conn) {
            error = tr("Not connected");
        } else if (!dom) {
            error = lv::lastError();
        } else {
            virDomainSnapshotPtr *raw = nullptr;
            const int n = virDomainListAllSnapshots(dom.get(), &raw, 0);
            if (n < 0) {
                error = lv::lastError();
            } else {
                for (auto &snap : lv::adoptList<lv::SnapshotPtr>(raw, n)) {
                    SnapshotInfo info;
                    const QString xml = lv::takeString(virDomainSnapshotGetXMLDesc(snap.get(), 0));
                    if (!parseSnapshotXml(xml, &info)) {
                        info.name = QString::fromUtf8(virDomainSnapshotGetName(snap.get()));
                        virResetLastError();
                    }
                    info.current = virDomainSnapshotIsCurrent(snap.get(), 0) == 1;
                    out.append(info);
                }
                out = sortedParentsFirst(out);
            }
        }
        guard.reply([out, error](SnapshotService *self) { Q_EMIT self->listed(out, error); });
    };
    run(Lane::domain(m_uuid), tr("snapshot list"), std::move(job));
}

void SnapshotService::operate(Operation op, const QString &name,
                              std::function<QString(_virConnect *)> work) {
    auto job = [guard = guard<SnapshotService>(), op, name,
                work = std::move(work)](virConnectPtr conn) {
        const QString error = conn ? work(conn) : tr("Not connected");
        guard.reply([op, name, error](SnapshotService *self) {
            Q_EMIT self->finished(op, name, error.isEmpty(), error);
        });
    };
    run(Lane::domain(m_uuid), tr("snapshot %1").arg(name), std::move(job));
}

void SnapshotService::create(const QString &name, const QString &description,
                             bool externalDiskOnly) {
    operate(Operation::Create, name,
            [uuid = m_uuid, name, description, externalDiskOnly](virConnectPtr conn) -> QString {
                lv::DomainPtr dom = lv::domainByUuid(conn, uuid);
                if (!dom)
                    return lv::lastError();
                QString xml = u"<domainsnapshot><name>%1</name>"_s.arg(name.toHtmlEscaped());
                if (!description.isEmpty())
                    xml += u"<description>%1</description>"_s.arg(description.toHtmlEscaped());
                xml += u"</domainsnapshot>"_s;
                unsigned flags = 0;
                if (externalDiskOnly)
                    flags =
                        VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY | VIR_DOMAIN_SNAPSHOT_CREATE_ATOMIC;
                lv::SnapshotPtr snap(
                    virDomainSnapshotCreateXML(dom.get(), xml.toUtf8().constData(), flags));
                return snap ? QString() : lv::lastError();
            });
}

void SnapshotService::revert(const QString &name) {
    operate(Operation::Revert, name, [uuid = m_uuid, name](virConnectPtr conn) -> QString {
        lv::DomainPtr dom = lv::domainByUuid(conn, uuid);
        // No name: the current snapshot (what "revert" means to a scheduled job).
        lv::SnapshotPtr snap = !dom ? nullptr
                               : name.isEmpty()
                                   ? lv::SnapshotPtr(virDomainSnapshotCurrent(dom.get(), 0))
                                   : snapshotByName(dom.get(), name);
        if (!snap)
            return lv::lastError();
        return virDomainRevertToSnapshot(snap.get(), 0) == 0 ? QString() : lv::lastError();
    });
}

void SnapshotService::remove(const QString &name, bool withChildren) {
    operate(Operation::Delete, name,
            [uuid = m_uuid, name, withChildren](virConnectPtr conn) -> QString {
                lv::DomainPtr dom = lv::domainByUuid(conn, uuid);
                lv::SnapshotPtr snap = dom ? snapshotByName(dom.get(), name) : nullptr;
                if (!snap)
                    return lv::lastError();
                const unsigned flags = withChildren ? VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN : 0;
                return virDomainSnapshotDelete(snap.get(), flags) == 0 ? QString()
                                                                       : lv::lastError();
            });
}

QString SnapshotService::outcomeText(Operation op, const QString &snapshot, const QString &vm,
                                     bool ok) {
    switch (op) {
    case Operation::Create:
        return ok ? tr("Snapshot %1 of %2 created").arg(snapshot, vm)
                  : tr("Creating snapshot %1 of %2 failed").arg(snapshot, vm);
    case Operation::Revert:
        return ok ? tr("%2 reverted to snapshot %1").arg(snapshot, vm)
                  : tr("Reverting %2 to snapshot %1 failed").arg(snapshot, vm);
    case Operation::Delete:
        break;
    }
    return ok ? tr("Snapshot %1 of %2 deleted").arg(snapshot, vm)
              : tr("Deleting snapshot %1 of %2 failed").arg(snapshot, vm);
}

} // namespace virtdeck
