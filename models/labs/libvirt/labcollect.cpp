// SPDX-License-Identifier: GPL-3.0-or-later
// Collecting files, the libvirt side: the VM must be the student's and shut off; guestfish then
// reads its disks through the same host (labs/labcollect.cpp runs it).
#include "labs/labcollect.h"
#include "labvmops.h"

namespace virtdeck::labvm {

LabVmOutcome collect(virConnectPtr c, const LabVmTask &t, const CancelToken &cancel) {
    LabVmOutcome o = outcomeOf(t);
    lv::DomainPtr dom = labDomain(c, t, o);
    if (!dom)
        return o;
    finishWith(o, dom.get());
    if (t.collectPaths.isEmpty()) {
        o.message = LabVm::tr("No paths to collect: name them in the lab's settings.");
        return o;
    }
    if (isActive(dom.get())) {
        o.message = LabVm::tr("Running: files are collected from a shut-off VM's disk; shut it "
                              "down first.");
        return o;
    }
    const QString uri = lv::takeString(virConnectGetURI(c));
    const LabCollectResult r = collectLabFiles(uri, t.vmName, t.collectPaths, t.collectDir, cancel);
    o.ok = r.ok;
    o.changed = r.changed;
    o.message = r.message;
    return o;
}

} // namespace virtdeck::labvm
