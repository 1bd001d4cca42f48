// SPDX-License-Identifier: GPL-3.0-or-later
#include "labtimetablemodel.h"

#include "scheduler/jobkinds.h"
#include "scheduler/recurrence.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
// Weekdays as runs: 1,2,3,4,5 -> "Mon–Fri"; 1,3,5 -> "Mon, Wed, Fri"; two in a row stay two.
QString weekdaysText(const QList<int> &days) {
    QStringList parts;
    for (qsizetype i = 0; i < days.size();) {
        qsizetype j = i;
        while (j + 1 < days.size() && days.at(j + 1) == days.at(j) + 1)
            ++j;
        const QString first = QLocale().dayName(days.at(i), QLocale::ShortFormat);
        const QString last = QLocale().dayName(days.at(j), QLocale::ShortFormat);
        if (j - i >= 2)
            parts << first + u"–"_s + last;
        else
            for (qsizetype k = i; k <= j; ++k)
                parts << QLocale().dayName(days.at(k), QLocale::ShortFormat);
        i = j + 1;
    }
    return parts.join(u", "_s);
}

// "Mon 12/7/26 07:30": the weekday first (a timetable is read by weekdays), minutes only.
QString nextRunText(const QDateTime &t) {
    const QLocale locale;
    return locale.dayName(t.date().dayOfWeek(), QLocale::ShortFormat) + u' ' +
           locale.toString(t.date(), QLocale::ShortFormat) + u' ' +
           locale.toString(t.time(), u"HH:mm"_s);
}
} // namespace

LabTimetableModel::LabTimetableModel(const QString &lab, QObject *parent)
    : QAbstractTableModel(parent)
    , m_lab(lab) {}

int LabTimetableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LabTimetableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool LabTimetableModel::targetsLab(const Schedule &s, const QString &lab) {
    return s.kind.startsWith(u"lab-"_s) && s.vms.contains(lab);
}

QString LabTimetableModel::whatText(const Schedule &s) {
    QString text = JobKinds::contains(s.kind) ? JobKinds::kind(s.kind).text : s.kind;
    QStringList extras;
    if (const QString snapshot = s.params.value(u"snapshot"_s).toString(); !snapshot.isEmpty())
        extras << tr("snapshot %1").arg(snapshot);
    if (const int wait = s.params.value(u"wait"_s).toInt(); wait > 0)
        extras << (s.params.value(u"force"_s).toBool() ? tr("wait %1 s, then force off").arg(wait)
                                                       : tr("wait %1 s").arg(wait));
    if (const QString students = s.params.value(u"students"_s).toString(); !students.isEmpty())
        extras << tr("only %1").arg(students);
    if (!extras.isEmpty())
        text += u" ("_s + extras.join(u", "_s) + u')';
    return text;
}

QString LabTimetableModel::whenText(const QString &recurrence) {
    const auto rec = Recurrence::parse(recurrence);
    if (!rec)
        return recurrence;
    QStringList times;
    for (const QTime &t : rec->times())
        times << QLocale().toString(t, u"HH:mm"_s);
    switch (rec->kind()) {
    case Recurrence::Kind::Daily:
        return tr("Every day %1").arg(times.join(u", "_s));
    case Recurrence::Kind::Weekly:
        return tr("%1 %2").arg(weekdaysText(rec->weekdays()), times.join(u", "_s));
    case Recurrence::Kind::Cron:
        break;
    }
    return rec->describe();
}

QVariant LabTimetableModel::displayData(const Schedule &s, int column) const {
    switch (Column(column)) {
    case What:
        return whatText(s);
    case When:
        return whenText(s.recurrence);
    case NextRun:
        if (!s.enabled || s.nextFire <= 0)
            return tr("—");
        return nextRunText(QDateTime::fromMSecsSinceEpoch(s.nextFire));
    case Enabled:
        return s.enabled ? tr("On") : tr("Paused");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LabTimetableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Schedule &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(s, index.column());
    case Qt::ToolTipRole:
        return index.column() == What ? s.name : QVariant();
    case ScheduleIdRole:
        return s.id;
    case SortRole:
        if (index.column() == NextRun)
            return s.enabled ? s.nextFire : std::numeric_limits<qint64>::max();
        if (index.column() == Enabled)
            return s.enabled;
        return displayData(s, index.column());
    default:
        return {};
    }
}

QVariant LabTimetableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case What:
        return tr("What");
    case When:
        return tr("When");
    case NextRun:
        return tr("Next run");
    case Enabled:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

int LabTimetableModel::rowOf(qint64 scheduleId) const {
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == scheduleId)
            return int(i);
    return -1;
}

void LabTimetableModel::setSchedules(const QList<Schedule> &all) {
    QList<Schedule> mine;
    QSet<qint64> ids;
    for (const Schedule &s : all)
        if (targetsLab(s, m_lab)) {
            mine << s;
            ids.insert(s.id);
        }
    for (int row = int(m_rows.size()) - 1; row >= 0; --row)
        if (!ids.contains(m_rows.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    for (const Schedule &s : std::as_const(mine)) {
        const int row = rowOf(s.id);
        if (row < 0) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
            m_rows.append(s);
            endInsertRows();
        } else if (!(m_rows.at(row) == s)) {
            m_rows[row] = s;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1),
                               {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
        }
    }
}

} // namespace virtdeck
