// SPDX-License-Identifier: GPL-3.0-or-later
// The performance charts: live scrolling keeps the same series objects and appends one point
// per tick; units on the axes; an honest title when a series has no data; the rules dialog.
// Set VIRTDECK_SCREENSHOT_DIR to also save pictures of the charts.
#include "alertrulesdialog.h"
#include "stats/statsstore.h"
#include "statschartspage.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QGraphicsTextItem>
#include <QLineSeries>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include <cmath>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
const QString kHost = u"h1"_s;

qint64 wallOf(int tick) {
    return 1'700'000'000'000 + qint64(tick) * 2000;
}

StatsBatch batch(int tick, bool withIo) {
    StatsBatch b;
    b.connectionId = kHost;
    b.monotonicNs = qint64(tick) * 2'000'000'000;
    b.wallMs = wallOf(tick);
    b.host.hasCpu = true;
    b.host.cpuBusyNs = quint64(tick) * 300 + quint64(50 * (1 + std::sin(tick / 5.0)));
    b.host.cpuTotalNs = quint64(tick) * 1000;
    b.host.hasMemory = true;
    b.host.memoryTotalBytes = 16ull << 30;
    b.host.memoryAvailableBytes = (6ull << 30) + quint64(tick % 30) * (64ull << 20);
    for (int v = 0; v < 3; ++v) {
        DomainStatsRecord r;
        r.uuid = u"vm%1"_s.arg(v);
        r.vcpus = 2;
        // A smooth made-up load per VM.
        const double load = 0.3 + 0.25 * std::sin(tick / (6.0 + v * 3)) + 0.1 * v;
        static double cpu[3] = {};
        if (tick == 1)
            cpu[v] = 0;
        cpu[v] += load * 2 * 2e9;
        r.cpuTimeNs = quint64(cpu[v]);
        r.fields = DomainStatsRecord::HasCpuTime | DomainStatsRecord::HasVcpus;
        if (withIo) {
            r.fields |= DomainStatsRecord::HasBlock | DomainStatsRecord::HasNet |
                        DomainStatsRecord::HasBalloonRss | DomainStatsRecord::HasBalloonCurrent;
            r.balloonCurrentKiB = 2 * 1024 * 1024;
            r.balloonRssKiB = quint64((700 + 100 * v + 40 * std::sin(tick / 7.0)) * 1024);
            r.readBytes = quint64(tick) * (3ull << 20) * quint64(1 + v);
            r.writeBytes = quint64(tick * tick) * (40ull << 10);
            r.rxBytes = quint64(tick) * (200ull << 10);
            r.txBytes = quint64(tick) * (50ull << 10) * quint64(1 + v);
        }
        b.domains.append(r);
    }
    return b;
}

void saveShot(QWidget *w, const QString &name) {
    const QString dir = qEnvironmentVariable("VIRTDECK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(w->grab().save(QDir(dir).filePath(name)));
}
} // namespace

class TestStatsCharts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void liveScrollingKeepsSeries();
    void comparesSeveralVms();
    void saysWhenThereIsNoData();
    void hostPage();
    void rulesDialog();
    void partialRecordsDrawGaps();
    void timeLabelsAreNotCut_data();
    void timeLabelsAreNotCut();
    void networkNoDataBlamesTheVmNic();
    void memoryUseReplacesTheAllocation();
    void hourShowsBothTiersInOneLine();
};

