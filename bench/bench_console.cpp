// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded console's cost on a real libvirtd (TCG), numbers for the README, no asserts:
//   VIRTDECK_QEMU_URI=qemu:///system build/bench/bench_console [--uri URI] [--runs N] [--window S]
//       [--protocol vnc|spice]
// A diskless VM sits in SeaBIOS's boot prompt, shown in a ConsoleView (offscreen, 800x500):
//  - idle: CPU of the whole process (GUI + session thread) while the screen only blinks its cursor;
//  - changing: the VM is reset every second, so SeaBIOS clears and redraws the screen;
//  - key → pixel: Escape typed at the prompt until the frame shows the boot menu.
// CPU is utime + stime of the process over the window, as % of one core; medians of --runs.
#include "benchprocess.h"
#include "console/consolesessions.h"
#include "console/keysym.h"
#include "consoleview.h"
#include "core/libvirt/handles.h"
#include "framepixels.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <libvirt/libvirt.h>

#include <algorithm>
#include <cstdio>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {

struct VmGuard {
    virConnectPtr conn;
    QString name;
    ~VmGuard() {
        if (lv::DomainPtr d{virDomainLookupByName(conn, name.toUtf8().constData())}) {
            virDomainDestroy(d.get());
            virDomainUndefine(d.get());
        }
    }
};

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// CPU % over `seconds` while `tick` runs every `periodMs` (0: none); damage events counted.
double measure(ConsoleSession *s, int seconds, int periodMs, const std::function<void()> &tick,
               int *damages) {
    int count = 0;
    auto c = QObject::connect(s, &ConsoleSession::damaged, [&count] { ++count; });
    QTimer timer;
    if (periodMs > 0) {
        QObject::connect(&timer, &QTimer::timeout, tick);
        timer.start(periodMs);
    }
    const double cpu0 = bench::cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    QTest::qWait(seconds * 1000);
    const double pct = 100.0 * (bench::cpuSeconds() - cpu0) / (wall.elapsed() / 1000.0);
    QObject::disconnect(c);
    *damages = count;
    return pct;
}

// Resets the VM, waits for the prompt to settle, types Escape: ms until the menu shows.
double keyLatency(virDomainPtr dom, ConsoleSession *s) {
    virDomainReset(dom, 0);
    if (!QTest::qWaitFor([&] { return framepixels::lit(s->frame()) > 200; }, 10000))
        return -1; // the picture did not come back after the reset
    QTest::qWait(1500);
    const QImage before = s->frame();
    QElapsedTimer t;
    t.start();
    s->sendKey(keysym::Escape, true);
    s->sendKey(keysym::Escape, false);
    if (!QTest::qWaitFor([&] { return framepixels::differing(before, s->frame()) > 200; }, 10000))
        return -1;
    return t.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto opt = [&](const QString &name, const QString &def) {
        return bench::option(args, name, def);
    };
    const QString uri = opt(u"--uri"_s, qEnvironmentVariable("VIRTDECK_QEMU_URI"));
    const int runs = opt(u"--runs"_s, u"3"_s).toInt();
    const int window = opt(u"--window"_s, u"10"_s).toInt();
    const QString protocol = opt(u"--protocol"_s, u"vnc"_s);
    if (uri.isEmpty()) {
        std::fprintf(stderr, "set VIRTDECK_QEMU_URI or --uri\n");
        return 2;
    }
    lv::ConnectPtr admin(virConnectOpen(uri.toUtf8().constData()));
    std::shared_ptr<_virConnect> conn(virConnectOpen(uri.toUtf8().constData()),
                                      lv::ConnectDeleter{});
    if (!admin || !conn)
        return 1;
    const QString name = u"vd-consolebench-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    VmGuard guard{admin.get(), name};
    const QString xml =
        uR"(<domain type='qemu'><name>%1</name><memory unit='MiB'>32</memory><vcpu>1</vcpu>
<os><type arch='x86_64' machine='pc'>hvm</type><bootmenu enable='yes' timeout='60000'/></os>
<devices><graphics type='%2' autoport='yes' listen='127.0.0.1'/>
<video><model type='vga'/></video></devices></domain>)"_s.arg(name, protocol);
    lv::DomainPtr dom(virDomainDefineXML(admin.get(), xml.toUtf8().constData()));
    if (!dom || virDomainCreate(dom.get()) != 0)
        return 1;

    ConsoleView view;
    view.resize(800, 500);
    view.show();
    view.setSession(createDisplaySession(conn, uri, name)); // as the Console tab makes it
    ConsoleSession *s = view.session();
    if (!QTest::qWaitFor([&] { return framepixels::lit(s->frame()) > 200; }, 15000))
        return 1;
    QTest::qWait(2000);

    std::vector<double> idle, changing, latency;
    int idleDamages = 0, changingDamages = 0;
    for (int r = 0; r < runs; ++r) {
        idle.push_back(measure(s, window, 0, {}, &idleDamages));
        changing.push_back(measure(
            s, window, 1000, [&] { virDomainReset(dom.get(), 0); }, &changingDamages));
        latency.push_back(keyLatency(dom.get(), s));
    }
    std::printf("uri %s, %s, %d runs of %d s (medians)\n", qPrintable(uri), qPrintable(protocol),
                runs, window);
    std::printf("idle console:      %.2f %% CPU, %d damage events in the last window\n",
                median(idle), idleDamages);
    std::printf("changing screen:   %.2f %% CPU, %d damage events in the last window\n",
                median(changing), changingDamages);
    std::printf("key -> pixel:      %.1f ms\n", median(latency));
    view.setSession(nullptr);
    return 0;
}
