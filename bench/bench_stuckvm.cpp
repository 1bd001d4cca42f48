// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19 item 2: what one stuck VM costs the rest of its host. On a real libvirtd (as root,
// VIRTDECK_QEMU_URI, e.g. qemu:///system) two tiny VMs run; the benchmark times a pause+resume of
// one of them and a volume delete in the pool "default", first with nothing stuck, then while the
// other VM's QEMU is stopped (SIGSTOP) with a screenshot of it waiting. Prints the median of
// RUNS runs (default 7) in milliseconds; everything it made is removed at the end.
//   build/bench/bench_stuckvm [RUNS]
#include "stuckvm.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {

struct Sample {
    std::vector<qint64> action, storage;
    int failures = 0;
};

qint64 median(std::vector<qint64> v) {
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void measure(stuckvm::Scenario &host, int runs, Sample &out) {
    for (int i = 0; i < runs; ++i) {
        const qint64 pause = host.timeOtherAction(DomainAction::Pause, 60000);
        const qint64 resume = host.timeOtherAction(DomainAction::Resume, 60000);
        const qint64 del = host.timeVolumeDelete(60000);
        if (pause < 0 || resume < 0 || del < 0) {
            ++out.failures;
            continue;
        }
        out.action.push_back(pause + resume);
        out.storage.push_back(del);
    }
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString uri = qEnvironmentVariable("VIRTDECK_QEMU_URI");
    if (uri.isEmpty()) {
        out << "VIRTDECK_QEMU_URI is not set: no real libvirtd to measure\n";
        return 77;
    }
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 7;
    stuckvm::Scenario host(uri);
    if (!host.setUp()) {
        out << "cannot start the two test VMs\n";
        return 1;
    }
    Sample normal, stuck;
    measure(host, runs, normal);
    if (!host.stop()) {
        out << "cannot stop the VM's QEMU (run as root)\n";
        return 1;
    }
    host.startScreenshot();
    QTest::qWait(300);
    measure(host, runs, stuck);
    const int waiting = int(host.connection()->waitingCalls(0).size());
    host.resume();

    out << "median of " << runs << " runs, ms            nothing stuck   one VM stuck\n";
    out << "other VM: pause + resume          " << qSetFieldWidth(13) << median(normal.action)
        << qSetFieldWidth(15) << median(stuck.action) << qSetFieldWidth(0) << '\n';
    out << "volume delete (storage lane)      " << qSetFieldWidth(13) << median(normal.storage)
        << qSetFieldWidth(15) << median(stuck.storage) << qSetFieldWidth(0) << '\n';
    out << "calls waiting on the stuck VM: " << waiting << ", failed runs: " << normal.failures
        << " / " << stuck.failures << '\n';
    return 0;
}
