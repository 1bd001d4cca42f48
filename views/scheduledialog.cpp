// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduledialog.h"

#include "labs/labjobs.h"
#include "labs/labvmtask.h"
#include "scheduler/jobkinds.h"
#include "scheduler/recurrence.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
// The kinds that shut down and may wait for the power-off, then force off: a VM's shutdown, and
// a lab's, which always waits (a lab shutdown reports a VM done only once it is off).
bool isLabShutdown(const QString &kind) {
    return kind == labJobKind(LabOperation::Shutdown);
}
bool waitsForPowerOff(const QString &kind) {
    return kind == u"shutdown"_s || isLabShutdown(kind);
}
} // namespace

// Widgets are made in the order the Tab key visits them.
ScheduleDialog::ScheduleDialog(QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("Schedule"));
    setObjectName(u"ScheduleDialog"_s);
    createActionFields();
    createWhenFields();
    createQueueFields();
    layOut();
    connectForm();
    updateForm();
}

// What runs: the action, the VMs and the action's own options.
void ScheduleDialog::createActionFields() {
    m_action = new QComboBox(this);
    for (const JobKind &k : JobKinds::all())
        // A restore needs a backup (the Backups pane queues it); a failover is queued by the
        // failover watch for a host that is lost, never on a VM one can select.
        if (k.name != u"restore"_s && k.name != u"failover"_s)
            m_action->addItem(k.text, k.name);
    m_vmLabel = new QLabel(this);
    m_vmLabel->setWordWrap(true);
    m_vmNames = new QLineEdit(this);
    m_vmNames->setPlaceholderText(tr("VM names, separated by commas"));
    m_vmNames->hide();
    m_snapshot = new QLineEdit(this);
    m_snapshot->setPlaceholderText(tr("Empty: named by the time it is taken"));
    m_wait = new QSpinBox(this);
    m_wait->setRange(0, 3600);
    m_wait->setSuffix(tr(" s"));
    m_wait->setSpecialValueText(tr("Do not wait"));
    m_wait->setObjectName(u"shutdownWait"_s);
    m_force = new QCheckBox(tr("Then force off if still running"), this);
    m_force->setObjectName(u"forceOff"_s);
    m_keepLast = new QSpinBox(this);
    m_keepLast->setObjectName(u"keepLast"_s);
    m_keepLast->setRange(0, 1000);
    m_keepLast->setSpecialValueText(tr("All backups"));
    m_keepLast->setToolTip(tr("After each good backup, prune the repository to this many "
                              "backups per VM (the Preferences' repository)"));
    m_fullBackup =
        new QCheckBox(tr("Full backup (otherwise only what changed since the last)"), this);
    m_standby = new QLineEdit(this);
    m_standby->setObjectName(u"standby"_s);
    m_standby->setPlaceholderText(tr("qemu+ssh://root@standby/system"));
    m_standby->setToolTip(tr("The host that keeps the replica: each run copies what changed "
                             "since the last (backups in the Preferences' repository)"));
}

// When it runs: one page of fields per choice of m_when, in the order of When.
void ScheduleDialog::createWhenFields() {
    m_when = new QComboBox(this);
    m_when->addItems({tr("Now"), tr("At a time"), tr("After another job"), tr("Every day"),
                      tr("Every week"), tr("Cron expression")});
    m_whenPages = new QStackedWidget(this);
    m_whenPages->addWidget(new QWidget(this));
    m_at = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(3600), this);
    m_at->setCalendarPopup(true);
    m_at->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_whenPages->addWidget(m_at);
    m_after = new QSpinBox(this);
    m_after->setRange(1, std::numeric_limits<int>::max());
    m_after->setPrefix(tr("job #"));
    m_whenPages->addWidget(m_after);
    m_dailyTimes = newTimesEdit(u"09:00"_s, this);
    m_whenPages->addWidget(m_dailyTimes);
    m_whenPages->addWidget(createWeeklyPage());
    m_cron = new QLineEdit(u"0 9 * * 1-5"_s, this);
    m_cron->setToolTip(tr("minute hour day-of-month month weekday, e.g. \"0 9 * * 1-5\""));
    m_whenPages->addWidget(m_cron);
}

