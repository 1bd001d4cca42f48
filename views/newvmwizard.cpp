// SPDX-License-Identifier: GPL-3.0-or-later
#include "newvmwizard.h"

#include "core/connectionmanager.h"
#include "hosts/hosttablemodel.h"
#include "xmlhighlighter.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
// A page whose completeness the wizard decides through a function.
class Page : public QWizardPage {
public:
    std::function<bool()> complete;
    bool isComplete() const override { return complete ? complete() : true; }
    void changed() { Q_EMIT completeChanged(); }
};
} // namespace

// Widgets are made in the order the Tab key visits them.
NewVmWizard::NewVmWizard(ConnectionManager *manager, const HostTableModel *hosts, QWidget *parent)
    : QWizard(parent)
    , m_manager(manager)
    , m_hosts(hosts) {
    setWindowTitle(tr("New Virtual Machine"));
    setObjectName(u"NewVmWizard"_s);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    resize(720, 560);
    createSourcePage();
    createResourcesPage();
    createSummaryPage();
    fillHosts();
    connectPages();
    if (m_host->count() == 0)
        m_sourceStatus->setText(tr("No host is connected. Connect a host first."));
    selectHost();
}

// 1. Host and source.
void NewVmWizard::createSourcePage() {
    auto *source = new Page;
    source->setTitle(tr("Host and installation source"));
    m_host = new QComboBox(source);
    m_suggestion = new QLabel(source);
    m_suggestion->setWordWrap(true);
    m_fromIso = new QRadioButton(tr("Install from an ISO image"), source);
    m_import = new QRadioButton(tr("Import an existing disk image"), source);
    m_template = new QRadioButton(tr("Start from a template image (linked clone)"), source);
    m_fromIso->setChecked(true);
    auto *group = new QButtonGroup(source);
    for (auto *b : {m_fromIso, m_import, m_template})
        group->addButton(b);
    m_image = new QComboBox(source);
    m_image->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_pool = new QComboBox(source);
    m_kvm = new QCheckBox(tr("Hardware acceleration (KVM)"), source);
    m_sourceStatus = new QLabel(source);
    m_sourceStatus->setWordWrap(true);
    auto *sf = new QFormLayout(source);
    sf->addRow(tr("Host:"), m_host);
    sf->addRow(QString(), m_suggestion);
    sf->addRow(tr("Source:"), m_fromIso);
    sf->addRow(QString(), m_import);
    sf->addRow(QString(), m_template);
    sf->addRow(tr("Image:"), m_image);
    sf->addRow(tr("New disks in pool:"), m_pool);
    sf->addRow(QString(), m_kvm);
    sf->addRow(m_sourceStatus);
    source->complete = [this] {
        return m_loaded && m_choices.error.isEmpty() && m_image->currentIndex() >= 0 &&
               !m_image->currentData().toString().isEmpty() &&
               (m_import->isChecked() || !m_pool->currentText().isEmpty());
    };
    setPage(SourcePage, source);
}

// 2. Resources.
void NewVmWizard::createResourcesPage() {
    auto *res = new Page;
    res->setTitle(tr("Name and resources"));
    m_name = new QLineEdit(res);
    m_name->setValidator(new QRegularExpressionValidator(
        QRegularExpression(u"[A-Za-z0-9][A-Za-z0-9._+-]*"_s), m_name));
    m_vcpus = new QSpinBox(res);
    m_vcpus->setRange(1, 64);
    m_vcpus->setValue(2);
    m_memory = new QSpinBox(res);
    m_memory->setRange(64, 1024 * 1024);
    m_memory->setSingleStep(256);
    m_memory->setValue(2048);
    m_memory->setSuffix(tr(" MiB"));
    m_memory->setGroupSeparatorShown(true);
    m_disk = new QSpinBox(res);
    m_disk->setRange(1, 64 * 1024);
    m_disk->setValue(20);
    m_disk->setSuffix(tr(" GiB"));
    m_network = new QComboBox(res);
    m_start = new QCheckBox(tr("Start the VM when it is created"), res);
    m_start->setChecked(true);
    auto *rf = new QFormLayout(res);
    rf->addRow(tr("Name:"), m_name);
    rf->addRow(tr("vCPUs:"), m_vcpus);
    rf->addRow(tr("Memory:"), m_memory);
    rf->addRow(tr("Disk size:"), m_disk);
    rf->addRow(tr("Network:"), m_network);
    rf->addRow(QString(), m_start);
    res->complete = [this] {
        return m_name->hasAcceptableInput();
    };
    setPage(ResourcesPage, res);
}

