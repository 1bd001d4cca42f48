// SPDX-License-Identifier: GPL-3.0-or-later
#include "failoverwatch.h"

#include "core/connectionmanager.h"
#include "core/libvirt/connection.h"
#include "core/replyguard.h"
#include "core/settingsvalue.h"
#include "core/taskpool.h"
#include "libvirt/failover.h"
#include "scheduler/job.h"
#include "scheduler/scheduler.h"
#include "workspace/workspace.h"

#include <QLoggingCategory>
#include <QSettings>
#include <QTimer>
#include <QUrl>

#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcFailover, "virtdeck.failover", QtWarningMsg)

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
// How long a failed failover waits before it is tried again, unless the setting
// failover/retrySeconds says otherwise.
constexpr qint64 kRetrySeconds = 60;

// How often the definition of a VM on shared disks is read again from its home.
constexpr qint64 kDefinitionSeconds = 60;

// Keeps the stored definitions of VMs on shared disks as their home has them.
void recordDefinitions(_virConnect *home, const QList<HaMark> &marks, HaStore &store) {
    for (const HaMark &m : marks) {
        QString error;
        const QString xml = definitionForFailover(home, m.uuid, &error);
        if (xml.isEmpty())
            qCWarning(lcFailover) << "cannot read the definition of" << m.name << ":" << error;
        else if (xml != m.definition && !store.setDefinition(m.uuid, xml))
            qCWarning(lcFailover) << "cannot record the definition of" << m.name << ":"
                                  << store.lastError();
    }
}

// Whether something accepts a TCP connection on host:port within `timeoutMs`.
bool tcpAnswers(const QString &host, int port, int timeoutMs) {
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *list = nullptr;
    if (getaddrinfo(host.toUtf8().constData(), QByteArray::number(port).constData(), &hints,
                    &list) != 0)
        return false;
    bool answered = false;
    for (addrinfo *a = list; a && !answered; a = a->ai_next) {
        const int fd = socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0)
            continue;
        if (::connect(fd, a->ai_addr, a->ai_addrlen) == 0) {
            answered = true;
        } else if (errno == EINPROGRESS) {
            pollfd p{fd, POLLOUT, 0};
            int err = 0;
            socklen_t len = sizeof err;
            answered = poll(&p, 1, timeoutMs) == 1 &&
                       getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) == 0 && err == 0;
        }
        ::close(fd);
    }
    freeaddrinfo(list);
    return answered;
}

// The ssh endpoint of a qemu+ssh URI; port 0 for other transports.
QPair<QString, int> sshEndpoint(const QString &uri) {
    const QUrl url(uri);
    if (!url.scheme().endsWith(u"+ssh"_s))
        return {QString(), 0};
    return {url.host(), url.port(22)};
}
} // namespace

FailoverWatch::FailoverWatch(Scheduler *scheduler, Workspace *workspace,
                             const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler)
    , m_workspace(workspace)
    , m_path(databasePath)
    , m_timer(new QTimer(this))
    , m_guard(std::make_unique<ReplyGuard<FailoverWatch>>(this)) {
    connect(m_timer, &QTimer::timeout, this, &FailoverWatch::tick);
    connect(m_scheduler, &Scheduler::jobFinished, this, &FailoverWatch::jobFinished);
}

FailoverWatch::~FailoverWatch() {
    m_guard->reset();
}

void FailoverWatch::start(int intervalMs) {
    // Read once here, not at each round: a settings file read on the GUI thread every 5 s.
    const QSettings settings;
    m_retrySeconds =
        boundedSetting<qint64>(settings, u"failover/retrySeconds"_s, kRetrySeconds, 5, 3600);
    m_timer->start(intervalMs);
    tick();
}

void FailoverWatch::tick() {
    qCDebug(lcFailover) << "tick runner" << m_scheduler->isRunner() << "reading" << m_reading;
    if (!m_scheduler->isRunner() || m_reading)
        return;
    m_reading = true;
    m_workspace->tasks()->start([path = m_path, guard = *m_guard](const CancelToken &) {
        HaStore store;
        QList<HaMark> marks;
        QString error;
        if (store.open(path, &error))
            marks = store.marks();
        else
            qCWarning(lcFailover) << "cannot read the high-availability marks:" << error;
        guard.reply([marks](FailoverWatch *w) {
            w->m_reading = false;
            w->evaluate(marks);
        });
    });
}

