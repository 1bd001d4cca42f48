// SPDX-License-Identifier: GPL-3.0-or-later
#include "labvm.h"

#include "core/libvirt/domainlookup.h"
#include "labvmops.h"

#include <utility>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace labvm {

LabVmOutcome outcomeOf(const LabVmTask &t) {
    LabVmOutcome o;
    o.task = t;
    return o;
}

LabMarker readLabMarker(virDomainPtr dom) {
    char *m = virDomainGetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT, kLabMetadataUri, 0);
    if (!m) {
        virResetLastError();
        return {};
    }
    return parseLabMarker(lv::takeString(m));
}

bool isActive(virDomainPtr dom) {
    return virDomainIsActive(dom) == 1;
}

bool belongsTo(virDomainPtr dom, const LabVmTask &t, QString *why) {
    const LabMarker m = readLabMarker(dom);
    if (m.lab == t.lab && m.student == t.student && m.role == t.role)
        return true;
    *why = m.lab.isEmpty()
               ? LabVm::tr("A VM named %1 exists but does not belong to a lab; it was left alone.")
                     .arg(t.vmName)
               : LabVm::tr("A VM named %1 belongs to lab %2 (student %3, role %4); it was left "
                           "alone.")
                     .arg(t.vmName, m.lab, m.student, m.role);
    return false;
}

void finishWith(LabVmOutcome &o, virDomainPtr dom) {
    o.exists = dom != nullptr;
    if (dom) {
        o.uuid = lv::uuidOf(dom);
        o.state = lv::stateOf(dom);
        o.templateVersion = readLabMarker(dom).version;
    }
}

lv::DomainPtr labDomain(virConnectPtr c, const LabVmTask &t, LabVmOutcome &o, bool missingIsOk) {
    lv::DomainPtr dom = lv::domainByName(c, t.vmName);
    if (!dom) {
        o.ok = missingIsOk;
        o.message = LabVm::tr("Not provisioned.");
        return nullptr;
    }
    if (!belongsTo(dom.get(), t, &o.message)) {
        finishWith(o, dom.get());
        return nullptr;
    }
    return dom;
}

LabVmOutcome finish(LabVmOutcome o, virDomainPtr dom, const QString &message) {
    o.message = message;
    finishWith(o, dom);
    return o;
}

LabVmOutcome settle(LabVmOutcome o, virDomainPtr dom, int rc) {
    if (rc < 0)
        o.message = lv::lastError();
    o.ok = rc == 0;
    finishWith(o, dom);
    return o;
}

namespace {
// Every operation and the function that runs it (labs/libvirt/lab<operation>.cpp).
const std::pair<LabOperation, Operation> kOperations[] = {
    {LabOperation::Provision, provision}, {LabOperation::Start, start},
    {LabOperation::Shutdown, shutdown},   {LabOperation::ForceOff, forceOff},
    {LabOperation::Snapshot, snapshot},   {LabOperation::Revert, revert},
    {LabOperation::Reset, reset},         {LabOperation::Delete, deleteVm},
    {LabOperation::Status, status},       {LabOperation::ExamStart, examStart},
    {LabOperation::ExamEnd, examEnd},     {LabOperation::Update, update},
    {LabOperation::Check, check},         {LabOperation::IdleStop, idleStop},
    {LabOperation::Collect, collect},
};

Operation operationFor(LabOperation op) {
    for (const auto &[which, run] : kOperations)
        if (which == op)
            return run;
    return status;
}
} // namespace

} // namespace labvm

LabVmOutcome runLabVmTask(virConnectPtr c, const LabVmTask &t, const CancelToken &cancel) {
    const LabVmOutcome o = labvm::operationFor(t.op)(c, t, cancel);
    virResetLastError();
    return o;
}

QList<LabVmStatus> listLabVms(virConnectPtr c, const QString &lab, QString *error) {
    QList<LabVmStatus> out;
    virDomainPtr *raw = nullptr;
    const int n = virConnectListAllDomains(c, &raw, 0);
    if (n < 0) {
        if (error)
            *error = lv::lastError();
        return out;
    }
    for (auto &dom : lv::adoptList<lv::DomainPtr>(raw, n)) {
        const LabMarker m = labvm::readLabMarker(dom.get());
        if (m.lab.isEmpty() || (!lab.isEmpty() && m.lab != lab))
            continue;
        LabVmStatus s;
        s.lab = m.lab;
        s.student = m.student;
        s.role = m.role;
        s.templateVersion = m.version;
        s.uuid = lv::uuidOf(dom.get());
        s.name = QString::fromUtf8(virDomainGetName(dom.get()));
        s.state = lv::stateOf(dom.get());
        out.append(s);
    }
    virResetLastError();
    return out;
}

} // namespace virtdeck