void TestStatsCharts::liveScrollingKeepsSeries() {
    StatsStore store;
    for (int t = 1; t <= 20; ++t)
        store.ingest(batch(t, true));
    StatsChartsPage page(&store);
    page.resize(900, 600);
    page.setWindow(StatsChartsPage::Window::OneMinute);
    page.showVms({{kHost, u"vm0"_s, u"web-01"_s, 2ull << 30}});
    const auto cpu = page.series(StatsChartsPage::CpuChart);
    QCOMPARE(cpu.size(), 1);
    QLineSeries *line = cpu.first();
    // Ticks 2..20 have rates; all of them fall within the last minute (19 points).
    QCOMPARE(line->count(), 19);
    const auto disk = page.series(StatsChartsPage::DiskChart);
    QCOMPARE(disk.size(), 2);
    QCOMPARE(disk.at(0)->name(), u"Read"_s);
    for (int t = 21; t <= 40; ++t) {
        store.ingest(batch(t, true));
        // Same objects, one point in, and out once the minute is full (31 ticks).
        QCOMPARE(page.series(StatsChartsPage::CpuChart).first(), line);
        QCOMPARE(line->count(), std::min(t - 1, 31));
    }
    QCOMPARE(line->at(line->count() - 1).x(), double(wallOf(40)));
    QCOMPARE(page.axisTitle(StatsChartsPage::CpuChart), u"%"_s);
    QCOMPARE(page.axisTitle(StatsChartsPage::DiskChart), u"MiB/s"_s);
    QCOMPARE(page.axisTitle(StatsChartsPage::NetworkChart), u"KiB/s"_s);
    QCOMPARE(page.axisTitle(StatsChartsPage::MemoryChart), u"MiB"_s);
    QCOMPARE(page.chartTitle(StatsChartsPage::CpuChart), u"CPU"_s);
    // A wider window rebuilds once, from the history.
    page.setWindow(StatsChartsPage::Window::TenMinutes);
    QCOMPARE(page.series(StatsChartsPage::CpuChart).first()->count(), 39);
    saveShot(&page, u"charts-vm.png"_s);
}

void TestStatsCharts::comparesSeveralVms() {
    StatsStore store;
    for (int t = 1; t <= 60; ++t)
        store.ingest(batch(t, true));
    StatsChartsPage page(&store);
    page.resize(900, 600);
    page.showVms({{kHost, u"vm0"_s, u"web-01"_s, 0},
                  {kHost, u"vm1"_s, u"web-02"_s, 0},
                  {kHost, u"vm2"_s, u"db-01"_s, 0}});
    const auto cpu = page.series(StatsChartsPage::CpuChart);
    QCOMPARE(cpu.size(), 3);
    QCOMPARE(cpu.at(2)->name(), u"db-01"_s);
    QCOMPARE(page.series(StatsChartsPage::NetworkChart).size(), 3);
    QVERIFY(page.chartTitle(StatsChartsPage::DiskChart).contains(u"read + write"_s));
    saveShot(&page, u"charts-compare.png"_s);
}

void TestStatsCharts::saysWhenThereIsNoData() {
    StatsStore store;
    for (int t = 1; t <= 10; ++t)
        store.ingest(batch(t, false)); // CPU only, like a sparse driver
    StatsChartsPage page(&store);
    page.resize(900, 600);
    page.showVms({{kHost, u"vm0"_s, u"demo-vm"_s, 1ull << 30}});
    QCOMPARE(page.chartTitle(StatsChartsPage::CpuChart), u"CPU"_s);
    QVERIFY2(page.chartTitle(StatsChartsPage::DiskChart).contains(u"no data"_s),
             qPrintable(page.chartTitle(StatsChartsPage::DiskChart)));
    // Memory falls back to the allocation, and says so.
    QVERIFY(page.chartTitle(StatsChartsPage::MemoryChart).contains(u"allocation"_s));
    QCOMPARE(page.series(StatsChartsPage::MemoryChart).first()->name(), u"Allocated"_s);
    QVERIFY(page.series(StatsChartsPage::MemoryChart).first()->count() > 0);
    saveShot(&page, u"charts-sparse.png"_s);
}

