// SPDX-License-Identifier: GPL-3.0-or-later
// Reads every domain of a host with as few serial round trips as its driver allows. Called on
// the host's connection thread; the per-domain calls left run on a few threads of its own, which
// it joins before it returns.
#pragma once

#include "core/domaininfo.h"
#include "handles.h"

#include <QHash>
#include <QList>

#include <unordered_map>

namespace virtdeck::lv {

// How many per-domain calls a listing keeps in flight at once: libvirtd serves one client's
// calls with max_client_requests (5 by default) workers, and the connection thread's own
// listing call is not among them while it waits here.
inline constexpr int kListingCallsInFlight = 4;

// The domain handles of a listing by UUID, kept so that a later batch of state reads needs no
// lookup round trip per domain.
using DomainHandles = std::unordered_map<QString, DomainPtr>;

// Every domain of `conn`, tagged with `connectionId`, without titles (readTitles() reads them
// after the table is filled); false (and libvirt's message in `error`) when even the list could
// not be read. Domains that vanish while they are read are left out. `handles`, when given,
// receives each listed domain's handle.
bool listDomainInfos(_virConnect *conn, const QString &connectionId, QList<DomainInfo> *out,
                     QString *error, DomainHandles *handles = nullptr);

// The titles of `handles`' domains by UUID, those that have one: libvirt has no bulk call for
// them, so this is one round trip per domain on a remote host, several in flight.
QHash<QString, QString> readTitles(const DomainHandles &handles);

// Re-reads in one call for all of `doms` (virDomainListGetStats) what a lifecycle change alters:
// the state and id, and vCPUs and memory where the driver reports them (the rest stays as it
// was). `rows` holds each domain's previous row by UUID and is updated in place. Returns the
// UUIDs of `rows` the answer lacks (gone, or the call failed): read those one by one.
QStringList refreshStates(_virConnect *conn, const std::vector<_virDomain *> &doms,
                          QHash<QString, DomainInfo> *rows);

// One domain, read with per-domain calls (the single-VM refresh after an event or an action);
// an empty uuid when it vanished.
DomainInfo readDomainInfo(_virDomain *dom, const QString &connectionId);

} // namespace virtdeck::lv
