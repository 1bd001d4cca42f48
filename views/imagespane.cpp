// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagespane.h"
#include "listtable.h"

#include "core/connectionmanager.h"
#include "hosts/hosttablemodel.h"
#include "storage/pooltablemodel.h"
#include "storage/storagemanager.h"
#include "storage/volumefilterproxy.h"
#include "storage/volumetablemodel.h"
#include "transferdialog.h"
#include "volumedialog.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
QIcon themedIcon(const QString &name) {
    return QIcon(u":/virtdeck/icons/"_s + name + u".svg"_s);
}

QTableView *makeImageTable(QWidget *parent) {
    auto *v = makeListTable(parent);
    v->setTextElideMode(Qt::ElideMiddle); // paths and names differ at their ends
    v->setContextMenuPolicy(Qt::CustomContextMenu);
    return v;
}

// Fits the columns to the first rows that arrive, once.
void fitColumnsOnce(QTableView *view) {
    auto fit = std::make_shared<QMetaObject::Connection>();
    *fit = QObject::connect(view->model(), &QAbstractItemModel::rowsInserted, view, [view, fit] {
        QObject::disconnect(*fit);
        QTimer::singleShot(200, view, [view] {
            const int last = view->model()->columnCount() - 1;
            for (int c = 0; c < last; ++c) {
                view->resizeColumnToContents(c);
                view->setColumnWidth(c, std::min(view->columnWidth(c) + 12, 320));
            }
        });
    });
}
} // namespace

// Widgets are made in the order the Tab key visits them.
ImagesPane::ImagesPane(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace) {
    setObjectName(u"imagesPane"_s);
    createTables();
    createFilters();
    m_toolBar = new QToolBar(tr("Images"), this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    createActions();
    QWidget *poolPane = createPoolPane();
    QWidget *volumePane = createVolumePane();
    layOut(volumePane, poolPane);
    fitColumnsOnce(m_volumeView);
    fitColumnsOnce(m_poolView);

    connectFilters();
    connectViews();
    connectModels();
    refreshFilters();
    updateActions();
}

void ImagesPane::setFilterText(const QString &text) {
    m_filterText->setText(text);
}

void ImagesPane::createTables() {
    auto *sm = m_workspace->storage();
    m_proxy = new VolumeFilterProxy(this);
    m_proxy->setSourceModel(sm->volumes());
    m_volumeView = makeImageTable(this);
    m_volumeView->setObjectName(u"volumeView"_s);
    m_volumeView->setModel(m_proxy);
    m_volumeView->sortByColumn(VolumeTableModel::Name, Qt::AscendingOrder);
    m_volumeView->setColumnHidden(VolumeTableModel::Path, true);

    auto *poolProxy = new QSortFilterProxyModel(this);
    poolProxy->setSourceModel(sm->pools());
    poolProxy->setSortRole(PoolTableModel::SortRole);
    m_poolView = makeImageTable(this);
    m_poolView->setObjectName(u"poolView"_s);
    m_poolView->setModel(poolProxy);
    m_poolView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_poolView->sortByColumn(PoolTableModel::Name, Qt::AscendingOrder);
}

void ImagesPane::createFilters() {
    m_filterText = new QLineEdit(this);
    m_filterText->setPlaceholderText(tr("Filter by name, pool, host, path or VM"));
    m_filterText->setClearButtonEnabled(true);
    m_filterHost = new QComboBox(this);
    m_filterHost->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filterHost->addItem(tr("All hosts"), QString());
    m_filterUse = new QComboBox(this);
    m_filterUse->addItem(tr("All images"), int(VolumeFilterProxy::Use::Any));
    m_filterUse->addItem(tr("In use"), int(VolumeFilterProxy::Use::Used));
    m_filterUse->addItem(tr("Unused"), int(VolumeFilterProxy::Use::Unused));
    m_filterUse->addItem(tr("Templates"), int(VolumeFilterProxy::Use::Templates));
    m_status = new QLabel(this);
}

// The pools with their own tool bar, below the volumes.
QWidget *ImagesPane::createPoolPane() {
    auto *poolPane = new QWidget(this);
    auto *poolBar = new QToolBar(poolPane);
    poolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    poolBar->setIconSize(QSize(16, 16));
    auto *poolTitle = new QLabel(tr("<b>Storage pools</b>"), poolPane);
    poolTitle->setContentsMargins(4, 0, 12, 0);
    poolBar->addWidget(poolTitle);
    for (QAction *a :
         {m_newPool, m_startPool, m_stopPool, m_refreshPool, m_poolAutostart, m_deletePool})
        poolBar->addAction(a);
    auto *poolLayout = new QVBoxLayout(poolPane);
    poolLayout->setContentsMargins(0, 0, 0, 0);
    poolLayout->setSpacing(2);
    poolLayout->addWidget(poolBar);
    poolLayout->addWidget(m_poolView);
    return poolPane;
}

// The volumes under their filter bar.
QWidget *ImagesPane::createVolumePane() {
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterText, 1);
    filterRow->addWidget(m_filterUse);
    filterRow->addWidget(m_filterHost);
    filterRow->addWidget(m_status);
    auto *volPane = new QWidget(this);
    auto *volLayout = new QVBoxLayout(volPane);
    volLayout->setContentsMargins(0, 0, 0, 0);
    volLayout->addLayout(filterRow);
    volLayout->addWidget(m_volumeView);
    return volPane;
}