// 3. Summary: the definition as it will be sent.
void NewVmWizard::createSummaryPage() {
    auto *sum = new QWizardPage;
    sum->setTitle(tr("Definition"));
    sum->setSubTitle(tr("Built from the host's domain capabilities. Finish creates the disk, "
                        "defines the VM (libvirt validates it) and starts it when asked."));
    m_preview = new QPlainTextEdit(sum);
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    createXmlHighlighter(m_preview->document());
    m_result = new QLabel(sum);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *sl = new QVBoxLayout(sum);
    sl->addWidget(m_preview, 1);
    sl->addWidget(m_result);
    setPage(SummaryPage, sum);
}

// Connected hosts; the one with the most free memory first chosen.
void NewVmWizard::fillHosts() {
    QList<HostInfo> infos;
    for (int r = 0; r < m_hosts->rowCount(); ++r) {
        const auto &row = m_hosts->rowAt(r);
        // A second connection to a host already listed is the same machine: offered once.
        if (row.state != ConnectionState::Connected || !row.aliasOf.isEmpty())
            continue;
        m_host->addItem(row.name, row.connectionId);
        infos << row.info;
        infos.last().connectionId = row.connectionId;
    }
    const QString suggested = suggestHost(infos, quint64(m_memory->value()) << 20);
    if (const int i = m_host->findData(suggested); i >= 0)
        m_host->setCurrentIndex(i);
}

void NewVmWizard::connectPages() {
    auto *source = static_cast<Page *>(page(SourcePage));
    auto *res = static_cast<Page *>(page(ResourcesPage));
    auto sourceChanged = [this, source] {
        fillImages();
        m_pool->setEnabled(!m_import->isChecked());
        m_disk->setEnabled(!m_import->isChecked());
        source->changed();
    };
    connect(m_host, &QComboBox::currentIndexChanged, this, &NewVmWizard::selectHost);
    for (auto *b : {m_fromIso, m_import, m_template})
        connect(b, &QRadioButton::toggled, this, sourceChanged);
    connect(m_image, &QComboBox::currentIndexChanged, source, &Page::changed);
    connect(m_pool, &QComboBox::currentIndexChanged, source, &Page::changed);
    connect(m_name, &QLineEdit::textChanged, res, &Page::changed);
    connect(m_memory, &QSpinBox::valueChanged, this, &NewVmWizard::updateSuggestion);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == ResourcesPage && m_name->text().isEmpty())
            m_name->setText(u"vm-%1"_s.arg(QDateTime::currentDateTime().toString(u"MMdd-HHmm"_s)));
        if (id == SummaryPage)
            updatePreview();
    });
}

QString NewVmWizard::connectionId() const {
    return m_host->currentData().toString();
}

void NewVmWizard::selectHost() {
    delete m_service;
    m_service = nullptr;
    m_loaded = false;
    m_choices = {};
    m_image->clear();
    m_pool->clear();
    m_network->clear();
    updateSuggestion();
    if (connectionId().isEmpty())
        return;
    m_sourceStatus->setText(tr("Reading the host's capabilities and storage…"));
    m_service = new NewVmService(m_manager, connectionId(), this);
    connect(m_service, &NewVmService::choicesReady, this, &NewVmWizard::onChoices);
    connect(m_service, &NewVmService::created, this,
            [this](const ActionResult &r, const QString &xml) {
                m_creating = false;
                button(QWizard::FinishButton)->setEnabled(true);
                button(QWizard::BackButton)->setEnabled(true);
                if (!xml.isEmpty())
                    m_preview->setPlainText(xml);
                Q_EMIT vmCreated(r);
                if (!r.ok) {
                    m_result->setStyleSheet(u"color: #c62828;"_s);
                    m_result->setText(tr("The VM was not created: %1").arg(r.message));
                    return;
                }
                QWizard::accept();
            });
    m_service->loadChoices();
}

void NewVmWizard::onChoices(const NewVmChoices &c) {
    if (c.connectionId != connectionId())
        return;
    m_choices = c;
    m_loaded = true;
    if (!c.error.isEmpty()) {
        m_sourceStatus->setText(tr("This host cannot create VMs here: %1").arg(c.error));
    } else {
        m_sourceStatus->setText(
            tr("The host offers %1: %2, machine %3, up to %4 vCPUs.")
                .arg(c.caps.domainType == u"kvm"_s ? tr("KVM") : tr("QEMU emulation (TCG) only"),
                     c.caps.arch, c.caps.machine)
                .arg(c.caps.maxVcpus));
        if (c.caps.maxVcpus > 0)
            m_vcpus->setMaximum(c.caps.maxVcpus);
    }
    m_kvm->setEnabled(c.kvmAvailable);
    m_kvm->setChecked(c.kvmAvailable);
    m_pool->addItems(c.pools);
    if (const int i = m_pool->findText(u"default"_s); i >= 0)
        m_pool->setCurrentIndex(i);
    m_network->addItem(tr("User-mode networking (no host network needed)"), QString());
    for (const QString &n : c.networks)
        m_network->addItem(tr("Network %1").arg(n), n);
    if (!c.networks.isEmpty())
        m_network->setCurrentIndex(1);
    fillImages();
    static_cast<Page *>(page(SourcePage))->changed();
}

