// SPDX-License-Identifier: GPL-3.0-or-later
// Per-host service for one VM at a time: reads its details, applies settings edits, takes console
// screenshots and clones it. Lives on the GUI thread; the libvirt work runs in Connection::post()
// jobs on the host's connection thread and the results come back here as signals.
#pragma once

#include "core/domainaction.h"
#include "core/libvirt/connectionservice.h"
#include "domains/domaindetails.h"

#include <QByteArray>
#include <QObject>

struct _virConnect;

namespace virtdeck {

class ConnectionManager;

enum class CloneMode : quint8 {
    Full,   // copy every owned disk (virStorageVolCreateXMLFrom)
    Linked, // a qcow2 overlay per disk whose backing file is the original
};

class DomainService : public ConnectionService {
    Q_OBJECT
public:
    DomainService(ConnectionManager *manager, const QString &connectionId,
                  QObject *parent = nullptr);

    void fetchDetails(const QString &uuid);
    void applyEdit(const QString &uuid, const DomainEdit &edit);
    // A picture of the VM's first screen (virDomainScreenshot through a virStream).
    void takeScreenshot(const QString &uuid);
    // Clones a shut-off VM under `newName` with new disks, UUID and MAC addresses.
    void cloneDomain(const QString &uuid, const QString &newName, CloneMode mode);

Q_SIGNALS:
    void detailsReady(const virtdeck::DomainDetails &details);
    void editFinished(const virtdeck::DomainEditResult &result);
    void screenshotReady(const QString &uuid, const QByteArray &data, const QString &mimeType,
                         const QString &error);
    // ok with uuid/name of the new VM, or libvirt's message.
    void cloneFinished(const virtdeck::ActionResult &result);

private:
};

} // namespace virtdeck