void FailoverWatch::evaluate(const QList<HaMark> &marks) {
    if (marks.size() != m_watching) {
        m_watching = marks.size();
        Q_EMIT note(tr("Watching %n high-availability VM(s).", nullptr, int(marks.size())));
    }
    QHash<QString, QList<HaMark>> byHome;
    for (const HaMark &m : marks) {
        byHome[m.home].append(m);
        if (!m.failedOverTo.isEmpty())
            m_submitted.remove(m.uuid);
        for (const QString &uri : m.prefer)
            watchHome(uri);
    }
    auto *cm = m_workspace->connections();
    for (auto it = byHome.cbegin(); it != byHome.cend(); ++it) {
        watchHome(it.key());
        const ConnectionState s = cm->state(cm->connectionForUri(it.key()));
        qCDebug(lcFailover) << "host" << it.key() << "state" << int(s);
        // Not known yet: a connection being opened (the first time, or again).
        const QDateTime opened = m_lastOpen.value(it.key());
        if (s == ConnectionState::Connecting ||
            (s == ConnectionState::Disconnected && opened.isValid() &&
             opened.msecsTo(QDateTime::currentDateTimeUtc()) < 3000))
            continue;
        if (s == ConnectionState::Connected) {
            if (m_lostSince.remove(it.key()))
                Q_EMIT note(tr("%1 answers again.").arg(it.key()));
            hostBack(it.key(), it.value());
        } else {
            hostLost(it.key(), it.value());
        }
    }
}

// Keeps a connection to `uri` open (or being retried).
void FailoverWatch::watchHome(const QString &uri) {
    auto *cm = m_workspace->connections();
    const QString id = cm->connectionForUri(uri);
    const ConnectionState s = cm->state(id);
    const QDateTime last = m_lastOpen.value(uri);
    const bool retry = s == ConnectionState::Failed &&
                       (!last.isValid() || last.secsTo(QDateTime::currentDateTimeUtc()) >= 10);
    if (s == ConnectionState::Disconnected || retry) {
        qCDebug(lcFailover) << "opening" << uri;
        m_lastOpen.insert(uri, QDateTime::currentDateTimeUtc());
        cm->openConnection(id);
    }
}

void FailoverWatch::hostBack(const QString &home, const QList<HaMark> &marks) {
    QList<HaMark> moved, shared;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const HaMark &m : marks) {
        if (!m.failedOverTo.isEmpty() && m.conflict.isEmpty())
            moved.append(m);
        const QDateTime read = m_definitionRead.value(m.uuid);
        if (m.sharedDisks && m.failedOverTo.isEmpty() &&
            (m.definition.isEmpty() || !read.isValid() || read.secsTo(now) >= kDefinitionSeconds)) {
            shared.append(m);
            m_definitionRead.insert(m.uuid, now);
        }
    }
    auto *cm = m_workspace->connections();
    Connection *c = cm->connection(cm->connectionForUri(home));
    std::shared_ptr<_virConnect> conn = c ? c->acquire() : nullptr;
    if ((moved.isEmpty() && shared.isEmpty()) || !conn)
        return;
    m_workspace->tasks()->start([conn, moved, shared, home, path = m_path,
                                 guard = *m_guard](const CancelToken &) {
        HaStore store;
        const bool open = store.open(path);
        if (open)
            recordDefinitions(conn.get(), shared, store);
        for (const HaMark &m : moved) {
            const ReturnedCopy r = disarmReturnedCopy(conn.get(), m.uuid);
            if (!r.running)
                continue;
            const QString text =
                tr("%1 runs again on %2, which was lost, and on %3, where a failover started it. "
                   "The old copy was paused: keep one and discard the other.")
                    .arg(m.name, home, m.failedOverTo);
            // Not recorded: the next round finds it again.
            if (!open || !store.setConflict(m.uuid, text))
                continue;
            guard.reply([m, text](FailoverWatch *w) {
                Q_EMIT w->conflict(m, text);
                Q_EMIT w->note(text);
            });
        }
    });
}

