// SPDX-License-Identifier: GPL-3.0-or-later
// Restore a backup as a new VM: the name (a free one proposed), the connected host, one of that
// host's storage pools (a choice, not free text) and the disks' format (as backed up by
// default: qcow2 stays qcow2). Restore stays disabled, with the reason beside it, until the host
// itself has answered that it can take the VM (no VM of that name, the pool active, no volume
// in the way) — a RestoreTargetCheck on the host's connection thread. GUI thread.
#pragma once

#include "backup/backupsummary.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace virtdeck {

class RestoreTargetCheck;
class Workspace;

class RestoreDialog : public QDialog {
    Q_OBJECT
public:
    RestoreDialog(Workspace *workspace, const BackupSummary &backup, QWidget *parent = nullptr);

    QString vmName() const;
    QString connectionId() const;
    QString hostUri() const;
    QString pool() const;
    QString format() const; // "original", "qcow2" or "raw"
    // Why Restore is disabled; empty when it is enabled, and while the host is being asked
    // (Restore is disabled then too, and checked() follows).
    QString problem() const { return m_problem; }

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *hostBox() const { return m_host; }
    QComboBox *poolBox() const { return m_pool; }
    QComboBox *formatBox() const { return m_format; }
    QPushButton *restoreButton() const { return m_ok; }

    // A name for the restored VM that no VM of the host has: "<vm>-restored", "-restored-2"…
    QString freeName() const;

Q_SIGNALS:
    // The host answered the check of what the dialog shows now.
    void checked();

private:
    void hostChanged();
    void fillPools();
    void recheck();
    void onChecked(quint64 ticket, const QString &problem);
    void showProblem(const QString &problem, bool final);
    bool hostHasVm(const QString &name) const;
    QStringList volumeNames() const;

    Workspace *m_workspace;
    BackupSummary m_backup;
    RestoreTargetCheck *m_check = nullptr;
    quint64 m_ticket = 0;
    QString m_problem;
    QLineEdit *m_name;
    QComboBox *m_host;
    QComboBox *m_pool;
    QComboBox *m_format;
    QLabel *m_problemLabel;
    QPushButton *m_ok;
};

} // namespace virtdeck
