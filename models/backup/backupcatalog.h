// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue of a backup repository for the Backups pane: lists the backups into its
// BackupCatalogModel with the repository's statistics, and verifies the repository (every chunk
// re-read and re-hashed). The work runs on the workspace's TaskPool, never on the GUI thread; the
// results come back to this object through a ReplyGuard. One listing at a time (asked again
// meanwhile, the newest request is the one answered); a verification stops through its token,
// and when this object goes. Lives on the GUI thread.
#pragma once

#include "backup/backupsummary.h"
#include "backup/repositorystats.h"
#include "backup/verifier.h"
#include "core/replyguard.h"

#include <QObject>

#include <memory>
#include <optional>

namespace virtdeck {

class BackupCatalogModel;
class CancelToken;
class TaskPool;

// What a listing found besides the rows.
struct BackupListing {
    QString repository;
    bool exists = true;   // false: there is no folder at that path (yet)
    QString error;        // the repository cannot be opened
    QStringList problems; // unreadable manifests
    backup::RepositoryStats stats;
};

// How a verification ended.
struct VerifyOutcome {
    QString repository;
    bool cancelled = false;
    bool completed = false; // every chunk asked for was checked
    QString error;          // the repository cannot be opened or read
    backup::VerifyReport report;

    bool good() const { return completed && !cancelled && error.isEmpty() && report.ok(); }
};

class BackupCatalog : public QObject {
    Q_OBJECT
public:
    explicit BackupCatalog(TaskPool *tasks, QObject *parent = nullptr);
    ~BackupCatalog() override;

    BackupCatalogModel *model() const { return m_model; }

    // Re-reads the repository at `path`; the model is updated, then listed() follows.
    void refresh(const QString &path);
    // Starts verifying the repository at `path`; verified() follows.
    void verify(const QString &path);
    void stopVerifying();
    bool isVerifying() const { return bool(m_verifying); }

Q_SIGNALS:
    void listed(const virtdeck::BackupListing &listing);
    // At most twice a second while verifying: bytes checked of the total.
    void verifyProgress(quint64 done, quint64 total);
    void verified(const virtdeck::VerifyOutcome &outcome);

private:
    void takeListing(const BackupListing &listing, const QList<BackupSummary> &rows);

    TaskPool *m_tasks;
    BackupCatalogModel *m_model;
    ReplyGuard<BackupCatalog> m_guard;
    std::shared_ptr<CancelToken> m_verifying;
    bool m_listing = false;
    std::optional<QString> m_listAgain; // asked meanwhile: the path to read next
};

} // namespace virtdeck
