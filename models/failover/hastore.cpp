// SPDX-License-Identifier: GPL-3.0-or-later
#include "hastore.h"

#include "core/storedatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
const QString kHaColumns =
    u"uuid, name, home, priority, prefer, repository, grace, failed_over_to, failed_over_at, "
    "conflict, shared, definition"_s;

HaMark readMark(const QSqlQuery &q) {
    HaMark m;
    m.uuid = q.value(0).toString();
    m.name = q.value(1).toString();
    m.home = q.value(2).toString();
    m.priority = q.value(3).toInt();
    m.prefer = q.value(4).toString().split(u'\n', Qt::SkipEmptyParts);
    m.repository = q.value(5).toString();
    m.graceSeconds = q.value(6).toInt();
    m.failedOverTo = q.value(7).toString();
    const qint64 at = q.value(8).toLongLong();
    if (at > 0)
        m.failedOverAt = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
    m.conflict = q.value(9).toString();
    m.sharedDisks = q.value(10).toBool();
    m.definition = q.value(11).toString();
    return m;
}
} // namespace

HaStore::HaStore()
    : m_connectionName(u"virtdeck-ha-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

HaStore::~HaStore() {
    StoreDatabase::close(m_connectionName);
}

bool HaStore::open(const QString &path, QString *error) {
    // Version 1: the schema as it stood when the versions were first numbered.
    const QStringList first = {
        u"CREATE TABLE IF NOT EXISTS ha_vms (uuid TEXT PRIMARY KEY, name TEXT NOT NULL, home TEXT "
        "NOT NULL, priority INTEGER DEFAULT 0, prefer TEXT, repository TEXT, grace INTEGER "
        "DEFAULT 120, failed_over_to TEXT, failed_over_at INTEGER DEFAULT 0, conflict TEXT)"_s};
    // Version 2: VMs on shared disks; version 3: the definition they start from elsewhere.
    // (A database from before the numbering may have either column: it is then skipped.)
    const QStringList shared{u"ALTER TABLE ha_vms ADD COLUMN shared INTEGER DEFAULT 0"_s};
    const QStringList definition{u"ALTER TABLE ha_vms ADD COLUMN definition TEXT"_s};
    const bool ok =
        StoreDatabase::open(m_connectionName, path, tr("the scheduler database"),
                            StoreSchema{u"ha"_s, {first, shared, definition}, {}}, &m_lastError);
    if (!ok && error)
        *error = m_lastError;
    return ok;
}

int HaStore::change(const QString &sql, const QVariantList &values) {
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return -1;
    }
    m_lastError.clear();
    return q.numRowsAffected();
}

bool HaStore::mark(const HaMark &m) {
    // A definition read before is kept when the new mark brings none.
    return change(u"INSERT INTO ha_vms (uuid, name, home, priority, prefer, repository, grace, "
                  "shared, definition) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uuid) DO "
                  "UPDATE SET name=excluded.name, home=excluded.home, "
                  "priority=excluded.priority, prefer=excluded.prefer, "
                  "repository=excluded.repository, grace=excluded.grace, shared=excluded.shared, "
                  "definition=COALESCE(NULLIF(excluded.definition, ''), ha_vms.definition)"_s,
                  {m.uuid, m.name, m.home, m.priority, m.prefer.join(u'\n'), m.repository,
                   m.graceSeconds, m.sharedDisks ? 1 : 0, m.definition}) >= 0;
}

bool HaStore::unmark(const QString &uuidOrName) {
    return change(u"DELETE FROM ha_vms WHERE uuid=? OR name=?"_s, {uuidOrName, uuidOrName}) > 0;
}

QList<HaMark> HaStore::marks() {
    QList<HaMark> out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT %1 FROM ha_vms ORDER BY priority DESC, name"_s.arg(kHaColumns))) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(readMark(q));
    return out;
}

std::optional<HaMark> HaStore::find(const QString &uuidOrName) {
    for (const HaMark &m : marks())
        if (m.uuid == uuidOrName || m.name == uuidOrName)
            return m;
    return std::nullopt;
}

bool HaStore::setFailedOver(const QString &uuid, const QString &host, const QDateTime &at) {
    // Only the first: a job's end may be announced again, and must not clear a later conflict.
    return change(u"UPDATE ha_vms SET failed_over_to=?, failed_over_at=? WHERE uuid=? AND "
                  "COALESCE(failed_over_to, '')=''"_s,
                  {host, at.toMSecsSinceEpoch(), uuid}) >= 0;
}

bool HaStore::setDefinition(const QString &uuid, const QString &xml) {
    return change(u"UPDATE ha_vms SET definition=? WHERE uuid=?"_s, {xml, uuid}) >= 0;
}

bool HaStore::setConflict(const QString &uuid, const QString &text) {
    return change(u"UPDATE ha_vms SET conflict=? WHERE uuid=?"_s, {text, uuid}) >= 0;
}

bool HaStore::settle(const QString &uuid, const QString &home) {
    return change(u"UPDATE ha_vms SET home=?, failed_over_to='', failed_over_at=0, conflict='' "
                  "WHERE uuid=?"_s,
                  {home, uuid}) >= 0;
}

} // namespace virtdeck