void FailoverWatch::hostLost(const QString &home, const QList<HaMark> &marks) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_lostSince.contains(home)) {
        m_lostSince.insert(home, now);
        Q_EMIT note(tr("%1 does not answer; its high-availability VMs fail over if it stays lost.")
                        .arg(home));
    }
    const qint64 lostFor = m_lostSince.value(home).secsTo(now);
    QList<HaMark> due;
    for (const HaMark &m : marks) {
        const QDateTime failed = m_failedAt.value(m.uuid);
        if (m.failedOverTo.isEmpty() && !m_submitted.contains(m.uuid) &&
            lostFor >= m.graceSeconds &&
            (!failed.isValid() || failed.secsTo(now) >= m_retrySeconds))
            due.append(m);
    }
    const auto [sshHost, sshPort] = sshEndpoint(home);
    if (due.isEmpty() || m_sshProbing.contains(home))
        return;
    if (sshPort == 0) {
        submitFailovers(home, due);
        return;
    }
    m_sshProbing.insert(home);
    m_workspace->tasks()->start(
        [home, due, host = sshHost, port = sshPort, guard = *m_guard](const CancelToken &) {
            const bool answers = tcpAnswers(host, port, 3000);
            guard.reply([home, due, answers](FailoverWatch *w) {
                w->m_sshProbing.remove(home);
                if (answers)
                    Q_EMIT w->note(tr("libvirt on %1 does not answer, but its ssh does: no "
                                      "failover while the host is up.")
                                       .arg(home));
                else
                    w->submitFailovers(home, due);
            });
        });
}

QString FailoverWatch::targetFor(const HaMark &m) const {
    auto *cm = m_workspace->connections();
    for (const QString &uri : m.prefer)
        if (uri != m.home && cm->state(cm->connectionForUri(uri)) == ConnectionState::Connected)
            return uri;
    for (const ConnectionConfig &c : cm->configs())
        if (c.uri() != m.home && !c.maintenance && cm->state(c.id) == ConnectionState::Connected)
            return c.uri();
    return {};
}

void FailoverWatch::submitFailovers(const QString &home, QList<HaMark> due) {
    QList<Job> jobs;
    for (const HaMark &m : due) {
        const QString target = targetFor(m);
        if (target.isEmpty()) {
            Q_EMIT note(tr("No connected host to fail %1 over to.").arg(m.name));
            continue;
        }
        Job j;
        j.kind = u"failover"_s;
        j.uri = target;
        j.vm = m.name;
        j.vmUuid = m.uuid;
        j.priority = m.priority;
        j.params = {{u"from"_s, home}, {u"repository"_s, m.repository}};
        if (m.sharedDisks) {
            j.params.insert(u"shared"_s, true);
            j.params.insert(u"definition"_s, m.definition);
        }
        jobs.append(j);
        m_submitted.insert(m.uuid);
        Q_EMIT note(tr("%1 is lost: failing %2 over to %3.").arg(home, m.name, target));
    }
    if (!jobs.isEmpty())
        m_scheduler->submit(jobs);
}

void FailoverWatch::settle(const HaMark &mark, const QString &keepUri) {
    auto *cm = m_workspace->connections();
    const QString discardUri = keepUri == mark.home ? mark.failedOverTo : mark.home;
    Connection *k = cm->connection(cm->connectionForUri(keepUri));
    Connection *d = cm->connection(cm->connectionForUri(discardUri));
    std::shared_ptr<_virConnect> keep = k ? k->acquire() : nullptr;
    std::shared_ptr<_virConnect> discard = d ? d->acquire() : nullptr;
    if (!keep || !discard) {
        Q_EMIT settled(false, tr("%1 and %2 must both be connected to settle %3.")
                                  .arg(keepUri, discardUri, mark.name));
        return;
    }
    m_workspace->tasks()->start([=, path = m_path, guard = *m_guard](const CancelToken &) {
        QString error;
        const bool ok = settleFailover(keep.get(), discard.get(), mark, keepUri, path, &error);
        const QString text =
            ok ? tr("%1 stays on %2; its copy on %3 was discarded (its disks are kept).")
                     .arg(mark.name, keepUri, discardUri)
               : tr("%1 was not settled: %2").arg(mark.name, error);
        guard.reply([ok, text](FailoverWatch *w) { Q_EMIT w->settled(ok, text); });
    });
}

void FailoverWatch::jobFinished(const Job &job) {
    if (job.kind != u"failover"_s)
        return;
    if (job.state != JobState::Done) {
        m_submitted.remove(job.vmUuid);
        m_failedAt.insert(job.vmUuid, QDateTime::currentDateTimeUtc());
        return;
    }
    // Stays in m_submitted until a read of the store shows the failover recorded.
    m_workspace->tasks()->start([path = m_path, job](const CancelToken &) {
        HaStore store;
        if (store.open(path))
            store.setFailedOver(job.vmUuid, job.uri, QDateTime::currentDateTimeUtc());
    });
}

} // namespace virtdeck
