// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobtablemodel.h"

#include "jobkinds.h"

#include <QDateTime>
#include <QLocale>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
QString timeText(qint64 ms) {
    if (ms <= 0)
        return {};
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    return t.date() == QDate::currentDate() ? QLocale().toString(t.time(), QLocale::ShortFormat)
                                            : QLocale().toString(t, QLocale::ShortFormat);
}

QString durationText(qint64 ms) {
    if (ms < 0)
        return {};
    if (ms < 10000)
        return QLocale().toString(double(ms) / 1000.0, 'f', 1) + u" s"_s;
    const qint64 s = ms / 1000;
    if (s < 3600)
        return u"%1:%2"_s.arg(s / 60).arg(int(s % 60), 2, 10, QChar(u'0'));
    return u"%1:%2:%3"_s.arg(s / 3600)
        .arg(int((s / 60) % 60), 2, 10, QChar(u'0'))
        .arg(int(s % 60), 2, 10, QChar(u'0'));
}

qint64 durationOf(const Job &j) {
    if (j.startedAt <= 0)
        return -1;
    const qint64 end = j.finishedAt > 0 ? j.finishedAt : QDateTime::currentMSecsSinceEpoch();
    return end - j.startedAt;
}
} // namespace

JobTableModel::JobTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int JobTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Job &j = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return j.id;
    case StateRole:
        return int(j.state);
    case JobRole:
        return QVariant::fromValue(j);
    case LogRole:
        return j.log;
    case Qt::TextAlignmentRole:
        if (index.column() == Id || index.column() == Duration || index.column() == Progress)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Result)
            return j.result;
        if (index.column() == Host)
            return j.uri;
        return {};
    case SortRole:
        switch (Column(index.column())) {
        case Id:
            return j.id;
        case State:
            return int(j.state);
        case Action:
            return j.kind;
        case Vm:
            return j.vm;
        case Host:
            return m_hostNames.value(j.uri, j.uri);
        case Due:
            return j.notBefore > 0 ? j.notBefore : j.createdAt;
        case Started:
            return j.startedAt;
        case Duration:
            return durationOf(j);
        case Progress:
            return j.progress;
        case Result:
            return j.result;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Id:
            return j.id;
        case State:
            return jobStateText(j.state);
        case Action: {
            const JobKind k = JobKinds::kind(j.kind);
            return k.text.isEmpty() ? j.kind : k.text;
        }
        case Vm:
            return j.vm.isEmpty() ? j.vmUuid : j.vm;
        case Host:
            return m_hostNames.value(j.uri, j.uri);
        case Due:
            if (j.afterJob && j.state == JobState::Waiting)
                return tr("after #%1").arg(j.afterJob);
            return timeText(j.notBefore > 0 ? j.notBefore : j.createdAt);
        case Started:
            return timeText(j.startedAt);
        case Duration:
            return durationText(durationOf(j));
        case Progress:
            return j.state == JobState::Running || j.progress > 0
                       ? QVariant(QLocale().toString(j.progress) + u" %"_s)
                       : QVariant();
        case Result:
            return j.result.section(u'\n', 0, 0);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Id:
        return tr("Job");
    case State:
        return tr("State");
    case Action:
        return tr("Action");
    case Vm:
        return tr("VM");
    case Host:
        return tr("Host");
    case Due:
        return tr("Due");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case Progress:
        return tr("Progress");
    case Result:
        return tr("Result");
    case ColumnCount:
        break;
    }
    return {};
}

void JobTableModel::setHostNames(const QHash<QString, QString> &nameByUri) {
    if (nameByUri == m_hostNames)
        return;
    m_hostNames = nameByUri;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Host), index(int(m_rows.size()) - 1, Host),
                           {Qt::DisplayRole, SortRole});
}

void JobTableModel::setJobs(const QList<Job> &jobs) {
    // A full load happens once, when the scheduler starts: a reset is right here.
    beginResetModel();
    m_rows = jobs;
    std::sort(m_rows.begin(), m_rows.end(), [](const Job &a, const Job &b) { return a.id < b.id; });
    m_index.clear();
    m_finished = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        m_index.insert(m_rows.at(i).id, i);
        m_finished += jobStateIsFinal(m_rows.at(i).state);
    }
    endResetModel();
    trimHistory();
}

void JobTableModel::updateJob(const Job &job) {
    const int row = rowOf(job.id);
    if (row >= 0) {
        m_finished += int(jobStateIsFinal(job.state)) - int(jobStateIsFinal(m_rows.at(row).state));
        m_rows[row] = job;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        if (m_finished > m_historyLimit)
            trimHistory();
        return;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(job);
    m_index.insert(job.id, at);
    m_finished += jobStateIsFinal(job.state);
    endInsertRows();
    trimHistory();
}

void JobTableModel::trimHistory() {
    int excess = m_finished - m_historyLimit;
    if (excess <= 0)
        return;
    // Remove the oldest finished rows, one contiguous run at a time.
    for (int r = 0; r < m_rows.size() && excess > 0;) {
        if (!jobStateIsFinal(m_rows.at(r).state)) {
            ++r;
            continue;
        }
        int end = r;
        while (end + 1 < m_rows.size() && jobStateIsFinal(m_rows.at(end + 1).state) &&
               end + 1 - r + 1 <= excess)
            ++end;
        beginRemoveRows({}, r, end);
        m_rows.remove(r, end - r + 1);
        endRemoveRows();
        excess -= end - r + 1;
        m_finished -= end - r + 1;
    }
    m_index.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).id, i);
}

} // namespace virtdeck
