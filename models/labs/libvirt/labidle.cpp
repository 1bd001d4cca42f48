// SPDX-License-Identifier: GPL-3.0-or-later
// Idle stop: a running VM whose CPU stayed idle for the lab's idle time is asked to shut down,
// and forced off when it still runs a while after the request. The samples live in the running
// VM's live metadata (gone when it stops).
#include "labs/labsettings.h"
#include "labvmops.h"

#include <QDateTime>
#include <QDomDocument>

#include <algorithm>

namespace virtdeck::labvm {

using namespace Qt::StringLiterals;

namespace {
constexpr const char *kIdleUri = "https://virtdeck.org/xmlns/lab-idle/1";
// The longest wait between the shutdown request and forcing the VM off.
constexpr qint64 kMaxGraceMs = 5 * 60000;

struct IdleSample {
    quint64 cpuNs = 0;
    qint64 atMs = 0;    // when the last sample was taken (0: none)
    qint64 sinceMs = 0; // idle since
    qint64 askedMs = 0; // when a shutdown was requested (0: not)
};

IdleSample readIdleSample(virDomainPtr dom) {
    IdleSample s;
    char *m =
        virDomainGetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT, kIdleUri, VIR_DOMAIN_AFFECT_LIVE);
    if (!m) {
        virResetLastError();
        return s;
    }
    QDomDocument doc;
    if (doc.setContent(lv::takeString(m))) {
        const QDomElement e = doc.documentElement();
        s.cpuNs = e.attribute(u"cpu"_s).toULongLong();
        s.atMs = e.attribute(u"at"_s).toLongLong();
        s.sinceMs = e.attribute(u"since"_s).toLongLong();
        s.askedMs = e.attribute(u"asked"_s).toLongLong();
    }
    return s;
}

void writeIdleSample(virDomainPtr dom, const IdleSample &s) {
    const QByteArray xml = u"<idle cpu='%1' at='%2' since='%3' asked='%4'/>"_s.arg(s.cpuNs)
                               .arg(s.atMs)
                               .arg(s.sinceMs)
                               .arg(s.askedMs)
                               .toUtf8();
    virDomainSetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT, xml.constData(), "vdidle", kIdleUri,
                         VIR_DOMAIN_AFFECT_LIVE);
    virResetLastError();
}

// The VM has been idle for the task's idle time: asks the guest to shut down, or forces the VM
// off when the request is older than the grace time.
void stopIdleVm(virDomainPtr dom, const LabVmTask &t, qint64 now, IdleSample &s, LabVmOutcome &o) {
    const int idleMin = int((now - s.sinceMs) / 60000);
    if (s.askedMs == 0) {
        if (virDomainShutdown(dom) < 0) {
            o.ok = false;
            o.message = lv::lastError();
            return;
        }
        s.askedMs = now;
        o.changed = true;
        o.message = LabVm::tr("Idle for %n minute(s): shutdown requested.", nullptr, idleMin);
    } else if (now - s.askedMs >= std::min<qint64>(t.idleMs, kMaxGraceMs)) {
        if (virDomainDestroy(dom) < 0) {
            o.ok = false;
            o.message = lv::lastError();
            return;
        }
        o.changed = true;
        o.message = LabVm::tr("Idle and still running %n second(s) after the shutdown request: "
                              "forced off.",
                              nullptr, int((now - s.askedMs) / 1000));
    } else {
        o.message = LabVm::tr("Idle; shutdown requested, waiting for the guest.");
    }
}

// One sample of a running VM's CPU time, and what follows from it.
void sampleRunningVm(virDomainPtr dom, const virDomainInfo &info, const LabVmTask &t,
                     LabVmOutcome &o) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    IdleSample s = readIdleSample(dom);
    const bool first = s.atMs == 0;
    const bool idle = labCpuIdle(s.cpuNs, s.atMs, info.cpuTime, now, info.nrVirtCpu);
    s.sinceMs = idle ? (s.sinceMs ? s.sinceMs : s.atMs) : now;
    if (!idle)
        s.askedMs = 0;
    s.cpuNs = info.cpuTime;
    s.atMs = now;
    if (!idle)
        o.message = first ? LabVm::tr("First sample taken; idle time counts from now.")
                          : LabVm::tr("In use.");
    else if (now - s.sinceMs < t.idleMs)
        o.message = LabVm::tr("Idle for %n minute(s); shut down after %1.", nullptr,
                              int((now - s.sinceMs) / 60000))
                        .arg(LabVm::tr("%n minute(s)", nullptr, int(t.idleMs / 60000)));
    else
        stopIdleVm(dom, t, now, s, o);
    if (isActive(dom))
        writeIdleSample(dom, s);
}
} // namespace

LabVmOutcome idleStop(virConnectPtr c, const LabVmTask &t, const CancelToken &) {
    LabVmOutcome o = outcomeOf(t);
    lv::DomainPtr dom = labDomain(c, t, o, true);
    if (!dom)
        return o;
    o.ok = true;
    virDomainInfo info{};
    if (!isActive(dom.get())) {
        o.message = LabVm::tr("Not running.");
    } else if (virDomainGetInfo(dom.get(), &info) < 0) {
        o.ok = false;
        o.message = lv::lastError();
    } else {
        sampleRunningVm(dom.get(), info, t, o);
    }
    finishWith(o, dom.get());
    return o;
}

} // namespace virtdeck::labvm
