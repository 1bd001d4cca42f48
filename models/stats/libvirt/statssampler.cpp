// SPDX-License-Identifier: GPL-3.0-or-later
#include "statssampler.h"

#include "core/libvirt/connection.h"
#include "core/libvirt/handles.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSettings>

#include <atomic>
#include <chrono>
#include <cstring>
#include <mutex>

Q_LOGGING_CATEGORY(lcSampler, "virtdeck.stats.sampler", QtWarningMsg)

namespace virtdeck {

using namespace Qt::StringLiterals;

// Lives with the jobs of one connection; only its connection thread touches the driver flags.
struct StatsSampler::HostState {
    std::atomic<bool> inFlight{false};
    bool bulkUnsupported = false;
    bool noWaitUnsupported = false;
    bool nodeCpuUnsupported = false;
    bool nodeMemoryUnsupported = false;
    int nodeCpuParams = -1;
    int nodeMemoryParams = -1;
};

// Lets jobs still running on a connection thread find the sampler only while it exists.
struct StatsSampler::Relay {
    std::mutex mutex;
    StatsSampler *sampler = nullptr;
};

namespace {

qint64 steadyNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

bool isNoSupport() {
    const virErrorPtr e = virGetLastError();
    return e && (e->code == VIR_ERR_NO_SUPPORT || e->code == VIR_ERR_ARGUMENT_UNSUPPORTED);
}

bool isInvalidFlag() {
    const virErrorPtr e = virGetLastError();
    return e && (e->code == VIR_ERR_INVALID_ARG || e->code == VIR_ERR_ARGUMENT_UNSUPPORTED);
}

quint64 paramValue(const virTypedParameter &p) {
    switch (p.type) {
    case VIR_TYPED_PARAM_INT:
        return quint64(std::max(p.value.i, 0));
    case VIR_TYPED_PARAM_UINT:
        return p.value.ui;
    case VIR_TYPED_PARAM_LLONG:
        return quint64(std::max<long long>(p.value.l, 0));
    case VIR_TYPED_PARAM_ULLONG:
        return p.value.ul;
    default:
        return 0;
    }
}

// The UUID in its canonical text form. virDomainGetUUIDString formats through snprintf, which
// at thousands of domains per tick costs more than the rest of the record parsing together.
QString uuidString(virDomainPtr dom) {
    unsigned char raw[VIR_UUID_BUFLEN];
    if (virDomainGetUUID(dom, raw) < 0) {
        virResetLastError();
        return {};
    }
    static constexpr char hex[] = "0123456789abcdef";
    QString s(36, Qt::Uninitialized);
    QChar *out = s.data();
    for (int i = 0; i < VIR_UUID_BUFLEN; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *out++ = u'-';
        *out++ = QLatin1Char(hex[raw[i] >> 4]);
        *out++ = QLatin1Char(hex[raw[i] & 0xf]);
    }
    return s;
}

// "block.3.rd.bytes" -> "rd.bytes": the part after the device index.
const char *afterIndex(const char *field) {
    while (*field >= '0' && *field <= '9')
        ++field;
    return *field == '.' ? field + 1 : nullptr;
}

void parseRecord(virDomainStatsRecordPtr rec, DomainStatsRecord &out) {
    using F = DomainStatsRecord;
    out.uuid = uuidString(rec->dom);
    for (int i = 0; i < rec->nparams; ++i) {
        const virTypedParameter &p = rec->params[i];
        const char *f = p.field;
        if (std::strncmp(f, "cpu.", 4) == 0) {
            if (std::strcmp(f + 4, "time") == 0) {
                out.cpuTimeNs = paramValue(p);
                out.fields |= F::HasCpuTime;
            }
        } else if (std::strncmp(f, "vcpu.", 5) == 0) {
            if (std::strcmp(f + 5, "current") == 0) {
                out.vcpus = int(paramValue(p));
                out.fields |= F::HasVcpus;
            }
        } else if (std::strncmp(f, "balloon.", 8) == 0) {
            const char *b = f + 8;
            if (std::strcmp(b, "current") == 0) {
                out.balloonCurrentKiB = paramValue(p);
                out.fields |= F::HasBalloonCurrent;
            } else if (std::strcmp(b, "maximum") == 0) {
                out.balloonMaximumKiB = paramValue(p);
                out.fields |= F::HasBalloonMaximum;
            } else if (std::strcmp(b, "rss") == 0) {
                out.balloonRssKiB = paramValue(p);
                out.fields |= F::HasBalloonRss;
            } else if (std::strcmp(b, "usable") == 0) {
                out.balloonUsableKiB = paramValue(p);
                out.fields |= F::HasBalloonUsable;
            } else if (std::strcmp(b, "available") == 0) {
                out.balloonAvailableKiB = paramValue(p);
                out.fields |= F::HasBalloonAvailable;
            }
        } else if (std::strncmp(f, "block.", 6) == 0) {
            // Names and paths come without the domain's job; the counters only with it.
            const char *rest = afterIndex(f + 6);
            if (!rest)
                continue; // block.count
            if (std::strcmp(rest, "rd.bytes") == 0) {
                out.readBytes += paramValue(p);
                ++out.blockDevices;
                out.fields |= F::HasBlock;
            } else if (std::strcmp(rest, "wr.bytes") == 0) {
                out.writeBytes += paramValue(p);
            } else if (std::strcmp(rest, "rd.reqs") == 0) {
                out.readRequests += paramValue(p);
            } else if (std::strcmp(rest, "wr.reqs") == 0) {
                out.writeRequests += paramValue(p);
            }
        } else if (std::strncmp(f, "net.", 4) == 0) {
            const char *rest = afterIndex(f + 4);
            if (!rest) {
                if (std::strcmp(f + 4, "count") == 0) {
                    out.netCount = quint16(paramValue(p));
                    out.fields |= F::HasNetCount;
                }
                continue;
            }
            if (std::strcmp(rest, "rx.bytes") == 0) {
                out.rxBytes += paramValue(p);
                ++out.netDevices;
                out.fields |= F::HasNet;
            } else if (std::strcmp(rest, "tx.bytes") == 0) {
                out.txBytes += paramValue(p);
            }
        }
    }
}

void readNodeCpu(virConnectPtr conn, StatsSampler::HostState &s, HostStatsRecord &out) {
    if (s.nodeCpuUnsupported)
        return;
    if (s.nodeCpuParams < 0) {
        int n = 0;
        if (virNodeGetCPUStats(conn, VIR_NODE_CPU_STATS_ALL_CPUS, nullptr, &n, 0) < 0 || n <= 0) {
            s.nodeCpuUnsupported = isNoSupport();
            virResetLastError();
            return;
        }
        s.nodeCpuParams = n;
    }
    std::vector<virNodeCPUStats> params(size_t(s.nodeCpuParams));
    int n = s.nodeCpuParams;
    if (virNodeGetCPUStats(conn, VIR_NODE_CPU_STATS_ALL_CPUS, params.data(), &n, 0) < 0) {
        virResetLastError();
        return;
    }
    quint64 busy = 0, idle = 0;
    for (int i = 0; i < n; ++i) {
        const char *f = params[size_t(i)].field;
        if (!std::strcmp(f, VIR_NODE_CPU_STATS_KERNEL) || !std::strcmp(f, VIR_NODE_CPU_STATS_USER))
            busy += params[size_t(i)].value;
        else if (!std::strcmp(f, VIR_NODE_CPU_STATS_IDLE) ||
                 !std::strcmp(f, VIR_NODE_CPU_STATS_IOWAIT))
            idle += params[size_t(i)].value;
    }
    out.hasCpu = busy + idle > 0;
    out.cpuBusyNs = busy;
    out.cpuTotalNs = busy + idle;
}

void readNodeMemory(virConnectPtr conn, StatsSampler::HostState &s, HostStatsRecord &out) {
    if (!s.nodeMemoryUnsupported) {
        if (s.nodeMemoryParams < 0) {
            int n = 0;
            if (virNodeGetMemoryStats(conn, VIR_NODE_MEMORY_STATS_ALL_CELLS, nullptr, &n, 0) < 0 ||
                n <= 0) {
                s.nodeMemoryUnsupported = true;
                virResetLastError();
            } else {
                s.nodeMemoryParams = n;
            }
        }
        if (s.nodeMemoryParams > 0) {
            std::vector<virNodeMemoryStats> params(size_t(s.nodeMemoryParams));
            int n = s.nodeMemoryParams;
            if (virNodeGetMemoryStats(conn, VIR_NODE_MEMORY_STATS_ALL_CELLS, params.data(), &n,
                                      0) == 0) {
                quint64 total = 0, available = 0;
                for (int i = 0; i < n; ++i) {
                    const char *f = params[size_t(i)].field;
                    const quint64 v = params[size_t(i)].value * 1024;
                    if (!std::strcmp(f, VIR_NODE_MEMORY_STATS_TOTAL))
                        total = v;
                    else if (!std::strcmp(f, VIR_NODE_MEMORY_STATS_FREE) ||
                             !std::strcmp(f, VIR_NODE_MEMORY_STATS_BUFFERS) ||
                             !std::strcmp(f, VIR_NODE_MEMORY_STATS_CACHED))
                        available += v;
                }
                out.hasMemory = total > 0;
                out.memoryTotalBytes = total;
                out.memoryAvailableBytes = available;
                return;
            }
            virResetLastError();
        }
    }
    // Drivers without node memory stats (the test driver) still know total and free memory.
    virNodeInfo ni{};
    if (virNodeGetInfo(conn, &ni) < 0) {
        virResetLastError();
        return;
    }
    const unsigned long long freeBytes = virNodeGetFreeMemory(conn);
    if (freeBytes == 0) {
        virResetLastError();
        return;
    }
    out.hasMemory = true;
    out.memoryTotalBytes = quint64(ni.memory) * 1024;
    out.memoryAvailableBytes = freeBytes;
}

// For drivers without virConnectGetAllDomainStats: one virDomainGetInfo per active domain.
void readDomainsOneByOne(virConnectPtr conn, StatsBatch &batch) {
    virDomainPtr *raw = nullptr;
    const int n = virConnectListAllDomains(conn, &raw, VIR_CONNECT_LIST_DOMAINS_ACTIVE);
    if (n < 0) {
        batch.error = lv::lastError();
        virResetLastError();
        return;
    }
    const auto list = lv::adoptList<lv::DomainPtr>(raw, n);
    batch.domains.reserve(n);
    for (const auto &dom : list) {
        virDomainInfo info{};
        if (virDomainGetInfo(dom.get(), &info) < 0) {
            virResetLastError();
            continue;
        }
        DomainStatsRecord r;
        r.uuid = uuidString(dom.get());
        r.cpuTimeNs = info.cpuTime;
        r.vcpus = info.nrVirtCpu;
        r.balloonCurrentKiB = info.memory;
        r.fields = DomainStatsRecord::HasCpuTime | DomainStatsRecord::HasVcpus |
                   DomainStatsRecord::HasBalloonCurrent;
        batch.domains.append(std::move(r));
    }
}

} // namespace

std::shared_ptr<StatsSampler::HostState> StatsSampler::makeHostState() {
    return std::make_shared<HostState>();
}

StatsBatch StatsSampler::sampleHost(_virConnect *conn, const QString &connectionId,
                                    HostState &state) {
    StatsBatch batch;
    batch.connectionId = connectionId;
    const qint64 start = steadyNs();

    if (!state.bulkUnsupported) {
        const unsigned groups = VIR_DOMAIN_STATS_CPU_TOTAL | VIR_DOMAIN_STATS_BALLOON |
                                VIR_DOMAIN_STATS_VCPU | VIR_DOMAIN_STATS_BLOCK |
                                VIR_DOMAIN_STATS_INTERFACE;
        unsigned flags = VIR_CONNECT_GET_ALL_DOMAINS_STATS_ACTIVE;
        // Skip a domain busy with a long job (a migration) instead of waiting for it.
        if (!state.noWaitUnsupported)
            flags |= VIR_CONNECT_GET_ALL_DOMAINS_STATS_NOWAIT;
        virDomainStatsRecordPtr *records = nullptr;
        qint64 t0 = steadyNs();
        int n = virConnectGetAllDomainStats(conn, groups, &records, flags);
        if (n < 0 && !state.noWaitUnsupported && isInvalidFlag()) {
            state.noWaitUnsupported = true;
            virResetLastError();
            t0 = steadyNs();
            n = virConnectGetAllDomainStats(conn, groups, &records,
                                            flags & ~VIR_CONNECT_GET_ALL_DOMAINS_STATS_NOWAIT);
        }
        const qint64 t1 = steadyNs();
        batch.monotonicNs = t1;
        batch.wallMs = QDateTime::currentMSecsSinceEpoch();
        if (n >= 0) {
            batch.domains.resize(n);
            for (int i = 0; i < n; ++i)
                parseRecord(records[i], batch.domains[i]);
            const qint64 t2 = steadyNs();
            lv::StatsRecords(records).reset();
            batch.bulkCallNs = (t1 - t0) + (steadyNs() - t2);
        } else if (isNoSupport()) {
            qCInfo(lcSampler) << connectionId << "has no bulk stats; reading domains one by one";
            state.bulkUnsupported = true;
            virResetLastError();
        } else {
            batch.error = lv::lastError();
            virResetLastError();
        }
    }
    if (state.bulkUnsupported) {
        batch.bulk = false;
        batch.monotonicNs = steadyNs();
        batch.wallMs = QDateTime::currentMSecsSinceEpoch();
        readDomainsOneByOne(conn, batch);
    }
    readNodeCpu(conn, state, batch.host);
    readNodeMemory(conn, state, batch.host);
    batch.tickNs = steadyNs() - start;
    return batch;
}

StatsSampler::StatsSampler(QObject *parent)
    : QObject(parent)
    , m_relay(std::make_shared<Relay>()) {
    qRegisterMetaType<StatsBatch>();
    m_relay->sampler = this;
    m_intervalSeconds = storedIntervalSeconds();
    m_timer.setInterval(m_intervalSeconds * 1000);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StatsSampler::tick);
}

