// SPDX-License-Identifier: GPL-3.0-or-later
// "Schedule…": pick an action for the selected VMs and when it runs (now, at a time, after another
// job, daily, weekly or by a cron expression). Also edits an existing recurring schedule.
#pragma once

#include "scheduler/job.h"
#include "scheduler/schedule.h"

#include <QDialog>

class QBoxLayout;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace virtdeck {

class ScheduleDialog : public QDialog {
    Q_OBJECT
public:
    enum When { Now, At, After, Daily, Weekly, Cron };
    Q_ENUM(When)

    explicit ScheduleDialog(QWidget *parent = nullptr);

    // The VMs it acts on, as jobs carrying uri, vm and vmUuid.
    void setTargets(const QList<Job> &targets);
    void setAction(const QString &kind);
    void setWhen(When when);
    // Edit an existing recurring schedule (the VMs become an editable list of names).
    void setSchedule(const Schedule &schedule);
    // A schedule of lab `lab` (its first host `uri`): only the lab job kinds `kinds` are offered,
    // and the target is the lab, whose students are read when it runs. Call before
    // setSchedule() when editing one.
    void setLab(const QString &lab, const QString &uri, const QStringList &kinds);

    bool isRecurring() const;
    // One-off: one job per VM.
    QList<Job> jobs() const;
    // Recurring: one schedule per host among the targets (or the edited schedule).
    QList<Schedule> schedules() const;
    // Empty when the form can be accepted; else what is wrong (also shown in the dialog).
    QString problem() const;

private:
    void createActionFields();
    void createWhenFields();
    QWidget *createWeeklyPage();
    QLineEdit *newTimesEdit(const QString &times, QWidget *parent);
    void createQueueFields();
    void layOut();
    // A titled group box of form rows at the end of `layout`.
    QFormLayout *addFormGroup(QBoxLayout *layout, const QString &title);
    void connectForm();
    void showRecurrence(const QString &recurrence);
    void updateForm();
    void showPreview(const QString &html);
    QString recurrenceSpec() const;
    QVariantMap params() const;

    QList<Job> m_targets;
    Schedule m_editing;
    QString m_lab; // a lab's schedule: the one target, whatever the VM names
    bool m_isEditing = false;
    QComboBox *m_action;
    QLabel *m_vmLabel;
    QLineEdit *m_vmNames;
    QLineEdit *m_snapshot;
    QSpinBox *m_wait;
    QCheckBox *m_force;
    QSpinBox *m_keepLast;
    QCheckBox *m_fullBackup;
    QLineEdit *m_standby; // replicate: the standby host's URI
    QComboBox *m_when;
    QStackedWidget *m_whenPages;
    QDateTimeEdit *m_at;
    QSpinBox *m_after;
    QLineEdit *m_dailyTimes;
    QList<QCheckBox *> m_days;
    QLineEdit *m_weeklyTimes;
    QLineEdit *m_cron;
    QLineEdit *m_name;
    QSpinBox *m_priority;
    QLineEdit *m_group;
    QComboBox *m_hostDown;
    QCheckBox *m_catchUp;
    QLabel *m_preview;
    QDialogButtonBox *m_buttons;
};

} // namespace virtdeck
