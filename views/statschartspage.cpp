// SPDX-License-Identifier: GPL-3.0-or-later
#include "statschartspage.h"

#include "stats/statsstore.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace virtdeck {

using namespace Qt::StringLiterals;

struct StatsChartsPage::Line {
    QLineSeries *series = nullptr; // the first segment: the one the legend names
    // Further segments, one after each gap (a tick without a sample), drawn alike.
    QList<QLineSeries *> more;
    bool gap = false; // the newest tick had no sample: the next one starts a segment
    QString connectionId;
    QString uuid; // empty: a host line
    QList<int> metrics;
    double constant = std::nan(""); // a flat reference line (allocation, total memory)

    QLineSeries *tail() const { return more.isEmpty() ? series : more.last(); }
    QList<QLineSeries *> segments() const { return QList<QLineSeries *>{series} + more; }
};

struct StatsChartsPage::Chart {
    ChartKind kind;
    QChart *chart = nullptr;
    QChartView *view = nullptr;
    QDateTimeAxis *x = nullptr;
    QValueAxis *y = nullptr;
    QList<Line> lines;
    QString title;      // "CPU"
    QString emptyTitle; // what the title says when no line has data
    bool percent = false;
    bool rate = false; // bytes per second (else bytes)
    double divisor = 1;
    QString unit;
    int yTicks = 5;     // value labels that fit the plot's height
    QString shownTitle; // the title as text; the chart gets it wrapped to its width
};

namespace {

// The series a line reads for `metric`: the domain's, or the host's own.
const StatsSeries *lineSeries(const StatsStore::HostHistory &host,
                              const StatsStore::DomainHistory *d, int metric) {
    return d ? d->get(StatsStore::Metric(metric)) : host.get(StatsStore::HostMetric(metric));
}

// The line's value at tick `seq`, or (`bucket`) the mean of the coarse bucket `seq`; NaN: a gap.
double lineValue(const StatsStore::HostHistory &host, const QString &uuid,
                 const QList<int> &metrics, double constant, quint64 seq, bool bucket = false) {
    if (!std::isnan(constant))
        return constant;
    double sum = std::nan("");
    const StatsStore::DomainHistory *d = nullptr;
    if (!uuid.isEmpty()) {
        const auto it = host.domains.find(uuid);
        if (it == host.domains.end())
            return sum;
        d = &it->second;
    }
    for (int m : metrics) {
        const StatsSeries *s = lineSeries(host, d, m);
        if (!s)
            continue;
        const float v = bucket ? s->bucketMean(seq) : s->valueAt(seq);
        if (!std::isnan(v))
            sum = std::isnan(sum) ? double(v) : sum + double(v);
    }
    return sum;
}

// The first tick the store holds at full resolution; older ticks are read from the buckets.
quint64 fineStart(const StatsStore &store, const StatsStore::Timeline &t) {
    const quint64 fine = quint64(store.fineTicks());
    return t.lastSeq >= fine ? std::max(t.firstSeq(), t.lastSeq - fine + 1) : t.firstSeq();
}

// A line's points from `cutoff` on (NaN: a gap). A window that reaches past the
// full-resolution tier gets the buckets up to the first whole bucket inside that tier, each
// at its middle tick's time, then the ticks from there on: one line, no hole, no overlap.
QList<QPointF> historyPoints(const StatsStore &store, const StatsStore::HostHistory &h,
                             const QString &uuid, const QList<int> &metrics, double constant,
                             qint64 cutoff) {
    QList<QPointF> out;
    const StatsStore::Timeline &t = h.timeline;
    quint64 start = fineStart(store, t);
    const quint64 ticks = quint64(store.bucketTicks());
    if (ticks > 0 && start > t.firstSeq() && t.wallMsAt(start) > cutoff) {
        start = (start - 1 + ticks - 1) / ticks * ticks + 1;
        for (quint64 b = (t.firstSeq() - 1) / ticks + 1; b * ticks < start; ++b) {
            const quint64 mid = std::clamp((b - 1) * ticks + (ticks + 1) / 2, t.firstSeq(),
                                           std::min(start, t.lastSeq));
            const qint64 at = t.wallMsAt(mid);
            if (at >= cutoff)
                out.append(QPointF(double(at), lineValue(h, uuid, metrics, constant, b, true)));
        }
    }
    for (quint64 q = start; q <= t.lastSeq; ++q) {
        const qint64 at = t.wallMsAt(q);
        if (at >= cutoff)
            out.append(QPointF(double(at), lineValue(h, uuid, metrics, constant, q)));
    }
    return out;
}

// `text` broken into lines of at most `width` (as HTML: Qt Charts cuts a title that is too wide,
// and a 'no data' title is the reason the chart is empty, so it must be read whole).
QString wrapped(const QString &text, const QFont &font, qreal width) {
    const QFontMetricsF fm(font);
    QStringList lines;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + u' ' + word;
        if (!line.isEmpty() && fm.horizontalAdvance(candidate) > width) {
            lines.append(line.toHtmlEscaped());
            line = word;
        } else {
            line = candidate;
        }
    }
    lines.append(line.toHtmlEscaped());
    return lines.join(u"<br>"_s);
}

