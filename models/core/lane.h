// SPDX-License-Identifier: GPL-3.0-or-later
// Which queue of a host a libvirt call waits in: the host lane (listing, refresh, host info: the
// connection thread), the storage lane, or the lane of one domain. Calls of one lane run in order;
// different lanes run side by side, so a call stuck on one VM holds up that VM alone. A value
// type, usable on any thread.
#pragma once

#include <QString>

namespace virtdeck {

struct Lane {
    enum class Kind : quint8 { Host, Storage, Domain };

    Kind kind = Kind::Host;
    QString uuid; // Domain lanes only

    static Lane host() { return {}; }
    static Lane storage() { return {Kind::Storage, {}}; }
    static Lane domain(const QString &uuid) { return {Kind::Domain, uuid}; }

    // The key calls are queued under: equal keys, one queue.
    QString key() const;
    friend bool operator==(const Lane &, const Lane &) = default;
};

} // namespace virtdeck
