// SPDX-License-Identifier: GPL-3.0-or-later
#include "labstore.h"

#include "core/storedatabase.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
// SQLite stores a null QString as NULL; the columns are NOT NULL.
QString text(const QString &s) {
    return s.isNull() ? u""_s : s;
}

QString hostsJson(const QStringList &hosts) {
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(hosts)).toJson(QJsonDocument::Compact));
}

StoreSchema labSchema() {
    // Version 1: the schema as it stood when the versions were first numbered.
    const QStringList first{
        u"CREATE TABLE IF NOT EXISTS labs (name TEXT PRIMARY KEY, pattern TEXT NOT NULL, hosts "
        "TEXT NOT NULL, placement TEXT NOT NULL, settings TEXT NOT NULL DEFAULT '', created_at "
        "INTEGER NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS lab_roles (lab TEXT NOT NULL REFERENCES labs(name) ON "
        "DELETE CASCADE, position INTEGER NOT NULL, role TEXT NOT NULL, template TEXT NOT NULL, "
        "template_version INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (lab, role))"_s,
        u"CREATE TABLE IF NOT EXISTS lab_students (lab TEXT NOT NULL REFERENCES labs(name) ON "
        "DELETE CASCADE, position INTEGER NOT NULL, student TEXT NOT NULL, name TEXT NOT NULL, "
        "email TEXT NOT NULL, grp TEXT NOT NULL, host TEXT NOT NULL DEFAULT '', PRIMARY KEY "
        "(lab, student))"_s,
        u"CREATE TABLE IF NOT EXISTS lab_template_versions (lab TEXT NOT NULL REFERENCES "
        "labs(name) ON DELETE CASCADE, role TEXT NOT NULL, version INTEGER NOT NULL, template "
        "TEXT NOT NULL, published_at INTEGER NOT NULL, note TEXT NOT NULL DEFAULT '', PRIMARY "
        "KEY (lab, role, version))"_s,
    };
    // Version 2: exams. A table of its own, so an older database gains it and keeps its labs
    // (no exam running).
    const QStringList exams{
        u"CREATE TABLE IF NOT EXISTS lab_exams (lab TEXT PRIMARY KEY REFERENCES labs(name) ON "
        "DELETE CASCADE, started_at INTEGER NOT NULL, ends_at INTEGER NOT NULL DEFAULT 0)"_s,
    };
    return {u"labs"_s,
            {first, exams},
            StoreDatabase::notifyStatements(LabStore::changeChannel(),
                                            {u"labs"_s, u"lab_roles"_s, u"lab_students"_s,
                                             u"lab_template_versions"_s, u"lab_exams"_s})};
}

// The positions the students of `lab` get: those already stored keep theirs while the roster
// keeps their order and new students come after them (adding, dropping, updating); otherwise
// every student is numbered again in the roster's order.
QList<qint64> positionsFor(const Lab &lab,
                           const std::function<const qint64 *(const QString &)> &storedPosition) {
    QList<qint64> out;
    out.reserve(lab.students.size());
    qint64 last = -1, highest = -1;
    bool keep = true, seenNew = false;
    for (const LabStudent &s : lab.students) {
        if (const qint64 *p = storedPosition(s.id)) {
            keep = keep && !seenNew && *p > last;
            last = *p;
            highest = std::max(highest, *p);
        } else {
            seenNew = true;
        }
    }
    for (qsizetype i = 0; i < lab.students.size(); ++i) {
        const qint64 *p = storedPosition(lab.students.at(i).id);
        out << (!keep ? qint64(i) : p ? *p : ++highest);
    }
    return out;
}
} // namespace

