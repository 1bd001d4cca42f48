// SPDX-License-Identifier: GPL-3.0-or-later
// Creates new VMs on one host: reads the host's domain capabilities, storage and networks for
// the wizard's choices, then makes the disk, defines the VM from the capabilities and starts it.
// Lives on the GUI thread; libvirt runs in Connection::post() jobs, results come back as signals.
#pragma once

#include "core/domainaction.h"
#include "core/libvirt/connectionservice.h"
#include "domains/newvmspec.h"

#include <QObject>

#include <functional>

struct _virConnect;

namespace virtdeck {

class ConnectionManager;

struct StorageImage {
    QString pool;
    QString name;
    QString path;
    QString format; // qcow2, raw, iso…
    quint64 capacityBytes = 0;
    bool isIso() const { return name.endsWith(QStringLiteral(".iso"), Qt::CaseInsensitive); }
};

struct NewVmChoices {
    QString connectionId;
    DomainCapabilities caps; // KVM's when the host offers KVM, else TCG's
    bool kvmAvailable = false;
    QStringList pools;          // active pools that can hold new disks
    QList<StorageImage> images; // every volume of the active pools
    QStringList networks;       // active networks
    QString error;              // set when the capabilities could not be read
};

class NewVmService : public ConnectionService {
    Q_OBJECT
public:
    NewVmService(ConnectionManager *manager, const QString &connectionId,
                 QObject *parent = nullptr);

    void loadChoices();
    // Makes the disk (ISO install: a new qcow2; template: a qcow2 overlay; import: none), defines
    // the VM with schema validation and starts it when asked. On failure nothing is left behind.
    void create(const NewVmSpec &spec);

Q_SIGNALS:
    void choicesReady(const virtdeck::NewVmChoices &choices);
    // ok with the new VM's uuid and name, or libvirt's message; `xml` is what was defined.
    void created(const virtdeck::ActionResult &result, const QString &xml);

private:
};

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::NewVmChoices)
