// SPDX-License-Identifier: GPL-3.0-or-later
// The Backups pane: the backups in the repository chosen in Preferences (VM, host, time, mode,
// sizes, dedup), restore one as a new VM on a connected host or over the original VM (after a
// confirmation that names what is replaced; both scheduler jobs), and verify the repository
// (cancellable). The listing and the verification are a BackupCatalog's work, on the
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
struct BackupSummary;
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
    QPushButton *restoreOriginalButton() const { return m_restoreOriginal; }
    QPushButton *verifyButton() const { return m_verify; }

    // Re-reads the repository (off the GUI thread); listed() follows.
    void refresh();
    // Starts verifying (or stops a verification under way); verified() follows.
    void toggleVerify();
    // The restore job for the selected backup, as the Restore dialog would queue it; `format`
    // is "original" (each disk as backed up), "qcow2" or "raw".
    Job restoreJob(const QString &hostUri, const QString &name, const QString &pool,
                   const QString &format = QStringLiteral("original")) const;
    QString selectedBackupId() const;
    // The job that restores the selected backup over the VM it was taken from, on its host.
    Job restoreOriginalJob() const;
    // What "Restore over the original" replaces, in words: the VM, its host, its disks and the
    // backup's time. Empty without a selection.
    QString replaceConfirmation() const;
    // Why a new VM cannot have this name on the host with this URI (empty, not a plain name, a
    // VM of that name there already); empty when it can.
    QString newNameProblem(const QString &hostUri, const QString &name) const;
    // Asks to confirm, then queues restoreOriginalJob(); a cancel queues nothing.
    void askRestoreOriginal();

Q_SIGNALS:
    void listed();
    void verified(bool ok, const QString &summary);

private:
    void showListing(const BackupListing &listing);
    void showVerified(const VerifyOutcome &outcome);
    QString verifySummary(const VerifyOutcome &outcome) const;
    void askRestore();
    const BackupSummary *selectedBackup() const;
    QString hostNameOf(const QString &uri, bool *connected = nullptr) const;
    void updateButtons();

    Workspace *m_workspace;
    Scheduler *m_scheduler;
    BackupCatalog *m_catalog;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_refresh;
    QPushButton *m_restore;
    QPushButton *m_restoreOriginal;
    QPushButton *m_verify;
};

} // namespace virtdeck
