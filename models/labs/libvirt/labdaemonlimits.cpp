// SPDX-License-Identifier: GPL-3.0-or-later
#include "labdaemonlimits.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
// A few client places stay free for everyone else (virsh, another console, a reconnect).
constexpr int kSpareClients = 8;

// The admin API is asked through virt-admin, in a process of its own: libvirt-admin.so carries
// its own copy of libvirt's object types, and loaded beside libvirt.so it fails to register
// them with GLib (measured with libvirt 9.0: "cannot register existing type 'virConnect'", then
// a crash). Its output; empty when it failed.
QString virtAdmin(const QString &adminUri, const QStringList &args) {
    QProcess p;
    p.start(u"virt-admin"_s, QStringList{u"-c"_s, adminUri} + args);
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished(1000);
        return {};
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The value of `key : value` in virt-admin's output, or `fallback`.
int valueOf(const QString &out, const QString &key, int fallback) {
    const QRegularExpression line(u"^\\s*"_s + QRegularExpression::escape(key) +
                                      u"\\s*:\\s*(\\d+)"_s,
                                  QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = line.match(out);
    return m.hasMatch() ? m.captured(1).toInt() : fallback;
}

// max_client_requests is not in the admin API: the default daemon's configuration file has it.
int configuredClientRequests(const QString &adminUri, int fallback) {
    if (adminUri != u"libvirtd:///system"_s)
        return fallback;
    QFile conf(u"/etc/libvirt/libvirtd.conf"_s);
    if (!conf.open(QIODevice::ReadOnly))
        return fallback;
    return std::max(1, valueOf(QString::fromUtf8(conf.readAll()).replace(u'=', u':'),
                               u"max_client_requests"_s, fallback));
}
} // namespace

QString labAdminUri(const QString &uri) {
    const QUrl url(uri);
    const QString scheme = url.scheme();
    if ((scheme != u"qemu"_s && scheme != u"qemu+unix"_s) || !url.host().isEmpty())
        return {};
    const QString path = url.path();
    if (path != u"/system"_s && path != u"/session"_s)
        return {};
    QString admin = u"libvirtd://"_s + path;
    const QString socket = QUrlQuery(url).queryItemValue(u"socket"_s);
    if (!socket.isEmpty()) {
        if (!socket.endsWith(u"/libvirt-sock"_s))
            return {};
        admin +=
            u"?socket="_s + socket.chopped(int(qstrlen("libvirt-sock"))) + u"libvirt-admin-sock"_s;
    }
    return admin;
}

LabDaemonLimits readLabDaemonLimits(const QString &uri) {
    LabDaemonLimits limits;
    const QString adminUri = labAdminUri(uri);
    if (adminUri.isEmpty()) {
        limits.source = u"libvirt's defaults (no admin API for a remote or test URI)"_s;
        return limits;
    }
    const QString pool = virtAdmin(adminUri, {u"srv-threadpool-info"_s, u"libvirtd"_s});
    const QString clients = virtAdmin(adminUri, {u"srv-clients-info"_s, u"libvirtd"_s});
    if (pool.isEmpty() || clients.isEmpty()) {
        limits.source = u"libvirt's defaults (the admin API of %1 did not answer)"_s.arg(adminUri);
        return limits;
    }
    limits.maxWorkers = std::max(1, valueOf(pool, u"maxWorkers"_s, limits.maxWorkers));
    limits.maxClients = valueOf(clients, u"nclients_max"_s, limits.maxClients);
    limits.clients = valueOf(clients, u"nclients"_s, limits.clients);
    limits.maxClientRequests = configuredClientRequests(adminUri, limits.maxClientRequests);
    limits.fromDaemon = true;
    limits.source = adminUri;
    return limits;
}

int labDaemonClientsOf(const QString &uri, qint64 pid) {
    const QString adminUri = labAdminUri(uri);
    if (adminUri.isEmpty())
        return -1;
    const QString list = virtAdmin(adminUri, {u"srv-clients-list"_s, u"libvirtd"_s});
    if (list.isEmpty())
        return -1;
    static const QRegularExpression idLine(u"^\\s*(\\d+)\\s"_s,
                                           QRegularExpression::MultilineOption);
    int count = 0;
    for (const QRegularExpressionMatch &m : idLine.globalMatch(list)) {
        const QString info = virtAdmin(adminUri, {u"client-info"_s, u"libvirtd"_s, m.captured(1)});
        count += valueOf(info, u"unix_process_id"_s, -1) == pid ? 1 : 0;
    }
    return count;
}

int labConnectionCount(const LabDaemonLimits &limits, int parallel, int tasks) {
    const int atOnce = std::min(parallel > 0 ? parallel : tasks, tasks);
    const int served = std::min(atOnce, std::max(1, limits.maxWorkers));
    const int perClient = std::max(1, limits.maxClientRequests);
    const int wanted = (served + perClient - 1) / perClient;
    const int freeClients = limits.maxClients - limits.clients - kSpareClients;
    const int count = std::min(wanted, freeClients);
    return count > 1 ? count : 0;
}

} // namespace virtdeck