void TestStatsCharts::hostPage() {
    StatsStore store;
    for (int t = 1; t <= 30; ++t)
        store.ingest(batch(t, true));
    StatsChartsPage page(&store);
    page.resize(900, 600);
    page.showHost(kHost, u"lab-a"_s);
    QCOMPARE(page.series(StatsChartsPage::CpuChart).size(), 1);
    QCOMPARE(page.series(StatsChartsPage::MemoryChart).size(), 2); // in use + total
    QCOMPARE(page.axisTitle(StatsChartsPage::MemoryChart), u"GiB"_s);
    QVERIFY(page.series(StatsChartsPage::DiskChart).first()->count() > 0);
    saveShot(&page, u"charts-host.png"_s);
    page.showNothing(u"nothing selected"_s);
    QVERIFY(page.series(StatsChartsPage::CpuChart).isEmpty());
}

void TestStatsCharts::rulesDialog() {
    AlertRulesDialog dlg(defaultAlertRules());
    QCOMPARE(dlg.rules(), defaultAlertRules());
    auto *table = dlg.table();
    QCOMPARE(table->rowCount(), 3);
    static_cast<QSpinBox *>(table->cellWidget(1, 3))->setValue(600);
    auto rules = dlg.rules();
    QCOMPARE(rules.at(1).durationSeconds, 600);
    QCOMPARE(rules.at(1).id, defaultAlertRules().at(1).id);
    // The disconnection rule has no threshold to edit.
    QVERIFY(!table->cellWidget(2, 2)->isEnabled());
    auto *metric = static_cast<QComboBox *>(table->cellWidget(2, 1));
    metric->setCurrentIndex(metric->findData(int(AlertRule::Metric::HostCpu)));
    QVERIFY(table->cellWidget(2, 2)->isEnabled());
    QCOMPARE(dlg.rules().at(2).metric, AlertRule::Metric::HostCpu);
    dlg.resize(640, 340);
    saveShot(&dlg, u"alert-rules.png"_s);
}

// Every other record partial (a busy daemon): no point of the memory line is the allocation,
// no disk point is 0 or a spike, and the gaps are drawn as gaps (several segments).
void TestStatsCharts::partialRecordsDrawGaps() {
    StatsStore store;
    for (int t = 1; t <= 20; ++t) {
        StatsBatch b = batch(t, true);
        if (t % 2 == 0)
            for (DomainStatsRecord &r : b.domains)
                r.fields &=
                    ~quint32(DomainStatsRecord::HasBalloonRss | DomainStatsRecord::HasBlock);
        store.ingest(b);
    }
    StatsChartsPage page(&store);
    page.resize(900, 600);
    page.setWindow(StatsChartsPage::Window::OneMinute);
    page.showVms({{kHost, u"vm0"_s, u"web-01"_s, 2ull << 30}});
    const auto lines = [&](StatsChartsPage::ChartKind k) {
        return static_cast<QChartView *>(page.chartView(k))->chart()->series();
    };
    QCOMPARE(page.series(StatsChartsPage::MemoryChart).first()->name(), u"In use"_s);
    QVERIFY2(lines(StatsChartsPage::MemoryChart).size() >= 5, "the gaps split the line");
    for (QAbstractSeries *s : lines(StatsChartsPage::MemoryChart))
        for (const QPointF &p : static_cast<QLineSeries *>(s)->points())
            QVERIFY2(p.y() > 600 && p.y() < 800, qPrintable(QString::number(p.y()))); // MiB
    // Read grows by 3 MiB per 2 s tick: 1.5 MiB/s, also over the gaps.
    for (QAbstractSeries *s : lines(StatsChartsPage::DiskChart))
        if (s->name() == u"Read"_s)
            for (const QPointF &p : static_cast<QLineSeries *>(s)->points())
                QVERIFY2(qAbs(p.y() - 1.5) < 0.01, qPrintable(QString::number(p.y())));
    // Live ticks keep splitting and scrolling without leaking segments.
    for (int t = 21; t <= 80; ++t) {
        StatsBatch b = batch(t, true);
        if (t % 2 == 0)
            for (DomainStatsRecord &r : b.domains)
                r.fields &=
                    ~quint32(DomainStatsRecord::HasBalloonRss | DomainStatsRecord::HasBlock);
        store.ingest(b);
    }
    QVERIFY(lines(StatsChartsPage::MemoryChart).size() <= 17); // 31 ticks in the minute
    saveShot(&page, u"charts-gaps.png"_s);
}

