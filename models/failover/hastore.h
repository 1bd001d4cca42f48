// SPDX-License-Identifier: GPL-3.0-or-later
// Which VMs are "high availability" and what became of them, in the scheduler's database (table
// ha_vms), so that the window, the headless runner and `virtdeck ha` share them: the VM's home
// host, its priority, the hosts it prefers, the repository its backups are in, the grace time
// its host may be lost before a failover, whether its disks are shared (and its definition for
// that case), and — once a failover started it elsewhere — where and
// when. Used on one thread (open it where it is used).
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace virtdeck {

struct HaMark {
    QString uuid;
    QString name;
    QString home;       // the host it runs on, by libvirt URI
    int priority = 0;   // higher first
    QStringList prefer; // hosts to fail over to, best first (URIs)
    QString repository; // its backups, for a cold restore when no replica is whole
    int graceSeconds = 120;
    // Its disks are on storage its hosts share, guarded by virtlockd: a failover starts it on
    // them, from `definition` (read from its home while the home answers).
    bool sharedDisks = false;
    QString definition;
    QString failedOverTo; // empty until a failover started it elsewhere
    QDateTime failedOverAt;
    QString conflict; // the old host's copy runs too (it returned): what was seen
};

class HaStore {
    Q_DECLARE_TR_FUNCTIONS(HaStore)

public:
    HaStore();
    ~HaStore();
    HaStore(const HaStore &) = delete;
    HaStore &operator=(const HaStore &) = delete;

    bool open(const QString &path, QString *error = nullptr);
    QString lastError() const { return m_lastError; }

    // Adds or replaces the mark of `m.uuid` (keeping a recorded failover).
    bool mark(const HaMark &m);
    // Removes the mark of the VM named by UUID or name; false when there was none.
    bool unmark(const QString &uuidOrName);
    QList<HaMark> marks();
    std::optional<HaMark> find(const QString &uuidOrName);
    // Records that a failover started the VM on `host` (unless one is recorded already).
    bool setFailedOver(const QString &uuid, const QString &host, const QDateTime &at);
    // Records the definition read from the VM's home (for a failover on shared disks).
    bool setDefinition(const QString &uuid, const QString &xml);
    bool setConflict(const QString &uuid, const QString &text);
    // The failover is settled: the VM's home is `home` now, with no failover or conflict left.
    bool settle(const QString &uuid, const QString &home);

private:
    // Runs one statement with `values` bound; the rows it changed, or -1 with lastError().
    int change(const QString &sql, const QVariantList &values);
    QString m_connectionName;
    QString m_lastError;
};

} // namespace virtdeck
