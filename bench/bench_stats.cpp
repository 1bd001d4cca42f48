// SPDX-License-Identifier: GPL-3.0-or-later
// Micro-benchmarks of the stats engine and the VM table at scale, on a generated test-driver
// host: connect + initial listing, one sampler tick against the raw bulk call, the GUI-thread
// ingest of a tick, and sorting/filtering the VM table in a real (offscreen) view.
#include "core/connectionmanager.h"
#include "core/libvirt/connection.h"
#include "domains/domainfilterproxy.h"
#include "domains/domaintablemodel.h"
#include "stats/libvirt/statssampler.h"
#include "stats/statsstore.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <malloc.h>

#include <algorithm>
#include <cstdio>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {

QString writeNode(const QTemporaryDir &dir, int count) {
    QString xml = u"<?xml version='1.0'?>\n<node><cpu><nodes>1</nodes><sockets>2</sockets>"
                  "<cores>16</cores><threads>2</threads><active>64</active><mhz>2400</mhz>"
                  "<model>x86_64</model></cpu><memory>536870912</memory>\n"_s;
    for (int i = 0; i < count; ++i) {
        const QString uuid = u"5eed0000-0000-4000-8000-%1"_s.arg(i, 12, 10, QLatin1Char('0'));
        xml += u"<domain type='test'><name>bench-%1</name><uuid>%2</uuid><memory>1048576</memory>"
               "<currentMemory>1048576</currentMemory><vcpu>%3</vcpu><os><type arch='x86_64'>"
               "hvm</type></os></domain>\n"_s.arg(i, 5, 10, QLatin1Char('0'))
                   .arg(uuid)
                   .arg(1 + i % 4);
    }
    xml += u"</node>\n"_s;
    const QString path = dir.filePath(u"node-%1.xml"_s.arg(count));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(xml.toUtf8());
    return path;
}

qint64 rssKiB() {
    QFile f(u"/proc/self/status"_s);
    f.open(QIODevice::ReadOnly);
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return 0;
}

