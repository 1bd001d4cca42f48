// SPDX-License-Identifier: GPL-3.0-or-later
// A fresh store for one test, on the back end the test run asks for: an SQLite file in a
// temporary folder, or (VIRTDECK_TEST_BACKEND=postgresql, as ctest's *_postgres variants set) a
// new database on the throwaway PostgreSQL server tests/run.sh starts and names in
// VIRTDECK_TEST_POSTGRES. The database is dropped when the object goes. The same test code then
// runs against both back ends.
#pragma once

#include "core/storedatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

#include <memory>

namespace virtdeck::test {

class TestDatabase {
public:
    static bool wantsPostgres() {
        return qEnvironmentVariable("VIRTDECK_TEST_BACKEND") == QLatin1String("postgresql");
    }

    enum class Backend { AsAsked, Postgres };
    // Empty error() when the database is ready.
    explicit TestDatabase(Backend backend = Backend::AsAsked) {
        if (backend == Backend::AsAsked && !wantsPostgres()) {
            m_dir = std::make_unique<QTemporaryDir>();
            m_location = m_dir->filePath(QStringLiteral("store.sqlite"));
            return;
        }
        m_admin = qEnvironmentVariable("VIRTDECK_TEST_POSTGRES");
        if (m_admin.isEmpty()) {
            m_error = QStringLiteral("VIRTDECK_TEST_POSTGRES is not set: tests/run.sh starts a "
                                     "throwaway PostgreSQL server (tests/integration/services.sh "
                                     "start-postgres DIR prints its URL)");
            return;
        }
        m_name = QStringLiteral("vdtest_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        if (!admin(QStringLiteral("CREATE DATABASE %1").arg(m_name)))
            return;
        QUrl url(m_admin);
        url.setPath(u'/' + m_name);
        m_location = url.toString();
    }
    ~TestDatabase() {
        if (!m_name.isEmpty())
            admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        if (!m_reader.isEmpty())
            admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_reader));
    }

    // A login role that may read every table the database has now and change none, as the
    // URL to open the database with; empty with error() set. PostgreSQL only.
    QString readOnlyLocation() {
        m_reader = QStringLiteral("reader_") + m_name;
        QUrl url(m_location);
        url.setUserName(m_reader);
        const QString grant = QStringLiteral("vdtest-grant-") + m_name;
        bool ok = StoreDatabase::open(grant, m_location, QStringLiteral("the test database"), {},
                                      &m_error);
        if (ok) {
            QSqlQuery q(QSqlDatabase::database(grant, false));
            for (const char *sql :
                 {"CREATE ROLE %1 LOGIN", "GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1",
                  "GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO %1"}) {
                ok = ok && q.exec(QString::fromLatin1(sql).arg(m_reader));
                if (!ok && m_error.isEmpty())
                    m_error = q.lastError().text();
            }
        }
        StoreDatabase::close(grant);
        return ok ? url.toString() : QString();
    }
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    QString location() const { return m_location; }
    QString error() const { return m_error; }

private:
    bool admin(const QString &sql) {
        const QString name = QStringLiteral("vdtest-admin-") + m_name;
        bool ok = false;
        if (StoreDatabase::open(name, m_admin, QStringLiteral("the test server"), {}, &m_error)) {
            QSqlQuery q(QSqlDatabase::database(name, false));
            ok = q.exec(sql);
            if (!ok)
                m_error = q.lastError().text();
        }
        StoreDatabase::close(name);
        return ok;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_admin;
    QString m_name;
    QString m_reader;
    QString m_location;
    QString m_error;
};

} // namespace virtdeck::test
