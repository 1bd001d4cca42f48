// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcatalog.h"

#include "backupcatalogmodel.h"
#include "core/taskpool.h"
#include "repository.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace virtdeck {

using namespace virtdeck::backup;

namespace {
// On a task thread: what the repository at `path` holds.
QList<BackupSummary> readRepository(const QString &path, BackupListing *listing) {
    listing->repository = path;
    if (!QFileInfo::exists(path)) {
        listing->exists = false;
        return {};
    }
    const auto repo = Repository::open(path, Repository::Lock::Shared, false, &listing->error);
    if (!repo)
        return {};
    const QList<BackupManifest> backups = repo->backups(&listing->problems);
    listing->stats = repositoryStats(
        backups, [&](const QString &hash) { return repo->chunks().storedSize(hash); });
    QList<BackupSummary> rows;
    rows.reserve(backups.size());
    for (const auto &m : backups)
        rows.append(BackupSummary::of(m));
    return rows;
}

// On a task thread: verifies every chunk of the repository at `path`.
VerifyOutcome verifyRepositoryAt(const QString &path, const CancelToken &cancel,
                                 const ProgressSink &progress) {
    VerifyOutcome o;
    o.repository = path;
    if (const auto repo = Repository::open(path, Repository::Lock::Shared, false, &o.error))
        o.completed = verifyRepository(*repo, 1.0, 2, &cancel, progress, &o.report, &o.error);
    o.cancelled = cancel.isCancelled();
    return o;
}
} // namespace

BackupCatalog::BackupCatalog(TaskPool *tasks, QObject *parent)
    : QObject(parent)
    , m_tasks(tasks)
    , m_model(new BackupCatalogModel(this))
    , m_guard(this) {}

BackupCatalog::~BackupCatalog() {
    m_guard.reset();
    stopVerifying();
}

void BackupCatalog::refresh(const QString &path) {
    if (m_listing) {
        m_listAgain = path;
        return;
    }
    m_listing = true;
    m_listAgain.reset();
    m_tasks->start([path, guard = m_guard](const CancelToken &) {
        BackupListing listing;
        const QList<BackupSummary> rows = readRepository(path, &listing);
        guard.reply([listing, rows](BackupCatalog *self) { self->takeListing(listing, rows); });
    });
}

void BackupCatalog::takeListing(const BackupListing &listing, const QList<BackupSummary> &rows) {
    m_listing = false;
    if (m_listAgain) { // asked again meanwhile: that answer is the one to show
        refresh(*m_listAgain);
        return;
    }
    m_model->setBackups(rows);
    Q_EMIT listed(listing);
}

void BackupCatalog::verify(const QString &path) {
    if (m_verifying)
        return;
    auto progress = [guard = m_guard, last = std::make_shared<QElapsedTimer>()](const Progress &p) {
        if (last->isValid() && last->elapsed() < 500)
            return;
        last->start();
        guard.reply([p](BackupCatalog *self) { Q_EMIT self->verifyProgress(p.done, p.total); });
    };
    m_verifying = m_tasks->start([path, progress, guard = m_guard](const CancelToken &cancel) {
        const VerifyOutcome outcome = verifyRepositoryAt(path, cancel, progress);
        guard.reply([outcome](BackupCatalog *self) {
            self->m_verifying.reset();
            Q_EMIT self->verified(outcome);
        });
    });
}

void BackupCatalog::stopVerifying() {
    if (m_verifying)
        m_verifying->cancel();
}

} // namespace virtdeck
