// SPDX-License-Identifier: GPL-3.0-or-later
// The "Images" page: every volume of every pool of every host in one sortable, filterable
// table, the pools below it, and the actions on both (create, upload/download, clones,
// templates, pool start/stop…). Asks the StorageManager; never calls libvirt. GUI thread.
#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QToolBar;

namespace virtdeck {

class Workspace;
class VolumeFilterProxy;
class VolumeTransfer;
struct StorageResult;

class ImagesPane : public QWidget {
    Q_OBJECT
public:
    explicit ImagesPane(Workspace *workspace, QWidget *parent = nullptr);

    QTableView *volumeView() const { return m_volumeView; }
    QTableView *poolView() const { return m_poolView; }
    QToolBar *toolBar() const { return m_toolBar; }
    QSplitter *splitter() const { return m_splitter; }
    void setFilterText(const QString &text);

Q_SIGNALS:
    // One line for the activity log.
    void logMessage(bool ok, const QString &host, const QString &text, const QString &detail);

private:
    struct VolumeRef {
        QString connectionId, pool, name, path;
        QStringList usedBy, overlays;
        bool isTemplate = false;
    };
    QList<VolumeRef> selectedVolumes() const;
    // The selected pool (connection + name), or empty.
    QStringList selectedPool() const;
    QString hostName(const QString &connectionId) const;
    void createTables();
    void createFilters();
    QWidget *createPoolPane();
    QWidget *createVolumePane();
    void layOut(QWidget *volumePane, QWidget *poolPane);
    void connectFilters();
    void connectViews();
    void connectModels();
    // An action with its icon (none for ""), tooltip and status tip; connected when `slot` is set.
    QAction *newAction(const char *icon, const QString &text, const QString &tip,
                       void (ImagesPane::*slot)());
    void createActions();
    void createVolumeActions();
    void createPoolActions();
    void updateActions();
    void refreshFilters();
    void newVolume();
    void upload();
    void download();
    void clone(bool linked);
    void resize();
    void deleteVolumes();
    void toggleTemplate();
    void showBackingChain();
    void newPool();
    void deletePool();
    void onFinished(const StorageResult &r);
    void onTransferStarted(VolumeTransfer *t);
    void showVolumeMenu(const QPoint &pos);
    void showPoolMenu(const QPoint &pos);

    Workspace *m_workspace;
    VolumeFilterProxy *m_proxy;
    QTableView *m_volumeView;
    QTableView *m_poolView;
    QSplitter *m_splitter;
    QToolBar *m_toolBar;
    QLineEdit *m_filterText;
    QComboBox *m_filterHost;
    QComboBox *m_filterUse;
    QLabel *m_status;
    QAction *m_newVolume = nullptr;
    QAction *m_upload = nullptr;
    QAction *m_download = nullptr;
    QAction *m_clone = nullptr;
    QAction *m_linkedClone = nullptr;
    QAction *m_resize = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_template = nullptr;
    QAction *m_chain = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_newPool = nullptr;
    QAction *m_startPool = nullptr;
    QAction *m_stopPool = nullptr;
    QAction *m_refreshPool = nullptr;
    QAction *m_deletePool = nullptr;
    QAction *m_poolAutostart = nullptr;
};

} // namespace virtdeck
