// SPDX-License-Identifier: GPL-3.0-or-later
#include "labsettings.h"

#include "scheduler/planner.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
const char *const kModes[] = {"template", "shared", "student", "group"};

// Dotted IPv4 to a number; false when it is not one.
bool parseIpv4(const QString &text, quint32 *out) {
    const QStringList parts = text.split(u'.');
    if (parts.size() != 4)
        return false;
    quint32 v = 0;
    for (const QString &p : parts) {
        bool ok = false;
        const uint n = p.toUInt(&ok);
        if (!ok || n > 255 || p.isEmpty() || p.size() > 3)
            return false;
        v = (v << 8) | n;
    }
    *out = v;
    return true;
}

QString ipv4Text(quint32 v) {
    return u"%1.%2.%3.%4"_s.arg(v >> 24).arg((v >> 16) & 255).arg((v >> 8) & 255).arg(v & 255);
}

bool validPrefix(const QString &prefix) {
    quint32 ignored = 0;
    return parseIpv4(prefix + u".0.0"_s, &ignored);
}

QString sanitized(const QString &s) {
    QString out;
    for (const QChar c : s)
        out += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'-' || c == u'_' ? c : u'-';
    return out;
}
} // namespace

QString labNetworkModeName(LabNetworkMode m) {
    return QString::fromLatin1(kModes[int(m)]);
}

bool labNetworkModeFromName(const QString &name, LabNetworkMode *out) {
    for (int i = 0; i < 4; ++i)
        if (name.trimmed().compare(QLatin1String(kModes[i]), Qt::CaseInsensitive) == 0) {
            *out = LabNetworkMode(i);
            return true;
        }
    return false;
}

namespace {
// The settings' JSON read field by field: a value of the wrong type or out of its range is named.
class SettingsReader {
public:
    QString why;

    void text(const QJsonObject &o, const QString &key, QString *out) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || !why.isEmpty())
            return;
        if (!v.isString())
            why = LabSettings::tr("The setting \"%1\" must be a text.").arg(key);
        else
            *out = v.toString();
    }
    void texts(const QJsonObject &o, const QString &key, QStringList *out) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || !why.isEmpty())
            return;
        const QJsonArray a = v.toArray();
        if (!v.isArray() || a.size() > 64 ||
            std::any_of(a.cbegin(), a.cend(), [](const QJsonValue &x) { return !x.isString(); }))
            why =
                LabSettings::tr("The setting \"%1\" must be a list of at most 64 texts.").arg(key);
        for (const QJsonValue &x : a)
            *out << x.toString();
    }
    // `path` names the value in the message ("stagger.batch"), `what` says what it is ("the idle
    // time").
    void number(const QJsonObject &o, const QString &key, const QString &path, const QString &what,
                int min, int max, int *out) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || !why.isEmpty())
            return;
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || !(d >= min && d <= max) || d != std::floor(d))
            why = LabSettings::tr("The setting \"%1\" (%2) is %3; it takes a whole number from %4 "
                                  "to %5.")
                      .arg(path, what, jsonText(v))
                      .arg(min)
                      .arg(max);
        else
            *out = int(d);
    }

    void flag(const QJsonObject &o, const QString &key, bool *out) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || !why.isEmpty())
            return;
        if (!v.isBool())
            why = LabSettings::tr("The setting \"%1\" is true or false.").arg(key);
        else
            *out = v.toBool();
    }

private:
    // A value as JSON writes it, shortened: what the message shows of a bad value.
    static QString jsonText(const QJsonValue &v) {
        const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(a.mid(1, a.size() - 2)).left(40);
    }
};

