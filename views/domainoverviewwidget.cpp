// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainoverviewwidget.h"

#include "clonedialog.h"
#include "console/consolelauncher.h"
#include "console/viewercommand.h"
#include "core/agetext.h"
#include "core/connectionmanager.h"
#include "domains/libvirt/domainservice.h"
#include "snapshotsdialog.h"
#include "xmleditordialog.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
constexpr QSize kThumb(200, 150);

QTreeWidget *makeList(const QStringList &headers, QWidget *parent) {
    auto *t = new QTreeWidget(parent);
    t->setHeaderLabels(headers);
    t->setRootIsDecorated(false);
    t->setUniformRowHeights(true);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->setFocusPolicy(Qt::NoFocus);
    t->header()->setStretchLastSection(true);
    return t;
}

// Height for `rows` rows plus the header, so short lists do not leave empty space.
void fitRows(QTreeWidget *t, int rows) {
    const int row = t->fontMetrics().height() + 8;
    t->setFixedHeight(t->header()->sizeHint().height() + row * std::max(rows, 1) +
                      2 * t->frameWidth() + 2);
}

QString formatUptime(qint64 s) {
    if (s < 0)
        return DomainOverviewWidget::tr("unknown on this host");
    const qint64 d = s / 86400, h = (s % 86400) / 3600, m = (s % 3600) / 60;
    if (d > 0)
        return DomainOverviewWidget::tr("%1 d %2 h").arg(d).arg(h);
    if (h > 0)
        return DomainOverviewWidget::tr("%1 h %2 min").arg(h).arg(m);
    return DomainOverviewWidget::tr("%1 min").arg(m);
}

QString fieldText(const QString &field) {
    if (field == u"vcpus"_s)
        return DomainOverviewWidget::tr("vCPUs");
    if (field == u"memory"_s)
        return DomainOverviewWidget::tr("Memory");
    if (field == u"autostart"_s)
        return DomainOverviewWidget::tr("Autostart");
    if (field == u"title"_s)
        return DomainOverviewWidget::tr("Title");
    return DomainOverviewWidget::tr("Description");
}
// A settings field with its notes on one row.
QHBoxLayout *fieldRow(std::initializer_list<QWidget *> widgets) {
    auto *row = new QHBoxLayout;
    for (QWidget *w : widgets)
        row->addWidget(w);
    row->addStretch(1);
    return row;
}

QLabel *makeNextBootMark(QWidget *parent) {
    auto *mark = new QLabel(DomainOverviewWidget::tr("from next boot"), parent);
    mark->setStyleSheet(u"color: #8a5a00; font-style: italic;"_s);
    mark->hide();
    return mark;
}
} // namespace

