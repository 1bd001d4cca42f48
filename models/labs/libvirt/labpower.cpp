// SPDX-License-Identifier: GPL-3.0-or-later
// A lab VM's life: start, shut down, force off, snapshot and revert, the exam (a snapshot and the
// network cut, then restored), its status, and its deletion with the volumes the lab made.
#include "core/libvirt/domainlookup.h"
#include "labs/labdomainxml.h"
#include "labvm.h"
#include "labvmops.h"

#include <QElapsedTimer>

#include <chrono>
#include <thread>
#include <vector>

namespace virtdeck::labvm {

using namespace Qt::StringLiterals;

namespace {
// The running VM's IP addresses: DHCP leases, else the host's ARP table.
QStringList addressesOf(virDomainPtr dom) {
    QStringList out;
    for (int source :
         {VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_LEASE, VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_ARP}) {
        virDomainInterfacePtr *ifaces = nullptr;
        const int n = virDomainInterfaceAddresses(dom, &ifaces, unsigned(source), 0);
        for (const lv::InterfacePtr &iface : lv::adoptList<lv::InterfacePtr>(ifaces, n))
            for (unsigned j = 0; j < iface->naddrs; ++j)
                out << QString::fromUtf8(iface->addrs[j].addr);
        if (!out.isEmpty())
            break;
    }
    virResetLastError();
    out.removeDuplicates();
    return out;
}

int createSnapshot(virDomainPtr dom, const QString &name, const QString &description) {
    const QString xml =
        u"<domainsnapshot><name>%1</name><description>%2</description>"
        "</domainsnapshot>"_s.arg(name.toHtmlEscaped(), description.toHtmlEscaped());
    const QByteArray x = xml.toUtf8();
    const lv::SnapshotPtr s(virDomainSnapshotCreateXML(dom, x.constData(), 0));
    return s ? 0 : -1;
}

// Runs `call` on the running VM (shutdown, destroy), or says it is off already.
LabVmOutcome stopWith(virConnectPtr c, const LabVmTask &t, int (*call)(virDomainPtr),
                      const QString &done) {
    LabVmOutcome o = outcomeOf(t);
    lv::DomainPtr dom = labDomain(c, t, o);
    if (!dom)
        return o;
    int rc = 0;
    if (isActive(dom.get())) {
        QElapsedTimer step;
        step.start();
        rc = call(dom.get());
        o.phases.destroyMs = qint32(step.elapsed());
        o.changed = rc == 0;
        o.message = done;
    } else {
        o.message = LabVm::tr("Already off.");
    }
    return settle(o, dom.get(), rc);
}

// Undefines the VM with what libvirt keeps beside it (managed save, snapshot and checkpoint
// records, NVRAM). False with libvirt's error set when it stays.
bool undefine(virDomainPtr dom) {
    const unsigned flags = VIR_DOMAIN_UNDEFINE_MANAGED_SAVE |
                           VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA |
                           VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA | VIR_DOMAIN_UNDEFINE_NVRAM;
    // Older drivers (and the test driver) refuse the checkpoint and NVRAM flags: retry without.
    return virDomainUndefineFlags(dom, flags) == 0 ||
           virDomainUndefineFlags(dom, VIR_DOMAIN_UNDEFINE_MANAGED_SAVE |
                                           VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA) == 0;
}
} // namespace

LabVmOutcome start(virConnectPtr c, const LabVmTask &t, const CancelToken &) {
    LabVmOutcome o = outcomeOf(t);
    lv::DomainPtr dom = labDomain(c, t, o);
    if (!dom)
        return o;
    if (isActive(dom.get())) {
        o.message = LabVm::tr("Already running.");
        return settle(o, dom.get(), 0);
    }
    if (const QStringList broken = chainProblems(c, dom.get()); !broken.isEmpty())
        return finish(o, dom.get(),
                      LabVm::tr("Not started, its disks are broken: %1").arg(broken.join(u' ')));
    QElapsedTimer step;
    step.start();
    const int rc = virDomainCreate(dom.get());
    o.phases.startMs = qint32(step.elapsed());
    o.changed = rc == 0;
    o.message = LabVm::tr("Started.");
    return settle(o, dom.get(), rc);
}

LabVmOutcome shutdown(virConnectPtr c, const LabVmTask &t, const CancelToken &cancel) {
    LabVmOutcome out = outcomeOf(t);
    shutdownLabVms(c, {t}, cancel, [&out](const LabVmOutcome &o) { out = o; });
    return out;
}

LabVmOutcome forceOff(virConnectPtr c, const LabVmTask &t, const CancelToken &) {
    return stopWith(c, t, virDomainDestroy, LabVm::tr("Forced off."));
}

LabVmOutcome snapshot(virConnectPtr c, const LabVmTask &t, const CancelToken &) {
    LabVmOutcome o = outcomeOf(t);
    lv::DomainPtr dom = labDomain(c, t, o);
    if (!dom)
        return o;
    const int rc = createSnapshot(dom.get(), t.snapshot, LabVm::tr("Lab snapshot"));
    o.changed = rc == 0;
    o.message = LabVm::tr("Snapshot \"%1\" taken.").arg(t.snapshot);
    return settle(o, dom.get(), rc);
}

LabVmOutcome revert(virConnectPtr c, const LabVmTask &t, const CancelToken &) {
    LabVmOutcome o = outcomeOf(t);
    lv::DomainPtr dom = labDomain(c, t, o);
    if (!dom)
        return o;
    const QByteArray name = t.snapshot.toUtf8();
    const lv::SnapshotPtr s(virDomainSnapshotLookupByName(dom.get(), name.constData(), 0));
    const int rc = s ? virDomainRevertToSnapshot(s.get(), 0) : -1;
    o.changed = rc == 0;
    o.message = LabVm::tr("Reverted to \"%1\".").arg(t.snapshot);
    return settle(o, dom.get(), rc);
}

// The exam begins: a snapshot of every VM, then its network cut (links down).
LabVmOutcome examStart(virConnectPtr c, const LabVmTask &t, const CancelToken &) {
    LabVmOutcome o = outcomeOf(t);
    lv::DomainPtr dom = labDomain(c, t, o);
    if (!dom)
        return o;
    const int rc = createSnapshot(dom.get(), t.snapshot, LabVm::tr("Exam snapshot"));
    if (rc < 0)
        return settle(o, dom.get(), rc);
    QString why;
    if (labInterfaceMacs(lv::xmlOf(dom.get())).isEmpty()) {
        o.changed = true;
        o.message = LabVm::tr("Snapshot \"%1\" taken; no network interface — nothing to cut.")
                        .arg(t.snapshot);
        return settle(o, dom.get(), 0);
    }
    if (!setLinks(dom.get(), false, &why))
        return finish(
            o, dom.get(),
            LabVm::tr("Snapshot \"%1\" taken, but the network stays up: %2").arg(t.snapshot, why));
    o.changed = true;
    o.message = LabVm::tr("Snapshot \"%1\" taken; network cut.").arg(t.snapshot);
    return settle(o, dom.get(), 0);
}

// The exam ends: the network restored (links up).
LabVmOutcome examEnd(virConnectPtr c, const LabVmTask &t, const CancelToken &) {
    LabVmOutcome o = outcomeOf(t);
    lv::DomainPtr dom = labDomain(c, t, o);
    if (!dom)
        return o;
    QString why;
    if (labInterfaceMacs(lv::xmlOf(dom.get())).isEmpty()) {
        o.message = LabVm::tr("No network interface — nothing to restore.");
        return settle(o, dom.get(), 0);
    }
    if (!setLinks(dom.get(), true, &why))
        return finish(o, dom.get(), why);
    o.changed = true;
    o.message = LabVm::tr("Network restored.");
    return settle(o, dom.get(), 0);
}

LabVmOutcome status(virConnectPtr c, const LabVmTask &t, const CancelToken &) {
    LabVmOutcome o = outcomeOf(t);
    lv::DomainPtr dom = labDomain(c, t, o, true);
    if (!dom)
        return o;
    o.message = domainStateText(lv::stateOf(dom.get()));
    const QString xml = lv::xmlOf(dom.get(), VIR_DOMAIN_XML_INACTIVE);
    o.macs = labInterfaceMacs(xml);
    o.network = labInterfaceNetwork(xml);
    if (isActive(dom.get()))
        o.addresses = addressesOf(dom.get());
    return settle(o, dom.get(), 0);
}

// Deletes the VM and the volumes the lab made for it; without a VM, the volumes an interrupted
// provision left behind.
LabVmOutcome deleteVm(virConnectPtr c, const LabVmTask &t, const CancelToken &) {
    LabVmOutcome o = outcomeOf(t);
    lv::DomainPtr dom = lv::domainByName(c, t.vmName);
    QHash<QString, QString> templateByDev;
    if (lv::DomainPtr tmpl = lv::domainByName(c, t.templateVm))
        templateByDev = disksByDev(lv::xmlOf(tmpl.get()));
    if (!dom) {
        const int removed = removeLeftoverVolumes(c, t, templateByDev);
        o.ok = true;
        o.changed = removed > 0;
        o.message = removed ? LabVm::tr("Removed %n leftover overlay(s).", nullptr, removed)
                            : LabVm::tr("Not there.");
        return o;
    }
    if (!belongsTo(dom.get(), t, &o.message))
        return finish(o, dom.get(), o.message);
    std::vector<lv::VolumePtr> volumes = labVolumesOf(c, dom.get(), t, templateByDev);
    if ((isActive(dom.get()) && virDomainDestroy(dom.get()) < 0) || !undefine(dom.get()))
        return finish(o, dom.get(), lv::lastError());
    releaseAddress(c, t);
    for (auto &v : volumes)
        if (virStorageVolDelete(v.get(), 0) < 0) {
            o.message = LabVm::tr("The VM is gone but an overlay stayed: %1").arg(lv::lastError());
            return o;
        }
    o.ok = true;
    o.changed = true;
    o.message = LabVm::tr("Deleted with %n overlay(s).", nullptr, int(volumes.size()));
    return o;
}

namespace {
// A VM asked to shut down whose power-off is awaited.
struct Stopping {
    LabVmOutcome outcome;
    lv::DomainPtr dom;
};

// The ACPI request to the task's VM: the VM to wait for, or null when its outcome is final
// (not there, not the lab's, already off, refused) and delivered.
lv::DomainPtr requestShutdown(virConnectPtr c, LabVmOutcome &o,
                              const std::function<void(const LabVmOutcome &)> &deliver) {
    lv::DomainPtr dom = labDomain(c, o.task, o);
    if (!dom) {
        deliver(o);
    } else if (!isActive(dom.get())) {
        o.message = LabVm::tr("Already off.");
        deliver(settle(o, dom.get(), 0));
    } else if (virDomainShutdown(dom.get()) < 0) {
        deliver(settle(o, dom.get(), -1));
    } else {
        return dom;
    }
    virResetLastError();
    return nullptr;
}

// Delivers the VMs that are off now and drops them from `waiting`.
void deliverStopped(std::vector<Stopping> &waiting, qint64 elapsedMs,
                    const std::function<void(const LabVmOutcome &)> &deliver) {
    std::erase_if(waiting, [&](Stopping &s) {
        if (isActive(s.dom.get()))
            return false;
        virResetLastError(); // a transient VM that is gone is off too
        s.outcome.ok = true;
        s.outcome.changed = true;
        deliver(finish(s.outcome, s.dom.get(),
                       LabVm::tr("Shut down after %n second(s).", nullptr,
                                 int(std::max<qint64>(1, (elapsedMs + 999) / 1000)))));
        return true;
    });
}

// The end of the wait for a VM still running: forced off, or a failure that says so.
LabVmOutcome stillRunning(Stopping &s, int waitSeconds, bool cancelled) {
    LabVmOutcome o = s.outcome;
    if (cancelled)
        return finish(o, s.dom.get(), LabVm::tr("Still running: the wait was cancelled."));
    if (!o.task.forceAfterWait)
        return finish(o, s.dom.get(),
                      LabVm::tr("Not stopped after %n second(s): the guest ignored the shutdown "
                                "request.",
                                nullptr, waitSeconds));
    const int rc = virDomainDestroy(s.dom.get());
    o.changed = rc == 0;
    o.message = LabVm::tr("Forced off after %n second(s): the guest ignored the shutdown request.",
                          nullptr, waitSeconds);
    return settle(o, s.dom.get(), rc);
}
} // namespace

} // namespace virtdeck::labvm

