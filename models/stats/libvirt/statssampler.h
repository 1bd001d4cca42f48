// SPDX-License-Identifier: GPL-3.0-or-later
// Samples every connected host's statistics on a timer: one bulk libvirt call per host per tick,
// made on that host's connection thread through Connection::post(). The object itself lives on
// the GUI thread; batches come back to it by queued call and leave through sampled().
#pragma once

#include "stats/statsrecord.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

struct _virConnect;

namespace virtdeck {

class Connection;

class StatsSampler : public QObject {
    Q_OBJECT
public:
    static constexpr int kMinInterval = 1;
    static constexpr int kMaxInterval = 10;
    static constexpr int kDefaultInterval = 2;

    explicit StatsSampler(QObject *parent = nullptr);
    ~StatsSampler() override;

    // Which connections to sample on each tick (called on the GUI thread at every tick).
    void setSource(std::function<QList<Connection *>()> source);

    int intervalSeconds() const { return m_intervalSeconds; }
    // Clamped to 1–10 s. Does not write the preference; the preferences dialog does.
    void setIntervalSeconds(int seconds);
    // The user's preference (QSettings "preferences/statsInterval"), clamped; 2 s when unset.
    static int storedIntervalSeconds();

    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    // Samples every source connection now (the timer does this each interval).
    void tick();
    // Samples one connection now unless its previous tick is still running.
    void sample(Connection *connection);

    // What one tick reads, for the connection thread (and benchmarks). Per-host knowledge of
    // what the driver supports is kept in `state` between calls.
    struct HostState;
    static StatsBatch sampleHost(_virConnect *conn, const QString &connectionId, HostState &state);
    static std::shared_ptr<HostState> makeHostState();

Q_SIGNALS:
    void sampled(const virtdeck::StatsBatch &batch);
    void intervalChanged(int seconds);

private:
    struct Relay;
    QTimer m_timer;
    int m_intervalSeconds = kDefaultInterval;
    std::function<QList<Connection *>()> m_source;
    std::shared_ptr<Relay> m_relay;
    QHash<QString, std::shared_ptr<HostState>> m_hosts;
};

} // namespace virtdeck
