// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/sshtunnel.h"

#include "console/viewercommand.h"

#include <QUrl>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

extern char **environ;

using namespace Qt::StringLiterals;

namespace virtdeck {

QStringList SshTunnel::arguments(const QString &uri, const GraphicsInfo &g) {
    const QUrl url(uri);
    QStringList args;
    if (url.port() > 0)
        args << u"-p"_s << QString::number(url.port());
    if (!url.userName().isEmpty())
        args << u"-l"_s << url.userName();
    // No prompt can be answered on a pipe: fail at once instead of hanging the session.
    // LogLevel=ERROR: what ssh prints is then a reason to show, not a notice.
    args << u"-o"_s << u"BatchMode=yes"_s << u"-o"_s << u"LogLevel=ERROR"_s << u"-T"_s << u"-e"_s
         << u"none"_s;
    args << sshOptionsForUri(uri);
    if (!g.socket.isEmpty()) {
        args << url.host() << u"nc"_s << u"-U"_s << g.socket;
    } else {
        const QString host = g.tunnelHost();
        const QString target = host.contains(u':') ? u"[%1]"_s.arg(host) : host;
        args << u"-W"_s << u"%1:%2"_s.arg(target).arg(g.port) << url.host();
    }
    return args;
}

std::shared_ptr<SshTunnel> SshTunnel::open(const QString &uri, const GraphicsInfo &g,
                                           QString *error) {
    int pair[2];
    int err[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0) {
        *error = tr("Cannot create a socket pair for the ssh tunnel.");
        return nullptr;
    }
    if (::pipe2(err, O_CLOEXEC) != 0) {
        ::close(pair[0]);
        ::close(pair[1]);
        *error = tr("Cannot create a socket pair for the ssh tunnel.");
        return nullptr;
    }
    std::vector<QByteArray> bytes{"ssh"};
    for (const QString &a : arguments(uri, g))
        bytes.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (auto &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pair[1], 0);
    posix_spawn_file_actions_adddup2(&actions, pair[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err[1], 2);
    pid_t pid = -1;
    const int rc = posix_spawnp(&pid, "ssh", &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(pair[1]);
    ::close(err[1]);
    if (rc != 0) {
        ::close(pair[0]);
        ::close(err[0]);
        *error = tr("Cannot start ssh for the display tunnel: %1")
                     .arg(QString::fromLocal8Bit(strerror(rc)));
        return nullptr;
    }
    ::fcntl(err[0], F_SETFL, ::fcntl(err[0], F_GETFL) | O_NONBLOCK);
    std::shared_ptr<SshTunnel> tunnel(new SshTunnel);
    tunnel->m_fd = pair[0];
    tunnel->m_err = err[0];
    tunnel->m_pid = pid;
    return tunnel;
}

QString SshTunnel::lastError() {
    std::lock_guard lock(m_mutex);
    char buf[1024];
    ssize_t n;
    while (m_err >= 0 && (n = ::read(m_err, buf, sizeof buf)) > 0)
        m_said.append(buf, n);
    if (m_said.size() > 4096)
        m_said = m_said.right(4096);
    const QList<QByteArray> lines = m_said.trimmed().split('\n');
    return QString::fromLocal8Bit(lines.last().trimmed());
}

QString SshTunnel::explain(const QString &reason, SshTunnel *tunnel) {
    const QString said = tunnel ? tunnel->lastError() : QString();
    return said.isEmpty() ? reason : tr("The ssh tunnel to the display failed: %1").arg(said);
}

int SshTunnel::takeFd() {
    const int fd = m_fd;
    m_fd = -1;
    return fd;
}

SshTunnel::~SshTunnel() {
    if (m_fd >= 0)
        ::close(m_fd);
    if (m_err >= 0)
        ::close(m_err);
    if (m_pid > 0) {
        ::kill(m_pid, SIGTERM);
        ::waitpid(m_pid, nullptr, 0);
    }
}

} // namespace virtdeck