void ImagesPane::layOut(QWidget *volumePane, QWidget *poolPane) {
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"imagesSplitter"_s);
    m_splitter->addWidget(volumePane);
    m_splitter->addWidget(poolPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_splitter);
}

void ImagesPane::connectFilters() {
    connect(m_filterText, &QLineEdit::textChanged, m_proxy, &VolumeFilterProxy::setText);
    connect(m_filterHost, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setConnectionId(m_filterHost->currentData().toString()); });
    connect(m_filterUse, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setUse(VolumeFilterProxy::Use(m_filterUse->currentData().toInt()));
    });
}

void ImagesPane::connectViews() {
    connect(m_volumeView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImagesPane::updateActions);
    connect(m_poolView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImagesPane::updateActions);
    connect(m_volumeView, &QTableView::customContextMenuRequested, this,
            &ImagesPane::showVolumeMenu);
    connect(m_poolView, &QTableView::customContextMenuRequested, this, &ImagesPane::showPoolMenu);
    connect(m_poolView, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        // Double-clicking a pool shows its volumes alone.
        m_filterText->setText(i.data(PoolTableModel::NameRole).toString());
    });
}

// The actions and the host filter follow the tables and the storage manager.
void ImagesPane::connectModels() {
    auto *sm = m_workspace->storage();
    for (QAbstractItemModel *m : {static_cast<QAbstractItemModel *>(sm->volumes()),
                                  static_cast<QAbstractItemModel *>(sm->pools())}) {
        connect(m, &QAbstractItemModel::rowsInserted, this, &ImagesPane::updateActions);
        connect(m, &QAbstractItemModel::rowsRemoved, this, &ImagesPane::updateActions);
        connect(m, &QAbstractItemModel::dataChanged, this, &ImagesPane::updateActions);
    }
    const auto *hosts = m_workspace->hosts();
    connect(hosts, &QAbstractItemModel::rowsInserted, this, &ImagesPane::refreshFilters);
    connect(hosts, &QAbstractItemModel::rowsRemoved, this, &ImagesPane::refreshFilters);
    connect(hosts, &QAbstractItemModel::dataChanged, this, &ImagesPane::refreshFilters);
    connect(sm, &StorageManager::finished, this, &ImagesPane::onFinished);
    connect(sm, &StorageManager::transferStarted, this, &ImagesPane::onTransferStarted);
    connect(sm, &StorageManager::loadingChanged, this, &ImagesPane::updateActions);
}

QAction *ImagesPane::newAction(const char *icon, const QString &text, const QString &tip,
                               void (ImagesPane::*slot)()) {
    auto *a = new QAction(text, this);
    if (*icon)
        a->setIcon(themedIcon(QString::fromLatin1(icon)));
    a->setToolTip(tip);
    a->setStatusTip(tip);
    if (slot)
        connect(a, &QAction::triggered, this, slot);
    return a;
}