// Weekdays (Monday to Friday checked) and the times of day.
QWidget *ScheduleDialog::createWeeklyPage() {
    auto *weekly = new QWidget(this);
    auto *weeklyLayout = new QVBoxLayout(weekly);
    weeklyLayout->setContentsMargins(0, 0, 0, 0);
    auto *daysRow = new QHBoxLayout;
    for (int d = 1; d <= 7; ++d) {
        auto *box = new QCheckBox(QLocale().dayName(d, QLocale::ShortFormat), weekly);
        box->setChecked(d <= 5);
        m_days.append(box);
        daysRow->addWidget(box);
    }
    daysRow->addStretch(1);
    m_weeklyTimes = newTimesEdit(u"07:30"_s, weekly);
    m_weeklyTimes->setObjectName(u"weeklyTimes"_s);
    auto *timesRow = new QHBoxLayout;
    timesRow->addWidget(new QLabel(tr("at"), weekly));
    timesRow->addWidget(m_weeklyTimes, 1);
    weeklyLayout->addLayout(daysRow);
    weeklyLayout->addLayout(timesRow);
    return weekly;
}

QLineEdit *ScheduleDialog::newTimesEdit(const QString &times, QWidget *parent) {
    auto *edit = new QLineEdit(times, parent);
    edit->setToolTip(tr("Times of day as HH:MM, separated by commas"));
    return edit;
}

// The schedule's name and catch-up (shown under When), the queue options and the preview.
void ScheduleDialog::createQueueFields() {
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("Optional"));
    m_priority = new QSpinBox(this);
    m_priority->setRange(-100, 100);
    m_group = new QLineEdit(this);
    m_group->setPlaceholderText(tr("Optional lab or batch label"));
    m_hostDown = new QComboBox(this);
    m_hostDown->addItem(tr("Wait for it and retry"), int(HostDownPolicy::Wait));
    m_hostDown->addItem(tr("Fail the job"), int(HostDownPolicy::Fail));
    m_catchUp = new QCheckBox(tr("Run a missed run once when the scheduler next starts"), this);
    m_catchUp->setChecked(true);
    m_preview = new QLabel(this);
    m_preview->setWordWrap(true);
    m_preview->setObjectName(u"preview"_s);
}

void ScheduleDialog::layOut() {
    auto *layout = new QVBoxLayout(this);
    auto *whatForm = addFormGroup(layout, tr("What"));
    whatForm->addRow(tr("&Action:"), m_action);
    whatForm->addRow(tr("VMs:"), m_vmLabel);
    whatForm->addRow(QString(), m_vmNames);
    whatForm->addRow(tr("&Snapshot:"), m_snapshot);
    whatForm->addRow(tr("Wait for power-off:"), m_wait);
    whatForm->addRow(QString(), m_force);
    whatForm->addRow(tr("&Keep the last:"), m_keepLast);
    whatForm->addRow(QString(), m_fullBackup);
    whatForm->addRow(tr("S&tandby host:"), m_standby);

    auto *whenForm = addFormGroup(layout, tr("When"));
    whenForm->addRow(tr("&Run:"), m_when);
    whenForm->addRow(QString(), m_whenPages);
    whenForm->addRow(tr("Schedule &name:"), m_name);
    whenForm->addRow(QString(), m_catchUp);

    auto *howForm = addFormGroup(layout, tr("Queue"));
    howForm->addRow(tr("&Priority:"), m_priority);
    howForm->addRow(tr("&Group:"), m_group);
    howForm->addRow(tr("If the host is &unreachable:"), m_hostDown);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_preview);
    layout->addWidget(m_buttons);
}

