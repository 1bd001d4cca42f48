#include "backupspane.h"

#include "backup/repository.h"
#include "backup/verifier.h"
#include "core/preferences.h"
#include "hosts/hosttablemodel.h"
#include "scheduler/scheduler.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <thread>

namespace virtdeck {

using namespace Qt::StringLiterals;

struct BackupsPane::Listing {
    QString repository;
    QString error; // the repository cannot be opened
    bool exists = true;
    QList<backup::BackupManifest> backups;
    QStringList problems;
    quint64 stored = 0; // bytes of the chunks the backups name, compressed
    quint64 data = 0;   // bytes of data the backups hold
};

namespace {
enum Column { Id, Vm, Host, Taken, Mode, Size, Data, ColumnCount };

// Sorts by the value in Qt::UserRole when both items have one (times, byte counts).
class SortItem : public QTableWidgetItem {
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem &other) const override {
        const QVariant a = data(Qt::UserRole);
        const QVariant b = other.data(Qt::UserRole);
        if (a.isValid() && b.isValid())
            return QVariant::compare(a, b) == QPartialOrdering::Less;
        return QTableWidgetItem::operator<(other);
    }
};

QString humanSize(quint64 bytes) {
    return QLocale().formattedDataSize(qint64(bytes), 1);
}
} // namespace

BackupsPane::BackupsPane(Workspace *workspace, Scheduler *scheduler, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_scheduler(scheduler)
    , m_guard(this) {
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_restore = new QPushButton(tr("Re&store…"), this);
    m_restore->setToolTip(tr("Restore the selected backup as a new VM on a connected host"));
    m_verify = new QPushButton(tr("&Verify"), this);
    m_verify->setToolTip(tr("Re-read and re-hash every chunk of the repository"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Backup"), tr("VM"), tr("Host"), tr("Taken"), tr("Mode"), tr("Size"), tr("Data")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Taken, Qt::DescendingOrder); // newest first
    m_table->setObjectName(u"backupsTable"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_verify);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_table);

    connect(m_refresh, &QPushButton::clicked, this, &BackupsPane::refresh);
    connect(m_restore, &QPushButton::clicked, this, &BackupsPane::askRestore);
    connect(m_verify, &QPushButton::clicked, this, &BackupsPane::toggleVerify);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BackupsPane::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &BackupsPane::askRestore);
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

BackupsPane::~BackupsPane() {
    m_guard.reset();
    if (m_verifying)
        m_verifying->cancel();
}

void BackupsPane::refresh() {
    if (m_listing) { // one listing at a time; the newest request wins once it is back
        m_listAgain = true;
        return;
    }
    m_listing = true;
    m_listAgain = false;
    const QString dir = m_workspace->preferences()->effectiveBackupRepository();
    m_status->setText(tr("Reading %1…").arg(dir));
    std::thread([dir, guard = m_guard] {
        Listing l;
        l.repository = dir;
        if (!QFileInfo::exists(dir)) {
            l.exists = false;
        } else if (auto repo = backup::Repository::open(dir, backup::Repository::Lock::Shared,
                                                        false, &l.error)) {
            l.backups = repo->backups(&l.problems);
            QSet<QString> seen;
            for (const auto &m : std::as_const(l.backups)) {
                l.data += m.dataBytes();
                for (const auto &d : m.disks)
                    for (const auto &c : d.chunks)
                        if (!c.isEmpty() && !seen.contains(c)) {
                            seen.insert(c);
                            l.stored += repo->chunks().storedSize(c);
                        }
            }
        }
        guard.reply([l](BackupsPane *self) {
            self->m_listing = false;
            if (self->m_listAgain) { // asked again meanwhile: that answer is the one to show
                self->refresh();
                return;
            }
            self->show(l);
        });
    }).detach();
}

void BackupsPane::show(const Listing &l) {
    const QString keep = selectedBackupId();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    if (!l.exists) {
        m_status->setText(tr("No repository at %1 yet: back up a VM (Virtual Machine → Back Up "
                             "Now) to create it, or choose another folder in Preferences.")
                              .arg(l.repository));
    } else if (!l.error.isEmpty()) {
        m_status->setText(tr("Cannot read the repository %1: %2").arg(l.repository, l.error));
    } else {
        QString text = tr("%n backup(s) in %1", nullptr, int(l.backups.size())).arg(l.repository);
        if (l.stored)
            text +=
                u" — "_s + tr("%1 of data stored in %2 (%3×)")
                               .arg(humanSize(l.data), humanSize(l.stored),
                                    QLocale().toString(double(l.data) / double(l.stored), 'f', 1));
        if (!l.problems.isEmpty())
            text += u"\n"_s + l.problems.join(u'\n');
        m_status->setText(text);
    }
    m_table->setRowCount(int(l.backups.size()));
    for (int r = 0; r < l.backups.size(); ++r) {
        const backup::BackupManifest &m = l.backups.at(r);
        auto set = [&](int c, const QString &text, const QVariant &sortKey = {}) {
            auto *item = new SortItem(text);
            if (sortKey.isValid())
                item->setData(Qt::UserRole, sortKey);
            m_table->setItem(r, c, item);
        };
        set(Id, m.id);
        set(Vm, m.vmName);
        set(Host, m.host);
        set(Taken, QLocale().toString(m.finished.toLocalTime(), QLocale::ShortFormat), m.finished);
        set(Mode, m.mode == u"incremental"_s ? tr("incremental") : tr("full"));
        set(Size, humanSize(m.capacity()), qulonglong(m.capacity()));
        set(Data, humanSize(m.dataBytes()), qulonglong(m.dataBytes()));
        m_table->item(r, Id)->setData(Qt::UserRole + 1, m.vmName);
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, Id)->text() == keep)
            m_table->selectRow(r);
    updateButtons();
    Q_EMIT listed();
}

QString BackupsPane::selectedBackupId() const {
    const auto rows = m_table->selectionModel()->selectedRows(Id);
    return rows.isEmpty() ? QString() : rows.first().data().toString();
}

void BackupsPane::updateButtons() {
    m_restore->setEnabled(m_scheduler && !selectedBackupId().isEmpty());
}

Job BackupsPane::restoreJob(const QString &hostUri, const QString &name,
                            const QString &pool) const {
    Job j;
    j.kind = u"restore"_s;
    j.uri = hostUri;
    j.vm = name;
    j.params.insert(u"repository"_s, m_workspace->preferences()->effectiveBackupRepository());
    j.params.insert(u"backup"_s, selectedBackupId());
    if (!pool.trimmed().isEmpty())
        j.params.insert(u"pool"_s, pool.trimmed());
    j.hostDown = HostDownPolicy::Fail;
    return j;
}

void BackupsPane::askRestore() {
    const QString id = selectedBackupId();
    if (id.isEmpty() || !m_scheduler)
        return;
    const auto rows = m_table->selectionModel()->selectedRows(Id);
    const QString vm = rows.first().data(Qt::UserRole + 1).toString();

    QDialog dlg(this);
    dlg.setWindowTitle(tr("Restore %1").arg(id));
    auto *name = new QLineEdit(vm + u"-restored"_s, &dlg);
    auto *host = new QComboBox(&dlg);
    const auto *hosts = m_workspace->hosts();
    for (int r = 0; r < hosts->rowCount(); ++r) {
        const auto &h = hosts->rowAt(r);
        if (h.state == ConnectionState::Connected)
            host->addItem(h.name, h.uri);
    }
    auto *pool = new QLineEdit(u"default"_s, &dlg);
    auto *note = new QLabel(tr("The backup becomes a new VM with a new UUID and new MACs; its "
                               "disks are written as new volumes in the pool. The restore runs "
                               "as a job: follow it and cancel it in the Jobs pane."),
                            &dlg);
    note->setWordWrap(true);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dlg);
    box->button(QDialogButtonBox::Ok)->setText(tr("&Restore"));
    auto check = [&] {
        box->button(QDialogButtonBox::Ok)
            ->setEnabled(host->count() > 0 && !name->text().trimmed().isEmpty() &&
                         !name->text().contains(u'/'));
    };
    connect(name, &QLineEdit::textChanged, &dlg, check);
    check();
    connect(box, &QDialogButtonBox::accepted, &dlg, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("New VM &name:"), name);
    form->addRow(tr("&Host:"), host);
    form->addRow(tr("&Pool:"), pool);
    auto *layout = new QVBoxLayout(&dlg);
    layout->addLayout(form);
    if (host->count() == 0)
        layout->addWidget(new QLabel(tr("Connect the host to restore to first."), &dlg));
    layout->addWidget(note);
    layout->addWidget(box);
    if (dlg.exec() != QDialog::Accepted)
        return;
    m_scheduler->submit(
        {restoreJob(host->currentData().toString(), name->text().trimmed(), pool->text())});
    m_status->setText(tr("Restoring %1 as %2: see the Jobs pane.").arg(id, name->text().trimmed()));
}