// A lone sample between two gaps is a point, not a line of no length: show it as a dot.
void showLonePoint(QLineSeries *s) {
    s->setPointsVisible(s->count() == 1);
}

// The largest binary unit that keeps the axis numbers at or above 1.
void pickUnit(double maxBytes, bool rate, double *divisor, QString *unit) {
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("StatsChartsPage", "B"), QT_TRANSLATE_NOOP("StatsChartsPage", "KiB"),
        QT_TRANSLATE_NOOP("StatsChartsPage", "MiB"), QT_TRANSLATE_NOOP("StatsChartsPage", "GiB"),
        QT_TRANSLATE_NOOP("StatsChartsPage", "TiB")};
    int i = 0;
    double d = 1;
    while (i < 4 && maxBytes >= d * 1024) {
        d *= 1024;
        ++i;
    }
    *divisor = d;
    const QString name = QCoreApplication::translate("StatsChartsPage", names[i]);
    *unit = rate ? QCoreApplication::translate("StatsChartsPage", "%1/s").arg(name) : name;
}

} // namespace

StatsChartsPage::StatsChartsPage(const StatsStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store) {
    m_heading = new QLabel(this);
    QFont f = m_heading->font();
    f.setBold(true);
    m_heading->setFont(f);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    createWindowBox();
    // Says where a line turns from every tick to bucket means.
    m_tierNote = new QLabel(this);
    m_tierNote->setEnabled(false);
    m_tierNote->hide();

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    createGrid();

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_tierNote);
    top->addWidget(m_windowBox);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_empty, 1);

    connect(store, &StatsStore::hostUpdated, this, &StatsChartsPage::onHostUpdated);
    showNothing(tr("Select one or more VMs, or a host, to see their charts."));
}

// How much history the charts show.
void StatsChartsPage::createWindowBox() {
    m_windowBox = new QComboBox(this);
    m_windowBox->addItem(tr("Last minute"), int(Window::OneMinute));
    m_windowBox->addItem(tr("Last 10 minutes"), int(Window::TenMinutes));
    m_windowBox->addItem(tr("Last hour"), int(Window::OneHour));
    m_windowBox->setCurrentIndex(int(m_window));
    m_windowBox->setToolTip(tr("How much history the charts show"));
    connect(m_windowBox, &QComboBox::currentIndexChanged, this,
            [this](int i) { setWindow(Window(m_windowBox->itemData(i).toInt())); });
}

// The four charts, two by two.
void StatsChartsPage::createGrid() {
    m_grid = new QWidget(this);
    auto *grid = new QGridLayout(m_grid);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(2);
    const struct {
        ChartKind kind;
        const char *title;
    } specs[] = {
        {CpuChart, QT_TR_NOOP("CPU")},
        {MemoryChart, QT_TR_NOOP("Memory in use")},
        {DiskChart, QT_TR_NOOP("Disk I/O")},
        {NetworkChart, QT_TR_NOOP("Network")},
    };
    for (const auto &spec : specs) {
        Chart *c = newChart(spec.kind, tr(spec.title));
        grid->addWidget(c->view, int(spec.kind) / 2, int(spec.kind) % 2);
        m_charts.append(c);
    }
}

