// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupspane.h"

#include "backup/backupcatalog.h"
#include "backup/backupcatalogmodel.h"
#include "backup/validation.h"
#include "core/preferences.h"
#include "domains/domaintablemodel.h"
#include "hosts/hosttablemodel.h"
#include "restoredialog.h"
#include "scheduler/scheduler.h"
#include "workspace/workspace.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
QString humanSize(quint64 bytes) {
    return QLocale().formattedDataSize(qint64(bytes), 1);
}
} // namespace

BackupsPane::BackupsPane(Workspace *workspace, Scheduler *scheduler, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_scheduler(scheduler)
    , m_catalog(new BackupCatalog(workspace->tasks(), this))
    , m_sorted(new QSortFilterProxyModel(this)) {
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_restore = new QPushButton(tr("Re&store…"), this);
    m_restore->setToolTip(tr("Restore the selected backup as a new VM on a connected host"));
    m_restoreOriginal = new QPushButton(tr("Restore over the &Original…"), this);
    m_restoreOriginal->setToolTip(tr("Restore the selected backup over the VM it was taken from, "
                                     "on its own host, replacing its disks"));
    m_verify = new QPushButton(tr("&Verify"), this);
    m_verify->setToolTip(tr("Re-read and re-hash every chunk of the repository"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_sorted->setSourceModel(m_catalog->model());
    m_sorted->setSortRole(BackupCatalogModel::SortRole);
    m_table = new QTableView(this);
    m_table->setModel(m_sorted);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BackupCatalogModel::Taken, Qt::DescendingOrder); // newest first
    m_table->setObjectName(u"backupsTable"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_restoreOriginal);
    buttons->addWidget(m_verify);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_table);

    connect(m_refresh, &QPushButton::clicked, this, &BackupsPane::refresh);
    connect(m_restore, &QPushButton::clicked, this, &BackupsPane::askRestore);
    connect(m_restoreOriginal, &QPushButton::clicked, this, &BackupsPane::askRestoreOriginal);
    connect(m_verify, &QPushButton::clicked, this, &BackupsPane::toggleVerify);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BackupsPane::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &BackupsPane::askRestore);
    connect(m_catalog, &BackupCatalog::listed, this, &BackupsPane::showListing);
    connect(m_catalog, &BackupCatalog::verified, this, &BackupsPane::showVerified);
    connect(m_catalog, &BackupCatalog::verifyProgress, this, [this](quint64 done, quint64 total) {
        m_status->setText(
            tr("Verifying: %1 of %2 checked…").arg(humanSize(done), humanSize(total)));
    });
    // A backup, restore or prune that finished changes what the repository holds.
    if (m_scheduler)
        connect(m_scheduler, &Scheduler::jobFinished, this, [this](const Job &j) {
            if (j.kind == u"backup"_s || j.kind == u"restore"_s)
                refresh();
        });
    connect(m_workspace->preferences(), &Preferences::changed, this, &BackupsPane::refresh);
    updateButtons();
    refresh();
}

BackupsPane::~BackupsPane() = default;

void BackupsPane::refresh() {
    const QString dir = m_workspace->preferences()->effectiveBackupRepository();
    m_status->setText(tr("Reading %1…").arg(dir));
    m_catalog->refresh(dir);
}

void BackupsPane::showListing(const BackupListing &l) {
    if (!l.exists) {
        m_status->setText(tr("No repository at %1 yet: back up a VM (Virtual Machine → Back Up "
                             "Now) to create it, or choose another folder in Preferences.")
                              .arg(l.repository));
    } else if (!l.error.isEmpty()) {
        m_status->setText(tr("Cannot read the repository %1: %2").arg(l.repository, l.error));
    } else {
        QString text = tr("%n backup(s) in %1", nullptr, int(l.stats.backups)).arg(l.repository);
        if (l.stats.storedBytes)
            text +=
                u" — "_s + tr("%1 of data stored in %2 (%3×)")
                               .arg(humanSize(l.stats.dataBytes), humanSize(l.stats.storedBytes),
                                    QLocale().toString(l.stats.dedupRatio(), 'f', 1));
        if (!l.problems.isEmpty())
            text += u"\n"_s + l.problems.join(u'\n');
        m_status->setText(text);
    }
    m_table->resizeColumnsToContents();
    updateButtons();
    Q_EMIT listed();
}

QString BackupsPane::selectedBackupId() const {
    const auto rows = m_table->selectionModel()->selectedRows(BackupCatalogModel::Id);
    return rows.isEmpty() ? QString() : rows.first().data(BackupCatalogModel::IdRole).toString();
}

const BackupSummary *BackupsPane::selectedBackup() const {
    const int row = m_catalog->model()->rowOf(selectedBackupId());
    return row < 0 ? nullptr : &m_catalog->model()->backupAt(row);
}

void BackupsPane::updateButtons() {
    m_restore->setEnabled(m_scheduler && !selectedBackupId().isEmpty());
    // An image backup ("file") has no VM to restore over.
    const BackupSummary *b = selectedBackup();
    m_restoreOriginal->setEnabled(m_scheduler && b && !b->host.isEmpty() && b->host != u"file"_s);
}

// The name of the host with this URI as the Hosts pane shows it (the URI when not added).
QString BackupsPane::hostNameOf(const QString &uri, bool *connected) const {
    const auto *hosts = m_workspace->hosts();
    for (int r = 0; r < hosts->rowCount(); ++r) {
        const auto &h = hosts->rowAt(r);
        if (h.uri != uri)
            continue;
        if (connected)
            *connected = h.state == ConnectionState::Connected;
        return h.name.isEmpty() ? uri : h.name;
    }
    if (connected)
        *connected = false;
    return uri;
}