void BackupsPane::toggleVerify() {
    if (m_verifying) {
        m_verifying->cancel();
        return;
    }
    const QString dir = m_workspace->preferences()->effectiveBackupRepository();
    m_verifying = std::make_shared<CancelToken>();
    m_verify->setText(tr("Stop &Verifying"));
    m_status->setText(tr("Verifying %1…").arg(dir));
    std::thread([dir, cancel = m_verifying, guard = m_guard] {
        QString error;
        backup::VerifyReport report;
        bool ok = false;
        if (auto repo =
                backup::Repository::open(dir, backup::Repository::Lock::Shared, false, &error)) {
            auto last = std::chrono::steady_clock::now();
            ok = backup::verifyRepository(
                *repo, 1.0, 2, cancel.get(),
                [guard, &last](const backup::Progress &p) {
                    const auto now = std::chrono::steady_clock::now();
                    if (now - last < std::chrono::milliseconds(500))
                        return;
                    last = now;
                    const QString text = BackupsPane::tr("Verifying: %1 of %2 checked…")
                                             .arg(humanSize(p.done), humanSize(p.total));
                    guard.reply([text](BackupsPane *self) { self->m_status->setText(text); });
                },
                &report, &error);
        }
        QString summary;
        if (cancel->isCancelled())
            summary = BackupsPane::tr("Verification stopped.");
        else if (!error.isEmpty())
            summary = BackupsPane::tr("Cannot verify: %1").arg(error);
        else if (ok && report.ok())
            summary = BackupsPane::tr("All %n backup(s) verified: %1 in %2 chunks re-read, no "
                                      "damage.",
                                      nullptr, int(report.backups))
                          .arg(humanSize(report.bytesChecked))
                          .arg(report.chunksChecked);
        else
            summary =
                BackupsPane::tr("Damaged: %1. Missing chunks: %2. Backups that cannot be "
                                "restored: %3.")
                    .arg(report.damagedChunks.size())
                    .arg(report.missingChunks.size())
                    .arg(report.damagedBackups.isEmpty() ? BackupsPane::tr("none")
                                                         : report.damagedBackups.join(u", "_s));
        const bool good = ok && report.ok() && !cancel->isCancelled() && error.isEmpty();
        guard.reply([summary, good](BackupsPane *self) {
            self->m_verifying.reset();
            self->m_verify->setText(tr("&Verify"));
            self->m_status->setText(summary);
            Q_EMIT self->verified(good, summary);
        });
    }).detach();
}

} // namespace virtdeck
