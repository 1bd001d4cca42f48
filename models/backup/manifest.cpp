#include "manifest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace virtdeck::backup {

using namespace Qt::StringLiterals;

quint64 BackupManifest::capacity() const {
    quint64 n = 0;
    for (const auto &d : disks)
        n += d.capacity;
    return n;
}
quint64 BackupManifest::dataBytes() const {
    quint64 n = 0;
    for (const auto &d : disks)
        n += d.dataBytes;
    return n;
}
quint64 BackupManifest::bytesRead() const {
    quint64 n = 0;
    for (const auto &d : disks)
        n += d.bytesRead;
    return n;
}
quint64 BackupManifest::newStoredBytes() const {
    quint64 n = 0;
    for (const auto &d : disks)
        n += d.newStoredBytes;
    return n;
}

QByteArray BackupManifest::toJson() const {
    QJsonArray diskArr;
    for (const auto &d : disks) {
        QJsonArray chunkArr;
        for (const auto &c : d.chunks)
            chunkArr.append(c.isEmpty() ? QJsonValue() : QJsonValue(c));
        diskArr.append(QJsonObject{
            {u"target"_s, d.target},
            {u"source"_s, d.source},
            {u"format"_s, d.format},
            {u"capacity"_s, qint64(d.capacity)},
            {u"bytes_read"_s, qint64(d.bytesRead)},
            {u"data_bytes"_s, qint64(d.dataBytes)},
            {u"new_chunks"_s, qint64(d.newChunks)},
            {u"new_stored_bytes"_s, qint64(d.newStoredBytes)},
            {u"chunks"_s, chunkArr},
        });
    }
    const QJsonObject o{
        {u"format"_s, u"virtdeck-backup"_s},
        {u"version"_s, kFormatVersion},
        {u"id"_s, id},
        {u"vm"_s, QJsonObject{{u"name"_s, vmName}, {u"uuid"_s, vmUuid}, {u"state"_s, vmState}}},
        {u"host"_s, host},
        {u"hostname"_s, hostname},
        {u"started"_s, started.toUTC().toString(Qt::ISODateWithMs)},
        {u"finished"_s, finished.toUTC().toString(Qt::ISODateWithMs)},
        {u"mode"_s, mode},
        {u"parent"_s, parent},
        {u"checkpoint"_s, checkpoint},
        {u"quiesced"_s, quiesced},
        {u"chunk_size"_s, qint64(chunkSize)},
        {u"chunk_hash"_s, u"sha256"_s},
        {u"chunk_compression"_s, u"zstd"_s},
        {u"domain_xml"_s, domainXml},
        {u"disks"_s, diskArr},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool BackupManifest::fromJson(const QByteArray &json, BackupManifest *out, QString *error) {
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (doc.isNull())
        return fail(pe.errorString());
    const QJsonObject o = doc.object();
    if (o.value(u"format"_s).toString() != u"virtdeck-backup"_s)
        return fail(QCoreApplication::translate("Backup", "not a Virtdeck backup manifest"));
    if (o.value(u"version"_s).toInt() > kFormatVersion)
        return fail(QCoreApplication::translate("Backup", "manifest version %1 is newer than "
                                                          "this program understands")
                        .arg(o.value(u"version"_s).toInt()));
    BackupManifest m;
    m.id = o.value(u"id"_s).toString();
    const QJsonObject vm = o.value(u"vm"_s).toObject();
    m.vmName = vm.value(u"name"_s).toString();
    m.vmUuid = vm.value(u"uuid"_s).toString();
    m.vmState = vm.value(u"state"_s).toString();
    m.host = o.value(u"host"_s).toString();
    m.hostname = o.value(u"hostname"_s).toString();
    m.started = QDateTime::fromString(o.value(u"started"_s).toString(), Qt::ISODateWithMs);
    m.finished = QDateTime::fromString(o.value(u"finished"_s).toString(), Qt::ISODateWithMs);
    m.mode = o.value(u"mode"_s).toString();
    m.parent = o.value(u"parent"_s).toString();
    m.checkpoint = o.value(u"checkpoint"_s).toString();
    m.quiesced = o.value(u"quiesced"_s).toBool();
    m.chunkSize = quint64(o.value(u"chunk_size"_s).toInteger());
    m.domainXml = o.value(u"domain_xml"_s).toString();
    if (m.id.isEmpty() || m.chunkSize == 0)
        return fail(QCoreApplication::translate("Backup", "manifest lacks id or chunk size"));
    for (const auto &dv : o.value(u"disks"_s).toArray()) {
        const QJsonObject d = dv.toObject();
        DiskManifest dm;
        dm.target = d.value(u"target"_s).toString();
        dm.source = d.value(u"source"_s).toString();
        dm.format = d.value(u"format"_s).toString();
        dm.capacity = quint64(d.value(u"capacity"_s).toInteger());
        dm.bytesRead = quint64(d.value(u"bytes_read"_s).toInteger());
        dm.dataBytes = quint64(d.value(u"data_bytes"_s).toInteger());
        dm.newChunks = quint64(d.value(u"new_chunks"_s).toInteger());
        dm.newStoredBytes = quint64(d.value(u"new_stored_bytes"_s).toInteger());
        const QJsonArray chunks = d.value(u"chunks"_s).toArray();
        dm.chunks.reserve(chunks.size());
        for (const auto &c : chunks)
            dm.chunks.append(c.isString() ? c.toString() : QString());
        // Not (capacity + chunkSize - 1) / chunkSize: that wraps for capacities near 2^64 and
        // let a manifest with no chunks through for a huge disk, which restore then indexed
        // past the end of the list.
        const quint64 expected = dm.capacity / m.chunkSize + (dm.capacity % m.chunkSize ? 1 : 0);
        if (quint64(dm.chunks.size()) != expected)
            return fail(QCoreApplication::translate("Backup", "disk %1 lists %2 chunks, its size "
                                                              "needs %3")
                            .arg(dm.target)
                            .arg(dm.chunks.size())
                            .arg(expected));
        m.disks.append(dm);
    }
    *out = m;
    return true;
}

} // namespace virtdeck::backup