void NewVmWizard::fillImages() {
    m_image->clear();
    const bool iso = m_fromIso->isChecked();
    for (const StorageImage &img : std::as_const(m_choices.images)) {
        if (img.isIso() != iso)
            continue;
        m_image->addItem(
            tr("%1 (%2, %3)")
                .arg(img.name, img.pool, QLocale().formattedDataSize(qint64(img.capacityBytes))),
            img.path);
        m_image->setItemData(m_image->count() - 1, img.format, Qt::UserRole + 1);
    }
    if (m_loaded && m_image->count() == 0)
        m_image->addItem(iso ? tr("No ISO images in the host's storage pools")
                             : tr("No disk images in the host's storage pools"),
                         QString());
}

void NewVmWizard::updateSuggestion() {
    QList<HostInfo> infos;
    for (int r = 0; r < m_hosts->rowCount(); ++r)
        if (m_hosts->rowAt(r).state == ConnectionState::Connected &&
            m_hosts->rowAt(r).aliasOf.isEmpty() &&
            m_hosts->rowAt(r).info.freeMemoryBytes > 0) { // 0: the host does not say
            infos << m_hosts->rowAt(r).info;
            infos.last().connectionId = m_hosts->rowAt(r).connectionId;
        }
    const quint64 need = quint64(m_memory->value()) << 20;
    const QString best = suggestHost(infos, need);
    const int i = m_host->findData(best);
    if (i < 0) {
        m_suggestion->setText(infos.isEmpty()
                                  ? QString()
                                  : tr("No connected host has %1 free.")
                                        .arg(QLocale().formattedDataSize(qint64(need))));
        return;
    }
    qint64 free = 0;
    for (const auto &h : infos)
        if (h.connectionId == best)
            free = qint64(h.freeMemoryBytes);
    m_suggestion->setText(tr("Suggested: %1, the host with the most free memory (%2).")
                              .arg(m_host->itemText(i), QLocale().formattedDataSize(free)));
}

NewVmSpec NewVmWizard::spec() const {
    NewVmSpec s;
    s.source = m_fromIso->isChecked()  ? NewVmSpec::Source::InstallFromIso
               : m_import->isChecked() ? NewVmSpec::Source::ImportDisk
                                       : NewVmSpec::Source::Template;
    s.name = m_name->text();
    s.vcpus = m_vcpus->value();
    s.memoryBytes = quint64(m_memory->value()) << 20;
    s.diskBytes = quint64(m_disk->value()) << 30;
    s.pool = m_pool->currentText();
    const QString image = m_image->currentData().toString();
    if (s.source == NewVmSpec::Source::InstallFromIso)
        s.isoPath = image;
    else
        s.imagePath = image;
    const QString format = m_image->currentData(Qt::UserRole + 1).toString();
    if (!format.isEmpty())
        s.imageFormat = format;
    s.network = m_network->currentData().toString();
    s.virtType = m_kvm->isChecked() ? u"kvm"_s : u"qemu"_s;
    s.startAfter = m_start->isChecked();
    return s;
}

QString NewVmWizard::previewXml() const {
    return m_preview->toPlainText();
}

void NewVmWizard::updatePreview() {
    const NewVmSpec s = spec();
    DomainCapabilities caps = m_choices.caps;
    if (s.virtType == u"qemu"_s && caps.domainType == u"kvm"_s) {
        caps.domainType = u"qemu"_s; // the host re-reads TCG's capabilities when creating
        caps.hostPassthrough = false;
    }
    QString disk = s.imagePath;
    QString format = s.imageFormat;
    if (s.source != NewVmSpec::Source::ImportDisk) {
        disk = tr("(new volume %1.qcow2 in pool %2)").arg(s.name, s.pool);
        format = u"qcow2"_s;
    }
    m_preview->setPlainText(buildNewDomainXml(caps, s, disk, format));
    m_result->clear();
}

void NewVmWizard::accept() {
    if (m_creating || !m_service)
        return;
    m_creating = true;
    button(QWizard::FinishButton)->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(false);
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Creating…"));
    m_service->create(spec());
}

} // namespace virtdeck
