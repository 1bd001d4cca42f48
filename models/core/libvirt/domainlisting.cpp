// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainlisting.h"

#include "domainlookup.h"
#include "handles.h"

#include <QSet>

#include <atomic>
#include <thread>
#include <vector>

namespace virtdeck::lv {

namespace {

struct Entry {
    DomainPtr dom;
    DomainInfo info;
    bool needInfo = true; // the bulk call did not bring vCPUs and memory
    bool gone = false;
};

// Uuids of the domains a filtered listing returns: one call for a flag of every domain
// (autostart, transient) instead of one call per domain. `ok` false when the call failed.
QSet<QString> uuidsWhere(virConnectPtr conn, unsigned flags, bool *ok) {
    virDomainPtr *raw = nullptr;
    const int n = virConnectListAllDomains(conn, &raw, flags);
    QSet<QString> out;
    *ok = n >= 0;
    if (n < 0) {
        virResetLastError();
        return out;
    }
    for (const auto &dom : adoptList<DomainPtr>(raw, n))
        out.insert(uuidOf(dom.get()));
    return out;
}

// Fills what a stats record knows: the state always, vCPUs and memory where the driver reports
// the groups (QEMU does; the test driver only has the state).
void fromRecord(const virDomainStatsRecord &rec, Entry &e) {
    int state = VIR_DOMAIN_NOSTATE;
    virTypedParamsGetInt(rec.params, rec.nparams, "state.state", &state);
    e.info.state = mapState(state, e.info.id >= 0);
    unsigned long long current = 0, maximum = 0;
    unsigned int vcpus = 0;
    if (virTypedParamsGetULLong(rec.params, rec.nparams, "balloon.current", &current) == 1 &&
        virTypedParamsGetULLong(rec.params, rec.nparams, "balloon.maximum", &maximum) == 1 &&
        virTypedParamsGetUInt(rec.params, rec.nparams, "vcpu.current", &vcpus) == 1) {
        e.info.memoryBytes = quint64(current) * 1024;
        e.info.maxMemoryBytes = quint64(maximum) * 1024;
        e.info.vcpus = int(vcpus);
        e.needInfo = false;
    }
}

void identify(Entry &e, const QString &connectionId) {
    e.info.connectionId = connectionId;
    e.info.uuid = uuidOf(e.dom.get());
    e.info.name = QString::fromUtf8(virDomainGetName(e.dom.get()));
    const unsigned int domId = virDomainGetID(e.dom.get());
    e.info.id = domId == static_cast<unsigned int>(-1) ? -1 : int(domId);
}

// Every domain with its state in one call; vCPUs and memory too where the driver has them.
bool bulkEntries(virConnectPtr conn, const QString &connectionId, std::vector<Entry> *out) {
    const unsigned groups =
        VIR_DOMAIN_STATS_STATE | VIR_DOMAIN_STATS_BALLOON | VIR_DOMAIN_STATS_VCPU;
    virDomainStatsRecordPtr *records = nullptr;
    // NOWAIT: a domain busy with a long job reports what needs no job instead of blocking us.
    int n = virConnectGetAllDomainStats(conn, groups, &records,
                                        VIR_CONNECT_GET_ALL_DOMAINS_STATS_NOWAIT);
    if (n < 0 && virGetLastErrorCode() == VIR_ERR_INVALID_ARG) {
        virResetLastError();
        n = virConnectGetAllDomainStats(conn, groups, &records, 0);
    }
    if (n < 0)
        return false;
    const StatsRecords owner(records);
    out->resize(size_t(n));
    for (int i = 0; i < n; ++i) {
        Entry &e = (*out)[size_t(i)];
        // The records hold the domains; each entry keeps a reference of its own.
        virDomainRef(records[i]->dom);
        e.dom.reset(records[i]->dom);
        identify(e, connectionId);
        fromRecord(*records[i], e);
    }
    return true;
}

bool plainEntries(virConnectPtr conn, const QString &connectionId, std::vector<Entry> *out) {
    virDomainPtr *raw = nullptr;
    const int n = virConnectListAllDomains(conn, &raw, 0);
    if (n < 0)
        return false;
    auto list = adoptList<DomainPtr>(raw, n);
    out->resize(list.size());
    for (size_t i = 0; i < list.size(); ++i) {
        (*out)[i].dom = std::move(list[i]);
        identify((*out)[i], connectionId);
    }
    return true;
}

// What only a per-domain call tells: the title, and vCPUs/memory where the bulk call lacked
// them. On a remote host each call is a round trip, so several are kept in flight at once.
void readEach(std::vector<Entry> &entries) {
    std::atomic<size_t> next{0};
    auto work = [&entries, &next] {
        for (size_t i = next++; i < entries.size(); i = next++) {
            Entry &e = entries[i];
            if (e.needInfo) {
                virDomainInfo di{};
                if (virDomainGetInfo(e.dom.get(), &di) < 0) {
                    virResetLastError();
                    e.gone = true; // vanished between list and read
                    continue;
                }
                e.info.state = mapState(di.state, e.info.id >= 0);
                e.info.vcpus = di.nrVirtCpu;
                e.info.memoryBytes = quint64(di.memory) * 1024;
                e.info.maxMemoryBytes = quint64(di.maxMem) * 1024;
            }
            if (char *title =
                    virDomainGetMetadata(e.dom.get(), VIR_DOMAIN_METADATA_TITLE, nullptr, 0))
                e.info.title = takeString(title);
            else
                virResetLastError(); // no title is not an error
        }
    };
    const size_t threads =
        std::min(entries.size() / 8, size_t(kListingCallsInFlight)); // a few VMs: no threads
    std::vector<std::jthread> pool;
    for (size_t t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    // The jthreads join here, before `entries` goes.
}

} // namespace

bool listDomainInfos(virConnectPtr conn, const QString &connectionId, QList<DomainInfo> *out,
                     QString *error) {
    std::vector<Entry> entries;
    if (!bulkEntries(conn, connectionId, &entries)) {
        virResetLastError(); // a driver without the bulk call: list, then read each
        if (!plainEntries(conn, connectionId, &entries)) {
            *error = lastError();
            return false;
        }
    }
    bool autostartOk = false, transientOk = false;
    const QSet<QString> autostart =
        uuidsWhere(conn, VIR_CONNECT_LIST_DOMAINS_AUTOSTART, &autostartOk);
    const QSet<QString> transient =
        uuidsWhere(conn, VIR_CONNECT_LIST_DOMAINS_TRANSIENT, &transientOk);
    readEach(entries);
    out->clear();
    out->reserve(qsizetype(entries.size()));
    for (Entry &e : entries) {
        if (e.gone || e.info.uuid.isEmpty())
            continue;
        e.info.autostart = autostart.contains(e.info.uuid);
        e.info.persistent = !transient.contains(e.info.uuid); // unknown counts as persistent
        out->append(std::move(e.info));
    }
    return true;
}

DomainInfo readDomainInfo(virDomainPtr dom, const QString &connectionId) {
    DomainInfo info;
    virDomainInfo di{};
    if (virDomainGetInfo(dom, &di) < 0) {
        virResetLastError();
        return info;
    }
    info.connectionId = connectionId;
    info.uuid = uuidOf(dom);
    info.name = QString::fromUtf8(virDomainGetName(dom));
    const unsigned int domId = virDomainGetID(dom);
    info.id = domId == static_cast<unsigned int>(-1) ? -1 : int(domId);
    info.state = mapState(di.state, info.id >= 0);
    info.vcpus = di.nrVirtCpu;
    info.memoryBytes = quint64(di.memory) * 1024;
    info.maxMemoryBytes = quint64(di.maxMem) * 1024;
    int autostart = 0;
    if (virDomainGetAutostart(dom, &autostart) < 0)
        virResetLastError();
    info.autostart = autostart != 0;
    const int persistent = virDomainIsPersistent(dom);
    info.persistent = persistent != 0; // -1 (unknown) counts as persistent
    if (char *title = virDomainGetMetadata(dom, VIR_DOMAIN_METADATA_TITLE, nullptr, 0))
        info.title = takeString(title);
    else
        virResetLastError(); // no title is not an error
    return info;
}

} // namespace virtdeck::lv
