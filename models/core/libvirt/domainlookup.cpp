// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainlookup.h"

namespace virtdeck::lv {

DomainState mapState(int state, bool active) {
    switch (state) {
    case VIR_DOMAIN_RUNNING:
        return DomainState::Running;
    case VIR_DOMAIN_BLOCKED:
        return DomainState::Blocked;
    case VIR_DOMAIN_PAUSED:
        return DomainState::Paused;
    case VIR_DOMAIN_SHUTDOWN:
        return DomainState::Shutdown;
    case VIR_DOMAIN_CRASHED:
        return DomainState::Crashed;
    case VIR_DOMAIN_PMSUSPENDED:
        return DomainState::PMSuspended;
    case VIR_DOMAIN_SHUTOFF:
        return DomainState::Shutoff;
    default: // VIR_DOMAIN_NOSTATE
        return active ? DomainState::Running : DomainState::Shutoff;
    }
}

DomainState stateOf(virDomainPtr dom) {
    int state = VIR_DOMAIN_NOSTATE, reason = 0;
    if (virDomainGetState(dom, &state, &reason, 0) < 0) {
        virResetLastError();
        return DomainState::Shutoff;
    }
    return mapState(state, state == VIR_DOMAIN_NOSTATE && virDomainIsActive(dom) == 1);
}

QString uuidOf(virDomainPtr dom) {
    char buf[VIR_UUID_STRING_BUFLEN] = {};
    if (virDomainGetUUIDString(dom, buf) < 0)
        return {};
    return QString::fromLatin1(buf);
}

QString xmlOf(virDomainPtr dom, unsigned flags) {
    return takeString(virDomainGetXMLDesc(dom, flags));
}

DomainPtr domainByUuid(virConnectPtr conn, const QString &uuid) {
    return DomainPtr(virDomainLookupByUUIDString(conn, uuid.toLatin1().constData()));
}

DomainPtr domainByName(virConnectPtr conn, const QString &name) {
    DomainPtr d(virDomainLookupByName(conn, name.toUtf8().constData()));
    if (!d)
        virResetLastError();
    return d;
}

DomainPtr lookupDomain(virConnectPtr conn, const QString &uuidOrName) {
    if (DomainPtr d = domainByName(conn, uuidOrName))
        return d;
    return domainByUuid(conn, uuidOrName);
}

} // namespace virtdeck::lv
