// The Backups pane: the backups in the repository chosen in Preferences (VM, host, time, mode,
// sizes, dedup), restore one as a new VM on a connected host (a scheduler job), and verify the
// repository (every chunk re-read and re-hashed, on a thread of its own, cancellable). The
// listing and the verification never touch the disk on the GUI thread. GUI thread.
#pragma once

#include "core/replyguard.h"
#include "scheduler/job.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace virtdeck {

class Workspace;
class Scheduler;
class CancelToken;

class BackupsPane : public QWidget {
    Q_OBJECT
public:
    BackupsPane(Workspace *workspace, Scheduler *scheduler, QWidget *parent = nullptr);
    ~BackupsPane() override;

    QTableWidget *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *verifyButton() const { return m_verify; }

    // Re-reads the repository (on a worker thread); listed() follows.
    void refresh();
    // Starts verifying (or stops a verification under way); verified() follows.
    void toggleVerify();
    // The restore job for the selected backup, as the Restore dialog would queue it.
    Job restoreJob(const QString &hostUri, const QString &name, const QString &pool) const;
    QString selectedBackupId() const;

Q_SIGNALS:
    void listed();
    void verified(bool ok, const QString &summary);

private:
    struct Listing;
    void show(const Listing &listing);
    void askRestore();
    void updateButtons();

    Workspace *m_workspace;
    Scheduler *m_scheduler;
    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_refresh;
    QPushButton *m_restore;
    QPushButton *m_verify;
    ReplyGuard<BackupsPane> m_guard;
    std::shared_ptr<CancelToken> m_verifying;
    bool m_listing = false;
    bool m_listAgain = false;
};

} // namespace virtdeck
