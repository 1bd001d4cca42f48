// SPDX-License-Identifier: GPL-3.0-or-later
// The outcome of one storage operation (create, delete, clone, pool start…), for the log.
#pragma once

#include <QMetaType>
#include <QString>

namespace virtdeck {

struct StorageResult {
    QString connectionId;
    QString operation; // translated verb, e.g. "Create volume"
    QString target;    // pool or pool/volume
    bool ok = false;
    QString message; // libvirt's own message on failure
    quint64 requestId = 0;
};

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::StorageResult)
