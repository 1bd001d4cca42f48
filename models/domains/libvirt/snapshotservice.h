// SPDX-License-Identifier: GPL-3.0-or-later
// Snapshots of one VM on one host: list (as a parent/child tree), create, revert and delete.
// Lives on the GUI thread; libvirt runs in Connection::post() jobs, results come back as signals.
#pragma once

#include "core/libvirt/connectionservice.h"
#include "domains/snapshotinfo.h"

#include <QObject>

#include <functional>

struct _virConnect;

namespace virtdeck {

class ConnectionManager;

class SnapshotService : public ConnectionService {
    Q_OBJECT
public:
    enum class Operation : quint8 { Create, Revert, Delete };
    Q_ENUM(Operation)

    SnapshotService(ConnectionManager *manager, const QString &connectionId, const QString &uuid,
                    QObject *parent = nullptr);

    void list();
    // Internal snapshot (disks and, when running, memory inside the qcow2 images), or for a
    // running VM an external disk-only one (new overlay files; the VM keeps running on them).
    void create(const QString &name, const QString &description, bool externalDiskOnly);
    void revert(const QString &name); // empty: the current snapshot
    // Deletes one snapshot (its children are re-parented) or it and all its descendants.
    void remove(const QString &name, bool withChildren);

    // What the Activity log says about one finished operation: each operation its own words
    // ("Snapshot s1 of web created", "web reverted to snapshot s1", "… deleted"), so a log of
    // several differs line by line.
    static QString outcomeText(Operation op, const QString &snapshot, const QString &vm, bool ok);

Q_SIGNALS:
    void listed(const QList<virtdeck::SnapshotInfo> &snapshots, const QString &error);
    void finished(virtdeck::SnapshotService::Operation op, const QString &name, bool ok,
                  const QString &message);

private:
    void operate(Operation op, const QString &name, std::function<QString(_virConnect *)> work);

    QString m_uuid;
};

} // namespace virtdeck
