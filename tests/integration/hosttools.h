// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers of the integration tests: run a program (virsh, qemu-img, the virtdeck CLI…) while
// the event loop keeps turning, so a console living in the test process stays live meanwhile;
// and define a tiny QEMU VM from tests/data/tiny-vm.xml.
#pragma once

#include <QDebug>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <csignal>

namespace hosttools {

struct Run {
    int code = -1; // -1: killed after the timeout, or crashed
    QByteArray out, err;
};

inline Run run(const QString &prog, const QStringList &args, int timeoutMs = 300000) {
    QProcess p;
    p.start(prog, args);
    const bool done = QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, timeoutMs);
    if (!done) {
        p.kill();
        p.waitForFinished();
    }
    Run r{done && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
          p.readAllStandardOutput(), p.readAllStandardError()};
    if (r.code != 0)
        qWarning().noquote() << prog << args.join(u' ') << "->" << r.code << r.out << r.err;
    return r;
}

inline Run virsh(const QStringList &args) {
    return run(QStringLiteral("virsh"), QStringList{QStringLiteral("-q"), QStringLiteral("-c"),
                                                    QStringLiteral("qemu:///system")} +
                                            args);
}

// Defines the VM `name` on the disk image `disk` (tests/data/tiny-vm.xml); its XML goes to `dir`.
inline bool defineTinyVm(const QString &name, const QString &disk, const QString &dir) {
    QFile f(QStringLiteral(VIRTDECK_TEST_DATA "/tiny-vm.xml"));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QString xml = QString::fromUtf8(f.readAll());
    xml.replace(QStringLiteral("@NAME@"), name).replace(QStringLiteral("@DISK@"), disk);
    const QString path = dir + u'/' + name + QStringLiteral(".xml");
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(xml.toUtf8());
    out.close();
    return virsh({QStringLiteral("define"), path}).code == 0;
}

// SIGKILL for a child that still runs. QProcess::processId() is 0 once the child has been
// reaped, and kill(0, …) would hit the whole process group: ctest and the CI script included.
inline void killHard(QProcess &p) {
    const qint64 pid = p.processId();
    if (pid > 0)
        ::kill(pid_t(pid), SIGKILL);
}

} // namespace hosttools