double median(QList<double> v) {
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

// A QEMU-like record: every field present, counters moving.
DomainStatsRecord fullRecord(const QString &uuid, int tick, int i) {
    DomainStatsRecord r;
    r.uuid = uuid;
    r.fields = 0x1ff;
    r.vcpus = 1 + i % 4;
    r.cpuTimeNs = quint64(tick) * 1'000'000'000ull * quint64(1 + i % 7) / 8;
    r.balloonCurrentKiB = r.balloonMaximumKiB = 1024 * 1024;
    r.balloonRssKiB = 300 * 1024 + quint64((tick * 37 + i) % 1000);
    r.balloonAvailableKiB = 1000 * 1024;
    r.balloonUsableKiB = 600 * 1024 + quint64((tick * 13 + i) % 500);
    r.readBytes = quint64(tick) * 4096 * quint64(i % 5);
    r.writeBytes = quint64(tick) * 8192 * quint64(i % 3);
    r.readRequests = r.readBytes / 4096;
    r.writeRequests = r.writeBytes / 4096;
    r.rxBytes = quint64(tick) * 1500 * quint64(i % 11);
    r.txBytes = quint64(tick) * 900 * quint64(i % 13);
    return r;
}

// One tick of full records for the first `count` rows; `varied` gives each VM a rate of its own
// (1×, 2× or 3× the tick), so a sort by CPU has rows to move.
StatsBatch fullBatch(const QList<DomainInfo> &rows, int tickNo, int count, bool varied = false) {
    StatsBatch b;
    b.connectionId = u"bench"_s;
    b.monotonicNs = qint64(tickNo) * 2'000'000'000;
    b.wallMs = qint64(tickNo) * 2000;
    b.domains.reserve(count);
    for (int i = 0; i < count; ++i)
        b.domains.append(fullRecord(rows.at(i).uuid, varied ? tickNo * (1 + i % 3) : tickNo, i));
    return b;
}

// The memory a full hour of QEMU-like history takes: RSS grown while the store fills (series
// are allocated at full size on their first value, so 30 ticks cost what an hour does) and
// the bytes the layout accounts for.
void benchHistoryMemory(int count, const QList<DomainInfo> &rows, bool singleTier) {
    malloc_trim(0); // what an earlier store freed must not be reused unseen
    const qint64 before = rssKiB();
    StatsStore full(nullptr, StatsStore::capacityForInterval(2));
    full.setSingleTier(singleTier);
    for (int tickNo = 1; tickNo <= 30; ++tickNo)
        full.ingest(fullBatch(rows, tickNo, count));
    const double rssMB = (rssKiB() - before) / 1024.0;
    const size_t bytes = full.domainHistoryBytes(u"bench"_s);
    const double layoutMB = double(bytes) / (1024.0 * 1024.0); // MiB, like the RSS figure
    std::printf(
        "history for %d VMs, 1 h at 2 s, %s: %.1f MB RSS, %.1f MB by layout "
        "(%.0f bytes per VM)\n",
        count, singleTier ? "every tick (previous layout)" : "10 min every tick + 30-s means (now)",
        rssMB, layoutMB, double(bytes) / count);
}

// 2. Sampler ticks on the connection thread: whole tick vs the bulk call alone.
void benchSampler(Connection *conn) {
    StatsSampler sampler;
    QList<StatsBatch> batches;
    QObject::connect(&sampler, &StatsSampler::sampled,
                     [&batches](const StatsBatch &b) { batches.append(b); });
    for (int i = 0; i < 25; ++i) {
        const qsizetype before = batches.size();
        sampler.sample(conn);
        while (batches.size() == before)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    QList<double> tick, bulk, ratio;
    for (qsizetype i = 5; i < batches.size(); ++i) {
        tick << batches[i].tickNs / 1e6;
        bulk << batches[i].bulkCallNs / 1e6;
        ratio << double(batches[i].tickNs) / double(batches[i].bulkCallNs);
    }
    std::printf("sampler tick (connection thread): median %.2f ms; raw bulk call %.2f ms; "
                "ratio %.2f\n",
                median(tick), median(bulk), median(ratio));
}

void benchCount(int count, const QTemporaryDir &dir) {
    const QString uri = u"test://"_s + writeNode(dir, count);
    std::printf("\n== %d running domains ==\n", count);

    // 1. Connect and list (what the VM table waits for at launch).
    QThread thread;
    auto *conn = new Connection(u"bench"_s, uri);
    conn->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, conn, &QObject::deleteLater);
    thread.start();
    QSignalSpy listed(conn, &Connection::domainsListed);
    QElapsedTimer t;
    t.start();
    conn->open();
    while (listed.isEmpty())
        listed.wait(10000);
    const double listMs0 = t.nsecsElapsed() / 1e6;
    while (conn->state() != ConnectionState::Connected)
        QThread::msleep(1);
    const double listMs = t.nsecsElapsed() / 1e6;
    const auto domains = listed.at(0).at(1).value<QList<DomainInfo>>();
    std::printf("open + initial listing (%lld domains): %.1f ms (connected after %.1f ms)\n",
                qlonglong(domains.size()), listMs0, listMs);

    benchSampler(conn);

    // 3. GUI thread: ingest a tick of full (QEMU-like) records, and the table's update.
    StatsStore store;
    DomainTableModel model;
    model.setStatsStore(&store);
    QObject::connect(&store, &StatsStore::hostUpdated, &model, &DomainTableModel::statsUpdated);
    QList<DomainInfo> rows = domains;
    model.setDomains(u"bench"_s, rows);
    QList<double> ingest;
    for (int tickNo = 1; tickNo <= 40; ++tickNo) {
        const StatsBatch b = fullBatch(rows, tickNo, count);
        QElapsedTimer it;
        it.start();
        store.ingest(b);
        if (tickNo > 5)
            ingest << it.nsecsElapsed() / 1e6;
    }
    std::printf("GUI ingest of one full tick (rates, history, table dataChanged): %.2f ms\n",
                median(ingest));

    // 3b. Memory of a full hour of QEMU-like history (every series allocated), in the layout
    // before the coarse tier (every tick of the hour) as the reference, then as stored now.
    for (const bool single : {true, false})
        benchHistoryMemory(count, rows, single);

    // 4. Sorting and filtering the table in a real view.
    DomainFilterProxy proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.resize(1200, 700);
    view.show();
    QCoreApplication::processEvents();
    auto timed = [&](auto &&f) {
        QElapsedTimer e;
        e.start();
        f();
        QCoreApplication::processEvents();
        view.viewport()->repaint();
        return e.nsecsElapsed() / 1e6;
    };
    QList<double> sortName, sortCpu, filter, clear;
    for (int i = 0; i < 5; ++i) {
        sortName << timed([&] { view.sortByColumn(DomainTableModel::Name, Qt::DescendingOrder); });
        sortCpu << timed([&] { view.sortByColumn(DomainTableModel::Cpu, Qt::DescendingOrder); });
        filter << timed([&] { proxy.setText(u"bench-01"_s); });
        clear << timed([&] { proxy.setText({}); });
    }
    std::printf("sort by name %.1f ms, sort by CPU %.1f ms, filter %.1f ms, clear filter %.1f ms "
                "(%d rows)\n",
                median(sortName), median(sortCpu), median(filter), median(clear), count);
    // A tick while sorted by CPU: the proxy re-sorts the changed rows.
    QList<double> sortedTick;
    for (int tickNo = 41; tickNo <= 50; ++tickNo) {
        const StatsBatch b = fullBatch(rows, tickNo, count, true);
        sortedTick << timed([&] { store.ingest(b); });
    }
    std::printf("GUI tick with the view sorted by CPU (ingest + re-sort + paint): %.1f ms\n",
                median(sortedTick));

    thread.quit();
    thread.wait();
}

} // namespace

int main(int argc, char **argv) {
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    QList<int> counts{1000, 5000};
    if (argc > 1) {
        counts.clear();
        for (int i = 1; i < argc; ++i)
            counts << QString::fromLocal8Bit(argv[i]).toInt();
    }
    for (int n : counts)
        benchCount(n, dir);
    return 0;
}