void ImagesPane::createActions() {
    createVolumeActions();
    createPoolActions();
    for (QAction *a : {m_newVolume, m_upload, m_download})
        m_toolBar->addAction(a);
    m_toolBar->addSeparator();
    for (QAction *a : {m_clone, m_linkedClone, m_resize, m_delete})
        m_toolBar->addAction(a);
    m_toolBar->addSeparator();
    for (QAction *a : {m_template, m_chain})
        m_toolBar->addAction(a);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_refresh);
}

void ImagesPane::createVolumeActions() {
    m_newVolume = newAction("image", tr("&New Volume…"),
                            tr("Create an empty qcow2 or raw disk image"), &ImagesPane::newVolume);
    m_upload = newAction("connection-add", tr("&Upload…"),
                         tr("Upload a local ISO or disk image into a pool"), &ImagesPane::upload);
    m_download = newAction("", tr("Do&wnload…"), tr("Save the selected volume to a local file"),
                           &ImagesPane::download);
    m_clone = new QAction(tr("&Clone…"), this);
    m_clone->setToolTip(tr("A full, independent copy of the selected volume"));
    connect(m_clone, &QAction::triggered, this, [this] { clone(false); });
    m_linkedClone = new QAction(tr("&Linked Clone…"), this);
    m_linkedClone->setToolTip(
        tr("A qcow2 overlay that starts from the selected image and stores only changes"));
    connect(m_linkedClone, &QAction::triggered, this, [this] { clone(true); });
    m_resize = newAction("connection-edit", tr("&Resize…"), tr("Change the volume's virtual size"),
                         &ImagesPane::resize);
    m_delete =
        newAction("vm-delete", tr("&Delete…"), tr("Delete the selected volumes (asks first)"),
                  &ImagesPane::deleteVolumes);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_volumeView->addAction(m_delete);
    m_template = new QAction(tr("&Template"), this);
    m_template->setCheckable(true);
    m_template->setToolTip(tr("Mark the image as a template to base new VMs on"));
    connect(m_template, &QAction::triggered, this, &ImagesPane::toggleTemplate);
    m_chain = new QAction(tr("&Backing Chain…"), this);
    m_chain->setToolTip(tr("Show the files this image is built on"));
    connect(m_chain, &QAction::triggered, this, &ImagesPane::showBackingChain);
    m_refresh =
        newAction("refresh", tr("Re&scan"),
                  tr("Re-scan every pool of every host for files added outside Virtdeck"), nullptr);
    connect(m_refresh, &QAction::triggered, this,
            [this] { m_workspace->storage()->refresh(true); });
}

void ImagesPane::createPoolActions() {
    m_newPool =
        newAction("pool", tr("New Pool…"), tr("Create a directory pool"), &ImagesPane::newPool);
    m_startPool = newAction("vm-start", tr("Start"), tr("Start the selected pool"), nullptr);
    m_stopPool = newAction("vm-shutdown", tr("Stop"), tr("Stop the selected pool"), nullptr);
    m_refreshPool = newAction("refresh", tr("Refresh"), tr("Re-scan the selected pool"), nullptr);
    m_deletePool = newAction("vm-delete", tr("Delete…"),
                             tr("Delete the selected pool (asks first)"), &ImagesPane::deletePool);
    m_poolAutostart = new QAction(tr("Autostart"), this);
    m_poolAutostart->setCheckable(true);
    m_poolAutostart->setToolTip(tr("Start the pool when the host boots"));
    auto *sm = m_workspace->storage();
    connect(m_startPool, &QAction::triggered, this, [this, sm] {
        const QStringList p = selectedPool();
        if (!p.isEmpty())
            sm->startPool(p[0], p[1]);
    });
    connect(m_stopPool, &QAction::triggered, this, [this, sm] {
        const QStringList p = selectedPool();
        if (p.isEmpty())
            return;
        if (QMessageBox::question(this, tr("Stop pool"),
                                  tr("Stop the pool %1? Its volumes disappear from the list "
                                     "until it is started again; VMs using them cannot start.")
                                      .arg(p[1])) == QMessageBox::Yes)
            sm->stopPool(p[0], p[1]);
    });
    connect(m_refreshPool, &QAction::triggered, this, [this, sm] {
        const QStringList p = selectedPool();
        if (!p.isEmpty())
            sm->refreshPool(p[0], p[1]);
    });
    connect(m_poolAutostart, &QAction::triggered, this, [this, sm](bool on) {
        const QStringList p = selectedPool();
        if (!p.isEmpty())
            sm->setPoolAutostart(p[0], p[1], on);
    });
}