QFormLayout *ScheduleDialog::addFormGroup(QBoxLayout *layout, const QString &title) {
    auto *group = new QGroupBox(title, this);
    layout->addWidget(group);
    return new QFormLayout(group);
}

// Every field that changes the outcome updates the form and the preview.
void ScheduleDialog::connectForm() {
    connect(m_when, &QComboBox::currentIndexChanged, m_whenPages, &QStackedWidget::setCurrentIndex);
    connect(m_when, &QComboBox::currentIndexChanged, this, &ScheduleDialog::updateForm);
    connect(m_action, &QComboBox::currentIndexChanged, this, [this] {
        if (isLabShutdown(m_action->currentData().toString()) && m_wait->value() == 0)
            m_wait->setValue(kLabShutdownWait);
    });
    connect(m_action, &QComboBox::currentIndexChanged, this, &ScheduleDialog::updateForm);
    for (QLineEdit *e : {m_dailyTimes, m_weeklyTimes, m_cron, m_vmNames, m_standby, m_snapshot})
        connect(e, &QLineEdit::textChanged, this, &ScheduleDialog::updateForm);
    for (QCheckBox *b : std::as_const(m_days))
        connect(b, &QCheckBox::toggled, this, &ScheduleDialog::updateForm);
    connect(m_at, &QDateTimeEdit::dateTimeChanged, this, &ScheduleDialog::updateForm);
    connect(m_wait, &QSpinBox::valueChanged, this, &ScheduleDialog::updateForm);
}

void ScheduleDialog::setTargets(const QList<Job> &targets) {
    m_targets = targets;
    QStringList names;
    for (const Job &t : targets)
        names << t.vm;
    m_vmLabel->setText(names.size() > 8 ? names.mid(0, 8).join(u", "_s) +
                                              tr(" and %n more", nullptr, int(names.size()) - 8)
                                        : names.join(u", "_s));
    updateForm();
}

void ScheduleDialog::setLab(const QString &lab, const QString &uri, const QStringList &kinds) {
    m_lab = lab;
    {
        QSignalBlocker block(m_action);
        for (int i = m_action->count() - 1; i >= 0; --i)
            if (!kinds.contains(m_action->itemData(i).toString()))
                m_action->removeItem(i);
    }
    Job target;
    target.uri = uri;
    target.vm = lab;
    setTargets({target});
    m_vmLabel->setText(tr("Lab %1: all its students when it runs").arg(lab));
    m_group->setText(lab);
}

void ScheduleDialog::setAction(const QString &kind) {
    const int i = m_action->findData(JobKinds::canonicalName(kind));
    if (i >= 0)
        m_action->setCurrentIndex(i);
}

void ScheduleDialog::setWhen(When when) {
    m_when->setCurrentIndex(int(when));
}

void ScheduleDialog::setSchedule(const Schedule &s) {
    m_editing = s;
    m_isEditing = true;
    setWindowTitle(tr("Edit schedule"));
    setAction(s.kind);
    if (m_lab.isEmpty()) {
        m_vmLabel->setText(s.uri);
        m_vmNames->setText(s.vms.join(u", "_s));
        m_vmNames->show();
    }
    m_snapshot->setText(s.params.value(u"snapshot"_s).toString());
    m_wait->setValue(s.params.value(u"wait"_s).toInt());
    m_force->setChecked(s.params.value(u"force"_s).toBool());
    m_keepLast->setValue(s.params.value(u"keepLast"_s).toInt());
    m_fullBackup->setChecked(s.params.value(u"full"_s).toBool());
    m_standby->setText(s.params.value(u"standby"_s).toString());
    m_name->setText(s.name);
    m_priority->setValue(s.priority);
    m_group->setText(s.group);
    m_hostDown->setCurrentIndex(s.hostDown == HostDownPolicy::Fail ? 1 : 0);
    m_catchUp->setChecked(s.catchUp);
    showRecurrence(s.recurrence);
    // Only recurring choices make sense for a schedule.
    for (int i = Now; i <= After; ++i)
        qobject_cast<QStandardItemModel *>(m_when->model())->item(i)->setEnabled(false);
    updateForm();
}