StatsSampler::~StatsSampler() {
    std::lock_guard lock(m_relay->mutex);
    m_relay->sampler = nullptr;
}

void StatsSampler::setSource(std::function<QList<Connection *>()> source) {
    m_source = std::move(source);
}

int StatsSampler::storedIntervalSeconds() {
    bool ok = false;
    const int s = QSettings().value(u"preferences/statsInterval"_s).toInt(&ok);
    return ok ? std::clamp(s, kMinInterval, kMaxInterval) : kDefaultInterval;
}

void StatsSampler::setIntervalSeconds(int seconds) {
    seconds = std::clamp(seconds, kMinInterval, kMaxInterval);
    if (seconds == m_intervalSeconds)
        return;
    m_intervalSeconds = seconds;
    m_timer.setInterval(seconds * 1000);
    Q_EMIT intervalChanged(seconds);
}

void StatsSampler::start() {
    m_timer.start();
}

void StatsSampler::stop() {
    m_timer.stop();
}

void StatsSampler::tick() {
    if (!m_source)
        return;
    const auto connections = m_source();
    for (Connection *c : connections)
        sample(c);
}

void StatsSampler::sample(Connection *connection) {
    if (!connection || connection->state() != ConnectionState::Connected)
        return;
    const QString id = connection->id();
    auto &state = m_hosts[id];
    if (!state)
        state = makeHostState();
    // A slow host (a remote one over ssh) skips ticks rather than queueing them up.
    if (state->inFlight.exchange(true))
        return;
    connection->post(this, [state, id, relay = m_relay](_virConnect *conn) {
        if (!conn) {
            state->inFlight = false;
            return;
        }
        StatsBatch batch = sampleHost(conn, id, *state);
        state->inFlight = false;
        qCDebug(lcSampler).nospace()
            << "tick " << id << " domains=" << batch.domains.size()
            << " tick_us=" << batch.tickNs / 1000 << " bulk_us=" << batch.bulkCallNs / 1000;
        std::lock_guard lock(relay->mutex);
        if (StatsSampler *s = relay->sampler)
            QMetaObject::invokeMethod(
                s, [s, batch = std::move(batch)] { Q_EMIT s->sampled(batch); },
                Qt::QueuedConnection);
    });
}

} // namespace virtdeck
