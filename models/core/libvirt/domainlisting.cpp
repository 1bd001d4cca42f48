// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainlisting.h"

#include "domainlookup.h"
#include "handles.h"

#include <QSet>

#include <algorithm>
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

constexpr unsigned kListingGroups =
    VIR_DOMAIN_STATS_STATE | VIR_DOMAIN_STATS_BALLOON | VIR_DOMAIN_STATS_VCPU;

// The state, balloon and vCPU records of every domain (`doms` empty) or of `doms`, in one call.
// NOWAIT: a domain busy with a long job reports what needs no job instead of blocking us;
// drivers that do not know the flag are asked again without it.
int statsRecords(virConnectPtr conn, std::vector<virDomainPtr> doms,
                 virDomainStatsRecordPtr **records) {
    auto call = [&](unsigned flags) {
        if (doms.empty())
            return virConnectGetAllDomainStats(conn, kListingGroups, records, flags);
        doms.push_back(nullptr); // the list is NULL-terminated
        const int n = virDomainListGetStats(doms.data(), kListingGroups, records, flags);
        doms.pop_back();
        return n;
    };
    int n = call(VIR_CONNECT_GET_ALL_DOMAINS_STATS_NOWAIT);
    if (n < 0 && virGetLastErrorCode() == VIR_ERR_INVALID_ARG) {
        virResetLastError();
        n = call(0);
    }
    return n;
}

// Every domain with its state in one call; vCPUs and memory too where the driver has them.
bool bulkEntries(virConnectPtr conn, const QString &connectionId, std::vector<Entry> *out) {
    virDomainStatsRecordPtr *records = nullptr;
    const int n = statsRecords(conn, {}, &records);
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

// Runs `work(i)` for every i < n with up to kListingCallsInFlight threads (none for a few
// items): on a remote host each per-domain call is a round trip, so several are kept in flight.
template <typename F> void forEachInFlight(size_t n, F work) {
    std::atomic<size_t> next{0};
    auto loop = [&next, n, &work] {
        for (size_t i = next++; i < n; i = next++)
            work(i);
    };
    const size_t threads = std::min(n / 8, size_t(kListingCallsInFlight));
    std::vector<std::jthread> pool;
    for (size_t t = 1; t < threads; ++t)
        pool.emplace_back(loop);
    loop();
    // The jthreads join here, before what `work` touches goes.
}

// vCPUs and memory where the bulk call lacked them (the test driver reports only the state).
void readSizes(std::vector<Entry> &entries) {
    std::vector<Entry *> lacking;
    for (Entry &e : entries)
        if (e.needInfo)
            lacking.push_back(&e);
    forEachInFlight(lacking.size(), [&lacking](size_t i) {
        Entry &e = *lacking[i];
        virDomainInfo di{};
        if (virDomainGetInfo(e.dom.get(), &di) < 0) {
            virResetLastError();
            e.gone = true; // vanished between list and read
            return;
        }
        e.info.state = mapState(di.state, e.info.id >= 0);
        e.info.vcpus = di.nrVirtCpu;
        e.info.memoryBytes = quint64(di.memory) * 1024;
        e.info.maxMemoryBytes = quint64(di.maxMem) * 1024;
    });
}

} // namespace

bool listDomainInfos(virConnectPtr conn, const QString &connectionId, QList<DomainInfo> *out,
                     QString *error, DomainHandles *handles) {
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
    readSizes(entries);
    out->clear();
    out->reserve(qsizetype(entries.size()));
    for (Entry &e : entries) {
        if (e.gone || e.info.uuid.isEmpty())
            continue;
        e.info.autostart = autostart.contains(e.info.uuid);
        e.info.persistent = !transient.contains(e.info.uuid); // unknown counts as persistent
        if (handles)
            (*handles)[e.info.uuid] = std::move(e.dom);
        out->append(std::move(e.info));
    }
    return true;
}

QHash<QString, QString> readTitles(const DomainHandles &handles) {
    std::vector<std::pair<QString, virDomainPtr>> doms;
    for (const auto &[uuid, dom] : handles)
        doms.emplace_back(uuid, dom.get());
    std::vector<QString> titles(doms.size());
    forEachInFlight(doms.size(), [&](size_t i) {
        if (char *title =
                virDomainGetMetadata(doms[i].second, VIR_DOMAIN_METADATA_TITLE, nullptr, 0))
            titles[i] = takeString(title);
        else
            virResetLastError(); // no title is not an error
    });
    QHash<QString, QString> out;
    for (size_t i = 0; i < doms.size(); ++i)
        if (!titles[i].isEmpty())
            out.insert(doms[i].first, titles[i]);
    return out;
}

QStringList refreshStates(virConnectPtr conn, const std::vector<virDomainPtr> &doms,
                          QHash<QString, DomainInfo> *rows) {
    QSet<QString> seen;
    virDomainStatsRecordPtr *records = nullptr;
    const int n = doms.empty() ? 0 : statsRecords(conn, doms, &records);
    if (n < 0)
        virResetLastError();           // every row is read one by one instead
    const StatsRecords owner(records); // an empty answer is an allocated list too
    for (int i = 0; i < n; ++i) {
        const QString uuid = uuidOf(records[i]->dom);
        const auto row = rows->find(uuid);
        if (row == rows->end())
            continue;
        Entry e;
        e.info = *row;
        // The answer's handle carries the domain's id now (a started domain has a new one).
        const unsigned int domId = virDomainGetID(records[i]->dom);
        e.info.id = domId == static_cast<unsigned int>(-1) ? -1 : int(domId);
        fromRecord(*records[i], e);
        *row = e.info;
        seen.insert(uuid);
    }
    QStringList missing;
    for (auto it = rows->cbegin(); it != rows->cend(); ++it)
        if (!seen.contains(it.key()))
            missing.append(it.key());
    return missing;
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