// A chart with its time and value axes, and no lines yet.
StatsChartsPage::Chart *StatsChartsPage::newChart(ChartKind kind, const QString &title) {
    auto *c = new Chart;
    c->kind = kind;
    c->title = title;
    c->percent = kind == CpuChart;
    c->rate = kind == DiskChart || kind == NetworkChart;
    c->chart = new QChart;
    c->chart->setMargins(QMargins(2, 2, 2, 2));
    c->chart->legend()->setAlignment(Qt::AlignBottom);
    c->chart->setAnimationOptions(QChart::NoAnimation);
    c->x = new QDateTimeAxis;
    c->x->setFormat(u"HH:mm:ss"_s);
    c->x->setTickCount(2);
    c->y = new QValueAxis;
    c->y->setLabelFormat(u"%.4g"_s);
    c->chart->addAxis(c->x, Qt::AlignBottom);
    c->chart->addAxis(c->y, Qt::AlignLeft);
    c->view = new QChartView(c->chart, m_grid);
    c->view->setRenderHint(QPainter::Antialiasing);
    c->view->setMinimumSize(220, 160);
    connect(c->chart, &QChart::plotAreaChanged, this, [c] {
        fitTimeLabels(*c);
        showTitle(*c);
    });
    return c;
}

// As many time labels as fit whole: Qt Charts cuts a label that is wider than the space between
// two ticks ("23:5…"), so a narrow chart gets fewer ticks rather than cut labels.
void StatsChartsPage::fitTimeLabels(Chart &c) {
    const QFontMetricsF fm(c.x->labelsFont());
    // Digits are equally wide in the fonts charts use; 8 stands for any of them.
    const QString widest = c.x->format().replace(QRegularExpression(u"[HhmsdMy]"_s), u"8"_s);
    const qreal label = fm.horizontalAdvance(widest) + fm.horizontalAdvance(u"88"_s);
    const qreal width = c.chart->plotArea().width();
    const int ticks = label > 0 ? std::clamp(int(width / label) + 1, 2, 5) : 2;
    if (c.x->tickCount() != ticks)
        c.x->setTickCount(ticks);
    // The value labels likewise need a line's height each, or they read "...".
    const QFontMetricsF yfm(c.y->labelsFont());
    c.yTicks = std::clamp(int(c.chart->plotArea().height() / (yfm.height() * 1.6)) + 1, 2, 5);
    if (c.y->tickCount() > c.yTicks)
        c.y->setTickCount(c.yTicks);
}

StatsChartsPage::~StatsChartsPage() {
    qDeleteAll(m_charts);
}

void StatsChartsPage::showVms(const QList<Vm> &vms) {
    m_vms = vms;
    m_hostId.clear();
    if (vms.size() == 1)
        m_heading->setText(vms.first().name);
    else
        m_heading->setText(tr("%n VMs compared", nullptr, int(vms.size())));
    rebuild();
}

void StatsChartsPage::showHost(const QString &connectionId, const QString &name) {
    m_vms.clear();
    m_hostId = connectionId;
    m_hostName = name;
    m_heading->setText(tr("Host %1").arg(name));
    rebuild();
}

void StatsChartsPage::showNothing(const QString &why) {
    m_vms.clear();
    m_hostId.clear();
    m_heading->clear(); // the dock title says "Performance" already
    m_empty->setText(why);
    rebuild();
}

void StatsChartsPage::setWindow(Window w) {
    if (m_window == w)
        return;
    m_window = w;
    const int i = m_windowBox->findData(int(w));
    if (i >= 0 && m_windowBox->currentIndex() != i)
        m_windowBox->setCurrentIndex(i);
    rebuild();
}

qint64 StatsChartsPage::windowMs() const {
    switch (m_window) {
    case Window::OneMinute:
        return 60'000;
    case Window::TenMinutes:
        return 600'000;
    case Window::OneHour:
        return 3'600'000;
    }
    return 600'000;
}