QList<ImagesPane::VolumeRef> ImagesPane::selectedVolumes() const {
    QList<VolumeRef> out;
    const auto rows = m_volumeView->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        out.append({i.data(VolumeTableModel::ConnectionIdRole).toString(),
                    i.data(VolumeTableModel::PoolRole).toString(),
                    i.data(VolumeTableModel::NameRole).toString(),
                    i.data(VolumeTableModel::PathRole).toString(),
                    i.data(VolumeTableModel::UsedByRole).toStringList(),
                    i.data(VolumeTableModel::OverlaysRole).toStringList(),
                    i.data(VolumeTableModel::TemplateRole).toBool()});
    return out;
}

QStringList ImagesPane::selectedPool() const {
    const auto rows = m_poolView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return {rows.first().data(PoolTableModel::ConnectionIdRole).toString(),
            rows.first().data(PoolTableModel::NameRole).toString()};
}

QString ImagesPane::hostName(const QString &connectionId) const {
    return m_workspace->connections()->config(connectionId).displayName();
}

void ImagesPane::updateActions() {
    const auto vols = selectedVolumes();
    const bool one = vols.size() == 1;
    for (QAction *a : {m_download, m_clone, m_linkedClone, m_resize, m_template, m_chain})
        a->setEnabled(one);
    m_delete->setEnabled(!vols.isEmpty());
    m_template->setChecked(one && vols.first().isTemplate);
    auto *pools = m_workspace->storage()->pools();
    bool anyActive = false;
    for (int r = 0; r < pools->rowCount() && !anyActive; ++r)
        anyActive = pools->poolAt(r).state == PoolState::Running;
    m_newVolume->setEnabled(anyActive);
    m_upload->setEnabled(anyActive);
    m_newPool->setEnabled(!m_workspace->connections()->configs().isEmpty());

    const QStringList p = selectedPool();
    const int row = p.isEmpty() ? -1 : pools->rowOf(p[0], p[1]);
    const bool active = row >= 0 && pools->poolAt(row).state == PoolState::Running;
    m_startPool->setEnabled(row >= 0 && !active);
    m_stopPool->setEnabled(active);
    m_refreshPool->setEnabled(active);
    m_deletePool->setEnabled(row >= 0);
    m_poolAutostart->setEnabled(row >= 0 && pools->poolAt(row).persistent);
    m_poolAutostart->setChecked(row >= 0 && pools->poolAt(row).autostart);

    const auto *model = m_workspace->storage()->volumes();
    quint64 total = 0;
    for (int r = 0; r < model->rowCount(); ++r)
        total += model->rowAt(r).info.allocationBytes;
    m_status->setText(m_workspace->storage()->isLoading()
                          ? tr("Loading…")
                          : tr("%n image(s), %1 on disk", nullptr, model->rowCount())
                                .arg(QLocale().formattedDataSize(qint64(total), 1)));
}

void ImagesPane::refreshFilters() {
    const QString current = m_filterHost->currentData().toString();
    const auto *hosts = m_workspace->hosts();
    QSignalBlocker block(m_filterHost);
    while (m_filterHost->count() > 1)
        m_filterHost->removeItem(1);
    for (int r = 0; r < hosts->rowCount(); ++r)
        m_filterHost->addItem(hosts->rowAt(r).name, hosts->rowAt(r).connectionId);
    const int idx = m_filterHost->findData(current);
    m_filterHost->setCurrentIndex(idx < 0 ? 0 : idx);
    if (idx < 0 && !current.isEmpty())
        m_proxy->setConnectionId({});
    updateActions();
}

