// SPDX-License-Identifier: GPL-3.0-or-later
// The overview of one VM: state, OS, resources, disks, network interfaces with addresses,
// uptime and a live screen thumbnail; edits vCPUs, memory, autostart, title and description;
// opens the console, the XML editor, the snapshots and the clone dialog. GUI thread; all libvirt
// work goes through a DomainService of the VM's host.
#pragma once

#include "domains/domaindetails.h"

#include <QWidget>

#include <optional>

class QBoxLayout;
class QCheckBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTimer;
class QTreeWidget;

namespace virtdeck {

class ConnectionManager;
class ConsoleLauncher;
class DomainService;

class DomainOverviewWidget : public QWidget {
    Q_OBJECT
public:
    explicit DomainOverviewWidget(ConnectionManager *manager, QWidget *parent = nullptr);
    ~DomainOverviewWidget() override;

    // Shows the VM `uuid` of host `connectionId`; empty strings show the "select a VM" page.
    void setDomain(const QString &connectionId, const QString &uuid);
    QString connectionId() const { return m_connectionId; }
    QString uuid() const { return m_uuid; }
    // The details last shown (valid once detailsShown() has been emitted).
    const DomainDetails &details() const { return m_details; }
    DomainService *service() const { return m_service; }

    // The actions of the buttons, for menus and tests.
    void openConsole();
    void editXml();
    void showSnapshots();
    void cloneVm();
    // Applies what the user changed in the settings form.
    void applySettings();
    void revertSettings();

    // Widgets, for tests.
    QSpinBox *vcpuEdit() const { return m_vcpus; }
    QSpinBox *memoryEdit() const { return m_memory; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QCheckBox *autostartEdit() const { return m_autostart; }
    QLabel *outcomeLabel() const { return m_outcome; }
    // "at most N" beside the vCPU field, and the "from next boot" marks of vCPUs and memory.
    QLabel *vcpuLimitLabel() const { return m_vcpuLimit; }
    QLabel *vcpuNextBootMark() const { return m_vcpuNextBoot; }
    QLabel *memoryNextBootMark() const { return m_memoryNextBoot; }
    QLabel *thumbnail() const { return m_thumbnail; }
    ConsoleLauncher *consoleLauncher() const { return m_launcher; }
    QPushButton *retryScreenButton() const { return m_retryScreen; }
    // The periodic screen refresh (the timer's step): asks for a screenshot unless one is still
    // running or the last one failed (then only Retry asks again).
    void refreshScreen();

Q_SIGNALS:
    void detailsShown(const virtdeck::DomainDetails &details);
    void screenshotShown();
    // Something worth a line in the activity log.
    void activity(bool ok, const QString &connectionId, const QString &text, const QString &detail);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createPages();
    void createHeader(QWidget *content, QBoxLayout *layout);
    QGroupBox *createSystemGroup(QWidget *content);
    QGroupBox *createSettingsGroup(QWidget *content);
    void createDeviceLists(QWidget *content, QBoxLayout *layout);
    void connectButtons();
    void connectEditors();
    void startFollowing();
    void ensureService();
    void refresh();
    void onDetails(const DomainDetails &d);
    void showSystem(const DomainDetails &d);
    void showReplica(const ReplicaFacts &r);
    void fillDisks(const DomainDetails &d);
    void fillNics(const DomainDetails &d);
    void updateButtons(const DomainDetails &d);
    void onEditFinished(const DomainEditResult &r);
    void onScreenshot(const QString &uuid, const QByteArray &data, const QString &mime,
                      const QString &error);
    // Asks for one screenshot of the shown VM; none while the last one runs or after it failed.
    void requestScreenshot();
    void fillSettings();
    // Remembers what the definition holds for the next boot after an edit the running VM could
    // not take, so the form shows those values (marked) instead of the live ones.
    void keepNextBootValues(const DomainEditResult &r);
    void setDirty(bool dirty);
    // True when the shown VM's host is connected read-only: every editor and write is off.
    bool readOnlyHost() const;
    void applyReadOnly();
    void updateTimer();

    ConnectionManager *m_manager;
    DomainService *m_service = nullptr;
    QString m_connectionId;
    QString m_uuid;
    DomainDetails m_details;
    bool m_haveDetails = false;
    bool m_dirty = false;
    bool m_filling = false;
    DomainEdit m_sent;                  // the edit under way (for keepNextBootValues)
    std::optional<int> m_nextVcpus;     // the definition's value when it differs from the live
    std::optional<int> m_nextMemoryMiB; // one until the VM restarts; unset otherwise
    int m_tick = 0;
    QTimer *m_timer;
    ConsoleLauncher *m_launcher;
    // The VM whose screenshot is running (a stuck QEMU may take minutes), and the last failure:
    // no new request queues behind the first, and a failure is not retried by itself.
    QString m_screenPending;
    QString m_screenError;
    QPushButton *m_retryScreen = nullptr;

    QStackedWidget *m_pages;
    QBoxLayout *m_columns;
    QLabel *m_name;
    QLabel *m_subtitle;
    QLabel *m_thumbnail;
    QLabel *m_state;
    QLabel *m_os;
    QLabel *m_arch;
    QLabel *m_uptime;
    QLabel *m_replica;
    QFormLayout *m_systemForm;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QSpinBox *m_vcpus;
    QSpinBox *m_memory;
    QLabel *m_vcpuLimit;
    QLabel *m_vcpuNextBoot;
    QLabel *m_memoryNextBoot;
    QCheckBox *m_autostart;
    QPushButton *m_apply;
    QPushButton *m_revert;
    QLabel *m_outcome;
    QTreeWidget *m_disks;
    QTreeWidget *m_nics;
    QPushButton *m_console;
    QPushButton *m_xml;
    QPushButton *m_snapshots;
    QPushButton *m_clone;
};

} // namespace virtdeck