QList<QLineSeries *> StatsChartsPage::series(ChartKind chart) const {
    QList<QLineSeries *> out;
    for (const Line &l : m_charts.at(chart)->lines)
        out.append(l.series);
    return out;
}

QString StatsChartsPage::chartTitle(ChartKind chart) const {
    return m_charts.at(chart)->shownTitle;
}

QWidget *StatsChartsPage::chartView(ChartKind chart) const {
    return m_charts.at(chart)->view;
}

QString StatsChartsPage::axisTitle(ChartKind chart) const {
    return m_charts.at(chart)->y->titleText();
}

void StatsChartsPage::rebuild() {
    const bool any = !m_vms.isEmpty() || !m_hostId.isEmpty();
    m_grid->setVisible(any);
    m_empty->setVisible(!any);
    m_windowBox->setEnabled(any);
    for (Chart *c : std::as_const(m_charts)) {
        c->chart->removeAllSeries();
        c->lines.clear();
        // Note: from the title the previous subjects set; Disk and Network titles change below.
        c->emptyTitle = tr("%1 — no data: this host reports no such statistics").arg(c->title);
        if (!m_hostId.isEmpty())
            addHostLines(*c);
        else if (m_vms.size() == 1)
            addVmLines(*c, m_vms.first());
        else
            addComparedLines(*c);
        if (c->kind == DiskChart && m_vms.size() <= 1)
            c->title = tr("Disk I/O");
        if (c->kind == NetworkChart && m_vms.size() <= 1)
            c->title = tr("Network");
        fillFromHistory(*c);
    }
    updateTierNote();
}

// Shown while the window reaches back past the full-resolution tier into held buckets.
void StatsChartsPage::updateTierNote() {
    bool coarse = false;
    const qint64 fineMs = qint64(m_store->fineSeconds()) * 1000;
    if (m_store->bucketTicks() > 0 && windowMs() > fineMs) {
        for (const Chart *c : std::as_const(m_charts))
            for (const Line &l : c->lines)
                if (const auto *h = m_store->host(l.connectionId); h && h->timeline.lastSeq)
                    coarse |= h->timeline.firstSeq() < fineStart(*m_store, h->timeline);
    }
    m_tierNote->setText(tr("Older than %n min: %1-s averages", nullptr, m_store->fineSeconds() / 60)
                            .arg(m_store->bucketSeconds()));
    m_tierNote->setVisible(coarse);
}

QString StatsChartsPage::tierNote() const {
    return m_tierNote->isHidden() ? QString() : m_tierNote->text();
}

void StatsChartsPage::addLine(Chart &c, const QString &name, const QString &connectionId,
                              const QString &uuid, QList<int> metrics, double constant) {
    Line l;
    l.series = new QLineSeries;
    l.series->setName(name);
    l.connectionId = connectionId;
    l.uuid = uuid;
    l.metrics = std::move(metrics);
    l.constant = constant;
    if (!std::isnan(constant)) {
        QPen pen = l.series->pen();
        pen.setStyle(Qt::DashLine);
        l.series->setPen(pen);
    }
    c.lines.append(l);
}

// The host's own lines: its CPU and memory, its VMs' disk and network traffic together.
void StatsChartsPage::addHostLines(Chart &c) {
    const auto *h = m_store->host(m_hostId);
    switch (c.kind) {
    case CpuChart:
        addLine(c, tr("Host CPU"), m_hostId, {}, {StatsStore::HostCpu});
        break;
    case MemoryChart:
        addLine(c, tr("In use"), m_hostId, {}, {StatsStore::HostMemoryUsed});
        if (h && !std::isnan(h->latest.memoryTotalBytes))
            addLine(c, tr("Total"), m_hostId, {}, {}, h->latest.memoryTotalBytes);
        break;
    case DiskChart:
        addLine(c, tr("VMs: read + write"), m_hostId, {}, {StatsStore::HostVmDisk});
        break;
    case NetworkChart:
        addLine(c, tr("VMs: received + sent"), m_hostId, {}, {StatsStore::HostVmNet});
        break;
    case ChartCount:
        break;
    }
}