LabStore::LabStore()
    : m_connectionName(u"virtdeck-labs-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

LabStore::~LabStore() {
    StoreDatabase::close(m_connectionName);
}

QString LabStore::defaultPath() {
    const QString env = qEnvironmentVariable("VIRTDECK_LAB_DB");
    if (!env.isEmpty())
        return env;
    if (const QString shared = StoreDatabase::sharedLocation(); !shared.isEmpty())
        return shared;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           u"/virtdeck/labs.sqlite"_s;
}

QString LabStore::changeChannel() {
    return u"virtdeck_labs"_s;
}

bool LabStore::exec(const QString &sql) {
    return StoreDatabase::exec(m_connectionName, sql, &m_lastError);
}

bool LabStore::fail(const QString &error) {
    m_lastError = error;
    return false;
}

void LabStore::rollback() {
    QString ignored;
    StoreDatabase::exec(m_connectionName, u"ROLLBACK"_s, &ignored);
}

bool LabStore::open(const QString &path, QString *error) {
    // Rosters hold names and email addresses: the file is the user's alone (SqliteDatabase).
    const bool postgres = StoreDatabase::isPostgresLocation(path);
    const bool ok = StoreDatabase::open(m_connectionName, path, tr("the labs database"),
                                        labSchema(), &m_lastError) &&
                    // SQLite: per connection, outside a transaction (PostgreSQL always has them).
                    (postgres || exec(u"PRAGMA foreign_keys=ON"_s));
    if (!ok && error)
        *error = m_lastError;
    return ok;
}

bool LabStore::canWrite() {
    return StoreDatabase::mayWrite(m_connectionName, {u"labs"_s, u"lab_students"_s});
}

QStringList LabStore::labNames() {
    m_lastError.clear();
    QStringList out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT name FROM labs ORDER BY name"_s)) {
        m_lastError = q.lastError().text();
        return {};
    }
    while (q.next())
        out << q.value(0).toString();
    return out;
}

bool LabStore::readDetails(Lab *lab, QHash<QString, Stored> *stored) {
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery r(db);
    r.setForwardOnly(true);
    r.prepare(u"SELECT role, template, template_version FROM lab_roles WHERE lab=? ORDER BY "
              "position"_s);
    r.addBindValue(lab->name);
    if (!r.exec())
        return fail(r.lastError().text());
    while (r.next())
        lab->roles.append({r.value(0).toString(), r.value(1).toString(), r.value(2).toInt()});
    QSqlQuery v(db);
    v.setForwardOnly(true);
    v.prepare(u"SELECT role, version, template, published_at, note FROM lab_template_versions "
              "WHERE lab=? ORDER BY role, version"_s);
    v.addBindValue(lab->name);
    if (!v.exec())
        return fail(v.lastError().text());
    while (v.next())
        lab->versions.append({v.value(0).toString(), v.value(1).toInt(), v.value(2).toString(),
                              v.value(3).toLongLong(), v.value(4).toString()});
    QSqlQuery s(db);
    s.setForwardOnly(true);
    s.prepare(u"SELECT student, name, email, grp, host, position FROM lab_students WHERE lab=? "
              "ORDER BY position"_s);
    s.addBindValue(lab->name);
    if (!s.exec())
        return fail(s.lastError().text());
    while (s.next()) {
        const QString id = s.value(0).toString(), host = s.value(4).toString();
        lab->students.append(
            {id, s.value(1).toString(), s.value(2).toString(), s.value(3).toString()});
        if (!host.isEmpty())
            lab->assignments.append({id, host});
        if (stored)
            stored->insert(id, {s.value(5).toLongLong(), host, lab->students.constLast()});
    }
    return s.lastError().type() == QSqlError::NoError || fail(s.lastError().text());
}

bool LabStore::read(const QString &name, Lab *out, bool *found, QHash<QString, Stored> *stored) {
    *found = false;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT pattern, hosts, placement, settings, created_at FROM labs WHERE name=?"_s);
    q.addBindValue(name);
    if (!q.exec())
        return fail(q.lastError().text());
    if (!q.next())
        return q.lastError().type() == QSqlError::NoError || fail(q.lastError().text());
    Lab lab;
    lab.name = name;
    lab.pattern = q.value(0).toString();
    for (const auto &h : QJsonDocument::fromJson(q.value(1).toByteArray()).array())
        lab.hosts << h.toString();
    lab.placement = q.value(2).toString();
    lab.settingsJson = q.value(3).toString();
    lab.createdAt = q.value(4).toLongLong();
    q.finish();
    if (!readDetails(&lab, stored) || !readExam(&lab))
        return false;
    *found = true;
    *out = std::move(lab);
    return true;
}

bool LabStore::load(const QString &name, Lab *out) {
    m_lastError.clear();
    // One read transaction: the lab, its roles and its students as of one moment, whatever a
    // peer writes meanwhile.
    if (!StoreDatabase::beginRead(m_connectionName, &m_lastError))
        return false;
    bool found = false;
    const bool ok = read(name, out, &found, nullptr);
    if (!ok) {
        const QString why = m_lastError;
        rollback();
        return fail(why);
    }
    exec(u"COMMIT"_s);
    m_lastError.clear();
    return found;
}

