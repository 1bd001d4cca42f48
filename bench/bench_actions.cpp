// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 25 item 2: a host as the window sees it, locally and over ssh. Opens URI through the
// ConnectionManager (the window's and every command's path), times the launch to a filled
// table (connection set-up + listing), then a lifecycle action on COUNT of its VMs — pause,
// then resume — until every action has finished and every row shows its new state. Prints
// milliseconds; bench_remote.py runs it on test:///node.xml and on test+ssh://…/node.xml.
//   build/bench/bench_actions URI [COUNT]        (COUNT default 100)
#include "core/connectionmanager.h"
#include "core/domaininfo.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSet>
#include <QTextStream>
#include <QTimer>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {

// Spins the event loop until `done()` or the timeout; false on timeout.
template <typename F> bool waitUntil(F &&done, int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

struct Host {
    ConnectionManager cm;
    QString id;
    QHash<QString, DomainInfo> rows;
    int finished = 0, failed = 0;
    bool listed = false;

    Host() {
        QObject::connect(&cm, &ConnectionManager::domainsListed, &cm,
                         [this](const QString &, const QList<DomainInfo> &list) {
                             rows.clear();
                             for (const DomainInfo &d : list)
                                 rows.insert(d.uuid, d);
                             listed = !list.isEmpty();
                         });
        QObject::connect(&cm, &ConnectionManager::domainChanged, &cm,
                         [this](const DomainInfo &d) { rows.insert(d.uuid, d); });
        QObject::connect(&cm, &ConnectionManager::actionFinished, &cm,
                         [this](const ActionResult &r) {
                             ++finished;
                             failed += r.ok ? 0 : 1;
                         });
    }

    // Runs `action` on `uuids` and waits until each finished and shows `state`; ms or -1.
    qint64 act(const QStringList &uuids, DomainAction action, DomainState state) {
        QList<DomainRef> refs;
        for (const QString &u : uuids)
            refs.append({id, u});
        finished = failed = 0;
        QElapsedTimer t;
        t.start();
        cm.runAction(refs, action);
        const bool ok = waitUntil(
            [&] {
                if (finished < uuids.size())
                    return false;
                for (const QString &u : uuids)
                    if (rows.value(u).state != state)
                        return false;
                return true;
            },
            600000);
        return ok && failed == 0 ? t.elapsed() : -1;
    }
};

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_actions URI [COUNT]\n";
        return 2;
    }
    const QString uri = QString::fromLocal8Bit(argv[1]);
    const int count = argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 100;
    Host host;
    QElapsedTimer launch;
    launch.start();
    ConnectionConfig config = ConnectionConfig::fromUri(uri);
    config.transient = true;
    host.id = host.cm.addConnection(config, true);
    if (!waitUntil([&] { return host.listed; }, 600000)) {
        out << "the host's VMs were not listed\n";
        return 1;
    }
    const qint64 filled = launch.elapsed();
    QStringList running;
    for (const DomainInfo &d : std::as_const(host.rows))
        if (d.state == DomainState::Running && running.size() < count)
            running.append(d.uuid);
    const qint64 pause = host.act(running, DomainAction::Pause, DomainState::Paused);
    const qint64 resume = host.act(running, DomainAction::Resume, DomainState::Running);
    out << "filled table " << filled << " ms (" << host.rows.size() << " VMs); pause "
        << running.size() << " VMs " << pause << " ms; resume " << resume << " ms\n";
    host.cm.shutdown();
    return pause < 0 || resume < 0 ? 1 : 0;
}