// One VM: a line per metric (read and write apart); its allocation when the host reports no
// memory use.
void StatsChartsPage::addVmLines(Chart &c, const Vm &v) {
    switch (c.kind) {
    case CpuChart:
        addLine(c, tr("CPU"), v.connectionId, v.uuid, {StatsStore::Cpu});
        break;
    case MemoryChart: {
        const auto *h = m_store->host(v.connectionId);
        const auto *d = m_store->domain(v.connectionId, v.uuid);
        // The allocation stands in only where the host never reports use: on a busy host the
        // first records may lack it, and the line appears with the first real sample.
        const bool fallback = v.allocatedBytes && !(d && d->get(StatsStore::MemoryUsed)) &&
                              !(h && h->memoryUseReported());
        if (fallback) {
            addLine(c, tr("Allocated"), v.connectionId, v.uuid, {}, double(v.allocatedBytes));
            c.emptyTitle =
                tr("%1 — this host reports no memory use; the allocation is shown").arg(c.title);
        } else {
            addLine(c, tr("In use"), v.connectionId, v.uuid, {StatsStore::MemoryUsed});
        }
        break;
    }
    case DiskChart:
        addLine(c, tr("Read"), v.connectionId, v.uuid, {StatsStore::DiskRead});
        addLine(c, tr("Write"), v.connectionId, v.uuid, {StatsStore::DiskWrite});
        break;
    case NetworkChart: {
        addLine(c, tr("Received"), v.connectionId, v.uuid, {StatsStore::NetRx});
        addLine(c, tr("Sent"), v.connectionId, v.uuid, {StatsStore::NetTx});
        refreshNetworkTitle(c);
        break;
    }
    case ChartCount:
        break;
    }
}

// Several VMs compared: one line per VM, named after it (read and write summed).
void StatsChartsPage::addComparedLines(Chart &c) {
    for (const Vm &v : std::as_const(m_vms)) {
        switch (c.kind) {
        case CpuChart:
            addLine(c, v.name, v.connectionId, v.uuid, {StatsStore::Cpu});
            break;
        case MemoryChart:
            addLine(c, v.name, v.connectionId, v.uuid, {StatsStore::MemoryUsed});
            break;
        case DiskChart:
            addLine(c, v.name, v.connectionId, v.uuid,
                    {StatsStore::DiskRead, StatsStore::DiskWrite});
            break;
        case NetworkChart:
            addLine(c, v.name, v.connectionId, v.uuid, {StatsStore::NetRx, StatsStore::NetTx});
            break;
        case ChartCount:
            break;
        }
    }
    if (c.kind == DiskChart)
        c.title = tr("Disk I/O (read + write)");
    else if (c.kind == NetworkChart)
        c.title = tr("Network (received + sent)");
}

// Fills the lines from the history, then attaches them: one bulk replace per series.
void StatsChartsPage::fillFromHistory(Chart &c) {
    double maxRaw = 0;
    qint64 nowMs = 0;
    QList<QList<QPointF>> raw(c.lines.size());
    for (qsizetype i = 0; i < c.lines.size(); ++i) {
        const Line &l = c.lines.at(i);
        const auto *h = m_store->host(l.connectionId);
        if (!h || h->timeline.lastSeq == 0)
            continue;
        const qint64 last = h->timeline.wallMs.last();
        nowMs = std::max(nowMs, last);
        raw[i] = historyPoints(*m_store, *h, l.uuid, l.metrics, l.constant, last - windowMs());
        for (const QPointF &p : std::as_const(raw.at(i)))
            if (!std::isnan(p.y()))
                maxRaw = std::max(maxRaw, p.y());
    }
    if (c.percent) {
        c.divisor = 1;
        c.unit = tr("%");
    } else {
        pickUnit(maxRaw, c.rate, &c.divisor, &c.unit);
    }
    for (qsizetype i = 0; i < c.lines.size(); ++i) {
        Line &l = c.lines[i];
        c.chart->addSeries(l.series);
        l.series->attachAxis(c.x);
        l.series->attachAxis(c.y);
        fillSegments(c, l, raw.at(i));
    }
    c.chart->legend()->setVisible(!c.lines.isEmpty());
    updateAxes(c, nowMs ? nowMs : QDateTime::currentMSecsSinceEpoch());
}