// Widgets are made in the order the Tab key visits them.
DomainOverviewWidget::DomainOverviewWidget(ConnectionManager *manager, QWidget *parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_timer(new QTimer(this))
    , m_launcher(new ConsoleLauncher(this)) {
    setObjectName(u"DomainOverviewWidget"_s);
    QWidget *content = createPages();
    auto *layout = new QVBoxLayout(content);
    createHeader(content, layout);
    m_columns = new QBoxLayout(QBoxLayout::LeftToRight);
    m_columns->addWidget(createSystemGroup(content), 1);
    m_columns->addWidget(createSettingsGroup(content), 1);
    layout->addLayout(m_columns);
    layout->addWidget(m_outcome);
    createDeviceLists(content, layout);
    layout->addStretch(1);

    connectButtons();
    connectEditors();
    startFollowing();
    setDirty(false);
}

// The "select a VM" page and the scrolled page of a VM; returns the latter's content.
QWidget *DomainOverviewWidget::createPages() {
    m_pages = new QStackedWidget(this);
    auto *empty = new QLabel(tr("Select a VM to see its details."), this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setEnabled(false);
    m_pages->addWidget(empty);

    auto *content = new QWidget(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    m_pages->addWidget(scroll);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);
    return content;
}

// Header: name, title and state; actions; the screen on the right.
void DomainOverviewWidget::createHeader(QWidget *content, QBoxLayout *layout) {
    m_name = new QLabel(content);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(content);
    m_subtitle->setWordWrap(true);
    m_console = new QPushButton(QIcon(u":/virtdeck/icons/vm.svg"_s), tr("Open &Console"), content);
    m_console->setToolTip(tr("Open the graphical console in virt-viewer"));
    m_xml = new QPushButton(tr("Edit &XML…"), content);
    m_snapshots = new QPushButton(tr("S&napshots…"), content);
    m_clone = new QPushButton(tr("C&lone…"), content);
    auto *actions = new QHBoxLayout;
    for (auto *b : {m_console, m_xml, m_snapshots, m_clone})
        actions->addWidget(b);
    actions->addStretch(1);

    m_thumbnail = new QLabel(content);
    m_thumbnail->setObjectName(u"screenThumbnail"_s);
    m_thumbnail->setFixedSize(kThumb);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setFrameShape(QFrame::StyledPanel);
    m_thumbnail->setWordWrap(true);
    m_thumbnail->setToolTip(tr("The VM's screen, refreshed every few seconds while it runs"));
    m_retryScreen = new QPushButton(tr("&Retry"), content);
    m_retryScreen->setObjectName(u"retryScreen"_s);
    m_retryScreen->setToolTip(tr("Ask for the VM's screen again"));
    m_retryScreen->hide();
    connect(m_retryScreen, &QPushButton::clicked, this, [this] {
        m_screenError.clear();
        m_retryScreen->hide();
        requestScreenshot();
    });

    auto *headText = new QVBoxLayout;
    headText->addWidget(m_name);
    headText->addWidget(m_subtitle);
    headText->addStretch(1);
    auto *head = new QHBoxLayout;
    head->addLayout(headText, 1);
    auto *screen = new QVBoxLayout;
    screen->addWidget(m_thumbnail);
    screen->addWidget(m_retryScreen, 0, Qt::AlignHCenter);
    head->addLayout(screen);
    layout->addLayout(head);
    layout->addLayout(actions);
}

// System facts.
QGroupBox *DomainOverviewWidget::createSystemGroup(QWidget *content) {
    auto *system = new QGroupBox(tr("System"), content);
    m_state = new QLabel(system);
    m_os = new QLabel(system);
    m_arch = new QLabel(system);
    m_uptime = new QLabel(system);
    m_replica = new QLabel(system);
    m_replica->setObjectName(u"replica"_s);
    m_replica->setWordWrap(true);
    for (QLabel *l : {m_state, m_os, m_arch, m_uptime, m_replica})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_systemForm = new QFormLayout(system);
    m_systemForm->addRow(tr("State:"), m_state);
    m_systemForm->addRow(tr("Operating system:"), m_os);
    m_systemForm->addRow(tr("Architecture:"), m_arch);
    m_systemForm->addRow(tr("Uptime:"), m_uptime);
    m_systemForm->addRow(tr("Replica:"), m_replica);
    m_systemForm->setRowVisible(m_replica, false);
    return system;
}

// Settings the user may change, and what became of the last change (m_outcome).
QGroupBox *DomainOverviewWidget::createSettingsGroup(QWidget *content) {
    auto *settings = new QGroupBox(tr("Settings"), content);
    m_title = new QLineEdit(settings);
    m_title->setPlaceholderText(tr("A short title shown in the VM list"));
    m_description = new QPlainTextEdit(settings);
    m_description->setPlaceholderText(tr("Notes for whoever looks after this VM"));
    m_description->setFixedHeight(m_description->fontMetrics().height() * 3 + 12);
    m_vcpus = new QSpinBox(settings);
    m_vcpus->setRange(1, 512);
    m_memory = new QSpinBox(settings);
    m_memory->setRange(16, 16 * 1024 * 1024);
    m_memory->setSingleStep(256);
    m_memory->setSuffix(tr(" MiB"));
    m_memory->setGroupSeparatorShown(true);
    m_autostart = new QCheckBox(tr("Start with the host"), settings);
    m_apply = new QPushButton(tr("&Apply"), settings);
    m_revert = new QPushButton(tr("&Revert"), settings);
    m_outcome = new QLabel(settings);
    m_outcome->setObjectName(u"settingsOutcome"_s);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *applyRow = new QHBoxLayout;
    applyRow->addWidget(m_apply);
    applyRow->addWidget(m_revert);
    applyRow->addStretch(1);
    // The field itself refuses more vCPUs than the definition's maximum; the label says why.
    m_vcpuLimit = new QLabel(settings);
    m_vcpuLimit->setObjectName(u"vcpuLimit"_s);
    m_vcpuNextBoot = makeNextBootMark(settings);
    m_memoryNextBoot = makeNextBootMark(settings);
    auto *setForm = new QFormLayout(settings);
    setForm->addRow(tr("Title:"), m_title);
    setForm->addRow(tr("Description:"), m_description);
    setForm->addRow(tr("vCPUs:"), fieldRow({m_vcpus, m_vcpuLimit, m_vcpuNextBoot}));
    setForm->addRow(tr("Memory:"), fieldRow({m_memory, m_memoryNextBoot}));
    setForm->addRow(QString(), m_autostart);
    setForm->addRow(applyRow);
    return settings;
}

void DomainOverviewWidget::createDeviceLists(QWidget *content, QBoxLayout *layout) {
    m_disks = makeList({tr("Device"), tr("Bus"), tr("Kind"), tr("Format"), tr("Image")}, content);
    m_disks->setObjectName(u"diskList"_s);
    m_nics =
        makeList({tr("MAC address"), tr("Connected to"), tr("Model"), tr("IP addresses")}, content);
    m_nics->setObjectName(u"nicList"_s);
    m_disks->setColumnWidth(0, 70);
    m_disks->setColumnWidth(1, 70);
    m_disks->setColumnWidth(2, 70);
    m_disks->setColumnWidth(3, 70);
    m_nics->setColumnWidth(0, 150);
    m_nics->setColumnWidth(1, 170);
    m_nics->setColumnWidth(2, 80);
    layout->addWidget(new QLabel(tr("Disks"), content));
    layout->addWidget(m_disks);
    layout->addWidget(new QLabel(tr("Network interfaces"), content));
    layout->addWidget(m_nics);
}

void DomainOverviewWidget::connectButtons() {
    connect(m_console, &QPushButton::clicked, this, &DomainOverviewWidget::openConsole);
    connect(m_launcher, &ConsoleLauncher::opened, this,
            [this](const QString &vm, const QString &connectionId) {
                Q_EMIT activity(true, connectionId, tr("Console opened for %1").arg(vm), {});
            });
    connect(m_launcher, &ConsoleLauncher::failed, this,
            [this](const QString &vm, const QString &connectionId, const QString &message) {
                Q_EMIT activity(false, connectionId, tr("The console of %1 did not open").arg(vm),
                                message);
            });
    connect(m_xml, &QPushButton::clicked, this, &DomainOverviewWidget::editXml);
    connect(m_snapshots, &QPushButton::clicked, this, &DomainOverviewWidget::showSnapshots);
    connect(m_clone, &QPushButton::clicked, this, &DomainOverviewWidget::cloneVm);
    connect(m_apply, &QPushButton::clicked, this, &DomainOverviewWidget::applySettings);
    connect(m_revert, &QPushButton::clicked, this, &DomainOverviewWidget::revertSettings);
}

// Any edit by the user (not by fillSettings) offers Apply and Revert.
void DomainOverviewWidget::connectEditors() {
    auto dirty = [this] {
        if (!m_filling)
            setDirty(true);
    };
    connect(m_title, &QLineEdit::textEdited, this, dirty);
    connect(m_description, &QPlainTextEdit::textChanged, this, dirty);
    connect(m_vcpus, &QSpinBox::valueChanged, this, dirty);
    connect(m_memory, &QSpinBox::valueChanged, this, dirty);
    connect(m_autostart, &QCheckBox::toggled, this, dirty);
}

// The screen every 5 s and the details (addresses appear as guests boot) every 10 s, only while
// a running VM is shown; at once when the host reports a change to it.
void DomainOverviewWidget::startFollowing() {
    m_timer->setInterval(5000);
    connect(m_timer, &QTimer::timeout, this, &DomainOverviewWidget::refreshScreen);
    connect(m_manager, &ConnectionManager::domainChanged, this, [this](const DomainInfo &info) {
        if (info.connectionId == m_connectionId && info.uuid == m_uuid)
            refresh();
    });
    connect(m_manager, &ConnectionManager::domainRemoved, this,
            [this](const QString &cid, const QString &uuid) {
                if (cid == m_connectionId && uuid == m_uuid)
                    setDomain({}, {});
            });
}

DomainOverviewWidget::~DomainOverviewWidget() = default;

void DomainOverviewWidget::setDomain(const QString &connectionId, const QString &uuid) {
    if (connectionId == m_connectionId && uuid == m_uuid)
        return;
    if (connectionId != m_connectionId) {
        delete m_service; // drops its pending replies
        m_service = nullptr;
    }
    m_connectionId = connectionId;
    m_uuid = uuid;
    m_haveDetails = false;
    m_details = {};
    m_nextVcpus.reset();
    m_nextMemoryMiB.reset();
    setDirty(false);
    m_outcome->clear();
    m_thumbnail->clear();
    m_thumbnail->setText(QString());
    m_screenError.clear();
    m_retryScreen->hide();
    m_pages->setCurrentIndex(uuid.isEmpty() ? 0 : 1);
    updateTimer();
    if (uuid.isEmpty())
        return;
    m_name->setText(tr("Loading…"));
    m_subtitle->clear();
    refresh();
}

void DomainOverviewWidget::ensureService() {
    if (m_service || m_connectionId.isEmpty())
        return;
    m_service = new DomainService(m_manager, m_connectionId, this);
    connect(m_service, &DomainService::detailsReady, this, &DomainOverviewWidget::onDetails);
    connect(m_service, &DomainService::editFinished, this, &DomainOverviewWidget::onEditFinished);
    connect(m_service, &DomainService::screenshotReady, this, &DomainOverviewWidget::onScreenshot);
    connect(m_service, &DomainService::cloneFinished, this, [this](const ActionResult &r) {
        m_clone->setEnabled(true);
        const QString text = r.ok ? tr("Cloned %1 as %2").arg(m_details.name, r.name)
                                  : tr("Cloning %1 failed").arg(m_details.name);
        m_outcome->setText(r.ok ? QString(text + u" ("_s + r.message + u')')
                                : QString(text + u": "_s + r.message));
        Q_EMIT activity(r.ok, r.connectionId, text, r.message);
        if (!r.ok)
            QMessageBox::warning(this, tr("Clone"), text + u"\n\n"_s + r.message);
    });
}

void DomainOverviewWidget::refresh() {
    ensureService();
    if (m_service && !m_uuid.isEmpty())
        m_service->fetchDetails(m_uuid);
}

void DomainOverviewWidget::onDetails(const DomainDetails &d) {
    if (d.uuid != m_uuid || d.connectionId != m_connectionId)
        return; // an answer for the VM shown before
    if (!d.error.isEmpty()) {
        m_name->setText(m_haveDetails ? m_details.name : tr("Unavailable"));
        m_subtitle->setText(tr("Cannot read the VM's details: %1").arg(d.error));
        return;
    }
    m_details = d;
    m_haveDetails = true;
    if (!domainStateIsActive(d.state)) { // a VM that is off runs its definition from now on
        m_nextVcpus.reset();
        m_nextMemoryMiB.reset();
    }
    showSystem(d);
    fillDisks(d);
    fillNics(d);
    if (!m_dirty)
        fillSettings();
    updateButtons(d);
    applyReadOnly();
    updateTimer();
    const bool running = domainStateIsActive(d.state);
    if (running && d.hasGraphics && m_thumbnail->pixmap().isNull() && isVisible())
        requestScreenshot();
    Q_EMIT detailsShown(d);
}

// The header and the System group.
void DomainOverviewWidget::showSystem(const DomainDetails &d) {
    m_name->setText(d.name);
    QStringList sub;
    if (!d.title.isEmpty())
        sub << d.title;
    sub << (m_manager->contains(d.connectionId) ? m_manager->config(d.connectionId).displayName()
                                                : d.connectionId);
    if (!d.persistent)
        sub << tr("transient (no definition kept when it stops)");
    m_subtitle->setText(sub.join(u" · "_s));

    m_state->setText(domainStateText(d.state));
    m_os->setText(d.osName.isEmpty() ? tr("not recorded") : d.osName);
    m_os->setToolTip(d.osId.isEmpty() ? tr("The VM carries no libosinfo metadata") : d.osId);
    m_arch->setText(d.machine.isEmpty() ? d.arch : tr("%1, machine %2").arg(d.arch, d.machine));
    m_uptime->setText(domainStateIsActive(d.state) ? formatUptime(d.uptimeSeconds)
                                                   : tr("not running"));
    showReplica(d.replica);
}

// A replica's source, the age of its data (time since its last good replication) and its size.
void DomainOverviewWidget::showReplica(const ReplicaFacts &r) {
    m_systemForm->setRowVisible(m_replica, !r.state.isEmpty());
    if (r.state.isEmpty())
        return;
    // One line for the size: "768.0 MiB" does not break between number and unit.
    const QString size =
        QLocale().formattedDataSize(qint64(r.capacity), 1).replace(u' ', QChar::Nbsp);
    const QString state = r.state == u"ready"_s     ? tr("ready to fail over to")
                          : r.state == u"writing"_s ? tr("not whole: a replication was cut short")
                                                    : tr("started by a failover");
    m_replica->setText(tr("from %1, data of %2 (%3), %4; %5")
                           .arg(r.sourceHost,
                                QLocale().toString(r.taken.toLocalTime(), QLocale::ShortFormat),
                                tr("%1 old").arg(ageText(r.taken)), size, state));
}

void DomainOverviewWidget::fillDisks(const DomainDetails &d) {
    m_disks->clear();
    for (const DomainDisk &disk : d.disks) {
        auto *item = new QTreeWidgetItem(m_disks);
        item->setText(0, disk.target);
        item->setText(1, disk.bus);
        item->setText(2, disk.device);
        item->setText(3, disk.driverType);
        const QString image =
            disk.sourcePath.isEmpty()
                ? (disk.sourceVolume.isEmpty() ? tr("(empty)")
                                               : disk.sourcePool + u'/' + disk.sourceVolume)
                : disk.sourcePath;
        item->setText(4, disk.readOnly ? tr("%1 (read-only)").arg(image) : image);
        item->setToolTip(4, item->text(4));
    }
    fitRows(m_disks, int(d.disks.size()));
}

void DomainOverviewWidget::fillNics(const DomainDetails &d) {
    m_nics->clear();
    for (const DomainNic &nic : d.nics) {
        auto *item = new QTreeWidgetItem(m_nics);
        item->setText(0, nic.mac);
        item->setText(1, nic.source.isEmpty() ? nic.type : tr("%1 %2").arg(nic.type, nic.source));
        item->setText(2, nic.model);
        QString addr = nic.addresses.join(u", "_s);
        if (addr.isEmpty())
            addr = domainStateIsActive(d.state) ? tr("unknown (no DHCP lease, no guest agent)")
                                                : QString();
        else if (nic.addressSource == u"agent"_s)
            addr = tr("%1 (guest agent)").arg(addr);
        item->setText(3, addr);
        item->setToolTip(3, addr);
    }
    fitRows(m_nics, int(d.nics.size()));
}

// What the console and clone buttons and the screen offer in the VM's state.
void DomainOverviewWidget::updateButtons(const DomainDetails &d) {
    const bool running = domainStateIsActive(d.state);
    m_console->setEnabled(running && d.hasGraphics);
    m_console->setToolTip(!d.hasGraphics ? tr("This VM has no graphical display")
                          : running      ? tr("Open the graphical console in virt-viewer")
                                         : tr("Start the VM to see its console"));
    m_clone->setEnabled(!running);
    m_clone->setToolTip(running ? tr("Shut the VM off to clone it") : QString());
    if (!running) {
        m_thumbnail->setPixmap({});
        m_thumbnail->setText(tr("Not running"));
    } else if (!d.hasGraphics) {
        m_thumbnail->setPixmap({});
        m_thumbnail->setText(tr("No display"));
    }
}

void DomainOverviewWidget::fillSettings() {
    m_filling = true;
    m_title->setText(m_details.title);
    m_description->setPlainText(m_details.description);
    // Live values, or what the definition holds for the next boot when an edit went there.
    m_vcpus->setMaximum(m_details.maxVcpus > 0 ? m_details.maxVcpus : 512);
    m_vcpuLimit->setText(m_details.maxVcpus > 0 ? tr("at most %1").arg(m_details.maxVcpus)
                                                : QString());
    m_vcpuLimit->setToolTip(tr("The VM's maximum; raise it in the XML definition for more."));
    m_vcpus->setValue(m_nextVcpus.value_or(m_details.vcpus));
    m_vcpuNextBoot->setVisible(m_nextVcpus.has_value());
    m_vcpuNextBoot->setToolTip(tr("Running now with %1").arg(m_details.vcpus));
    const int liveMiB = int(m_details.memoryBytes >> 20);
    m_memory->setValue(m_nextMemoryMiB.value_or(liveMiB));
    m_memoryNextBoot->setVisible(m_nextMemoryMiB.has_value());
    m_memoryNextBoot->setToolTip(tr("Running now with %1 MiB").arg(liveMiB));
    m_autostart->setChecked(m_details.autostart);
    m_autostart->setEnabled(m_details.persistent);
    m_filling = false;
    setDirty(false);
}

bool DomainOverviewWidget::readOnlyHost() const {
    return !m_connectionId.isEmpty() && m_manager->config(m_connectionId).readOnly;
}

void DomainOverviewWidget::applyReadOnly() {
    const bool ro = readOnlyHost();
    m_title->setReadOnly(ro);
    m_description->setReadOnly(ro);
    m_vcpus->setReadOnly(ro);
    m_memory->setReadOnly(ro);
    if (ro) {
        m_autostart->setEnabled(false);
        m_clone->setEnabled(false);
    }
    m_xml->setEnabled(!ro);
    m_snapshots->setEnabled(!ro);
    const QString why = ro ? tr("This host is connected read-only") : QString();
    for (QWidget *w : std::initializer_list<QWidget *>{m_xml, m_snapshots, m_autostart})
        w->setToolTip(why);
    if (ro)
        m_clone->setToolTip(why);
}

void DomainOverviewWidget::setDirty(bool dirty) {
    m_dirty = dirty && !readOnlyHost();
    m_apply->setEnabled(m_dirty);
    m_revert->setEnabled(m_dirty);
}

void DomainOverviewWidget::revertSettings() {
    fillSettings();
    m_outcome->clear();
}

void DomainOverviewWidget::applySettings() {
    if (!m_haveDetails || !m_service || readOnlyHost())
        return;
    DomainEdit e;
    if (m_title->text() != m_details.title)
        e.title = m_title->text();
    if (m_description->toPlainText() != m_details.description)
        e.description = m_description->toPlainText();
    if (m_vcpus->value() != m_nextVcpus.value_or(m_details.vcpus))
        e.vcpus = m_vcpus->value();
    if (m_memory->value() != m_nextMemoryMiB.value_or(int(m_details.memoryBytes >> 20)))
        e.memoryBytes = quint64(m_memory->value()) << 20;
    if (m_autostart->isChecked() != m_details.autostart)
        e.autostart = m_autostart->isChecked();
    if (!e.title && !e.description && !e.vcpus && !e.memoryBytes && !e.autostart) {
        setDirty(false);
        return;
    }
    m_apply->setEnabled(false);
    m_outcome->setText(tr("Applying…"));
    m_sent = e;
    m_service->applyEdit(m_uuid, e);
}

void DomainOverviewWidget::onEditFinished(const DomainEditResult &r) {
    if (r.uuid != m_uuid || r.connectionId != m_connectionId)
        return;
    QStringList now, later, failed;
    for (const auto &o : r.outcomes) {
        const QString name = fieldText(o.field);
        switch (o.applied) {
        case DomainEditOutcome::Applied::Now:
            now << name;
            break;
        case DomainEditOutcome::Applied::NextBoot:
            later << name;
            break;
        case DomainEditOutcome::Applied::Failed:
            failed << tr("%1: %2").arg(name, o.message);
            break;
        }
    }
    QStringList lines;
    if (!now.isEmpty())
        lines << tr("Applied now: %1.").arg(now.join(u", "_s));
    if (!later.isEmpty())
        lines << tr("Applies at the next boot: %1 (the running VM cannot change it now).")
                     .arg(later.join(u", "_s));
    if (!failed.isEmpty())
        lines << tr("Not changed — %1").arg(failed.join(u"; "_s));
    m_outcome->setText(lines.join(u'\n'));
    m_outcome->setStyleSheet(failed.isEmpty() ? QString() : u"color: #c62828;"_s);
    Q_EMIT activity(failed.isEmpty(), r.connectionId, tr("Settings of %1").arg(m_details.name),
                    lines.join(u' '));
    keepNextBootValues(r);
    setDirty(false);
    refresh();
}

void DomainOverviewWidget::keepNextBootValues(const DomainEditResult &r) {
    for (const auto &o : r.outcomes) {
        if (o.applied == DomainEditOutcome::Applied::Failed)
            continue;
        const bool later = o.applied == DomainEditOutcome::Applied::NextBoot;
        if (o.field == u"vcpus"_s && m_sent.vcpus)
            m_nextVcpus = later ? m_sent.vcpus : std::nullopt;
        else if (o.field == u"memory"_s && m_sent.memoryBytes)
            m_nextMemoryMiB =
                later ? std::optional<int>(int(*m_sent.memoryBytes >> 20)) : std::nullopt;
    }
    m_sent = {};
}

void DomainOverviewWidget::refreshScreen() {
    if (!m_service || m_uuid.isEmpty())
        return;
    requestScreenshot();
    if (++m_tick % 2 == 0)
        m_service->fetchDetails(m_uuid);
}

void DomainOverviewWidget::requestScreenshot() {
    if (!m_service || m_uuid.isEmpty() || m_screenPending == m_uuid || !m_screenError.isEmpty())
        return;
    m_screenPending = m_uuid;
    m_service->takeScreenshot(m_uuid);
}

void DomainOverviewWidget::onScreenshot(const QString &uuid, const QByteArray &data,
                                        const QString &, const QString &error) {
    if (uuid == m_screenPending)
        m_screenPending.clear();
    if (uuid != m_uuid)
        return;
    QImage image;
    if (error.isEmpty())
        image.loadFromData(data); // PNG from the test driver, PPM from QEMU
    if (!error.isEmpty()) {
        // "cannot acquire state change lock", a timeout: asking again by itself would only
        // queue more calls behind a VM that does not answer. The user retries.
        m_screenError = error;
        m_thumbnail->setPixmap({});
        m_thumbnail->setText(tr("No picture: %1").arg(error));
        m_retryScreen->show();
        return;
    }
    if (image.isNull()) {
        m_thumbnail->setPixmap({});
        m_thumbnail->setText(tr("No picture"));
        return;
    }
    m_thumbnail->setPixmap(QPixmap::fromImage(
        image.scaled(kThumb - QSize(4, 4), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    Q_EMIT screenshotShown();
}

void DomainOverviewWidget::updateTimer() {
    const bool want =
        isVisible() && !m_uuid.isEmpty() && m_haveDetails && domainStateIsActive(m_details.state);
    if (want && !m_timer->isActive())
        m_timer->start();
    else if (!want)
        m_timer->stop();
}

void DomainOverviewWidget::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    // Side by side where there is room (a tab), stacked in a narrow dock.
    m_columns->setDirection(width() >= 680 ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

void DomainOverviewWidget::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    updateTimer();
}

void DomainOverviewWidget::hideEvent(QHideEvent *event) {
    QWidget::hideEvent(event);
    updateTimer();
}

void DomainOverviewWidget::openConsole() {
    if (m_uuid.isEmpty() || !m_manager->contains(m_connectionId))
        return;
    const ViewerCommand cmd = viewerCommand(m_manager->config(m_connectionId).uri(), m_uuid);
    if (cmd.program.isEmpty()) {
        QMessageBox::warning(this, tr("Console"), cmd.error);
        return;
    }
    // The log line follows what the viewer really did (ConsoleLauncher::opened/failed).
    m_launcher->launch(cmd, m_haveDetails ? m_details.name : m_uuid, m_connectionId);
}

void DomainOverviewWidget::editXml() {
    if (m_uuid.isEmpty() || readOnlyHost())
        return;
    auto *dlg = new XmlEditorDialog(m_manager, m_connectionId, XmlObjectKind::Domain, m_uuid,
                                    m_haveDetails ? m_details.name : m_uuid, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg->service(), &XmlDefinitionService::applied, this, [this](bool ok) {
        if (ok)
            refresh();
    });
    dlg->show();
}

void DomainOverviewWidget::showSnapshots() {
    if (m_uuid.isEmpty() || readOnlyHost())
        return;
    auto *dlg = new SnapshotsDialog(m_manager, m_connectionId, m_uuid,
                                    m_haveDetails ? m_details.name : m_uuid, m_details.state, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(this, &DomainOverviewWidget::detailsShown, dlg,
            [dlg](const DomainDetails &d) { dlg->setDomainState(d.state); });
    connect(dlg->service(), &SnapshotService::finished, this,
            [this](SnapshotService::Operation op, const QString &name, bool ok,
                   const QString &message) {
                Q_EMIT activity(ok, m_connectionId,
                                SnapshotService::outcomeText(op, name, m_details.name, ok),
                                message);
                refresh();
            });
    dlg->show();
}

void DomainOverviewWidget::cloneVm() {
    if (!m_haveDetails || !m_service || readOnlyHost())
        return;
    int owned = 0;
    for (const auto &d : m_details.disks)
        owned += d.device == u"disk"_s && !d.readOnly && !d.shareable;
    CloneDialog dlg(m_details.name, owned, this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    m_clone->setEnabled(false);
    m_outcome->setStyleSheet(QString());
    m_outcome->setText(tr("Cloning %1 as %2…").arg(m_details.name, dlg.cloneName()));
    m_service->cloneDomain(m_uuid, dlg.cloneName(), dlg.mode());
}

} // namespace virtdeck
