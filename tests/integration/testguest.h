// SPDX-License-Identifier: GPL-3.0-or-later
// The test guest for integration tests: a kernel + busybox initramfs built by
// tests/guest/build-guest.sh (cached in ${VIRTDECK_GUEST_DIR:-/var/tmp/virtdeck-guest}) that
// boots under TCG in a few seconds, prints "VIRTDECK GUEST READY" on tty1 and ttyS0 and runs a
// shell ("guest# ") on both; with a NIC it takes a DHCP address and prints
// "VIRTDECK GUEST ADDRESS <nic> <cidr>".
//
// The API (a contract other tests use; keep it stable):
//   testguest::Files f;
//   TESTGUEST_REQUIRE(f);                      // builds or finds the guest, else QSKIP with why
//   testguest::Options o;                      // name, graphics None/Vnc/Spice, memory, network
//   o.name = u"vd-console-1"_s; o.graphics = testguest::Graphics::Vnc;
//   testguest::Guard guard(uri, o.name);       // destroy + undefine at scope exit, also on failure
//   QString err;
//   QVERIFY2(testguest::defineAndStart(uri, testguest::domainXml(f, o, uri), &err),
//   qPrintable(err));
// domainXml() adds a NIC on the `default` network only when that network exists on `uri`
// (Options::network = false: never). The serial console is a pty (virDomainOpenConsole works).
// The kernel and initrd paths are paths on the machine of `uri`: qemu+ssh tests run on loopback.
// Every call blocks (a libvirt connection of its own per call); call them from the test thread.
#pragma once

#include <QString>
#include <QTest>

namespace testguest {

struct Files {
    QString kernel; // absolute path of vmlinuz
    QString initrd; // absolute path of initrd.img
};

// Builds the guest once (a cached second run costs nothing) or finds it. Returns an empty string
// and fills `files`, or the reason it cannot be had.
QString build(Files *files);

enum class Graphics { None, Vnc, Spice };

struct Options {
    QString name = QStringLiteral("vd-test-guest");
    Graphics graphics = Graphics::None;
    int memoryMiB = 128;
    bool network = true; // a NIC on `default`, when that network exists
    QString cmdline = QStringLiteral("console=tty0 console=ttyS0,115200 quiet panic=-1");
};

// Whether `uri` has a network named `name` (defined and active).
bool hasActiveNetwork(const QString &uri, const QString &name = QStringLiteral("default"));

// The domain XML of the guest: TCG, direct kernel boot, a serial pty console, VGA, the graphics
// asked for (listening on 127.0.0.1 only), a NIC per Options::network.
QString domainXml(const Files &files, const Options &options, const QString &uri);

// Defines and starts the domain. False with libvirt's message in `error`.
bool defineAndStart(const QString &uri, const QString &xml, QString *error);

// virsh destroy / start of `name` on `uri`. False with libvirt's message in `error`.
bool destroy(const QString &uri, const QString &name, QString *error);
bool start(const QString &uri, const QString &name, QString *error);

// Destroys (if running) and undefines the domain `name` on `uri` when it goes out of scope; also
// at construction, so a leftover of a crashed earlier run does not fail the test.
class Guard {
public:
    Guard(QString uri, QString name);
    ~Guard();
    Guard(const Guard &) = delete;
    Guard &operator=(const Guard &) = delete;
    void release(); // destroy + undefine now

private:
    QString m_uri, m_name;
};

} // namespace testguest

#define TESTGUEST_REQUIRE(files)                                                                   \
    do {                                                                                           \
        const QString why_ = testguest::build(&(files));                                           \
        if (!why_.isEmpty())                                                                       \
            QSKIP(qPrintable(QStringLiteral("the test guest cannot be built: ") + why_));          \
    } while (false)
