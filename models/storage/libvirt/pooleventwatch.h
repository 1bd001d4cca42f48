// SPDX-License-Identifier: GPL-3.0-or-later
// libvirt's storage pool events (lifecycle: defined, started, stopped, deleted…; refresh: a
// client ran virStoragePoolRefresh) on one host connection, each turned into a call of
// `onPool(poolName)` on the libvirt event loop thread, which must only queue work. libvirt sends
// no event when a volume is created or deleted, by this app or another client: those show at
// the next pool event, the app's own change notices or a refresh (F5). Lives on the host's
// connection thread: the StorageService owning it arms and stops it there.
#pragma once

#include "core/libvirt/handles.h"

#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace virtdeck {

class PoolEventWatch {
public:
    using Handler = std::function<void(const QString &pool)>;
    explicit PoolEventWatch(Handler onPool);
    ~PoolEventWatch();
    PoolEventWatch(const PoolEventWatch &) = delete;
    PoolEventWatch &operator=(const PoolEventWatch &) = delete;

    // Registers on `conn` unless already registered there (a reconnect brings a new one).
    // False when the driver has no pool events; the watch then stays off.
    bool watch(virConnectPtr conn);
    // Deregisters (before the host's connection closes: a registration keeps it open).
    void stop();
    bool isWatching() const { return bool(m_conn); }

    struct Sink; // shared with libvirt's callbacks; outlives a stop() in flight

private:
    std::shared_ptr<Sink> m_sink;
    lv::ConnectPtr m_conn; // our own reference: deregistering needs the connection
    int m_lifecycle = -1;
    int m_refresh = -1;
    void *opaque();
    std::vector<std::unique_ptr<std::shared_ptr<Sink>>> m_opaques; // handed to libvirt
};

} // namespace virtdeck
