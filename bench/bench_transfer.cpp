// SPDX-License-Identifier: GPL-3.0-or-later
// Upload/download throughput of Virtdeck's stream transfers against `virsh vol-upload` /
// `vol-download --sparse` of the same file, in the same run, plus how long other work waits on
// the host's connection thread while a transfer runs.
//
//   bench_transfer [--uri URI]... [--pool NAME] [--size MIB] [--sparse]
//
// Creates and deletes volumes named vdbench-* in the pool (default: "default").
#include "core/connectionmanager.h"
#include "core/libvirt/connection.h"
#include "storage/storagemanager.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

bool writeFile(const QString &path, int mib, bool sparse) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(chunk.data()),
                                          chunk.size() / 4);
    for (int i = 0; i < mib; ++i) {
        chunk[0] = char(i);
        // Sparse: one MiB of data in four, the rest holes.
        if (sparse && i % 4 != 0)
            continue;
        f.seek(qint64(i) << 20);
        if (f.write(chunk) != chunk.size())
            return false;
    }
    return f.resize(qint64(mib) << 20);
}

// Runs virsh and returns the wall time in seconds, or -1 on failure.
double virsh(const QString &uri, const QStringList &args) {
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(u"virsh"_s, QStringList{u"-q"_s, u"-c"_s, uri} + args);
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        out << "virsh " << args.join(u' ') << " failed: " << p.readAllStandardError() << "\n";
        return -1;
    }
    return double(t.nsecsElapsed()) / 1e9;
}

struct Latency {
    QList<double> ms;
    double p50() const { return at(0.5); }
    double max() const { return ms.isEmpty() ? 0 : *std::max_element(ms.begin(), ms.end()); }
    double at(double q) const {
        if (ms.isEmpty())
            return 0;
        QList<double> s = ms;
        std::sort(s.begin(), s.end());
        return s.at(std::min(qsizetype(q * double(s.size())), s.size() - 1));
    }
};

// Runs one transfer; meanwhile posts a job to the host's thread every 20 ms and records how
// long each waited before it ran.
double timed(Workspace &workspace, const QString &id, VolumeTransfer *t, Latency *lat) {
    if (!t)
        return -1;
    QElapsedTimer clock;
    clock.start();
    QSignalSpy done(t, &VolumeTransfer::finished);
    Connection *c = workspace.connections()->connection(id);
    QTimer probe;
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        const qint64 posted = clock.nsecsElapsed();
        auto *l = lat;
        c->post(&probe, [l, posted, &clock](_virConnect *) {
            const double waited = double(clock.nsecsElapsed() - posted) / 1e6;
            QMetaObject::invokeMethod(qApp, [l, waited] { l->ms.append(waited); });
        });
    });
    probe.start(20);
    while (done.isEmpty())
        QTest::qWait(5);
    probe.stop();
    const double s = double(clock.nsecsElapsed()) / 1e9;
    QTest::qWait(200); // let probes already posted finish before `clock` goes away
    if (!done.at(0).at(0).toBool()) {
        out << "transfer failed: " << done.at(0).at(2).toString() << "\n";
        return -1;
    }
    return s;
}

QString rate(qint64 bytes, double seconds) {
    if (seconds <= 0)
        return u"failed"_s;
    return u"%1 MiB/s (%2 s)"_s.arg(double(bytes) / double(1 << 20) / seconds, 0, 'f', 1)
        .arg(seconds, 0, 'f', 2);
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"virtdeck-bench"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption uriOpt(u"uri"_s, u"libvirt URI (repeatable)"_s, u"URI"_s);
    const QCommandLineOption poolOpt(u"pool"_s, u"storage pool"_s, u"NAME"_s, u"default"_s);
    const QCommandLineOption sizeOpt(u"size"_s, u"file size in MiB"_s, u"MIB"_s, u"512"_s);
    const QCommandLineOption sparseOpt(u"sparse"_s, u"three quarters of the file are holes"_s);
    parser.addOptions({uriOpt, poolOpt, sizeOpt, sparseOpt});
    parser.process(app);
    QStringList uris = parser.values(uriOpt);
    if (uris.isEmpty())
        uris << u"qemu:///system"_s;
    const QString pool = parser.value(poolOpt);
    const int mib = parser.value(sizeOpt).toInt();
    const bool sparse = parser.isSet(sparseOpt);
    const qint64 bytes = qint64(mib) << 20;

    QTemporaryDir tmp;
    const QString src = tmp.filePath(u"src.img"_s);
    if (!writeFile(src, mib, sparse)) {
        out << "cannot write " << src << "\n";
        return 1;
    }
    out << "file: " << mib << " MiB" << (sparse ? " (75% holes)" : " (dense)") << ", pool " << pool
        << "\n";

    Workspace workspace;
    auto *sm = workspace.storage();
    int failures = 0;
    for (const QString &uri : std::as_const(uris)) {
        const QString id =
            workspace.connections()->addConnection(ConnectionConfig::fromUri(uri), true);
        if (!QTest::qWaitFor(
                [&] {
                    return workspace.connections()->state(id) == ConnectionState::Connected &&
                           !sm->isLoading();
                },
                60000)) {
            out << uri << ": cannot connect\n";
            ++failures;
            continue;
        }
        const QString vol = u"vdbench-%1.img"_s.arg(QCoreApplication::applicationPid());
        out << "\n== " << uri << "\n";

        Latency upLat, downLat;
        const double up = timed(workspace, id, sm->upload(id, pool, vol, src), &upLat);
        const QString back = tmp.filePath(u"back.img"_s);
        const double down = timed(workspace, id, sm->download(id, pool, vol, back), &downLat);
        QFile::remove(back);
        QSignalSpy fin(sm, &StorageManager::finished);
        sm->deleteVolume(id, pool, vol, true);
        QTest::qWaitFor([&] { return !fin.isEmpty(); }, 60000);

        // virsh: the same file through the same daemon.
        double vup = -1, vdown = -1;
        if (virsh(uri, {u"vol-create-as"_s, pool, vol, QString::number(bytes) + u"b"_s,
                        u"--format"_s, u"raw"_s}) >= 0) {
            vup = virsh(uri, {u"vol-upload"_s, u"--sparse"_s, u"--pool"_s, pool, vol, src});
            vdown = virsh(uri, {u"vol-download"_s, u"--sparse"_s, u"--pool"_s, pool, vol, back});
            virsh(uri, {u"vol-delete"_s, u"--pool"_s, pool, vol});
            QFile::remove(back);
        }
        out << "upload    virtdeck " << rate(bytes, up) << "   virsh " << rate(bytes, vup) << "\n";
        out << "download  virtdeck " << rate(bytes, down) << "   virsh " << rate(bytes, vdown)
            << "\n";
        out << "host-thread wait during transfers: median "
            << QString::number((upLat.p50() + downLat.p50()) / 2, 'f', 2) << " ms, max "
            << QString::number(std::max(upLat.max(), downLat.max()), 'f', 2) << " ms ("
            << upLat.ms.size() + downLat.ms.size() << " probes)\n";
        out.flush();
        failures += up < 0 || down < 0;
    }
    return failures ? 1 : 0;
}