bool LabStore::writeLabRow(const Lab *old, const Lab &lab) {
    if (old && old->pattern == lab.pattern && old->hosts == lab.hosts &&
        old->placement == lab.placement && old->settingsJson == lab.settingsJson &&
        old->createdAt == lab.createdAt)
        return true;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(old ? u"UPDATE labs SET pattern=?, hosts=?, placement=?, settings=?, created_at=? "
                    "WHERE name=?"_s
                  : u"INSERT INTO labs (pattern, hosts, placement, settings, created_at, name) "
                    "VALUES (?,?,?,?,?,?)"_s);
    q.addBindValue(text(lab.pattern));
    q.addBindValue(hostsJson(lab.hosts));
    q.addBindValue(text(lab.placement));
    q.addBindValue(text(lab.settingsJson));
    q.addBindValue(lab.createdAt ? lab.createdAt : QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(lab.name);
    return q.exec() || fail(q.lastError().text());
}

bool LabStore::writeRoles(const Lab *old, const Lab &lab) {
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!old || old->roles != lab.roles) {
        QSqlQuery del(db), r(db);
        del.prepare(u"DELETE FROM lab_roles WHERE lab=?"_s);
        del.addBindValue(lab.name);
        if (!del.exec())
            return fail(del.lastError().text());
        r.prepare(u"INSERT INTO lab_roles (lab, position, role, template, template_version) "
                  "VALUES (?,?,?,?,?)"_s);
        for (int i = 0; i < lab.roles.size(); ++i) {
            r.addBindValue(lab.name);
            r.addBindValue(i);
            r.addBindValue(lab.roles.at(i).name);
            r.addBindValue(text(lab.roles.at(i).templateVm));
            r.addBindValue(lab.roles.at(i).templateVersion);
            if (!r.exec())
                return fail(r.lastError().text());
        }
    }
    if (old && old->versions == lab.versions)
        return true;
    QSqlQuery del(db), v(db);
    del.prepare(u"DELETE FROM lab_template_versions WHERE lab=?"_s);
    del.addBindValue(lab.name);
    if (!del.exec())
        return fail(del.lastError().text());
    v.prepare(u"INSERT INTO lab_template_versions (lab, role, version, template, published_at, "
              "note) VALUES (?,?,?,?,?,?)"_s);
    for (const auto &tv : lab.versions) {
        v.addBindValue(lab.name);
        v.addBindValue(tv.role);
        v.addBindValue(tv.version);
        v.addBindValue(text(tv.templateVm));
        v.addBindValue(tv.publishedAt);
        v.addBindValue(text(tv.note));
        if (!v.exec())
            return fail(v.lastError().text());
    }
    return true;
}

bool LabStore::writeStudents(const QHash<QString, Stored> &stored, const Lab &lab) {
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery insert(db), details(db), host(db), drop(db);
    insert.prepare(u"INSERT INTO lab_students (lab, position, student, name, email, grp, host) "
                   "VALUES (?,?,?,?,?,?,?)"_s);
    details.prepare(u"UPDATE lab_students SET position=?, name=?, email=?, grp=? WHERE lab=? AND "
                    "student=?"_s);
    host.prepare(u"UPDATE lab_students SET host=? WHERE lab=? AND student=?"_s);
    drop.prepare(u"DELETE FROM lab_students WHERE lab=? AND student=?"_s);
    const auto run = [this](QSqlQuery &q, const QVariantList &values) {
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        return q.exec() || fail(q.lastError().text());
    };
    const QList<qint64> positions =
        positionsFor(lab, [&stored](const QString &id) -> const qint64 * {
            const auto it = stored.constFind(id);
            return it == stored.cend() ? nullptr : &it->position;
        });
    QSet<QString> present;
    present.reserve(lab.students.size());
    for (qsizetype i = 0; i < lab.students.size(); ++i) {
        const LabStudent &s = lab.students.at(i);
        present.insert(s.id);
        const QString hostNow = text(lab.hostOf(s.id));
        const auto it = stored.constFind(s.id);
        if (it == stored.cend()) {
            if (!run(insert, {lab.name, positions.at(i), s.id, text(s.name), text(s.email),
                              text(s.group), hostNow}))
                return false;
            continue;
        }
        const bool same = it->position == positions.at(i) && it->student.name == text(s.name) &&
                          it->student.email == text(s.email) && it->student.group == text(s.group);
        if (!same && !run(details, {positions.at(i), text(s.name), text(s.email), text(s.group),
                                    lab.name, s.id}))
            return false;
        // Only a host that changed: a peer may have placed this student meanwhile.
        if (hostNow != it->host && !run(host, {hostNow, lab.name, s.id}))
            return false;
    }
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        if (!present.contains(it.key()) && !run(drop, {lab.name, it.key()}))
            return false;
    return true;
}

