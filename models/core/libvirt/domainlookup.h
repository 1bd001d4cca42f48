// SPDX-License-Identifier: GPL-3.0-or-later
// The libvirt helpers every capability shares for one domain: finding it, its state, its UUID and
// its definition. Any thread, with a connection the caller may use.
#pragma once

#include "core/domaininfo.h"
#include "core/libvirt/handles.h"

namespace virtdeck::lv {

// libvirt's state code as the project's DomainState. VIR_DOMAIN_NOSTATE says nothing, so the
// domain's activity decides (running while it has an id).
DomainState mapState(int state, bool active);
// The domain's state now; Shutoff when libvirt cannot tell (the error is cleared).
DomainState stateOf(virDomainPtr dom);
QString uuidOf(virDomainPtr dom);
// The definition (inactive by default), empty on failure.
QString xmlOf(virDomainPtr dom, unsigned flags = VIR_DOMAIN_XML_INACTIVE);
// By UUID string, then by name. Null when there is none; libvirt's error stays set.
DomainPtr lookupDomain(virConnectPtr conn, const QString &uuidOrName);
// By UUID string only.
DomainPtr domainByUuid(virConnectPtr conn, const QString &uuid);
// By name only; a miss clears libvirt's error (asking is not a failure).
DomainPtr domainByName(virConnectPtr conn, const QString &name);

} // namespace virtdeck::lv