namespace virtdeck {

void shutdownLabVms(virConnectPtr c, const QList<LabVmTask> &tasks, const CancelToken &cancel,
                    const std::function<void(const LabVmOutcome &)> &deliver) {
    using namespace labvm;
    if (tasks.isEmpty())
        return;
    const int waitSeconds = std::max(0, tasks.first().waitSeconds);
    std::vector<Stopping> waiting;
    for (const LabVmTask &t : tasks) {
        LabVmOutcome o = outcomeOf(t);
        if (cancel.isCancelled()) {
            o.message = LabVm::tr("Not started: the work was cancelled.");
            deliver(o);
        } else if (lv::DomainPtr dom = requestShutdown(c, o, deliver)) {
            waiting.push_back({o, std::move(dom)});
        }
    }
    // Every VM waits at once: the whole lab takes the timeout at most, not the timeout per VM.
    QElapsedTimer clock;
    clock.start();
    const qint64 deadlineMs = qint64(waitSeconds) * 1000;
    for (;;) {
        deliverStopped(waiting, clock.elapsed(), deliver);
        if (waiting.empty() || cancel.isCancelled() || clock.elapsed() >= deadlineMs)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(250));
    }
    for (Stopping &s : waiting)
        deliver(stillRunning(s, waitSeconds, cancel.isCancelled()));
    virResetLastError();
}

} // namespace virtdeck
