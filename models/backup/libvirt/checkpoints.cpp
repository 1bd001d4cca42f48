// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpoints.h"

#include "backup/repository.h"

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
const QString kPrefix = u"virtdeck-"_s;

lv::CheckpointPtr checkpointByName(virDomainPtr dom, const QString &name) {
    lv::CheckpointPtr cp(virDomainCheckpointLookupByName(dom, name.toUtf8().constData(), 0));
    if (!cp)
        virResetLastError(); // asking is not a failure
    return cp;
}
} // namespace

QString checkpointName(const QString &backupId) {
    return kPrefix + backupId;
}

bool isOwnCheckpoint(const QString &name) {
    return name.startsWith(kPrefix);
}

QString checkpointXml(const QString &name, const QList<DomainDisk> &disks) {
    QString disksXml;
    for (const auto &d : disks)
        disksXml += u"<disk name='%1' checkpoint='bitmap'/>"_s.arg(d.target.toHtmlEscaped());
    return u"<domaincheckpoint><name>%1</name><disks>%2</disks></domaincheckpoint>"_s.arg(
        name.toHtmlEscaped(), disksXml);
}

bool findLastCheckpoint(const backup::Repository &repo, virDomainPtr dom, const QString &vmUuid,
                        const QList<DomainDisk> &disks, const QList<quint64> &capacities,
                        backup::BackupManifest *parent) {
    if (!repo.latestBackupOf(vmUuid, parent) || parent->checkpoint.isEmpty() ||
        parent->disks.size() != disks.size())
        return false;
    if (!checkpointByName(dom, parent->checkpoint))
        return false;
    for (qsizetype i = 0; i < disks.size(); ++i)
        if (parent->disks.at(i).target != disks.at(i).target ||
            parent->disks.at(i).capacity != capacities.at(i))
            return false;
    return true;
}

void deleteCheckpoint(virDomainPtr dom, const QString &name) {
    if (name.isEmpty())
        return;
    if (lv::CheckpointPtr cp = checkpointByName(dom, name))
        virDomainCheckpointDelete(cp.get(), 0);
    virResetLastError();
}

void forgetCheckpoints(virDomainPtr dom) {
    virDomainCheckpointPtr *list = nullptr;
    const int n = virDomainListAllCheckpoints(dom, &list, 0);
    for (const auto &cp : lv::adoptList<lv::CheckpointPtr>(list, n))
        virDomainCheckpointDelete(cp.get(), VIR_DOMAIN_CHECKPOINT_DELETE_METADATA_ONLY);
}

} // namespace virtdeck