// The fields of the settings' document into `r`; empty when they were all readable.
QString readSettings(const QJsonObject &o, LabSettings *r) {
    SettingsReader read;
    const QJsonObject net = o.value(u"network"_s).toObject();
    QString mode;
    read.text(net, u"mode"_s, &mode);
    if (read.why.isEmpty() && net.contains(u"mode"_s) &&
        !labNetworkModeFromName(mode, &r->networkMode))
        return LabSettings::tr("Unknown network mode \"%1\".").arg(mode.left(40));
    read.text(net, u"shared"_s, &r->sharedNetwork);
    read.text(net, u"firstAddress"_s, &r->firstAddress);
    read.text(net, u"subnetPrefix"_s, &r->subnetPrefix);
    read.texts(o, u"dataDisks"_s, &r->dataDisks);
    const QJsonObject st = o.value(u"stagger"_s).toObject();
    read.number(st, u"batch"_s, u"stagger.batch"_s,
                LabSettings::tr("VMs started per host at a time"), 0, kLabMaxStaggerBatch,
                &r->staggerBatch);
    read.number(st, u"pauseSeconds"_s, u"stagger.pauseSeconds"_s,
                LabSettings::tr("the pause between start batches"), 0, kLabMaxStaggerPause,
                &r->staggerPauseSeconds);
    read.number(o, u"idleMinutes"_s, u"idleMinutes"_s, LabSettings::tr("the idle time in minutes"),
                0, kLabMaxIdleMinutes, &r->idleMinutes);
    read.text(o, u"endDate"_s, &r->endDate);
    read.texts(o, u"collectPaths"_s, &r->collectPaths);
    read.flag(o, u"strictCapacity"_s, &r->strictCapacity);
    read.flag(o, u"addInterface"_s, &r->addInterface);
    for (const QString &key : {u"network"_s, u"stagger"_s})
        if (read.why.isEmpty() && o.contains(key) && !o.value(key).isObject())
            read.why = LabSettings::tr("The setting \"%1\" must be an object.").arg(key);
    return read.why;
}
} // namespace

LabSettings LabSettings::fromJson(const QString &json, QString *error) {
    LabSettings s;
    if (json.trimmed().isEmpty())
        return s;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &pe);
    if (!doc.isObject()) {
        if (error)
            *error = LabSettings::tr("The lab's settings cannot be read: %1").arg(pe.errorString());
        return s;
    }
    LabSettings r;
    QString why = readSettings(doc.object(), &r);
    if (why.isEmpty())
        why = r.problem();
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return s;
    }
    return r;
}