void ImagesPane::newVolume() {
    VolumeDialog dlg(VolumeDialog::Mode::Create, m_workspace->storage()->pools(), this);
    const QStringList p = selectedPool();
    if (!p.isEmpty())
        dlg.selectPool(p[0], p[1]);
    else if (const auto v = selectedVolumes(); !v.isEmpty())
        dlg.selectPool(v.first().connectionId, v.first().pool);
    if (dlg.exec() != QDialog::Accepted)
        return;
    m_workspace->storage()->createVolume(dlg.connectionId(), dlg.pool(), dlg.name(), dlg.format(),
                                         dlg.capacityBytes());
}

void ImagesPane::upload() {
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Upload Image"), QDir::homePath(),
        tr("Disk images and ISOs (*.iso *.qcow2 *.img *.raw);;All files (*)"));
    if (file.isEmpty())
        return;
    VolumeDialog dlg(VolumeDialog::Mode::Upload, m_workspace->storage()->pools(), this);
    dlg.setName(QFileInfo(file).fileName());
    const QStringList p = selectedPool();
    if (!p.isEmpty())
        dlg.selectPool(p[0], p[1]);
    if (dlg.exec() != QDialog::Accepted)
        return;
    if (!m_workspace->storage()->upload(dlg.connectionId(), dlg.pool(), dlg.name(), file))
        Q_EMIT logMessage(false, hostName(dlg.connectionId()), tr("Upload failed"),
                          tr("Not connected to the host."));
}

void ImagesPane::download() {
    const auto vols = selectedVolumes();
    if (vols.size() != 1)
        return;
    const VolumeRef v = vols.first();
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Download Image"), QDir::home().filePath(v.name));
    if (file.isEmpty())
        return;
    if (!m_workspace->storage()->download(v.connectionId, v.pool, v.name, file))
        Q_EMIT logMessage(false, hostName(v.connectionId), tr("Download failed"),
                          tr("Not connected to the host."));
}

void ImagesPane::clone(bool linked) {
    const auto vols = selectedVolumes();
    if (vols.size() != 1)
        return;
    const VolumeRef v = vols.first();
    const QString base = v.name.section(u'.', 0, 0);
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, linked ? tr("Linked Clone") : tr("Clone"),
        linked ? tr("Name of the overlay on %1 (it stores only what changes; %1 must stay):")
                     .arg(v.name)
               : tr("Name of the full copy of %1:").arg(v.name),
        QLineEdit::Normal,
        base + (linked ? u"-linked.qcow2"_s : u"-copy."_s + v.name.section(u'.', -1)), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    m_workspace->storage()->cloneVolume(v.connectionId, v.pool, v.name, name.trimmed(), linked);
}

void ImagesPane::resize() {
    const auto vols = selectedVolumes();
    if (vols.size() != 1)
        return;
    const VolumeRef v = vols.first();
    auto *model = m_workspace->storage()->volumes();
    const int row = model->rowOf(v.connectionId, v.pool, v.name);
    if (row < 0)
        return;
    const double gib = double(model->rowAt(row).info.capacityBytes) / double(1ull << 30);
    bool ok = false;
    const double size = QInputDialog::getDouble(
        this, tr("Resize"),
        tr("New virtual size of %1 in GiB (growing only; the guest must grow its file system):")
            .arg(v.name),
        gib, 0.1, 65536, 1, &ok);
    if (ok)
        m_workspace->storage()->resizeVolume(v.connectionId, v.pool, v.name,
                                             quint64(size * double(1ull << 30)));
}

