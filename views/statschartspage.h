// SPDX-License-Identifier: GPL-3.0-or-later
// Live line charts (CPU, memory, disk, network) of one host or of one or more VMs overlaid for
// comparison, over a selectable window. Each tick appends one point per line and drops the
// points that left the window; series are only rebuilt when the subjects or the window change.
// GUI thread.
#pragma once

#include "stats/statsstore.h"

#include <QList>
#include <QWidget>

#include <cmath>
#include <functional>

class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QPointF;
class QValueAxis;

namespace virtdeck {

class StatsChartsPage : public QWidget {
    Q_OBJECT
public:
    // One VM in the charts.
    struct Vm {
        QString connectionId;
        QString uuid;
        QString name;
        quint64 allocatedBytes = 0; // drawn when the host reports no memory use
    };
    enum class Window { OneMinute, TenMinutes, OneHour };

    explicit StatsChartsPage(const StatsStore *store, QWidget *parent = nullptr);
    ~StatsChartsPage() override;

    void showVms(const QList<Vm> &vms);
    void showHost(const QString &connectionId, const QString &name);
    void showNothing(const QString &why);
    void setWindow(Window w);
    Window window() const { return m_window; }

    // For tests: the chart's series objects (stable across ticks) and their titles.
    enum ChartKind { CpuChart, MemoryChart, DiskChart, NetworkChart, ChartCount };
    QList<QLineSeries *> series(ChartKind chart) const;
    QString chartTitle(ChartKind chart) const;
    QString axisTitle(ChartKind chart) const;
    // What the charts say about their older part ("Older than 10 min: 30-s averages"); empty
    // while the window shows every tick.
    QString tierNote() const;
    // For tests: the chart widget (its scene holds the axis labels as drawn).
    QWidget *chartView(ChartKind chart) const;

private:
    struct Line;
    struct Chart;
    void createWindowBox();
    void createGrid();
    Chart *newChart(ChartKind kind, const QString &title);
    void rebuild();
    static void addLine(Chart &c, const QString &name, const QString &connectionId,
                        const QString &uuid, QList<int> metrics, double constant = std::nan(""));
    void addHostLines(Chart &c);
    void addVmLines(Chart &c, const Vm &v);
    void addComparedLines(Chart &c);
    void fillFromHistory(Chart &c);
    void updateTierNote();
    void refreshNetworkTitle(Chart &c) const;
    bool memoryUseAppeared() const;
    void onHostUpdated(const QString &connectionId);
    double appendLatest(Chart &c, const QString &connectionId, const StatsStore::HostHistory &h,
                        qint64 now);
    static QLineSeries *startSegment(Chart &c, Line &l);
    static void appendPoint(Chart &c, Line &l, double x, double y);
    static void fillSegments(Chart &c, Line &l, const QList<QPointF> &raw);
    static void dropBefore(Chart &c, Line &l, double cutoff);
    static void fitTimeLabels(Chart &c);
    static void showTitle(Chart &c);
    void rescale(Chart &c, double maxRaw);
    void updateAxes(Chart &chart, qint64 nowMs);
    qint64 windowMs() const;

    const StatsStore *m_store;
    QComboBox *m_windowBox;
    QLabel *m_heading;
    QLabel *m_tierNote;
    QLabel *m_empty;
    QWidget *m_grid;
    QList<Chart *> m_charts;
    QList<Vm> m_vms;
    QString m_hostId, m_hostName;
    Window m_window = Window::TenMinutes;
};

} // namespace virtdeck
