// SPDX-License-Identifier: GPL-3.0-or-later
#include "restoredialog.h"

#include "backup/libvirt/domainrestore.h"
#include "backup/libvirt/restoretargetcheck.h"
#include "backup/validation.h"
#include "core/connectionmanager.h"
#include "domains/domaintablemodel.h"
#include "hosts/hosttablemodel.h"
#include "storage/pooltablemodel.h"
#include "storage/storagemanager.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace virtdeck {

using namespace Qt::StringLiterals;

RestoreDialog::RestoreDialog(Workspace *workspace, const BackupSummary &backup, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_backup(backup) {
    setWindowTitle(tr("Restore %1").arg(backup.id));
    m_name = new QLineEdit(this);
    m_host = new QComboBox(this);
    const auto *hosts = workspace->hosts();
    for (int r = 0; r < hosts->rowCount(); ++r) {
        const auto &h = hosts->rowAt(r);
        if (h.state == ConnectionState::Connected)
            m_host->addItem(h.name, h.connectionId);
    }
    m_pool = new QComboBox(this);
    m_format = new QComboBox(this);
    QStringList formats = backup.diskFormats;
    formats.removeDuplicates();
    formats.removeAll(QString());
    m_format->addItem(formats.isEmpty() ? tr("As backed up")
                                        : tr("As backed up (%1)").arg(formats.join(u", "_s)),
                      u"original"_s);
    m_format->addItem(tr("qcow2"), u"qcow2"_s);
    m_format->addItem(tr("raw (thin)"), u"raw"_s);
    auto *note = new QLabel(tr("The backup becomes a new VM with a new UUID and new MACs; its "
                               "disks are written as new volumes in the pool. The restore runs "
                               "as a job: follow it and cancel it in the Jobs pane."),
                            this);
    note->setWordWrap(true);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(u"restoreProblem"_s);
    m_problemLabel->setWordWrap(true);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = box->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Restore"));
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("New VM &name:"), m_name);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Pool:"), m_pool);
    form->addRow(tr("Disk &format:"), m_format);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(note);
    layout->addWidget(box);

    connect(m_name, &QLineEdit::textChanged, this, &RestoreDialog::recheck);
    connect(m_host, &QComboBox::currentIndexChanged, this, &RestoreDialog::hostChanged);
    connect(m_pool, &QComboBox::currentIndexChanged, this, &RestoreDialog::recheck);
    connect(m_format, &QComboBox::currentIndexChanged, this, &RestoreDialog::recheck);
    // Pools listed after the dialog opened (a host just connected) appear in the choice.
    auto *pools = workspace->storage()->pools();
    connect(pools, &QAbstractItemModel::rowsInserted, this, &RestoreDialog::fillPools);
    connect(pools, &QAbstractItemModel::rowsRemoved, this, &RestoreDialog::fillPools);
    connect(pools, &QAbstractItemModel::dataChanged, this, &RestoreDialog::fillPools);
    hostChanged();
}

QString RestoreDialog::vmName() const {
    return m_name->text().trimmed();
}

QString RestoreDialog::connectionId() const {
    return m_host->currentData().toString();
}

QString RestoreDialog::hostUri() const {
    const QString id = connectionId();
    const auto *cm = m_workspace->connections();
    return cm->contains(id) ? cm->config(id).uri() : QString();
}

QString RestoreDialog::pool() const {
    return m_pool->currentData().toString();
}

QString RestoreDialog::format() const {
    return m_format->currentData().toString();
}

bool RestoreDialog::hostHasVm(const QString &name) const {
    const auto *domains = m_workspace->domains();
    for (int r = 0; r < domains->rowCount(); ++r) {
        const DomainInfo &d = domains->domainAt(r);
        if (d.connectionId == connectionId() && d.name == name)
            return true;
    }
    return false;
}

QString RestoreDialog::freeName() const {
    const QString base = m_backup.vmName + u"-restored"_s;
    QString name = base;
    for (int n = 2; hostHasVm(name); ++n)
        name = base + u'-' + QString::number(n);
    return name;
}

QStringList RestoreDialog::volumeNames() const {
    QStringList names;
    for (int i = 0; i < m_backup.disks.size(); ++i)
        names << restoredVolumeName(vmName(), m_backup.disks.at(i), format(),
                                    m_backup.diskFormats.value(i));
    return names;
}

void RestoreDialog::hostChanged() {
    delete m_check; // drops the answer still pending for the host shown before
    m_check = nullptr;
    if (!connectionId().isEmpty()) {
        m_check = new RestoreTargetCheck(m_workspace->connections(), connectionId(), this);
        connect(m_check, &RestoreTargetCheck::checked, this, &RestoreDialog::onChecked);
    }
    const bool proposed = m_name->text().isEmpty() || m_name->isModified() == false;
    if (proposed)
        m_name->setText(freeName());
    fillPools();
    recheck();
}

void RestoreDialog::fillPools() {
    const QString keep = pool();
    QStringList names;
    for (const PoolInfo &p : m_workspace->storage()->pools()->pools())
        if (p.connectionId == connectionId() && p.state == PoolState::Running)
            names << p.name;
    names.sort();
    QStringList shown;
    for (int i = 0; i < m_pool->count(); ++i)
        shown << m_pool->itemData(i).toString();
    if (shown == names)
        return;
    {
        const QSignalBlocker block(m_pool);
        m_pool->clear();
        for (const QString &n : names)
            m_pool->addItem(n, n);
        const int want = m_pool->findData(keep.isEmpty() ? u"default"_s : keep);
        m_pool->setCurrentIndex(want >= 0 ? want : 0);
    }
    recheck();
}

void RestoreDialog::recheck() {
    ++m_ticket; // an answer to an older question is stale
    const QString name = vmName();
    QString why;
    if (m_host->count() == 0)
        why = tr("Connect the host to restore to first.");
    else if (name.isEmpty())
        why = tr("Name the new VM.");
    else if (const QString e = backup::checkPlainName(tr("The name"), name); !e.isEmpty())
        why = e;
    else if (hostHasVm(name))
        why = tr("There is a VM named %1 on this host already.").arg(name);
    else if (m_pool->count() == 0)
        why = tr("The host has no active storage pool to restore into.");
    if (!why.isEmpty() || !m_check) {
        showProblem(why, true);
        return;
    }
    showProblem(tr("Checking the host…"), false);
    m_check->check(m_ticket, name, pool(), volumeNames());
}

void RestoreDialog::onChecked(quint64 ticket, const QString &problem) {
    if (ticket != m_ticket)
        return;
    showProblem(problem, true);
    Q_EMIT checked();
}

void RestoreDialog::showProblem(const QString &problem, bool final) {
    m_problem = final ? problem : QString();
    m_problemLabel->setText(problem);
    m_problemLabel->setStyleSheet(final && !problem.isEmpty() ? u"color: #c62828;"_s : QString());
    m_ok->setEnabled(final && problem.isEmpty());
}

} // namespace virtdeck
