// SPDX-License-Identifier: GPL-3.0-or-later
// Asks where the selected VMs go and how: a destination host (or the placement's choice), a new
// name for a single VM, peer-to-peer, disk copy. The moves run as "migrate" scheduler jobs, whose
// progress and cancel live in the Jobs pane. GUI thread.
#pragma once

#include "migration/evacuationplan.h"

#include <QDialog>
#include <QSet>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace virtdeck {

class MigrateDialog : public QDialog {
    Q_OBJECT
public:
    // `targets`: one job per VM with uri, vm and vmUuid set; `cluster`: the console's hosts.
    MigrateDialog(const QList<Job> &targets, const ClusterSnapshot &cluster,
                  QWidget *parent = nullptr);

    // One "migrate" job per target.
    QList<Job> jobs() const;
    // Why the dialog cannot be accepted as filled in; empty when it can.
    QString problem() const;

    QComboBox *destinationBox() const { return m_destination; }
    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *peerToPeerBox() const { return m_peerToPeer; }
    QCheckBox *copyStorageBox() const { return m_copyStorage; }

private:
    void update();

    QList<Job> m_targets;
    QSet<QString> m_running; // uuids of the running VMs
    QComboBox *m_destination;
    QLineEdit *m_name;
    QCheckBox *m_peerToPeer;
    QCheckBox *m_copyStorage;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace virtdeck