void TestStatsCharts::timeLabelsAreNotCut_data() {
    QTest::addColumn<int>("window");
    QTest::newRow("minute") << int(StatsChartsPage::Window::OneMinute);
    QTest::newRow("hour") << int(StatsChartsPage::Window::OneHour);
}

// At the pane's smallest size every time label is drawn whole ("23:59:58", not "23:5…").
void TestStatsCharts::timeLabelsAreNotCut() {
    QFETCH(int, window);
    StatsStore store;
    for (int t = 1; t <= 40; ++t)
        store.ingest(batch(t, true));
    StatsChartsPage page(&store);
    page.setWindow(StatsChartsPage::Window(window));
    page.showVms({{kHost, u"vm0"_s, u"web-01"_s, 2ull << 30}});
    page.resize(page.minimumSizeHint());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCoreApplication::processEvents();
    const QString format =
        window == int(StatsChartsPage::Window::OneHour) ? u"HH:mm"_s : u"HH:mm:ss"_s;
    for (int k = 0; k < StatsChartsPage::ChartCount; ++k) {
        auto *view = static_cast<QChartView *>(page.chartView(StatsChartsPage::ChartKind(k)));
        int timeLabels = 0;
        for (QGraphicsItem *item : view->scene()->items()) {
            auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            if (!text || !text->isVisible())
                continue;
            const QString t = text->toPlainText();
            // Whole, and inside the chart rather than past its edge.
            const QRectF r = text->mapRectToScene(text->boundingRect());
            QVERIFY2(view->scene()->sceneRect().contains(r),
                     qPrintable(u"chart %1: label '%2' sticks out"_s.arg(k).arg(t)));
            QVERIFY2(!t.contains(u"..."_s) && !t.contains(QChar(0x2026)),
                     qPrintable(u"chart %1: label '%2' is cut"_s.arg(k).arg(t)));
            if (QTime::fromString(t, format).isValid())
                ++timeLabels;
        }
        QVERIFY2(timeLabels >= 2, qPrintable(u"chart %1: %2 time labels"_s.arg(k).arg(timeLabels)));
    }
}

// A VM without an interface libvirt can measure (net.count 0: no NIC, or a user-mode one) is
// not the host's fault.
void TestStatsCharts::networkNoDataBlamesTheVmNic() {
    StatsStore store;
    StatsChartsPage page(&store);
    page.resize(900, 600);
    // Selected before its first stats arrive (the app's usual order), then the store fills.
    page.showVms({{kHost, u"vm0"_s, u"slirp-vm"_s, 1ull << 30}});
    for (int t = 1; t <= 5; ++t) {
        StatsBatch b = batch(t, false);
        b.domains[0].fields |= DomainStatsRecord::HasNetCount;
        b.domains[0].netCount = 0;
        store.ingest(b);
    }
    const QString title = page.chartTitle(StatsChartsPage::NetworkChart);
    QVERIFY2(title.contains(u"this VM has no network device"_s), qPrintable(title));
    QVERIFY2(!title.contains(u"host"_s), qPrintable(title));
    // Read whole at the pane's smallest size: wrapped, not cut.
    page.resize(page.minimumSizeHint());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const auto *view = static_cast<QChartView *>(page.chartView(StatsChartsPage::NetworkChart));
    QString shown;
    for (QGraphicsItem *item : view->scene()->items())
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            text && text->toPlainText().startsWith(u"Network"_s))
            shown = text->toPlainText();
    QCOMPARE(shown.simplified(), title);
    // A VM whose host reports nothing about interfaces keeps the host's message.
    page.showVms({{kHost, u"vm1"_s, u"other"_s, 1ull << 30}});
    QVERIFY(page.chartTitle(StatsChartsPage::NetworkChart).contains(u"host"_s));
}

