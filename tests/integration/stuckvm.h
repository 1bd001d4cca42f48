// SPDX-License-Identifier: GPL-3.0-or-later
// The "one stuck VM" scenario of issue 19 item 2 on a real libvirtd, shared by
// tst_integration_lanes and bench_stuckvm: two tiny running VMs on one host, the QEMU of one of
// them stopped with SIGSTOP (every monitor call on it then waits), and timed calls through the
// console's services on the other VM and on storage. Lives on the test's (GUI) thread; its
// destructor is the cleanup guard: it continues the stopped QEMU and destroys, undefines and
// deletes everything it made, also when a check failed half-way.
#pragma once

#include "core/connectionmanager.h"
#include "core/libvirt/connection.h"
#include "domains/libvirt/domainservice.h"
#include "hosttools.h"
#include "storage/libvirt/storageservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <csignal>
#include <memory>

namespace stuckvm {

using namespace virtdeck;
using namespace Qt::StringLiterals;

class Scenario {
public:
    explicit Scenario(const QString &uri)
        : m_uri(uri)
        , m_prefix(u"vd-lanes-%1"_s.arg(QCoreApplication::applicationPid())) {}

    ~Scenario() {
        resume();
        for (const QString &vm : std::as_const(m_vms)) {
            hosttools::virsh({u"destroy"_s, vm});
            hosttools::virsh({u"undefine"_s, vm, u"--remove-all-storage"_s});
            QFile::remove(kImages + u'/' + vm + u".qcow2"_s);
        }
        for (const QString &vol : std::as_const(m_volumes))
            if (QFile::exists(kImages + u'/' + vol))
                hosttools::virsh({u"vol-delete"_s, u"--pool"_s, u"default"_s, vol});
        // The services and the connection (which joins its lanes) go after this body.
    }

    // Defines and starts the VMs "stuck" and "other", then connects the console to the host.
    bool setUp() {
        if (!m_tmp.isValid())
            return false;
        for (const QString &role : {u"stuck"_s, u"other"_s}) {
            const QString name = m_prefix + u'-' + role;
            const QString disk = kImages + u'/' + name + u".qcow2"_s;
            m_vms << name;
            if (hosttools::run(u"qemu-img"_s,
                               {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, disk, u"16M"_s})
                        .code != 0 ||
                !hosttools::defineTinyVm(name, disk, m_tmp.path()) ||
                hosttools::virsh({u"start"_s, name}).code != 0)
                return false;
        }
        m_stuckUuid = uuidOf(stuckName());
        m_otherUuid = uuidOf(otherName());
        m_id = m_manager.addConnection(ConnectionConfig::fromUri(m_uri), true);
        if (!QTest::qWaitFor([&] { return m_manager.state(m_id) == ConnectionState::Connected; },
                             30000))
            return false;
        m_domains = std::make_unique<DomainService>(&m_manager, m_id);
        m_storage = StorageService::create(m_manager.connection(m_id));
        QObject::connect(&m_manager, &ConnectionManager::actionFinished, &m_context,
                         [this](const ActionResult &r) { m_actions.append(r); });
        QObject::connect(m_storage, &StorageService::finished, &m_context,
                         [this](const StorageResult &r) { m_storageResults.append(r); });
        QObject::connect(
            m_domains.get(), &DomainService::screenshotReady, &m_context,
            [this](const QString &, const QByteArray &, const QString &, const QString &error) {
                ++m_screenshots;
                m_screenshotError = error;
            });
        return !m_stuckUuid.isEmpty() && !m_otherUuid.isEmpty();
    }

    QString stuckName() const { return m_prefix + u"-stuck"_s; }
    QString otherName() const { return m_prefix + u"-other"_s; }
    Connection *connection() const { return m_manager.connection(m_id); }

    // SIGSTOP on the stuck VM's QEMU: libvirtd still answers, the VM's monitor no longer does.
    bool stop() {
        QFile pidFile(u"/run/libvirt/qemu/"_s + stuckName() + u".pid"_s);
        if (!pidFile.open(QIODevice::ReadOnly))
            return false;
        m_qemuPid = pidFile.readAll().trimmed().toLongLong();
        return m_qemuPid > 0 && ::kill(pid_t(m_qemuPid), SIGSTOP) == 0;
    }
    void resume() {
        if (m_qemuPid > 0)
            ::kill(pid_t(m_qemuPid), SIGCONT);
        m_qemuPid = 0;
    }

    // A screenshot of the stuck VM: with its QEMU stopped, the call waits for the monitor.
    void startScreenshot() { m_domains->takeScreenshot(m_stuckUuid); }
    int screenshotsAnswered() const { return m_screenshots; }
    QString screenshotError() const { return m_screenshotError; }

    // Milliseconds from the request to the answer of `action` on the other VM; -1 when it failed
    // or took longer than `timeoutMs`.
    qint64 timeOtherAction(DomainAction action, int timeoutMs = 15000) {
        const qsizetype before = m_actions.size();
        QElapsedTimer t;
        t.start();
        m_manager.runAction({{m_id, m_otherUuid}}, action);
        if (!QTest::qWaitFor([&] { return m_actions.size() > before; }, timeoutMs))
            return -1;
        const ActionResult &r = m_actions.at(before);
        if (!r.ok)
            qWarning().noquote() << "action failed:" << r.message;
        return r.ok ? t.elapsed() : -1;
    }

    // Makes a small volume in the pool "default" (virsh), then times its deletion through the
    // storage service; -1 when it failed or took longer than `timeoutMs`.
    qint64 timeVolumeDelete(int timeoutMs = 15000) {
        const QString vol = u"%1-vol%2.qcow2"_s.arg(m_prefix).arg(m_volumes.size());
        m_volumes << vol;
        if (hosttools::virsh(
                {u"vol-create-as"_s, u"default"_s, vol, u"1M"_s, u"--format"_s, u"qcow2"_s})
                .code != 0)
            return -1;
        const qsizetype before = m_storageResults.size();
        QElapsedTimer t;
        t.start();
        m_storage->deleteVolume(u"default"_s, vol);
        if (!QTest::qWaitFor([&] { return m_storageResults.size() > before; }, timeoutMs))
            return -1;
        const StorageResult &r = m_storageResults.at(before);
        if (!r.ok)
            qWarning().noquote() << "volume delete failed:" << r.message;
        return r.ok ? t.elapsed() : -1;
    }

private:
    static inline const QString kImages = u"/var/lib/libvirt/images"_s;

    static QString uuidOf(const QString &name) {
        return QString::fromUtf8(hosttools::virsh({u"domuuid"_s, name}).out).trimmed();
    }

    const QString m_uri;
    const QString m_prefix;
    QTemporaryDir m_tmp;
    QStringList m_vms, m_volumes;
    QString m_id, m_stuckUuid, m_otherUuid;
    qint64 m_qemuPid = 0;
    // Declared before the services: destroyed after them, it ends the host's lanes last.
    ConnectionManager m_manager;
    std::unique_ptr<DomainService> m_domains;
    StorageService *m_storage = nullptr; // a child of the Connection
    QObject m_context;
    QList<ActionResult> m_actions;
    QList<StorageResult> m_storageResults;
    int m_screenshots = 0;
    QString m_screenshotError;
};

} // namespace stuckvm