// Fills the daily, weekly or cron fields from a schedule's recurrence, and chooses them.
void ScheduleDialog::showRecurrence(const QString &recurrence) {
    const auto rec = Recurrence::parse(recurrence);
    if (!rec)
        return;
    QStringList times;
    for (const QTime &t : rec->times())
        times << t.toString(u"HH:mm"_s);
    switch (rec->kind()) {
    case Recurrence::Kind::Daily:
        m_dailyTimes->setText(times.join(u','));
        setWhen(Daily);
        break;
    case Recurrence::Kind::Weekly:
        for (int d = 1; d <= 7; ++d)
            m_days[d - 1]->setChecked(rec->weekdays().contains(d));
        m_weeklyTimes->setText(times.join(u','));
        setWhen(Weekly);
        break;
    case Recurrence::Kind::Cron:
        m_cron->setText(recurrence.section(u' ', 1));
        setWhen(Cron);
        break;
    }
}

bool ScheduleDialog::isRecurring() const {
    return m_when->currentIndex() >= Daily;
}

QString ScheduleDialog::recurrenceSpec() const {
    switch (When(m_when->currentIndex())) {
    case Daily:
        return u"daily "_s + m_dailyTimes->text();
    case Weekly: {
        static const char *const names[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
        QStringList days;
        for (int d = 0; d < 7; ++d)
            if (m_days[d]->isChecked())
                days << QLatin1StringView(names[d]);
        return u"weekly "_s + days.join(u',') + u' ' + m_weeklyTimes->text().remove(u' ');
    }
    case Cron:
        return u"cron "_s + m_cron->text();
    default:
        return {};
    }
}

QVariantMap ScheduleDialog::params() const {
    QVariantMap p;
    const QString kind = m_action->currentData().toString();
    if ((kind.startsWith(u"snapshot-"_s) || kind == u"lab-snapshot"_s) &&
        !m_snapshot->text().trimmed().isEmpty())
        p.insert(u"snapshot"_s, m_snapshot->text().trimmed());
    if (kind == u"backup"_s) {
        if (m_keepLast->value() > 0)
            p.insert(u"keepLast"_s, m_keepLast->value());
        if (m_fullBackup->isChecked())
            p.insert(u"full"_s, true);
    }
    if (kind == u"replicate"_s)
        p.insert(u"standby"_s, m_standby->text().trimmed());
    if (waitsForPowerOff(kind) && (m_wait->value() > 0 || isLabShutdown(kind))) {
        p.insert(u"wait"_s, m_wait->value());
        p.insert(u"force"_s, m_force->isChecked());
    }
    return p;
}

QString ScheduleDialog::problem() const {
    const QString kind = m_action->currentData().toString();
    if (m_isEditing && m_lab.isEmpty() ? m_vmNames->text().trimmed().isEmpty()
                                       : m_targets.isEmpty())
        return tr("Select the VMs to act on first.");
    if (kind == u"snapshot-delete"_s && m_snapshot->text().trimmed().isEmpty())
        return tr("Name the snapshot to delete.");
    if (kind == u"replicate"_s && m_standby->text().trimmed().isEmpty())
        return tr("Name the standby host that keeps the replica.");
    if (isRecurring()) {
        QString why;
        if (!Recurrence::parse(recurrenceSpec(), &why))
            return why;
    }
    return {};
}

void ScheduleDialog::updateForm() {
    const QString kind = m_action->currentData().toString();
    m_snapshot->setEnabled(kind.startsWith(u"snapshot-"_s) || kind == u"lab-snapshot"_s);
    m_wait->setEnabled(waitsForPowerOff(kind));
    m_force->setEnabled(waitsForPowerOff(kind) && (m_wait->value() > 0 || isLabShutdown(kind)));
    m_keepLast->setEnabled(kind == u"backup"_s);
    m_fullBackup->setEnabled(kind == u"backup"_s);
    m_standby->setEnabled(kind == u"replicate"_s);
    m_name->setEnabled(isRecurring());
    m_catchUp->setEnabled(isRecurring());
    const QString why = problem();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    if (!why.isEmpty()) {
        showPreview(u"<span style='color:#c62828'>"_s + why.toHtmlEscaped() + u"</span>"_s);
        return;
    }
    QString text;
    switch (When(m_when->currentIndex())) {
    case Now:
        text = tr("Runs as soon as the queue allows.");
        break;
    case At:
        text = tr("Runs at %1.").arg(QLocale().toString(m_at->dateTime(), QLocale::LongFormat));
        break;
    case After:
        text = tr("Runs once job #%1 has finished successfully.").arg(m_after->value());
        break;
    default: {
        const auto rec = Recurrence::parse(recurrenceSpec());
        QStringList next;
        QDateTime t = QDateTime::currentDateTime();
        for (int i = 0; i < 3; ++i) {
            t = rec->next(t);
            if (!t.isValid())
                break;
            next << QLocale().toString(t, QLocale::ShortFormat);
        }
        text = tr("%1. Next runs: %2").arg(rec->describe(), next.join(u"; "_s));
        break;
    }
    }
    showPreview(text.toHtmlEscaped());
}

void ScheduleDialog::showPreview(const QString &html) {
    m_preview->setText(html);
    // A longer preview (a recurrence's next runs wrap onto more lines than "Now") must not
    // squeeze the rows above it, the weekdays among them: the dialog grows to what its layout
    // needs at its width. A top-level window's minimum size never counts wrapped lines itself.
    if (!isVisible() || !layout() || !layout()->hasHeightForWidth())
        return;
    layout()->activate();
    const int need = layout()->totalHeightForWidth(width());
    if (need > height())
        resize(width(), need);
}

QList<Job> ScheduleDialog::jobs() const {
    QList<Job> out;
    for (Job j : m_targets) {
        j.kind = m_action->currentData().toString();
        j.params = params();
        j.priority = m_priority->value();
        j.group = m_group->text().trimmed();
        j.hostDown = HostDownPolicy(m_hostDown->currentData().toInt());
        if (m_when->currentIndex() == At)
            j.notBefore = m_at->dateTime().toMSecsSinceEpoch();
        if (m_when->currentIndex() == After)
            j.afterJob = m_after->value();
        out.append(j);
    }
    return out;
}

QList<Schedule> ScheduleDialog::schedules() const {
    auto fill = [this](Schedule s) {
        s.kind = m_action->currentData().toString();
        s.params = params();
        s.priority = m_priority->value();
        s.group = m_group->text().trimmed();
        s.hostDown = HostDownPolicy(m_hostDown->currentData().toInt());
        s.recurrence = Recurrence::parse(recurrenceSpec())->toSpec();
        s.catchUp = m_catchUp->isChecked();
        s.name = m_name->text().trimmed();
        if (s.name.isEmpty())
            s.name = tr("%1 %2").arg(m_action->currentText(), s.vms.join(u", "_s));
        return s;
    };
    if (m_isEditing) {
        Schedule s = m_editing;
        s.vms.clear();
        for (const QString &n : m_vmNames->text().split(u',', Qt::SkipEmptyParts))
            s.vms << n.trimmed();
        if (!m_lab.isEmpty())
            s.vms = {m_lab};
        return {fill(s)};
    }
    QList<Schedule> out;
    QHash<QString, int> byHost;
    for (const Job &t : m_targets) {
        auto it = byHost.find(t.uri);
        if (it == byHost.end()) {
            Schedule s;
            s.uri = t.uri;
            it = byHost.insert(t.uri, int(out.size()));
            out.append(s);
        }
        out[*it].vms.append(t.vm);
    }
    for (Schedule &s : out)
        s = fill(s);
    return out;
}

} // namespace virtdeck