bool LabStore::write(const Lab *old, const QHash<QString, Stored> &stored, const Lab &lab) {
    return writeLabRow(old, lab) && writeRoles(old, lab) && writeStudents(stored, lab) &&
           writeExam(old, lab);
}

bool LabStore::readExam(Lab *lab) {
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT started_at, ends_at FROM lab_exams WHERE lab=?"_s);
    q.addBindValue(lab->name);
    if (!q.exec())
        return fail(q.lastError().text());
    if (q.next())
        lab->exam = {q.value(0).toLongLong(), q.value(1).toLongLong()};
    return q.lastError().type() == QSqlError::NoError || fail(q.lastError().text());
}

bool LabStore::writeExam(const Lab *old, const Lab &lab) {
    if (old ? old->exam == lab.exam : !lab.exam.running())
        return true;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (lab.exam.running()) {
        q.prepare(u"INSERT INTO lab_exams (lab, started_at, ends_at) VALUES (?,?,?) ON CONFLICT "
                  "(lab) DO UPDATE SET started_at=excluded.started_at, ends_at=excluded.ends_at"_s);
        q.addBindValue(lab.name);
        q.addBindValue(lab.exam.startedAt);
        q.addBindValue(lab.exam.endsAt);
    } else {
        q.prepare(u"DELETE FROM lab_exams WHERE lab=?"_s);
        q.addBindValue(lab.name);
    }
    return q.exec() || fail(q.lastError().text());
}

bool LabStore::create(const Lab &lab, bool *exists) {
    m_lastError.clear();
    if (exists)
        *exists = false;
    if (!StoreDatabase::beginWrite(m_connectionName, &m_lastError))
        return false;
    Lab stored;
    bool found = false;
    if (!read(lab.name, &stored, &found, nullptr) || found || !write(nullptr, {}, lab)) {
        const QString why =
            found ? tr("A lab named %1 exists already.").arg(lab.name) : m_lastError;
        if (exists)
            *exists = found;
        rollback();
        return fail(why);
    }
    if (!exec(u"COMMIT"_s)) {
        const QString why = m_lastError;
        rollback();
        return fail(why);
    }
    return true;
}

LabStore::Change LabStore::update(const QString &name, const std::function<QString(Lab *)> &change,
                                  Lab *result) {
    m_lastError.clear();
    // IMMEDIATE: the write lock first (waiting for a peer's), then the lab as it is now.
    if (!StoreDatabase::beginWrite(m_connectionName, &m_lastError))
        return Change::Failed;
    Lab old;
    bool found = false;
    QHash<QString, Stored> stored;
    Change outcome = Change::Failed;
    if (read(name, &old, &found, &stored)) {
        Lab next = old;
        if (!found) {
            outcome = Change::NoLab;
            m_lastError = tr("There is no lab \"%1\".").arg(name);
        } else if (const QString why = change(&next); !why.isEmpty()) {
            outcome = Change::Refused;
            m_lastError = why;
        } else if (write(&old, stored, next) && exec(u"COMMIT"_s)) {
            if (result)
                *result = std::move(next);
            return Change::Saved;
        }
    }
    const QString why = m_lastError;
    rollback();
    m_lastError = why;
    return outcome;
}

bool LabStore::save(const Lab &lab) {
    m_lastError.clear();
    if (!StoreDatabase::beginWrite(m_connectionName, &m_lastError))
        return false;
    Lab old;
    bool found = false;
    QHash<QString, Stored> stored;
    if (!read(lab.name, &old, &found, &stored) || !write(found ? &old : nullptr, stored, lab) ||
        !exec(u"COMMIT"_s)) {
        const QString why = m_lastError;
        rollback();
        return fail(why);
    }
    return true;
}

bool LabStore::remove(const QString &name) {
    m_lastError.clear();
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"DELETE FROM labs WHERE name=?"_s);
    q.addBindValue(name);
    if (!q.exec())
        return fail(q.lastError().text());
    return q.numRowsAffected() > 0;
}

bool LabStore::setAssignment(const QString &lab, const QString &studentId, const QString &host) {
    m_lastError.clear();
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"UPDATE lab_students SET host=? WHERE lab=? AND student=?"_s);
    q.addBindValue(text(host));
    q.addBindValue(lab);
    q.addBindValue(studentId);
    return q.exec() || fail(q.lastError().text());
}

} // namespace virtdeck