void ImagesPane::deleteVolumes() {
    const auto vols = selectedVolumes();
    if (vols.isEmpty())
        return;
    // Say exactly what breaks: VMs whose disk it is, overlays built on it.
    QStringList breaks;
    for (const VolumeRef &v : vols) {
        if (!v.usedBy.isEmpty())
            breaks << tr("%1 is a disk of %2: they will no longer start.")
                          .arg(v.name, v.usedBy.join(u", "_s));
        if (!v.overlays.isEmpty())
            breaks << tr("%1 is the backing file of %2: they become unreadable.")
                          .arg(v.name, v.overlays.join(u", "_s));
    }
    QStringList names;
    for (const VolumeRef &v : vols)
        names << v.pool + u'/' + v.name;
    QMessageBox box(
        QMessageBox::Warning, tr("Delete images"),
        tr("Delete %n volume(s)? The data is gone for good.", nullptr, int(vols.size())),
        QMessageBox::NoButton, this);
    QString info =
        names.mid(0, 12).join(u", "_s) +
        (names.size() > 12 ? tr(" and %n more", nullptr, int(names.size()) - 12) : QString());
    if (!breaks.isEmpty())
        info += u"\n\n"_s + tr("This breaks:") + u"\n• "_s + breaks.join(u"\n• "_s);
    box.setInformativeText(info);
    auto *del = box.addButton(breaks.isEmpty() ? tr("Delete") : tr("Delete Anyway"),
                              QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(del))
        return;
    for (const VolumeRef &v : vols)
        m_workspace->storage()->deleteVolume(v.connectionId, v.pool, v.name, !breaks.isEmpty());
}

void ImagesPane::toggleTemplate() {
    const auto vols = selectedVolumes();
    if (vols.size() != 1 || vols.first().path.isEmpty())
        return;
    const VolumeRef v = vols.first();
    m_workspace->storage()->setTemplate(v.connectionId, v.path, !v.isTemplate);
    Q_EMIT logMessage(true, hostName(v.connectionId),
                      !v.isTemplate ? tr("Marked as template: %1").arg(v.pool + u'/' + v.name)
                                    : tr("No longer a template: %1").arg(v.pool + u'/' + v.name),
                      QString());
    updateActions();
}

void ImagesPane::showBackingChain() {
    const auto vols = selectedVolumes();
    if (vols.size() != 1)
        return;
    const VolumeRef v = vols.first();
    auto *sm = m_workspace->storage();
    const quint64 id = sm->readBackingChain(v.connectionId, v.pool, v.name);
    if (!id)
        return;
    auto conn = std::make_shared<QMetaObject::Connection>();
    *conn = connect(
        sm, &StorageManager::backingChainRead, this,
        [this, id, conn, v](quint64 req, const QList<BackingLink> &chain, const QString &error) {
            if (req != id)
                return;
            disconnect(*conn);
            if (!error.isEmpty()) {
                QMessageBox::warning(this, tr("Backing chain"), error);
                return;
            }
            QString text;
            for (int i = 0; i < chain.size(); ++i) {
                const BackingLink &l = chain.at(i);
                text += QString(i * 2, u' ') + (i ? u"└ "_s : QString()) +
                        (l.pool.isEmpty() ? l.path : l.pool + u'/' + l.name) +
                        (l.format.isEmpty() ? QString() : u" ("_s + l.format + u')') + u'\n';
            }
            QMessageBox box(
                QMessageBox::Information, tr("Backing chain"),
                chain.size() <= 1
                    ? tr("%1 stands alone: it has no backing file.").arg(v.name)
                    : tr("%1 is built on %n file(s):", nullptr, int(chain.size()) - 1).arg(v.name),
                QMessageBox::Ok, this);
            box.setInformativeText(text);
            box.exec();
        });
}

void ImagesPane::newPool() {
    QDialog dlg(this);
    dlg.setWindowTitle(tr("New Directory Pool"));
    auto *host = new QComboBox(&dlg);
    auto *cm = m_workspace->connections();
    for (const auto &c : cm->configs())
        if (cm->state(c.id) == ConnectionState::Connected)
            host->addItem(c.displayName(), c.id);
    auto *name = new QLineEdit(&dlg);
    auto *path = new QLineEdit(&dlg);
    path->setPlaceholderText(u"/var/lib/libvirt/images/…"_s);
    connect(name, &QLineEdit::textChanged, path, [path](const QString &n) {
        if (path->isModified())
            return;
        path->setText(u"/var/lib/libvirt/"_s + n);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dlg);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, &dlg, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    auto check = [=] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(host->count() > 0 && !name->text().trimmed().isEmpty() &&
                         path->text().startsWith(u'/'));
    };
    connect(name, &QLineEdit::textChanged, &dlg, check);
    connect(path, &QLineEdit::textChanged, &dlg, check);
    auto *form = new QFormLayout(&dlg);
    form->addRow(tr("&Host:"), host);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Directory:"), path);
    form->addRow(buttons);
    dlg.setMinimumWidth(420);
    check();
    if (dlg.exec() != QDialog::Accepted)
        return;
    m_workspace->storage()->createDirPool(host->currentData().toString(), name->text().trimmed(),
                                          path->text().trimmed());
}

