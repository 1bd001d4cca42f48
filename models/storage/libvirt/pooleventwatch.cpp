// SPDX-License-Identifier: GPL-3.0-or-later
#include "pooleventwatch.h"

#include <QLoggingCategory>

#include <mutex>

Q_LOGGING_CATEGORY(lcPoolEvents, "virtdeck.libvirt.poolevents", QtWarningMsg)

namespace virtdeck {

struct PoolEventWatch::Sink {
    std::mutex mutex;
    Handler handler; // empty once stopped
};

namespace {

using SinkPtr = std::shared_ptr<PoolEventWatch::Sink>;

void deliver(virStoragePoolPtr pool, void *opaque) {
    auto *sink = static_cast<SinkPtr *>(opaque)->get();
    std::lock_guard lock(sink->mutex);
    if (sink->handler)
        sink->handler(QString::fromUtf8(virStoragePoolGetName(pool)));
}

void lifecycleEvent(virConnectPtr, virStoragePoolPtr pool, int, int, void *opaque) {
    deliver(pool, opaque);
}

void refreshEvent(virConnectPtr, virStoragePoolPtr pool, void *opaque) {
    deliver(pool, opaque);
}

} // namespace

PoolEventWatch::PoolEventWatch(Handler onPool)
    : m_sink(std::make_shared<Sink>()) {
    m_sink->handler = std::move(onPool);
}

PoolEventWatch::~PoolEventWatch() {
    // An event being delivered right now finishes before the lock is ours; none reaches the
    // handler (and its owner, going away) afterwards.
    {
        std::lock_guard lock(m_sink->mutex);
        m_sink->handler = nullptr;
    }
    stop();
}

// The callbacks' opaque pointers stay ours until the watch ends: libvirt 9.0 does not call a
// free callback for a registration whose connection was lost (found by LeakSanitizer in
// tst_integration_qemu), so it gets none.
void *PoolEventWatch::opaque() {
    m_opaques.push_back(std::make_unique<std::shared_ptr<Sink>>(m_sink));
    return m_opaques.back().get();
}

bool PoolEventWatch::watch(virConnectPtr conn) {
    if (!conn)
        return false;
    if (m_conn.get() == conn)
        return true;
    stop();
    m_lifecycle = virConnectStoragePoolEventRegisterAny(
        conn, nullptr, VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE,
        VIR_STORAGE_POOL_EVENT_CALLBACK(&lifecycleEvent), opaque(), nullptr);
    if (m_lifecycle < 0) {
        qCInfo(lcPoolEvents) << "no storage pool events:" << lv::lastError();
        virResetLastError();
        return false;
    }
    m_refresh = virConnectStoragePoolEventRegisterAny(
        conn, nullptr, VIR_STORAGE_POOL_EVENT_ID_REFRESH,
        VIR_STORAGE_POOL_EVENT_CALLBACK(&refreshEvent), opaque(), nullptr);
    if (m_refresh < 0)
        virResetLastError();
    m_conn = lv::retain(conn);
    return true;
}

void PoolEventWatch::stop() {
    if (!m_conn)
        return;
    for (int *id : {&m_lifecycle, &m_refresh}) {
        if (*id >= 0 && virConnectStoragePoolEventDeregisterAny(m_conn.get(), *id) < 0)
            virResetLastError();
        *id = -1;
    }
    m_conn.reset();
}

} // namespace virtdeck