// A VM selected while its host is too busy to report memory use: the allocation stands in, and
// the first real sample replaces it with the use.
void TestStatsCharts::memoryUseReplacesTheAllocation() {
    StatsStore store;
    StatsChartsPage page(&store);
    page.resize(900, 600);
    page.showVms({{kHost, u"vm0"_s, u"busy"_s, 2ull << 30}});
    QCOMPARE(page.series(StatsChartsPage::MemoryChart).first()->name(), u"Allocated"_s);
    for (int t = 1; t <= 3; ++t) {
        StatsBatch b = batch(t, true);
        if (t < 3)
            b.domains[0].fields &= ~quint32(DomainStatsRecord::HasBalloonRss);
        store.ingest(b);
    }
    QCOMPARE(page.series(StatsChartsPage::MemoryChart).first()->name(), u"In use"_s);
    QVERIFY(!page.chartTitle(StatsChartsPage::MemoryChart).contains(u"allocation"_s));
}

// An hour and more of history: the hour window draws 30-second means, then every tick of the
// last 10 minutes, in one line, and says where the means end; a closing bucket folds the line.
void TestStatsCharts::hourShowsBothTiersInOneLine() {
    StatsStore store, reference;
    reference.setSingleTier(true);
    for (int t = 1; t <= 1900; ++t) {
        const StatsBatch b = batch(t, true);
        store.ingest(b);
        reference.ingest(b);
    }
    StatsChartsPage page(&store);
    page.resize(900, 600);
    page.showVms({{kHost, u"vm0"_s, u"web-01"_s, 2ull << 30}});
    QCOMPARE(page.tierNote(), QString()); // 10 minutes: every tick
    QCOMPARE(page.series(StatsChartsPage::CpuChart).first()->count(), 301);
    page.setWindow(StatsChartsPage::Window::OneHour);
    QCOMPARE(page.tierNote(), u"Older than 10 min: 30-s averages"_s);
    // Ticks 100-1900 in the hour: buckets 7-107 (to tick 1605, the first whole bucket in the
    // last 10 minutes), then every tick from 1606 on.
    const auto lines =
        static_cast<QChartView *>(page.chartView(StatsChartsPage::CpuChart))->chart()->series();
    QCOMPARE(lines.size(), 1);
    QLineSeries *cpu = page.series(StatsChartsPage::CpuChart).first();
    QCOMPARE(cpu->count(), 101 + 295);
    QCOMPARE(cpu->at(101).x(), double(wallOf(1606)));
    QCOMPARE(cpu->at(50).x(), double(wallOf((57 - 1) * 15 + 8))); // bucket 57's middle
    double sum = 0;
    const StatsSeries *all = reference.domain(kHost, u"vm0"_s)->get(StatsStore::Cpu);
    for (quint64 q = 56 * 15 + 1; q <= 57 * 15; ++q)
        sum += all->valueAt(q);
    QVERIFY2(qAbs(cpu->at(50).y() - sum / 15) < 1e-3, qPrintable(QString::number(cpu->at(50).y())));
    QCOMPARE(cpu->at(102).y(), double(all->valueAt(1607)));
    saveShot(&page, u"charts-hour-tiers.png"_s);

    // Ticks go on and buckets close (1905, 1920): the line is folded again each time, so at
    // 1920 it is buckets 8-108 (ticks 120-1620) and the ticks from 1621.
    for (int t = 1901; t <= 1920; ++t)
        store.ingest(batch(t, true));
    cpu = page.series(StatsChartsPage::CpuChart).first();
    QCOMPARE(cpu->count(), 101 + 300);
    QCOMPARE(cpu->at(101).x(), double(wallOf(1621)));
    page.setWindow(StatsChartsPage::Window::TenMinutes);
    QCOMPARE(page.tierNote(), QString());
}

QTEST_MAIN(TestStatsCharts)
#include "tst_statscharts.moc"
