// SPDX-License-Identifier: GPL-3.0-or-later
#include "migratedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>

namespace virtdeck {

using namespace Qt::StringLiterals;

MigrateDialog::MigrateDialog(const QList<Job> &targets, const ClusterSnapshot &cluster,
                             QWidget *parent)
    : QDialog(parent)
    , m_targets(targets) {
    setWindowTitle(targets.size() == 1 ? tr("Migrate %1").arg(targets.constFirst().vm)
                                       : tr("Migrate %n VM(s)", nullptr, int(targets.size())));
    QSet<QString> sources;
    for (const Job &t : targets)
        sources.insert(t.uri);
    for (const HostedVm &vm : cluster.vms)
        if (vm.running)
            m_running.insert(vm.uuid);

    m_destination = new QComboBox(this);
    m_destination->addItem(tr("Chosen by placement (the host with most room)"), u"auto"_s);
    for (int i = 0; i < cluster.hosts.size(); ++i) {
        const HostCapacity &h = cluster.hosts.at(i);
        const QString uri = cluster.uris.value(i);
        if (!h.connected || sources.contains(uri))
            continue;
        const quint64 free =
            h.memoryBytes > h.allocatedMemoryBytes ? h.memoryBytes - h.allocatedMemoryBytes : 0;
        m_destination->addItem(
            tr("%1 — %2 of %3 not used by running VMs")
                .arg(h.host,
                     QLocale().formattedDataSize(qint64(free), 1,
                                                 QLocale::DataSizeTraditionalFormat),
                     QLocale().formattedDataSize(qint64(h.memoryBytes), 1,
                                                 QLocale::DataSizeTraditionalFormat)),
            uri);
    }
    if (m_destination->count() > 1)
        m_destination->setCurrentIndex(1);

    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("Keep the name"));
    m_name->setEnabled(targets.size() == 1);
    if (targets.size() != 1)
        m_name->setToolTip(tr("Only a single VM can be renamed while it moves."));

    m_peerToPeer = new QCheckBox(tr("&Peer to peer (the source host's libvirtd connects to the "
                                    "destination itself)"),
                                 this);
    m_copyStorage = new QCheckBox(tr("&Copy the disks too (for hosts without shared storage; "
                                     "running VMs only)"),
                                  this);
    m_copyStorage->setChecked(true);

    auto *note = new QLabel(tr("Running and paused VMs move live and keep running; shut-off VMs "
                               "move their definition. Each move is a job: follow its progress "
                               "and cancel it in the Jobs pane."),
                            this);
    note->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: palette(highlight)"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Destination:"), m_destination);
    form->addRow(tr("New &name:"), m_name);
    form->addRow(QString(), m_peerToPeer);
    form->addRow(QString(), m_copyStorage);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Migrate"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_destination, &QComboBox::currentIndexChanged, this, &MigrateDialog::update);
    connect(m_name, &QLineEdit::textChanged, this, &MigrateDialog::update);
    update();
    resize(qMax(sizeHint().width(), 560), sizeHint().height());
}

QString MigrateDialog::problem() const {
    if (m_targets.isEmpty())
        return tr("Select the VMs to migrate first.");
    if (m_destination->count() < 2)
        return tr("No other connected host can take these VMs: connect the destination first.");
    if (m_name->text().contains(u'/'))
        return tr("The name must not contain '/'.");
    return {};
}

void MigrateDialog::update() {
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

QList<Job> MigrateDialog::jobs() const {
    QList<Job> out;
    for (Job j : m_targets) {
        j.kind = u"migrate"_s;
        j.params.insert(u"destination"_s, m_destination->currentData().toString());
        j.params.insert(u"peerToPeer"_s, m_peerToPeer->isChecked());
        // An offline move has no disks in flight: libvirt copies storage only for a live one.
        j.params.insert(u"copyStorage"_s,
                        m_copyStorage->isChecked() && m_running.contains(j.vmUuid));
        if (m_targets.size() == 1 && !m_name->text().trimmed().isEmpty())
            j.params.insert(u"name"_s, m_name->text().trimmed());
        j.hostDown = HostDownPolicy::Fail;
        out.append(j);
    }
    return out;
}

} // namespace virtdeck
