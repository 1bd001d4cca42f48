// SPDX-License-Identifier: GPL-3.0-or-later
// Starts the external console viewer and says what really happened: opened() only once the
// viewer has run for a grace period (or ended normally), failed() with its own error output
// when it could not start or exited with an error at once (a refused ssh key, a wrong URI).
// For an ssh host it hands virt-viewer's display tunnel the connection's key file and host-key
// settings through a small `ssh` wrapper first in its PATH, written on the launcher's own task
// thread. Lives on the GUI thread; owns the viewer processes it started (they end with it).
#pragma once

#include "console/viewercommand.h"
#include "core/replyguard.h"
#include "core/taskpool.h"

#include <QObject>

namespace virtdeck {

class ConsoleLauncher : public QObject {
    Q_OBJECT
public:
    explicit ConsoleLauncher(QObject *parent = nullptr);
    ~ConsoleLauncher() override;

    // How long a viewer must keep running to count as opened (ms; tests shorten it).
    void setGracePeriod(int msecs) { m_graceMs = msecs; }
    // Starts `command` for the VM named `vmName` of host `connectionId`; opened() or failed()
    // follows, never both.
    void launch(const ViewerCommand &command, const QString &vmName,
                const QString &connectionId = {});

    // The text of an `ssh` wrapper script that runs `realSsh` with `options` before the
    // caller's arguments (single-quoted for sh).
    static QByteArray sshWrapperScript(const QString &realSsh, const QStringList &options);

Q_SIGNALS:
    void opened(const QString &vmName, const QString &connectionId);
    void failed(const QString &vmName, const QString &connectionId, const QString &message);

private:
    void start(const ViewerCommand &command, const QString &vmName, const QString &connectionId,
               const QString &wrapperDir);

    ReplyGuard<ConsoleLauncher> m_guard{this};
    int m_graceMs = 3000;
    int m_launches = 0;
    QString m_wrapperRoot; // where the wrappers live; removed with the launcher
    TaskPool m_tasks{1};   // last member: destroyed (joined) first
};

} // namespace virtdeck
