// SPDX-License-Identifier: GPL-3.0-or-later
// The snapshots of one VM as a parent/child tree, with create, revert and delete; every
// destructive step says what is lost first. GUI thread.
#pragma once

#include "core/domaininfo.h"
#include "domains/libvirt/snapshotservice.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace virtdeck {

class ConnectionManager;

class SnapshotsDialog : public QDialog {
    Q_OBJECT
public:
    SnapshotsDialog(ConnectionManager *manager, const QString &connectionId, const QString &uuid,
                    const QString &vmName, DomainState state, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    SnapshotService *service() const { return m_service; }
    void setDomainState(DomainState state);
    // The confirmation texts, exposed so tests can check that they name what is lost.
    QString revertQuestion(const QString &snapshot) const;
    QString deleteQuestion(const QString &snapshot, int children) const;

private:
    void createSnapshot();
    void revertSelected();
    void deleteSelected();
    void updateButtons();
    void onListed(const QList<SnapshotInfo> &snapshots, const QString &error);
    void onFinished(SnapshotService::Operation op, const QString &name, bool ok,
                    const QString &message);
    QString selectedName() const;

    SnapshotService *m_service;
    QString m_vmName;
    DomainState m_state;
    QTreeWidget *m_tree;
    QLabel *m_message;
    QPushButton *m_create;
    QPushButton *m_revert;
    QPushButton *m_delete;
};

} // namespace virtdeck
