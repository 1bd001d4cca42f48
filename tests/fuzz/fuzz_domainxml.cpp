// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the XML the console parses itself — domain definitions (disks, NICs, OS,
// details, clone rewriting), snapshot documents, pool and volume XML and domain capabilities.
// All of it comes from a hypervisor, possibly a remote one, or from the user's XML editor.
#include "core/domainxml.h"
#include "domains/domainclone.h"
#include "domains/domaindetails.h"
#include "domains/newvmspec.h"
#include "domains/snapshotinfo.h"
#include "storage/storagexml.h"

#include <QHash>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace virtdeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString xml = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;

    const QList<DomainDisk> disks = parseDomainDisks(xml, &error);
    (void)ownedDisks(disks);
    (void)parseDomainNics(xml);
    (void)osNameFromLibosinfoId(parseLibosinfoId(xml));
    DomainDetails details;
    fillDetailsFromXml(details, xml);

    QHash<QString, QString> files;
    QHash<QString, QString> volumes;
    for (const DomainDisk &d : disks) {
        if (!d.sourcePath.isEmpty())
            files.insert(d.sourcePath, d.sourcePath + QStringLiteral(".clone"));
        if (!d.sourceVolume.isEmpty())
            volumes.insert(d.sourcePool + u'/' + d.sourceVolume, d.sourceVolume + u'c');
    }
    const QString clone = cloneDomainXml(xml, QStringLiteral("fuzz-clone"), files, volumes, &error);
    if (!clone.isEmpty()) {
        // A clone of a well-formed document is itself well-formed.
        QString again;
        parseDomainDisks(clone, &again);
        if (!again.isEmpty())
            __builtin_trap();
    }

    SnapshotInfo snap;
    parseSnapshotXml(xml, &snap);
    (void)parsePoolXml(xml, &error);
    (void)parseVolumeXml(xml, &error);
    DomainCapabilities caps;
    parseDomainCapabilities(xml, &caps);
    return 0;
}
