// SPDX-License-Identifier: GPL-3.0-or-later
// The Jobs view: the scheduler's queue and history (filter, cancel, retry, log) and its recurring
// schedules (edit, run now, enable, delete). GUI thread.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace virtdeck {

class ConnectionManager;
class JobFilterProxy;
class Scheduler;

class JobsView : public QWidget {
    Q_OBJECT
public:
    explicit JobsView(Scheduler *scheduler, QWidget *parent = nullptr);
    // Shows the hosts of the job rows by these connections' names (kept up to date).
    void setConnections(ConnectionManager *connections);

    QTableView *jobTable() const { return m_table; }
    QTreeWidget *scheduleList() const { return m_schedules; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    QWidget *createQueuePage();
    void createJobTable();
    QWidget *createSchedulePage();
    void connectQueue();
    void updateHostNames();
    void connectSchedules();
    qint64 selectedJobId() const;
    qint64 selectedScheduleId() const;
    void updateButtons();
    void showLog();
    void showSelectedJob();
    void refreshSchedules();
    void updateRunner(bool thisProcess, const QString &holder);
    void editSchedule();
    void toggleSchedule();
    void removeSchedule();

    Scheduler *m_scheduler;
    ConnectionManager *m_connections = nullptr;
    JobFilterProxy *m_proxy;
    QTabWidget *m_tabs;
    QLineEdit *m_filter;
    QComboBox *m_stateFilter;
    QTableView *m_table;
    QPlainTextEdit *m_log;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QLabel *m_runner;
    QTreeWidget *m_schedules;
    QPushButton *m_editSchedule;
    QPushButton *m_runSchedule;
    QPushButton *m_toggleSchedule;
    QPushButton *m_removeSchedule;
};

} // namespace virtdeck
