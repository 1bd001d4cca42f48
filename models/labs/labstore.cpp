#include "labstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
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
} // namespace

LabStore::LabStore()
    : m_connectionName(u"virtdeck-labs-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

LabStore::~LabStore() {
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString LabStore::defaultPath() {
    const QString env = qEnvironmentVariable("VIRTDECK_LAB_DB");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           u"/virtdeck/labs.sqlite"_s;
}

bool LabStore::exec(const QString &sql) {
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(sql)) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool LabStore::open(const QString &path, QString *error) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Rosters hold names and email addresses: the file is the user's alone.
    if (!QFileInfo::exists(path)) {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.close();
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!db.open()) {
            m_lastError = db.lastError().text();
            if (error)
                *error = m_lastError;
            return false;
        }
    }
    const bool ok =
        exec(u"PRAGMA journal_mode=WAL"_s) && exec(u"PRAGMA foreign_keys=ON"_s) &&
        exec(u"CREATE TABLE IF NOT EXISTS labs (name TEXT PRIMARY KEY, pattern TEXT NOT NULL, "
             "hosts TEXT NOT NULL, placement TEXT NOT NULL, settings TEXT NOT NULL DEFAULT '', "
             "created_at INTEGER NOT NULL)"_s) &&
        exec(u"CREATE TABLE IF NOT EXISTS lab_roles (lab TEXT NOT NULL REFERENCES labs(name) ON "
             "DELETE CASCADE, position INTEGER NOT NULL, role TEXT NOT NULL, template TEXT NOT "
             "NULL, template_version INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (lab, role))"_s) &&
        exec(u"CREATE TABLE IF NOT EXISTS lab_students (lab TEXT NOT NULL REFERENCES labs(name) "
             "ON DELETE CASCADE, position INTEGER NOT NULL, student TEXT NOT NULL, name TEXT NOT "
             "NULL, email TEXT NOT NULL, grp TEXT NOT NULL, host TEXT NOT NULL DEFAULT '', "
             "PRIMARY KEY (lab, student))"_s) &&
        exec(u"CREATE TABLE IF NOT EXISTS lab_template_versions (lab TEXT NOT NULL REFERENCES "
             "labs(name) ON DELETE CASCADE, role TEXT NOT NULL, version INTEGER NOT NULL, "
             "template TEXT NOT NULL, published_at INTEGER NOT NULL, note TEXT NOT NULL DEFAULT "
             "'', PRIMARY KEY (lab, role, version))"_s);
    if (!ok && error)
        *error = m_lastError;
    return ok;
}

QStringList LabStore::labNames() {
    QStringList out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(u"SELECT name FROM labs ORDER BY name"_s))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

bool LabStore::load(const QString &name, Lab *out) {
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.prepare(u"SELECT pattern, hosts, placement, settings, created_at FROM labs WHERE name=?"_s);
    q.addBindValue(name);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        return false;
    }
    Lab lab;
    lab.name = name;
    lab.pattern = q.value(0).toString();
    for (const auto &h : QJsonDocument::fromJson(q.value(1).toByteArray()).array())
        lab.hosts << h.toString();
    lab.placement = q.value(2).toString();
    lab.settingsJson = q.value(3).toString();
    lab.createdAt = q.value(4).toLongLong();
    QSqlQuery r(db);
    r.prepare(u"SELECT role, template, template_version FROM lab_roles WHERE lab=? ORDER BY "
              "position"_s);
    r.addBindValue(name);
    if (r.exec())
        while (r.next())
            lab.roles.append({r.value(0).toString(), r.value(1).toString(), r.value(2).toInt()});
    QSqlQuery v(db);
    v.prepare(u"SELECT role, version, template, published_at, note FROM lab_template_versions "
              "WHERE lab=? ORDER BY role, version"_s);
    v.addBindValue(name);
    if (v.exec())
        while (v.next())
            lab.versions.append({v.value(0).toString(), v.value(1).toInt(), v.value(2).toString(),
                                 v.value(3).toLongLong(), v.value(4).toString()});
    QSqlQuery s(db);
    s.prepare(u"SELECT student, name, email, grp, host FROM lab_students WHERE lab=? ORDER BY "
              "position"_s);
    s.addBindValue(name);
    if (s.exec())
        while (s.next()) {
            lab.students.append({s.value(0).toString(), s.value(1).toString(),
                                 s.value(2).toString(), s.value(3).toString()});
            if (!s.value(4).toString().isEmpty())
                lab.assignments.append({s.value(0).toString(), s.value(4).toString()});
        }
    *out = lab;
    return true;
}

bool LabStore::save(const Lab &lab) {
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        m_lastError = db.lastError().text();
        return false;
    }
    auto fail = [&](const QSqlQuery &q) {
        m_lastError = q.lastError().text();
        db.rollback();
        return false;
    };
    QSqlQuery del(db);
    del.prepare(u"DELETE FROM labs WHERE name=?"_s);
    del.addBindValue(lab.name);
    if (!del.exec())
        return fail(del);
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO labs (name, pattern, hosts, placement, settings, created_at) VALUES "
              "(?,?,?,?,?,?)"_s);
    q.addBindValue(lab.name);
    q.addBindValue(text(lab.pattern));
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(lab.hosts)).toJson(QJsonDocument::Compact)));
    q.addBindValue(text(lab.placement));
    q.addBindValue(text(lab.settingsJson));
    q.addBindValue(lab.createdAt ? lab.createdAt : QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return fail(q);
    QSqlQuery r(db);
    r.prepare(u"INSERT INTO lab_roles (lab, position, role, template, template_version) VALUES "
              "(?,?,?,?,?)"_s);
    for (int i = 0; i < lab.roles.size(); ++i) {
        r.addBindValue(lab.name);
        r.addBindValue(i);
        r.addBindValue(lab.roles.at(i).name);
        r.addBindValue(text(lab.roles.at(i).templateVm));
        r.addBindValue(lab.roles.at(i).templateVersion);
        if (!r.exec())
            return fail(r);
    }
    QSqlQuery v(db);
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
            return fail(v);
    }
    QSqlQuery s(db);
    s.prepare(u"INSERT INTO lab_students (lab, position, student, name, email, grp, host) VALUES "
              "(?,?,?,?,?,?,?)"_s);
    for (int i = 0; i < lab.students.size(); ++i) {
        const auto &st = lab.students.at(i);
        s.addBindValue(lab.name);
        s.addBindValue(i);
        s.addBindValue(st.id);
        s.addBindValue(text(st.name));
        s.addBindValue(text(st.email));
        s.addBindValue(text(st.group));
        s.addBindValue(text(lab.hostOf(st.id)));
        if (!s.exec())
            return fail(s);
    }
    if (!db.commit()) {
        m_lastError = db.lastError().text();
        return false;
    }
    return true;
}

bool LabStore::remove(const QString &name) {
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"DELETE FROM labs WHERE name=?"_s);
    q.addBindValue(name);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() > 0;
}

bool LabStore::setAssignment(const QString &lab, const QString &studentId, const QString &host) {
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"UPDATE lab_students SET host=? WHERE lab=? AND student=?"_s);
    q.addBindValue(text(host));
    q.addBindValue(lab);
    q.addBindValue(studentId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace virtdeck
