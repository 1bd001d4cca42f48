// SPDX-License-Identifier: GPL-3.0-or-later
// Reads every domain of a host with as few serial round trips as its driver allows. Called on
// the host's connection thread; the per-domain calls left run on a few threads of its own, which
// it joins before it returns.
#pragma once

#include "core/domaininfo.h"

#include <QList>

struct _virConnect;
struct _virDomain;

namespace virtdeck::lv {

// How many per-domain calls a listing keeps in flight at once: libvirtd serves one client's
// calls with max_client_requests (5 by default) workers, and the connection thread's own
// listing call is not among them while it waits here.
inline constexpr int kListingCallsInFlight = 4;

// Every domain of `conn`, tagged with `connectionId`; false (and libvirt's message in `error`)
// when even the list could not be read. Domains that vanish while they are read are left out.
bool listDomainInfos(_virConnect *conn, const QString &connectionId, QList<DomainInfo> *out,
                     QString *error);

// One domain, read with per-domain calls (the single-VM refresh after an event or an action);
// an empty uuid when it vanished.
DomainInfo readDomainInfo(_virDomain *dom, const QString &connectionId);

} // namespace virtdeck::lv