Job BackupsPane::restoreOriginalJob() const {
    const BackupSummary *b = selectedBackup();
    if (!b)
        return {};
    Job j;
    j.kind = u"restore"_s;
    j.uri = b->host;
    j.vm = b->vmName;
    j.params.insert(u"repository"_s, m_workspace->preferences()->effectiveBackupRepository());
    j.params.insert(u"backup"_s, b->id);
    j.params.insert(u"toOriginal"_s, true);
    j.hostDown = HostDownPolicy::Fail;
    return j;
}

QString BackupsPane::replaceConfirmation() const {
    const BackupSummary *b = selectedBackup();
    if (!b)
        return {};
    return tr("Restore the backup of %1 taken %2 over the VM %1 on %3?\n\nIts disks (%4) are "
              "replaced by the backup's and its definition by the one backed up; the VM must be "
              "shut off. Its current disk volumes are kept, no longer used.")
        .arg(b->vmName, QLocale().toString(b->finished.toLocalTime(), QLocale::LongFormat),
             hostNameOf(b->host), b->disks.isEmpty() ? tr("none") : b->disks.join(u", "_s));
}

void BackupsPane::askRestoreOriginal() {
    const BackupSummary *b = selectedBackup();
    if (!b || !m_scheduler || !m_restoreOriginal->isEnabled())
        return;
    bool connected = false;
    const QString host = hostNameOf(b->host, &connected);
    if (!connected) {
        m_status->setText(tr("Connect %1 first: the backup of %2 is restored on its own host.")
                              .arg(host, b->vmName));
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Restore over %1").arg(b->vmName),
                    replaceConfirmation(), QMessageBox::Cancel, this);
    box.addButton(tr("&Replace %1").arg(b->vmName), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.buttonRole(box.clickedButton()) != QMessageBox::DestructiveRole)
        return;
    const QString vm = b->vmName; // the job below may refresh the listing
    m_scheduler->submit({restoreOriginalJob()});
    m_status->setText(tr("Restoring %1 over itself on %2: see the Jobs pane.").arg(vm, host));
}

QString BackupsPane::newNameProblem(const QString &hostUri, const QString &name) const {
    if (name.isEmpty())
        return tr("Name the new VM.");
    if (const QString e = backup::checkPlainName(tr("The name"), name); !e.isEmpty())
        return e;
    const auto *hosts = m_workspace->hosts();
    QString connectionId;
    for (int r = 0; r < hosts->rowCount(); ++r)
        if (hosts->rowAt(r).uri == hostUri)
            connectionId = hosts->rowAt(r).connectionId;
    const auto *domains = m_workspace->domains();
    for (int r = 0; r < domains->rowCount(); ++r) {
        const DomainInfo &d = domains->domainAt(r);
        if (d.connectionId == connectionId && d.name == name)
            return tr("There is a VM named %1 on this host already.").arg(name);
    }
    return {};
}

Job BackupsPane::restoreJob(const QString &hostUri, const QString &name, const QString &pool,
                            const QString &format) const {
    Job j;
    j.kind = u"restore"_s;
    j.uri = hostUri;
    j.vm = name;
    j.params.insert(u"repository"_s, m_workspace->preferences()->effectiveBackupRepository());
    j.params.insert(u"backup"_s, selectedBackupId());
    if (!pool.trimmed().isEmpty())
        j.params.insert(u"pool"_s, pool.trimmed());
    j.params.insert(u"format"_s, format);
    j.hostDown = HostDownPolicy::Fail;
    return j;
}

void BackupsPane::askRestore() {
    const BackupSummary *b = selectedBackup();
    if (!b || !m_scheduler)
        return;
    const QString id = b->id;
    RestoreDialog dlg(m_workspace, *b, this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    m_scheduler->submit({restoreJob(dlg.hostUri(), dlg.vmName(), dlg.pool(), dlg.format())});
    m_status->setText(tr("Restoring %1 as %2: see the Jobs pane.").arg(id, dlg.vmName()));
}

void BackupsPane::toggleVerify() {
    if (m_catalog->isVerifying()) {
        m_catalog->stopVerifying();
        return;
    }
    const QString dir = m_workspace->preferences()->effectiveBackupRepository();
    m_verify->setText(tr("Stop &Verifying"));
    m_status->setText(tr("Verifying %1…").arg(dir));
    m_catalog->verify(dir);
}

QString BackupsPane::verifySummary(const VerifyOutcome &o) const {
    const backup::VerifyReport &r = o.report;
    if (o.cancelled)
        return tr("Verification stopped.");
    if (!o.error.isEmpty())
        return tr("Cannot verify: %1").arg(o.error);
    if (o.good())
        return tr("All %n backup(s) verified: %1 in %2 chunks re-read, no damage.", nullptr,
                  int(r.backups))
            .arg(humanSize(r.bytesChecked))
            .arg(r.chunksChecked);
    return tr("Damaged: %1. Missing chunks: %2. Backups that cannot be restored: %3.")
        .arg(r.damagedChunks.size())
        .arg(r.missingChunks.size())
        .arg(r.damagedBackups.isEmpty() ? tr("none") : r.damagedBackups.join(u", "_s));
}

void BackupsPane::showVerified(const VerifyOutcome &outcome) {
    const QString summary = verifySummary(outcome);
    m_verify->setText(tr("&Verify"));
    m_status->setText(summary);
    Q_EMIT verified(outcome.good(), summary);
}

} // namespace virtdeck
