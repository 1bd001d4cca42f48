// SPDX-License-Identifier: GPL-3.0-or-later
#include "sparklinedelegate.h"

#include "stats/statsstore.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace virtdeck {

namespace {
const QColor kLineColors[] = {QColor(0x1e, 0x88, 0xe5), QColor(0xef, 0x6c, 0x00)};
}

SparklineDelegate::SparklineDelegate(const StatsStore *store, Kind kind, QList<int> metrics,
                                     bool percent, int connectionIdRole, int uuidRole,
                                     QObject *parent)
    : QStyledItemDelegate(parent)
    , m_store(store)
    , m_kind(kind)
    , m_metrics(std::move(metrics))
    , m_percent(percent)
    , m_connectionIdRole(connectionIdRole)
    , m_uuidRole(uuidRole) {}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const {
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.rwidth() += kWidth + 6;
    return s;
}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const {
    QStyledItemDelegate::paint(painter, option, index);
    const QString connectionId = index.data(m_connectionIdRole).toString();
    const StatsStore::HostHistory *host = m_store->host(connectionId);
    if (!host || host->timeline.lastSeq == 0)
        return;
    const StatsSeries *series[2] = {};
    int lines = 0;
    if (m_kind == Kind::Domain) {
        const auto d = host->domains.find(index.data(m_uuidRole).toString());
        // A VM that is not running keeps its history for the charts but shows no line here.
        if (d == host->domains.end() || d->second.lastSeen() != host->timeline.lastSeq)
            return;
        for (int m : m_metrics)
            if (lines < 2 && m >= 0 && m < StatsStore::MetricCount)
                if (const StatsSeries *s = d->second.get(StatsStore::Metric(m)); s)
                    series[lines++] = s;
    } else {
        for (int m : m_metrics)
            if (lines < 2 && m >= 0 && m < StatsStore::HostMetricCount)
                if (const StatsSeries *s = host->get(StatsStore::HostMetric(m)); s)
                    series[lines++] = s;
    }
    if (lines == 0)
        return;

    // Leave the cell's text its room on the right; the line takes the left.
    const int textWidth =
        option.fontMetrics.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + 10;
    QRect r = option.rect.adjusted(4, 4, -textWidth, -4);
    if (r.width() > kWidth)
        r.setWidth(kWidth);
    if (r.width() < 20 || r.height() < 6)
        return;

    const int n = StatsStore::kSparklinePoints;
    const quint64 last = host->timeline.lastSeq;
    const quint64 first = last >= quint64(n) ? last - quint64(n) + 1 : 1;
    double top = m_percent ? 100.0 : 0.0;
    if (!m_percent) {
        for (int l = 0; l < lines; ++l)
            for (quint64 q = first; q <= last; ++q)
                if (const float v = series[l]->valueAt(q); !std::isnan(v))
                    top = std::max(top, double(v));
        if (top <= 0)
            top = 1;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const double dx = double(r.width()) / double(n - 1);
    for (int l = 0; l < lines; ++l) {
        QPainterPath path;
        bool pen = false;
        for (quint64 q = first; q <= last; ++q) {
            const float v = series[l]->valueAt(q);
            if (std::isnan(v)) {
                pen = false; // a gap: the VM was off or the host did not answer
                continue;
            }
            const double x = r.right() - double(last - q) * dx;
            const double y = r.bottom() - std::clamp(double(v) / top, 0.0, 1.0) * r.height();
            if (pen)
                path.lineTo(x, y);
            else
                path.moveTo(x, y);
            pen = true;
        }
        QColor c = kLineColors[l];
        if (option.state & QStyle::State_Selected)
            c = option.palette.color(QPalette::HighlightedText);
        painter->setPen(QPen(c, 1.3));
        painter->drawPath(path);
    }
    painter->restore();
}

} // namespace virtdeck
