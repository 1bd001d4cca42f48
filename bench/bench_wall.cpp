// SPDX-License-Identifier: GPL-3.0-or-later
// The classroom wall's cost with live tiles on a real libvirtd (TCG), numbers for the README, no
// asserts:
//   VIRTDECK_QEMU_URI=qemu:///system build/bench/bench_wall [--vms 30] [--window 30]
// Defines N diskless VMs (`vd-wallbench-NN`, 32 MiB, VGA, VNC) that wait at SeaBIOS's boot
// prompt, a lab whose students are those VMs, and shows its ClassroomWall offscreen with the
// default refresh (a screenshot of every running VM every 4 s, one per VM in flight). Prints the
// process's CPU (utime + stime as % of one core) over the window, the screenshots shown, and
// resident memory before the wall and at the end. Every VM is destroyed and undefined at exit.
#include "benchprocess.h"
#include "classroomwall.h"
#include "core/connectionconfig.h"
#include "core/connectionmanager.h"
#include "core/libvirt/handles.h"
#include "labs/lab.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>

#include <libvirt/libvirt.h>

#include <cstdio>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {

struct Vms {
    virConnectPtr conn;
    QStringList names;
    ~Vms() {
        for (const QString &n : names) {
            if (lv::DomainPtr d{virDomainLookupByName(conn, n.toUtf8().constData())}) {
                virDomainDestroy(d.get());
                virDomainUndefine(d.get());
            }
        }
    }
};

bool defineAndStart(virConnectPtr conn, const QString &name) {
    const QString xml =
        uR"(<domain type='qemu'><name>%1</name><memory unit='MiB'>32</memory><vcpu>1</vcpu>
<os><type arch='x86_64' machine='pc'>hvm</type><bootmenu enable='yes' timeout='65000'/></os>
<devices><graphics type='vnc' autoport='yes' listen='127.0.0.1'/>
<video><model type='vga'/></video></devices></domain>)"_s.arg(name);
    lv::DomainPtr dom(virDomainDefineXML(conn, xml.toUtf8().constData()));
    return dom && virDomainCreate(dom.get()) == 0;
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto opt = [&](const QString &name, const QString &def) {
        return bench::option(args, name, def);
    };
    const QString uri = opt(u"--uri"_s, qEnvironmentVariable("VIRTDECK_QEMU_URI"));
    const int count = opt(u"--vms"_s, u"30"_s).toInt();
    const int window = opt(u"--window"_s, u"30"_s).toInt();
    if (uri.isEmpty()) {
        std::fprintf(stderr, "set VIRTDECK_QEMU_URI or --uri\n");
        return 2;
    }
    lv::ConnectPtr admin(virConnectOpen(uri.toUtf8().constData()));
    if (!admin)
        return 1;
    Vms vms{admin.get(), {}};
    Lab lab;
    lab.name = u"wallbench"_s;
    lab.pattern = u"{student}"_s;
    lab.roles = {{u"vm"_s, u"template"_s}};
    lab.hosts = {uri};
    for (int i = 1; i <= count; ++i) {
        const QString name = u"vd-wallbench-%1"_s.arg(i, 2, 10, QChar(u'0'));
        vms.names << name;
        if (!defineAndStart(admin.get(), name)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(name), qPrintable(lv::lastError()));
            return 1;
        }
        lab.students.push_back({name, name, {}, {}});
        lab.assignments.push_back({name, uri});
    }

    Workspace workspace;
    ConnectionConfig c = ConnectionConfig::fromUri(uri);
    c.transient = true;
    const QString id = workspace.connections()->addConnection(c, true);
    QTest::qWaitFor(
        [&] { return workspace.connections()->state(id) == ConnectionState::Connected; }, 30000);
    QTest::qWait(3000); // the VM table fills; SeaBIOS draws its prompt
    const double rssBefore = bench::residentMiB();

    ClassroomWall wall(&workspace, lab);
    wall.setAttribute(Qt::WA_DeleteOnClose, false);
    wall.resize(1280, 900);
    wall.show();
    if (!QTest::qWaitFor([&] { return wall.shownCount() >= count; }, 60000))
        std::fprintf(stderr, "only %d of %d tiles showed a picture\n", wall.shownCount(), count);
    const int picturesBefore = wall.picturesReceived();
    const double cpu0 = bench::cpuSeconds();
    QElapsedTimer t;
    t.start();
    QTest::qWait(window * 1000);
    const double cpuPct = 100.0 * (bench::cpuSeconds() - cpu0) / (t.elapsed() / 1000.0);
    std::printf("uri %s, %d running VMs, %d s window, refresh every 4 s\n", qPrintable(uri), count,
                window);
    std::printf("wall CPU:       %.2f %% of a core (whole process)\n", cpuPct);
    std::printf("screenshots:    %d shown in the window\n",
                wall.picturesReceived() - picturesBefore);
    std::printf("resident:       %.1f MiB before the wall, %.1f MiB at the end\n", rssBefore,
                bench::residentMiB());
    return 0;
}