QString LabSettings::toJson() const {
    QJsonObject net{{u"mode"_s, labNetworkModeName(networkMode)}};
    if (!sharedNetwork.isEmpty())
        net.insert(u"shared"_s, sharedNetwork);
    if (!firstAddress.isEmpty())
        net.insert(u"firstAddress"_s, firstAddress);
    if (subnetPrefix != defaultSubnetPrefix())
        net.insert(u"subnetPrefix"_s, subnetPrefix);
    QJsonObject o{{u"network"_s, net}};
    if (!dataDisks.isEmpty())
        o.insert(u"dataDisks"_s, QJsonArray::fromStringList(dataDisks));
    if (staggerBatch > 0)
        o.insert(u"stagger"_s,
                 QJsonObject{{u"batch"_s, staggerBatch}, {u"pauseSeconds"_s, staggerPauseSeconds}});
    if (idleMinutes > 0)
        o.insert(u"idleMinutes"_s, idleMinutes);
    if (!endDate.isEmpty())
        o.insert(u"endDate"_s, endDate);
    if (!collectPaths.isEmpty())
        o.insert(u"collectPaths"_s, QJsonArray::fromStringList(collectPaths));
    if (strictCapacity)
        o.insert(u"strictCapacity"_s, true);
    if (addInterface)
        o.insert(u"addInterface"_s, true);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool LabSettings::expired(const QDate &today) const {
    const QDate end = QDate::fromString(endDate, Qt::ISODate);
    return end.isValid() && today > end;
}

bool labCpuIdle(quint64 lastCpuNs, qint64 lastMs, quint64 cpuNs, qint64 nowMs, int vcpus) {
    if (lastMs <= 0 || nowMs <= lastMs || cpuNs < lastCpuNs)
        return false; // no earlier sample, or the VM restarted in between
    const double used = double(cpuNs - lastCpuNs) / 1e6; // ms of CPU
    return used < kLabIdleCpuShare * double(std::max(1, vcpus)) * double(nowMs - lastMs);
}

namespace {
bool hasControl(const QString &s) {
    return std::any_of(s.cbegin(), s.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

// The guest paths to collect: absolute, short, printable, never climbing up.
QString collectPathProblem(const QString &p) {
    if (!p.startsWith(u'/') || p.contains(u"/../"_s) || p.endsWith(u"/.."_s) || p.size() > 1024 ||
        hasControl(p))
        return LabSettings::tr("\"%1\" is not an absolute path inside the guest.").arg(p.left(80));
    return {};
}
} // namespace

QString LabSettings::problem() const {
    quint32 ignored = 0;
    if (networkMode == LabNetworkMode::Shared && sharedNetwork.trimmed().isEmpty())
        return LabSettings::tr("A shared network needs the name of a libvirt network.");
    if (networkMode == LabNetworkMode::Shared)
        if (const QString why = labHostNameProblem(sharedNetwork); !why.isEmpty())
            return why;
    if (!firstAddress.isEmpty() && !parseIpv4(firstAddress, &ignored))
        return LabSettings::tr("\"%1\" is not an IPv4 address.").arg(firstAddress.left(40));
    if (!validPrefix(subnetPrefix))
        return LabSettings::tr("The subnet prefix \"%1\" is not two numbers like 10.213.")
            .arg(subnetPrefix.left(40));
    for (const QString &d : dataDisks)
        if (d.isEmpty() || d.size() > 16 || sanitized(d) != d)
            return LabSettings::tr("\"%1\" is not a disk's target name (like vdb).")
                .arg(d.left(40));
    if (staggerBatch < 0 || staggerBatch > kLabMaxStaggerBatch || staggerPauseSeconds < 0 ||
        staggerPauseSeconds > kLabMaxStaggerPause)
        return LabSettings::tr("A start batch is 0 (all at once) to %1 VMs per host with a pause "
                               "of 0 to %2 seconds.")
            .arg(kLabMaxStaggerBatch)
            .arg(kLabMaxStaggerPause);
    if (idleMinutes < 0 || idleMinutes > kLabMaxIdleMinutes)
        return LabSettings::tr("The idle time is 0 (never) to %1 minutes.").arg(kLabMaxIdleMinutes);
    const QDate end = QDate::fromString(endDate, Qt::ISODate);
    if (!endDate.isEmpty() && (!end.isValid() || end.year() < 2000 || end.year() > 2999))
        return LabSettings::tr("\"%1\" is not a date like 2026-12-18.").arg(endDate.left(40));
    for (const QString &p : collectPaths)
        if (const QString why = collectPathProblem(p); !why.isEmpty())
            return why;
    return {};
}

QString labMac(const QString &lab, const QString &student, const QString &role, int nic, int salt) {
    const QByteArray key = (lab % u'\n' % student % u'\n' % role % u'\n' % QString::number(nic) %
                            u'\n' % QString::number(salt))
                               .toUtf8();
    const QByteArray h = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    // 52:54:00 is the prefix libvirt and QEMU use for guests.
    return u"52:54:00:%1:%2:%3"_s.arg(quint8(h[0]), 2, 16, QChar(u'0'))
        .arg(quint8(h[1]), 2, 16, QChar(u'0'))
        .arg(quint8(h[2]), 2, 16, QChar(u'0'));
}

QString labBridgeName(const QString &network) {
    const QByteArray h = QCryptographicHash::hash(network.toUtf8(), QCryptographicHash::Sha256);
    return u"vdbr"_s + QString::fromLatin1(h.toHex().left(10));
}

const LabNetworkDef *LabNetworkPlan::network(const QString &name) const {
    const qsizetype i = networkIndex.value(name, -1);
    return i >= 0 ? &networks.at(i) : nullptr;
}

namespace {
// Every VM's MACs, unique across the lab (a collision takes the next salt, in roster order).
QList<LabVmNetwork> plannedMacs(const Lab &lab) {
    QSet<QString> used;
    used.reserve(lab.students.size() * lab.roles.size() * kLabMacsPerVm);
    QList<LabVmNetwork> ordered;
    ordered.reserve(lab.students.size() * lab.roles.size());
    for (const auto &s : lab.students)
        for (const auto &r : lab.roles) {
            LabVmNetwork v;
            v.vm = lab.vmName(s, r.name);
            v.student = s.id;
            v.role = r.name;
            for (int nic = 0; nic < kLabMacsPerVm; ++nic) {
                QString mac;
                for (int salt = 0; mac.isEmpty() || used.contains(mac); ++salt)
                    mac = labMac(lab.name, s.id, r.name, nic, salt);
                used.insert(mac);
                v.macs << mac;
            }
            ordered << v;
        }
    return ordered;
}

// The network key of each student (its id, or its group) in roster order: a key's index names
// its subnet. Empty with `problem` set when the lab would need more than 256 networks.
QStringList networkKeys(const Lab &lab, const LabSettings &settings, QHash<QString, QString> *keyOf,
                        QString *problem) {
    QStringList keys;
    QSet<QString> seen;
    for (const auto &s : lab.students) {
        const QString key = settings.networkMode == LabNetworkMode::Student
                                ? s.id
                                : (s.group.trimmed().isEmpty() ? u"nogroup"_s : s.group);
        keyOf->insert(s.id, key);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        keys << key;
    }
    if (keys.size() > 256) {
        *problem = LabSettings::tr("%n networks are too many: a lab's networks are numbered 0 to "
                                   "255 in its subnet prefix.",
                                   nullptr, int(keys.size()));
        return {};
    }
    return keys;
}

// The lab's isolated networks (a student's or a group's) and each VM's network and address.
void planIsolated(const Lab &lab, const LabSettings &settings, QList<LabVmNetwork> &ordered,
                  LabNetworkPlan &plan) {
    QHash<QString, QString> keyOf; // student -> key
    const QStringList keys = networkKeys(lab, settings, &keyOf, &plan.problem);
    if (!plan.problem.isEmpty())
        return;
    const QString kind = settings.networkMode == LabNetworkMode::Student ? u"s"_s : u"g"_s;
    QHash<QString, int> indexOf;    // key -> subnet
    QHash<QString, QString> nameOf; // network name -> key (two keys may not share one)
    for (int i = 0; i < keys.size(); ++i) {
        const QString name = u"vdlab-%1-%2-%3"_s.arg(lab.name, kind, sanitized(keys.at(i)));
        if (const QString why = labObjectNameProblem(name); !why.isEmpty()) {
            plan.problem = why;
            return;
        }
        if (nameOf.contains(name)) {
            plan.problem = LabSettings::tr("The groups \"%1\" and \"%2\" would share the network "
                                           "%3: rename one.")
                               .arg(nameOf.value(name), keys.at(i), name);
            return;
        }
        nameOf.insert(name, keys.at(i));
        indexOf.insert(keys.at(i), i);
    }
    QHash<QString, int> members; // key -> VMs addressed so far
    QHash<QString, QStringList> hostsOf;
    for (auto &v : ordered) {
        const QString key = keyOf.value(v.student);
        const int index = indexOf.value(key);
        v.network = u"vdlab-%1-%2-%3"_s.arg(lab.name, kind, sanitized(key));
        const int host = 10 + members[key]++;
        if (host > 99) {
            plan.problem =
                LabSettings::tr("Network %1 would need more than 90 addresses.").arg(v.network);
            return;
        }
        v.address = u"%1.%2.%3"_s.arg(settings.subnetPrefix).arg(index).arg(host);
        hostsOf[key] << u"<host mac='%1' name='%2' ip='%3'/>"_s.arg(v.macs.first(), v.vm,
                                                                    v.address);
    }
    for (int i = 0; i < keys.size(); ++i) {
        LabNetworkDef d;
        d.name = u"vdlab-%1-%2-%3"_s.arg(lab.name, kind, sanitized(keys.at(i)));
        const QString net = u"%1.%2"_s.arg(settings.subnetPrefix).arg(i);
        d.gateway = net + u".1"_s;
        // No <forward>: isolated, the guests reach each other and the host only. The bridge is
        // named here: libvirt's own pick (virbrN) races when several networks start at once
        // ("error creating bridge interface virbr1: File exists").
        d.xml = u"<network><name>%1</name><bridge name='%2' stp='on' delay='0'/>"
                "<ip address='%3' netmask='255.255.255.0'><dhcp>"
                "<range start='%4.100' end='%4.199'/>%5</dhcp></ip></network>"_s.arg(
                    d.name, labBridgeName(d.name), d.gateway, net,
                    hostsOf.value(keys.at(i)).join(QString()));
        plan.networkIndex.insert(d.name, plan.networks.size());
        plan.networks << d;
    }
}
} // namespace

LabNetworkPlan labNetworkPlan(const Lab &lab, const LabSettings &settings) {
    LabNetworkPlan plan;
    if (const QString why = settings.problem(); !why.isEmpty()) {
        plan.problem = why;
        return plan;
    }
    QList<LabVmNetwork> ordered = plannedMacs(lab);
    if (settings.networkMode == LabNetworkMode::Shared) {
        quint32 first = 0;
        const bool fixed = parseIpv4(settings.firstAddress, &first);
        if (fixed && quint64(first) + quint64(ordered.size()) > 0xffffffffull) {
            plan.problem = LabSettings::tr("The fixed addresses from %1 run past 255.255.255.255.")
                               .arg(settings.firstAddress);
            return plan;
        }
        for (int i = 0; i < ordered.size(); ++i) {
            ordered[i].network = settings.sharedNetwork;
            if (fixed)
                ordered[i].address = ipv4Text(first + quint32(i));
        }
    } else if (settings.networkMode == LabNetworkMode::Student ||
               settings.networkMode == LabNetworkMode::Group) {
        planIsolated(lab, settings, ordered, plan);
        if (!plan.problem.isEmpty())
            return plan;
    }
    plan.vms.reserve(ordered.size());
    for (const auto &v : std::as_const(ordered)) {
        plan.vms.insert(v.vm, v);
        if (!v.network.isEmpty() && !plan.networkByStudent.contains(v.student))
            plan.networkByStudent.insert(v.student, v.network);
    }
    return plan;
}

QString labAddressCsv(const Lab &lab, const LabNetworkPlan &plan) {
    QString out = u"student_id,role,vm,mac,network,address\n"_s;
    for (const auto &s : lab.students)
        for (const auto &r : lab.roles) {
            const LabVmNetwork v = plan.vms.value(lab.vmName(s, r.name));
            out +=
                QStringList{s.id, r.name, v.vm, v.macs.value(0), v.network, v.address}.join(u',') +
                u'\n';
        }
    return out;
}

QList<QList<int>> staggerBatches(int count, int batch) {
    QList<QList<int>> out;
    const int size = batch <= 0 ? std::max(count, 1) : batch;
    for (int i = 0; i < count; ++i) {
        if (i % size == 0)
            out.append(QList<int>{});
        out.last() << i;
    }
    return out;
}

bool LabCapacityReport::fitsNow() const {
    if (!moves.isEmpty() || !homeless.isEmpty())
        return false;
    return std::all_of(hosts.cbegin(), hosts.cend(), [](const auto &h) { return h.fits; });
}

QStringList LabCapacityReport::adviceLines() const {
    QStringList out;
    for (const auto &m : moves)
        out << (m.from.isEmpty()
                    ? LabSettings::tr("Place %1 on %2.").arg(m.student, m.to)
                    : LabSettings::tr("Move %1 from %2 to %3.").arg(m.student, m.from, m.to));
    if (!homeless.isEmpty())
        out << LabSettings::tr("No host has room for: %1.").arg(homeless.join(u", "_s));
    return out;
}

namespace {
// The moves that make the lab fit, from the solver (fewest moves): every student a VM of the
// class's demand, running at once; earlier students stay and get room first, so the last placed
// are the ones to move, as before.
void labCapacityMoves(const QList<LabHostLoad> &hosts, const QStringList &unplaced,
                      const VmDemand &perStudent, const PlacementOptions &options,
                      LabCapacityReport &r) {
    PlanRequest req;
    req.options = options;
    QStringList from;
    for (int i = 0; i < hosts.size(); ++i) {
        const LabHostLoad &h = hosts.at(i);
        HostCapacity c;
        c.host = h.host;
        c.connected = h.connected;
        c.maintenance = h.maintenance;
        c.memoryBytes = h.memoryBytes;
        c.cpus = h.cpus;
        c.allocatedMemoryBytes = h.otherMemoryBytes;
        c.allocatedVcpus = h.otherVcpus;
        req.hosts << c;
        for (const QString &s : h.students) {
            req.vms.append({s, i, perStudent, true, false});
            from << h.host;
        }
    }
    for (const QString &s : unplaced) {
        req.vms.append({s, -1, perStudent, true, false});
        from << QString();
    }
    const PlanResult plan = planPlacement(req);
    for (int v = 0; v < req.vms.size(); ++v) {
        if (!plan.fits(v))
            r.homeless << req.vms.at(v).name;
        else if (plan.hostOf.at(v) != req.vms.at(v).host)
            r.moves.append({req.vms.at(v).name, from.at(v), hosts.at(plan.hostOf.at(v)).host});
    }
}
} // namespace

LabCapacityReport checkLabCapacity(const QList<LabHostLoad> &hosts, const QStringList &unplaced,
                                   const VmDemand &perStudent, const PlacementOptions &options) {
    LabCapacityReport r;
    for (const LabHostLoad &h : hosts) {
        LabHostVerdict v;
        v.host = h.host;
        v.students = int(h.students.size());
        v.reachable = h.connected;
        v.allowMemory = quint64(double(h.memoryBytes) * options.memoryOvercommit);
        v.allowVcpus = int(h.cpus * options.cpuOvercommit);
        v.needMemory = h.otherMemoryBytes + perStudent.memoryBytes * quint64(v.students);
        v.needVcpus = h.otherVcpus + perStudent.vcpus * v.students;
        if (!h.connected || h.maintenance) {
            v.room = 0;
        } else {
            const qint64 memLeft = qint64(v.allowMemory) - qint64(h.otherMemoryBytes);
            const int cpuLeft = v.allowVcpus - h.otherVcpus;
            int room = std::numeric_limits<int>::max();
            if (perStudent.memoryBytes > 0)
                room = memLeft <= 0 ? 0 : int(quint64(memLeft) / perStudent.memoryBytes);
            if (perStudent.vcpus > 0)
                room = std::min(room, cpuLeft <= 0 ? 0 : cpuLeft / perStudent.vcpus);
            v.room = room;
        }
        v.fits = h.connected && v.students <= v.room;
        v.memoryShort = h.connected && v.needMemory > v.allowMemory;
        v.vcpusShort = h.connected && v.needVcpus > v.allowVcpus;
        if (!h.connected)
            v.text = LabSettings::tr("%1 is not reachable: its %n student(s) cannot start.",
                                     nullptr, v.students)
                         .arg(h.host);
        else if (h.maintenance)
            v.text = LabSettings::tr("%1 is in maintenance: it takes no students, and its %n "
                                     "student(s) must move.",
                                     nullptr, v.students)
                         .arg(h.host);
        else if (v.fits)
            v.text =
                LabSettings::tr("%1 fits: %2 of %3 memory and %4 of %5 vCPUs with the lab's %n "
                                "student(s).",
                                nullptr, v.students)
                    .arg(h.host, memorySizeText(qint64(v.needMemory)),
                         memorySizeText(qint64(v.allowMemory)))
                    .arg(v.needVcpus)
                    .arg(v.allowVcpus);
        else
            v.text = LabSettings::tr(
                         "%1 is short: %2 of %3 memory and %4 of %5 vCPUs would be committed; it "
                         "holds %n of its students.",
                         nullptr, std::max(0, v.room))
                         .arg(h.host, memorySizeText(qint64(v.needMemory)),
                              memorySizeText(qint64(v.allowMemory)))
                         .arg(v.needVcpus)
                         .arg(v.allowVcpus);
        r.hosts << v;
    }
    labCapacityMoves(hosts, unplaced, perStudent, options, r);
    return r;
}

QStringList labOvercommitLines(const QList<LabHostLoad> &hosts, const VmDemand &perStudent,
                               const PlacementOptions &options) {
    QStringList out;
    for (const LabHostLoad &h : hosts) {
        const int n = int(h.students.size());
        if (n == 0 || !h.connected || (h.cpus <= 0 && h.memoryBytes == 0))
            continue; // nobody there, or what the host has is not known
        const int needVcpus = h.otherVcpus + perStudent.vcpus * n;
        const int allowVcpus = int(std::floor(double(h.cpus) * options.cpuOvercommit));
        const quint64 needMemory = h.otherMemoryBytes + perStudent.memoryBytes * quint64(n);
        const quint64 allowMemory =
            quint64(std::floor(double(h.memoryBytes) * options.memoryOvercommit));
        const bool cpuShort = needVcpus > allowVcpus;
        const bool memoryShort = needMemory > allowMemory;
        QString line;
        if (cpuShort && memoryShort)
            line =
                LabSettings::tr("%1 holds %n student(s); running all at once needs %2 vCPUs of "
                                "%3 allowed and %4 of memory of %5 allowed.",
                                nullptr, n)
                    .arg(h.host)
                    .arg(needVcpus)
                    .arg(allowVcpus)
                    .arg(memorySizeText(qint64(needMemory)), memorySizeText(qint64(allowMemory)));
        else if (cpuShort)
            line = LabSettings::tr("%1 holds %n student(s); running all at once needs %2 vCPUs of "
                                   "%3 allowed.",
                                   nullptr, n)
                       .arg(h.host)
                       .arg(needVcpus)
                       .arg(allowVcpus);
        else if (memoryShort)
            line = LabSettings::tr("%1 holds %n student(s); running all at once needs %2 of "
                                   "memory of %3 allowed.",
                                   nullptr, n)
                       .arg(h.host, memorySizeText(qint64(needMemory)),
                            memorySizeText(qint64(allowMemory)));
        else
            continue;
        if (h.otherVcpus > 0 || h.otherMemoryBytes > 0)
            line += u' ' + LabSettings::tr("That counts the other VMs running there.");
        out << line;
    }
    return out;
}

} // namespace virtdeck
