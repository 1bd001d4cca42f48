// SPDX-License-Identifier: GPL-3.0-or-later
// How many libvirt connections a lab batch opens to one host: libvirtd serves at most
// max_client_requests calls of one client at once and max_workers calls in all, so a batch of
// many slow calls (a destroy of a running TCG guest takes ~2 s inside libvirtd) needs several
// clients to use the daemon. The limits are read from the daemon itself through the admin API
// (virt-admin) where it is reachable (a local daemon, as root); otherwise libvirt's documented
// defaults. Value types and functions, usable on any thread; readLabDaemonLimits() and
// labDaemonClientsOf() wait for virt-admin: call them off the GUI thread.
#pragma once

#include <QString>

namespace virtdeck {

struct LabDaemonLimits {
    // libvirt's documented defaults (libvirtd.conf), used where the daemon cannot be asked.
    int maxWorkers = 20;       // max_workers: calls served at once, all clients together
    int maxClientRequests = 5; // max_client_requests: calls of one client served at once
    int maxClients = 5000;     // max_clients
    int clients = 0;           // clients connected now
    bool fromDaemon = false;   // read through the admin API (else the defaults above)
    QString source;            // where the figures come from, for the log
};

// The admin URI of the daemon behind a local hypervisor URI (qemu:///system ->
// libvirtd:///system, a ?socket= of libvirt-sock -> that folder's libvirt-admin-sock); empty
// for a remote or test URI, whose daemon the admin API cannot reach.
QString labAdminUri(const QString &uri);
// The limits of the daemon behind `uri`, read through the admin API when labAdminUri() names
// one and it answers; otherwise the defaults, `source` saying why.
LabDaemonLimits readLabDaemonLimits(const QString &uri);
// How many clients of process `pid` the daemon behind `uri` serves now (virt-admin, a call per
// client: for tests and diagnostics);
// -1 when it cannot be asked. What proves how many connections a batch really opened.
int labDaemonClientsOf(const QString &uri, qint64 pid);
// The connections of its own a batch of `tasks` VM operations opens, at most `parallel` at once
// (the user's per-host limit; <= 0: no limit): enough that the daemon serves every call the
// batch makes at once, never more than its workers can serve or its free client places. 0 when
// one client is enough: the batch then keeps the host's own connection.
int labConnectionCount(const LabDaemonLimits &limits, int parallel, int tasks);

} // namespace virtdeck
