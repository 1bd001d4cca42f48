// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcatalogmodel.h"

#include <QLocale>
#include <QSet>

#include <cmath>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
QString humanSize(quint64 bytes) {
    return QLocale().formattedDataSize(qint64(bytes), 1);
}
} // namespace

BackupCatalogModel::BackupCatalogModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int BackupCatalogModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BackupCatalogModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupCatalogModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BackupSummary &b = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(b, index.column());
    case SortRole:
        return sortKey(b, index.column());
    case IdRole:
        return b.id;
    case VmNameRole:
        return b.vmName;
    default:
        return {};
    }
}

QVariant BackupCatalogModel::display(const BackupSummary &b, int column) const {
    switch (column) {
    case Taken:
        return QLocale().toString(b.finished.toLocalTime(), QLocale::ShortFormat);
    case Mode:
        return b.mode == u"incremental"_s ? tr("incremental")
               : b.mode == u"full"_s      ? tr("full")
                                          : b.mode;
    case Size:
        return humanSize(b.capacity);
    case Data:
        return humanSize(b.dataBytes);
    case Read:
        return humanSize(b.bytesRead);
    case Stored:
        return humanSize(b.newStoredBytes);
    case Dedup: // nothing new stored: no ratio to speak of
        return std::isinf(b.dedupRatio()) || b.dedupRatio() == 0
                   ? u"—"_s
                   : QLocale().toString(b.dedupRatio(), 'f', 1) + u'×';
    default:
        return sortKey(b, column);
    }
}

QVariant BackupCatalogModel::sortKey(const BackupSummary &b, int column) {
    switch (column) {
    case Id:
        return b.id;
    case Vm:
        return b.vmName;
    case Host:
        return b.host;
    case Taken:
        return b.finished;
    case Mode:
        return b.mode;
    case Size:
        return qulonglong(b.capacity);
    case Data:
        return qulonglong(b.dataBytes);
    case Read:
        return qulonglong(b.bytesRead);
    case Stored:
        return qulonglong(b.newStoredBytes);
    case Dedup:
        return b.dedupRatio();
    default:
        return {};
    }
}

QVariant BackupCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Backup");
    case Vm:
        return tr("VM");
    case Host:
        return tr("Host");
    case Taken:
        return tr("Taken");
    case Mode:
        return tr("Mode");
    case Size:
        return tr("Size");
    case Data:
        return tr("Data");
    case Read:
        return tr("Read");
    case Stored:
        return tr("Stored");
    case Dedup:
        return tr("Dedup");
    default:
        return {};
    }
}

void BackupCatalogModel::setBackups(const QList<BackupSummary> &backups) {
    QSet<QString> incoming;
    incoming.reserve(backups.size());
    for (const auto &b : backups)
        incoming.insert(b.id);
    QList<int> gone;
    for (int row = 0; row < m_rows.size(); ++row)
        if (!incoming.contains(m_rows.at(row).id))
            gone.append(row);
    removeRows(gone);
    QList<BackupSummary> added;
    for (const auto &b : backups) {
        const int row = rowOf(b.id);
        if (row >= 0)
            replaceRow(row, b);
        else
            added.append(b);
    }
    appendRows(added);
}

void BackupCatalogModel::replaceRow(int row, const BackupSummary &backup) {
    if (m_rows.at(row) == backup)
        return;
    // A manifest does not change once written; a rewritten one (same id) is announced whole.
    m_rows[row] = backup;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1),
                       {Qt::DisplayRole, SortRole, VmNameRole});
}

void BackupCatalogModel::removeRows(QList<int> rows) {
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    // Remove contiguous runs from the bottom up so earlier row numbers stay valid.
    int end = int(rows.size()) - 1;
    while (end >= 0) {
        int start = end;
        while (start > 0 && rows.at(start - 1) == rows.at(start) - 1)
            --start;
        const int first = rows.at(start), last = rows.at(end);
        beginRemoveRows({}, first, last);
        for (int r = first; r <= last; ++r)
            m_index.remove(m_rows.at(r).id);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        end = start - 1;
    }
    reindexFrom(rows.first());
}

void BackupCatalogModel::appendRows(const QList<BackupSummary> &rows) {
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(rows);
    reindexFrom(first);
    endInsertRows();
}

void BackupCatalogModel::reindexFrom(int row) {
    for (int r = row; r < m_rows.size(); ++r)
        m_index.insert(m_rows.at(r).id, r);
}

} // namespace virtdeck