// libvirt measures host-side devices (taps, bridges); a user-mode NIC has none. Known only once
// the VM's stats said so, which may be after the chart was built.
void StatsChartsPage::refreshNetworkTitle(Chart &c) const {
    if (c.kind != NetworkChart || m_vms.size() != 1)
        return;
    const auto *d = m_store->domain(m_vms.first().connectionId, m_vms.first().uuid);
    if (d && d->measurableInterfaces == 0)
        c.emptyTitle = tr("Network — no data: this VM has no network device libvirt can measure "
                          "(no NIC, or a user-mode one)");
}

// The single VM's memory chart shows the allocation while no use was reported; the first real
// sample replaces it.
bool StatsChartsPage::memoryUseAppeared() const {
    if (m_vms.size() != 1)
        return false;
    const Chart *c = m_charts.at(MemoryChart);
    const auto *d = m_store->domain(m_vms.first().connectionId, m_vms.first().uuid);
    return c->lines.size() == 1 && !std::isnan(c->lines.first().constant) && d &&
           d->get(StatsStore::MemoryUsed);
}

void StatsChartsPage::onHostUpdated(const QString &connectionId) {
    const auto *h = m_store->host(connectionId);
    bool shown = false;
    for (const Chart *c : std::as_const(m_charts))
        for (const Line &l : c->lines)
            shown |= l.connectionId == connectionId;
    if (!shown)
        return;
    // History dropped (host removed, interval changed), or memory use reported at last.
    // A bucket closed: the hour window reads its ticks as one mean from now on.
    const int bucket = m_store->bucketTicks();
    const bool folded = bucket > 0 && h && h->timeline.lastSeq % quint64(bucket) == 0 &&
                        windowMs() > qint64(m_store->fineSeconds()) * 1000;
    if (!h || h->timeline.lastSeq == 0 || memoryUseAppeared() || folded) {
        rebuild();
        return;
    }
    const qint64 now = h->timeline.wallMs.last();
    for (Chart *c : std::as_const(m_charts)) {
        const double maxRaw = appendLatest(*c, connectionId, *h, now);
        refreshNetworkTitle(*c);
        if (!c->percent)
            rescale(*c, maxRaw);
        updateAxes(*c, now);
    }
}

// Appends the host's newest sample to its lines and scrolls every line: drops what left the
// window on the left. Returns the largest value left, in bytes (or percent).
double StatsChartsPage::appendLatest(Chart &c, const QString &connectionId,
                                     const StatsStore::HostHistory &h, qint64 now) {
    double maxRaw = 0;
    for (Line &l : c.lines) {
        if (l.connectionId == connectionId) {
            const double v = lineValue(h, l.uuid, l.metrics, l.constant, h.timeline.lastSeq);
            appendPoint(c, l, double(now), v / c.divisor);
        }
        dropBefore(c, l, double(now - windowMs()));
        for (QLineSeries *s : l.segments())
            for (int i = 0; i < s->count(); ++i)
                maxRaw = std::max(maxRaw, s->at(i).y() * c.divisor);
    }
    return maxRaw;
}

// A segment after a gap: the line's own pen, no entry of its own in the legend.
QLineSeries *StatsChartsPage::startSegment(Chart &c, Line &l) {
    auto *s = new QLineSeries;
    s->setName(l.series->name());
    c.chart->addSeries(s);
    s->setPen(l.series->pen());
    s->attachAxis(c.x);
    s->attachAxis(c.y);
    for (QLegendMarker *m : c.chart->legend()->markers(s))
        m->setVisible(false);
    l.more.append(s);
    return s;
}

// Appends one point (NaN: no sample, which makes a gap before the next real point).
void StatsChartsPage::appendPoint(Chart &c, Line &l, double x, double y) {
    if (std::isnan(y)) {
        l.gap = l.tail()->count() > 0 || !l.more.isEmpty();
        return;
    }
    QLineSeries *s = l.gap ? startSegment(c, l) : l.tail();
    l.gap = false;
    s->append(x, y);
    showLonePoint(s);
}

