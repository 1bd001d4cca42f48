// SPDX-License-Identifier: GPL-3.0-or-later
// The new-VM wizard: host (suggested by free memory), source (ISO install, imported disk or
// template as a linked clone), resources and network, then a preview of the definition built
// from the host's domain capabilities. GUI thread; NewVmService does the libvirt work.
#pragma once

#include "domains/libvirt/newvmservice.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

namespace virtdeck {

class ConnectionManager;
class HostTableModel;

class NewVmWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { SourcePage, ResourcesPage, SummaryPage };

    NewVmWizard(ConnectionManager *manager, const HostTableModel *hosts, QWidget *parent = nullptr);

    QString connectionId() const;
    NewVmSpec spec() const;
    // The definition the summary page shows.
    QString previewXml() const;
    NewVmService *service() const { return m_service; }
    QComboBox *hostBox() const { return m_host; }
    QLineEdit *nameEdit() const { return m_name; }
    bool choicesLoaded() const { return m_loaded; }

    void accept() override;

Q_SIGNALS:
    void vmCreated(const virtdeck::ActionResult &result);

private:
    void createSourcePage();
    void createResourcesPage();
    void createSummaryPage();
    void fillHosts();
    void connectPages();
    void selectHost();
    void onChoices(const NewVmChoices &choices);
    void fillImages();
    void updateSuggestion();
    void updatePreview();

    ConnectionManager *m_manager;
    const HostTableModel *m_hosts;
    NewVmService *m_service = nullptr;
    NewVmChoices m_choices;
    bool m_loaded = false;
    bool m_creating = false;

    QComboBox *m_host;
    QLabel *m_suggestion;
    QRadioButton *m_fromIso;
    QRadioButton *m_import;
    QRadioButton *m_template;
    QComboBox *m_image;
    QComboBox *m_pool;
    QCheckBox *m_kvm;
    QLabel *m_sourceStatus;
    QLineEdit *m_name;
    QSpinBox *m_vcpus;
    QSpinBox *m_memory;
    QSpinBox *m_disk;
    QComboBox *m_network;
    QCheckBox *m_start;
    QPlainTextEdit *m_preview;
    QLabel *m_result;
};

} // namespace virtdeck
