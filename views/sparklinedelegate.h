// SPDX-License-Identifier: GPL-3.0-or-later
// Paints a small line of a cell's recent history (from the stats store's ring buffers) beside
// the cell's text. GUI thread.
#pragma once

#include <QList>
#include <QStyledItemDelegate>

namespace virtdeck {

class StatsStore;
class StatsSeries;

class SparklineDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    enum class Kind { Domain, Host };
    // `metrics`: StatsStore::Metric (Domain) or StatsStore::HostMetric (Host) values, one line
    // each. `percent`: a fixed 0–100 scale instead of 0–max.
    SparklineDelegate(const StatsStore *store, Kind kind, QList<int> metrics, bool percent,
                      int connectionIdRole, int uuidRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr int kWidth = 64; // pixels of sparkline beside the text

private:
    const StatsStore *m_store;
    Kind m_kind;
    QList<int> m_metrics;
    bool m_percent;
    int m_connectionIdRole;
    int m_uuidRole;
};

} // namespace virtdeck