// The line from the history, raw values (NaN: gaps) in chart units after the divisor.
void StatsChartsPage::fillSegments(Chart &c, Line &l, const QList<QPointF> &raw) {
    QList<QPointF> run;
    QLineSeries *target = l.series;
    const auto flush = [&] {
        if (run.isEmpty())
            return;
        if (!target)
            target = startSegment(c, l);
        target->replace(run);
        showLonePoint(target);
        run.clear();
        target = nullptr;
    };
    for (const QPointF &p : raw) {
        if (std::isnan(p.y()))
            flush();
        else
            run.append(QPointF(p.x(), p.y() / c.divisor));
    }
    flush();
    l.gap = !raw.isEmpty() && std::isnan(raw.last().y());
}

// Scrolls: drops the points left of `cutoff`, and the segments that are left empty.
void StatsChartsPage::dropBefore(Chart &c, Line &l, double cutoff) {
    for (QLineSeries *s : l.segments()) {
        int drop = 0;
        while (drop < s->count() && s->at(drop).x() < cutoff)
            ++drop;
        if (drop > 0)
            s->removePoints(0, drop);
        if (s != l.series && s->count() == 0) {
            l.more.removeOne(s);
            c.chart->removeSeries(s);
            delete s;
        }
    }
}

// A unit change (KiB/s to MiB/s) rescales the points in place, once.
void StatsChartsPage::rescale(Chart &c, double maxRaw) {
    double divisor = 1;
    QString unit;
    pickUnit(maxRaw, c.rate, &divisor, &unit);
    if (divisor == c.divisor)
        return;
    for (Line &l : c.lines) {
        for (QLineSeries *s : l.segments()) {
            QList<QPointF> pts = s->points();
            for (QPointF &p : pts)
                p.setY(p.y() * c.divisor / divisor);
            s->replace(pts);
        }
    }
    c.divisor = divisor;
    c.unit = unit;
}

void StatsChartsPage::updateAxes(Chart &c, qint64 nowMs) {
    c.x->setRange(QDateTime::fromMSecsSinceEpoch(nowMs - windowMs()),
                  QDateTime::fromMSecsSinceEpoch(nowMs));
    const QString format = m_window == Window::OneHour ? u"HH:mm"_s : u"HH:mm:ss"_s;
    if (c.x->format() != format) {
        c.x->setFormat(format);
        fitTimeLabels(c);
    }
    double top = 0;
    bool data = false;
    for (const Line &l : std::as_const(c.lines)) {
        for (const QLineSeries *s : l.segments()) {
            data |= s->count() > 0 && std::isnan(l.constant);
            for (int i = 0; i < s->count(); ++i)
                top = std::max(top, s->at(i).y());
        }
    }
    c.y->setTickCount(c.yTicks);
    if (c.percent) {
        c.y->setRange(0, 100);
    } else {
        c.y->setRange(0, top > 0 ? top * 1.15 : 1);
        c.y->applyNiceNumbers();
        if (c.y->tickCount() > c.yTicks) // nice numbers may add ticks that do not fit
            c.y->setTickCount(c.yTicks);
    }
    c.y->setTitleText(c.unit);
    const bool fallback =
        !c.lines.isEmpty() && !std::isnan(c.lines.first().constant) && c.lines.size() == 1;
    c.shownTitle = c.lines.isEmpty() ? c.title : (data ? c.title : c.emptyTitle);
    if (fallback)
        c.shownTitle = c.emptyTitle;
    showTitle(c);
}

// Sets the title wrapped to the chart's width (which the title's height does not change).
void StatsChartsPage::showTitle(Chart &c) {
    const qreal width = c.chart->size().width() - 40;
    const QString html = width > 40 ? wrapped(c.shownTitle, c.chart->titleFont(), width)
                                    : c.shownTitle.toHtmlEscaped();
    if (c.chart->title() != html)
        c.chart->setTitle(html);
}

} // namespace virtdeck