void ImagesPane::deletePool() {
    const QStringList p = selectedPool();
    if (p.isEmpty())
        return;
    auto *pools = m_workspace->storage()->pools();
    const int row = pools->rowOf(p[0], p[1]);
    const int count = row >= 0 ? pools->poolAt(row).volumeCount : -1;
    QMessageBox box(QMessageBox::Warning, tr("Delete pool"),
                    tr("Delete the pool %1 on %2?").arg(p[1], hostName(p[0])),
                    QMessageBox::NoButton, this);
    box.setInformativeText(
        count > 0 ? tr("It holds %n volume(s). They stay on disk, but Virtdeck and libvirt "
                       "no longer list them; VMs using them keep their paths.",
                       nullptr, count)
                  : tr("The pool is stopped and forgotten; its directory stays on disk."));
    auto *removeDir =
        new QCheckBox(tr("Also remove its directory (only possible when it is empty)"), &box);
    box.setCheckBox(removeDir);
    auto *del = box.addButton(tr("Delete Pool"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(del))
        return;
    m_workspace->storage()->deletePool(p[0], p[1], removeDir->isChecked());
}

void ImagesPane::onFinished(const StorageResult &r) {
    const QString text = r.ok ? tr("%1: %2").arg(r.operation, r.target)
                              : tr("%1 failed: %2").arg(r.operation, r.target);
    Q_EMIT logMessage(r.ok, hostName(r.connectionId), text, r.message);
    if (!r.ok)
        QMessageBox::warning(this, r.operation, text + u"\n\n"_s + r.message);
}

void ImagesPane::onTransferStarted(VolumeTransfer *t) {
    const QString host = hostName(t->connectionId());
    auto *dlg = new TransferDialog(t, host, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->show();
    const auto spec = t->spec();
    connect(t, &VolumeTransfer::finished, this,
            [this, host, spec, t](bool ok, bool cancelled, const QString &message) {
                const bool up = spec.direction == VolumeTransfer::Direction::Upload;
                const QString what = spec.pool + u'/' + spec.volume;
                const QString rate =
                    QLocale().formattedDataSize(qint64(t->throughput()), 1) + tr("/s");
                if (ok)
                    Q_EMIT logMessage(
                        true, host,
                        up ? tr("Uploaded %1 to %2 (%3)").arg(spec.localPath, what, rate)
                           : tr("Downloaded %1 to %2 (%3)").arg(what, spec.localPath, rate),
                        QString());
                else
                    Q_EMIT logMessage(cancelled, host,
                                      cancelled ? (up ? tr("Upload cancelled: %1").arg(what)
                                                      : tr("Download cancelled: %1").arg(what))
                                                : (up ? tr("Upload failed: %1").arg(what)
                                                      : tr("Download failed: %1").arg(what)),
                                      cancelled ? QString() : message);
            });
}

void ImagesPane::showVolumeMenu(const QPoint &pos) {
    if (!m_volumeView->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    for (QAction *a : {m_download, m_clone, m_linkedClone, m_resize})
        menu.addAction(a);
    menu.addSeparator();
    menu.addAction(m_template);
    menu.addAction(m_chain);
    menu.addSeparator();
    menu.addAction(m_delete);
    menu.exec(m_volumeView->viewport()->mapToGlobal(pos));
}

void ImagesPane::showPoolMenu(const QPoint &pos) {
    QMenu menu(this);
    if (m_poolView->indexAt(pos).isValid()) {
        for (QAction *a : {m_startPool, m_stopPool, m_refreshPool, m_poolAutostart})
            menu.addAction(a);
        menu.addSeparator();
        menu.addAction(m_deletePool);
        menu.addSeparator();
    }
    menu.addAction(m_newPool);
    menu.exec(m_poolView->viewport()->mapToGlobal(pos));
}

} // namespace virtdeck
