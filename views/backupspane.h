// The Backups pane: the backups in the repository chosen in Preferences (VM, host, time, mode,
// sizes, dedup), restore one as a new VM on a connected host (a scheduler job), and verify the
// repository (cancellable). The listing and the verification are a BackupCatalog's work, on the
// workspace's task pool; the pane shows its model and words its answers. GUI thread.
#pragma once

#include "scheduler/job.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace virtdeck {

class BackupCatalog;
class Scheduler;
class Workspace;
struct BackupListing;
struct VerifyOutcome;

class BackupsPane : public QWidget {
    Q_OBJECT
public:
    BackupsPane(Workspace *workspace, Scheduler *scheduler, QWidget *parent = nullptr);
    ~BackupsPane() override;

    QTableView *table() const { return m_table; }
    BackupCatalog *catalog() const { return m_catalog; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *verifyButton() const { return m_verify; }

    // Re-reads the repository (off the GUI thread); listed() follows.
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
    void showListing(const BackupListing &listing);
    void showVerified(const VerifyOutcome &outcome);
    QString verifySummary(const VerifyOutcome &outcome) const;
    void askRestore();
    void updateButtons();

    Workspace *m_workspace;
    Scheduler *m_scheduler;
    BackupCatalog *m_catalog;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_refresh;
    QPushButton *m_restore;
    QPushButton *m_verify;
};

} // namespace virtdeck
