// SPDX-License-Identifier: GPL-3.0-or-later
#include "manifest.h"
#include "backup/backuptr.h"

#include "chunkstore.h"
#include "validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <tuple>

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

namespace {
// Manifests are read from a repository that may come from an untrusted disk: every number is
// range-checked (validation.h) and every name that becomes part of a path is a plain name.
constexpr quint64 kMaxCounter = quint64(1) << 62; // statistics: bytes read, stored, chunks

// One disk entry; empty when good, else what is wrong with it.
QString readDisk(const QJsonObject &d, quint64 chunkSize, DiskManifest *dm) {
    dm->target = d.value(u"target"_s).toString();
    dm->source = d.value(u"source"_s).toString();
    dm->format = d.value(u"format"_s).toString();
    QString e = checkPlainName(Backup::tr("disk target"), dm->target);
    for (const auto &[key, max, field] :
         {std::tuple{u"capacity"_s, kMaxDiskBytes, &dm->capacity},
          std::tuple{u"bytes_read"_s, kMaxCounter, &dm->bytesRead},
          std::tuple{u"data_bytes"_s, kMaxDiskBytes, &dm->dataBytes},
          std::tuple{u"new_chunks"_s, kMaxCounter, &dm->newChunks},
          std::tuple{u"new_stored_bytes"_s, kMaxCounter, &dm->newStoredBytes}})
        if (e.isEmpty())
            e = jsonInteger(d, key, 0, max, field, key == u"capacity"_s ? -1 : 0);
    if (!e.isEmpty())
        return e;
    const QJsonArray chunks = d.value(u"chunks"_s).toArray();
    // Not (capacity + chunkSize - 1) / chunkSize: that wraps for capacities near 2^64.
    const quint64 expected = dm->capacity / chunkSize + (dm->capacity % chunkSize ? 1 : 0);
    if (quint64(chunks.size()) != expected)
        return Backup::tr("disk %1 lists %2 chunks, its size needs %3")
            .arg(dm->target)
            .arg(chunks.size())
            .arg(expected);
    dm->chunks.reserve(chunks.size());
    for (const auto &c : chunks) {
        if (c.isNull()) {
            dm->chunks.append(QString());
            continue;
        }
        const QString hash = c.toString();
        if (!ChunkStore::isValidHash(hash))
            return Backup::tr("disk %1 names chunk '%2', not 64 lowercase hex digits")
                .arg(dm->target, hash.left(80));
        dm->chunks.append(hash);
    }
    return {};
}

// The fields above the disks; empty when good.
QString readHeader(const QJsonObject &o, BackupManifest *m) {
    if (o.value(u"format"_s).toString() != u"virtdeck-backup"_s)
        return Backup::tr("not a Virtdeck backup manifest");
    quint64 version = 0;
    if (jsonInteger(o, u"version"_s, 0, quint64(1) << 31, &version).isEmpty() &&
        version > quint64(BackupManifest::kFormatVersion))
        return Backup::tr("manifest version %1 is newer than this program understands")
            .arg(version);
    if (QString e = jsonInteger(o, u"version"_s, 1, BackupManifest::kFormatVersion, &version);
        !e.isEmpty())
        return e;
    m->id = o.value(u"id"_s).toString();
    const QJsonObject vm = o.value(u"vm"_s).toObject();
    m->vmName = vm.value(u"name"_s).toString();
    m->vmUuid = vm.value(u"uuid"_s).toString();
    m->vmState = vm.value(u"state"_s).toString();
    m->host = o.value(u"host"_s).toString();
    m->hostname = o.value(u"hostname"_s).toString();
    m->started = QDateTime::fromString(o.value(u"started"_s).toString(), Qt::ISODateWithMs);
    m->finished = QDateTime::fromString(o.value(u"finished"_s).toString(), Qt::ISODateWithMs);
    m->mode = o.value(u"mode"_s).toString();
    m->parent = o.value(u"parent"_s).toString();
    m->checkpoint = o.value(u"checkpoint"_s).toString();
    m->quiesced = o.value(u"quiesced"_s).toBool();
    m->domainXml = o.value(u"domain_xml"_s).toString();
    if (m->id.isEmpty())
        return Backup::tr("manifest lacks id or chunk size");
    QString e = checkPlainName(Backup::tr("backup id"), m->id);
    if (e.isEmpty())
        e = checkPlainName(Backup::tr("VM name"), m->vmName);
    if (e.isEmpty() && !m->parent.isEmpty())
        e = checkPlainName(Backup::tr("parent backup id"), m->parent);
    if (e.isEmpty())
        e = jsonInteger(o, u"chunk_size"_s, ChunkStore::kMinChunkBytes, ChunkStore::kMaxChunkBytes,
                        &m->chunkSize);
    if (e.isEmpty() && m->chunkSize % ChunkStore::kMinChunkBytes)
        e = Backup::tr("chunk_size %1 is not a multiple of %2")
                .arg(m->chunkSize)
                .arg(ChunkStore::kMinChunkBytes);
    return e;
}
} // namespace

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
    BackupManifest m;
    if (const QString e = readHeader(o, &m); !e.isEmpty())
        return fail(e);
    const QJsonArray disks = o.value(u"disks"_s).toArray();
    if (const QString e = checkRange(u"disks"_s, quint64(disks.size()), 0, kMaxDisks); !e.isEmpty())
        return fail(e);
    QSet<QString> targets;
    for (const auto &dv : disks) {
        DiskManifest dm;
        if (const QString e = readDisk(dv.toObject(), m.chunkSize, &dm); !e.isEmpty())
            return fail(e);
        if (targets.contains(dm.target))
            return fail(Backup::tr("disk target %1 appears twice").arg(dm.target));
        targets.insert(dm.target);
        m.disks.append(dm);
    }
    *out = m;
    return true;
}

} // namespace virtdeck::backup
