// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaselistener.h"

#include "storedatabase.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QUuid>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {

// Lives on the listener's thread: the connection, its notifications and the periodic check.
class ListenerWorker : public QObject {
    Q_OBJECT
public:
    ListenerWorker(const QString &location, const QString &channel, int checkMs)
        : m_location(location)
        , m_channel(channel)
        , m_name(u"virtdeck-listen-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
        , m_timer(new QTimer(this)) {
        m_timer->setInterval(checkMs);
        connect(m_timer, &QTimer::timeout, this, &ListenerWorker::check);
    }
    ~ListenerWorker() override { drop(); }

    void begin() {
        m_timer->start();
        check();
    }

Q_SIGNALS:
    void changed();
    void connectionChanged(bool connected, const QString &why);

private:
    void drop() { StoreDatabase::close(m_name); }

    bool alive() {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(u"SELECT 1"_s);
    }

    void check() {
        if (QSqlDatabase::contains(m_name) && alive())
            return;
        const bool wasUp = m_up;
        drop();
        QString why;
        m_up = StoreDatabase::open(m_name, m_location, tr("the shared database"), {}, &why);
        if (m_up) {
            QSqlDriver *driver = QSqlDatabase::database(m_name, false).driver();
            driver->subscribeToNotification(m_channel);
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString &, QSqlDriver::NotificationSource, const QVariant &) {
                        Q_EMIT changed();
                    });
        }
        if (m_up != wasUp || (!m_up && why != m_why)) {
            m_why = why;
            Q_EMIT connectionChanged(m_up, why);
            if (m_up && m_seen)
                Q_EMIT changed(); // what changed while it was lost was not announced
        }
        m_seen = true;
    }

    QString m_location;
    QString m_channel;
    QString m_name;
    QTimer *m_timer;
    bool m_up = false;
    bool m_seen = false;
    QString m_why;
};

} // namespace

DatabaseListener::DatabaseListener(const QString &location, const QString &channel, QObject *parent)
    : QObject(parent)
    , m_location(location)
    , m_channel(channel) {}

DatabaseListener::~DatabaseListener() {
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
}

void DatabaseListener::start() {
    if (m_thread || !StoreDatabase::isPostgresLocation(m_location))
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(u"db-listener"_s);
    auto *worker = new ListenerWorker(m_location, m_channel, m_checkMs);
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &ListenerWorker::changed, this, &DatabaseListener::changed);
    connect(worker, &ListenerWorker::connectionChanged, this, &DatabaseListener::connectionChanged);
    connect(m_thread, &QThread::started, worker, &ListenerWorker::begin);
    m_thread->start();
}

} // namespace virtdeck

#include "databaselistener.moc"
