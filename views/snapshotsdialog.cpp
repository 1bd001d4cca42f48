// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
enum Column { Name, Created, State, Kind, Description };

int countDescendants(QTreeWidgetItem *item) {
    int n = item->childCount();
    for (int i = 0; i < item->childCount(); ++i)
        n += countDescendants(item->child(i));
    return n;
}
} // namespace

SnapshotsDialog::SnapshotsDialog(ConnectionManager *manager, const QString &connectionId,
                                 const QString &uuid, const QString &vmName, DomainState state,
                                 QWidget *parent)
    : QDialog(parent)
    , m_service(new SnapshotService(manager, connectionId, uuid, this))
    , m_vmName(vmName)
    , m_state(state) {
    setWindowTitle(tr("Snapshots — %1").arg(vmName));
    setObjectName(u"SnapshotsDialog"_s);
    resize(820, 440);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"snapshotTree"_s);
    m_tree->setHeaderLabels({tr("Name"), tr("Taken"), tr("VM was"), tr("Kind"), tr("Description")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(Name, 200);
    m_tree->setColumnWidth(Created, 150);
    m_tree->setColumnWidth(State, 90);
    m_tree->setColumnWidth(Kind, 110);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_create = new QPushButton(tr("&Take Snapshot…"), this);
    m_revert = new QPushButton(tr("&Revert to…"), this);
    m_delete = new QPushButton(tr("&Delete…"), this);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_create);
    row->addWidget(m_revert);
    row->addWidget(m_delete);
    row->addStretch(1);
    row->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_message);
    layout->addLayout(row);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &SnapshotsDialog::createSnapshot);
    connect(m_revert, &QPushButton::clicked, this, &SnapshotsDialog::revertSelected);
    connect(m_delete, &QPushButton::clicked, this, &SnapshotsDialog::deleteSelected);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &SnapshotsDialog::updateButtons);
    connect(m_service, &SnapshotService::listed, this, &SnapshotsDialog::onListed);
    connect(m_service, &SnapshotService::finished, this, &SnapshotsDialog::onFinished);
    updateButtons();
    m_message->setText(tr("Reading snapshots…"));
    m_service->list();
}

void SnapshotsDialog::setDomainState(DomainState state) {
    m_state = state;
}

QString SnapshotsDialog::selectedName() const {
    const auto items = m_tree->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(Name, Qt::UserRole).toString();
}

void SnapshotsDialog::updateButtons() {
    const bool has = !selectedName().isEmpty();
    m_revert->setEnabled(has);
    m_delete->setEnabled(has);
}

void SnapshotsDialog::onListed(const QList<SnapshotInfo> &snapshots, const QString &error) {
    const QString keep = selectedName();
    m_tree->clear();
    if (!error.isEmpty()) {
        m_message->setText(tr("Cannot read the snapshots: %1").arg(error));
        return;
    }
    QHash<QString, QTreeWidgetItem *> items;
    // Parents come first, so each parent item exists when its children arrive.
    for (const SnapshotInfo &s : snapshots) {
        QTreeWidgetItem *parent = items.value(s.parent);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setData(Name, Qt::UserRole, s.name);
        item->setText(Name, s.current ? tr("%1 (current)").arg(s.name) : s.name);
        if (s.current) {
            QFont f = item->font(Name);
            f.setBold(true);
            item->setFont(Name, f);
        }
        item->setText(Created, QLocale().toString(s.created.toLocalTime(), QLocale::ShortFormat));
        item->setData(Created, Qt::UserRole, s.created);
        item->setText(State, s.state == u"disk-snapshot"_s ? tr("disks only")
                             : s.state == u"shutoff"_s     ? tr("shut off")
                                                           : s.state);
        item->setText(Kind, s.external    ? tr("external")
                            : s.hasMemory ? tr("internal + memory")
                                          : tr("internal"));
        item->setText(Description, s.description);
        item->setToolTip(Description, s.description);
        items.insert(s.name, item);
        if (s.name == keep)
            item->setSelected(true);
    }
    m_tree->expandAll();
    m_message->setText(snapshots.isEmpty()
                           ? tr("%1 has no snapshots yet. A snapshot keeps the VM's disks (and, "
                                "when it runs, its memory) as they are now, to return to later.")
                                 .arg(m_vmName)
                           : tr("%n snapshot(s)", nullptr, int(snapshots.size())));
    updateButtons();
}

void SnapshotsDialog::onFinished(SnapshotService::Operation op, const QString &name, bool ok,
                                 const QString &message) {
    setEnabled(true);
    if (!ok) {
        const QString what = op == SnapshotService::Operation::Create   ? tr("Taking the snapshot")
                             : op == SnapshotService::Operation::Revert ? tr("Reverting")
                                                                        : tr("Deleting");
        QMessageBox::warning(this, windowTitle(), tr("%1 %2 failed: %3").arg(what, name, message));
    }
    m_service->list();
}

QString SnapshotsDialog::revertQuestion(const QString &snapshot) const {
    return tr("Revert %1 to the snapshot \"%2\"?\n\nEverything written to its disks since that "
              "snapshot is lost, and a running VM loses its current memory state (open programs "
              "and unsaved work). Take a snapshot first to keep the present state.")
        .arg(m_vmName, snapshot);
}

QString SnapshotsDialog::deleteQuestion(const QString &snapshot, int children) const {
    QString text = tr("Delete the snapshot \"%1\"?\n\nYou can no longer return %2 to the state it "
                      "saved. The VM itself and its current disks are not changed.")
                       .arg(snapshot, m_vmName);
    if (children > 0)
        text += u"\n\n"_s + tr("It has %n later snapshot(s); they are kept unless you tick the box "
                               "below.",
                               nullptr, children);
    return text;
}

void SnapshotsDialog::createSnapshot() {
    QDialog dlg(this);
    dlg.setWindowTitle(tr("Take Snapshot — %1").arg(m_vmName));
    auto *name = new QLineEdit(&dlg);
    name->setText(u"snap-%1"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s)));
    auto *description = new QPlainTextEdit(&dlg);
    description->setMaximumHeight(80);
    const bool running = domainStateIsActive(m_state);
    auto *external = new QCheckBox(tr("External, disks only: the VM keeps running on new overlay "
                                      "files; its memory is not saved"),
                                   &dlg);
    external->setEnabled(running);
    auto *note = new QLabel(running ? tr("An internal snapshot of a running VM also saves its "
                                         "memory; the VM pauses briefly while it is written.")
                                    : tr("The VM is shut off: the snapshot holds its disks."),
                            &dlg);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dlg);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Take Snapshot"));
    auto *form = new QFormLayout(&dlg);
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Description:"), description);
    form->addRow(QString(), external);
    form->addRow(QString(), note);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dlg, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    connect(name, &QLineEdit::textChanged, &dlg, [buttons](const QString &t) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!t.trimmed().isEmpty());
    });
    if (dlg.exec() != QDialog::Accepted)
        return;
    m_message->setText(tr("Taking the snapshot…"));
    m_service->create(name->text().trimmed(), description->toPlainText(),
                      external->isEnabled() && external->isChecked());
}

void SnapshotsDialog::revertSelected() {
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Revert to Snapshot"), revertQuestion(name),
                    QMessageBox::NoButton, this);
    auto *revert = box.addButton(tr("Revert"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(revert))
        return;
    m_message->setText(tr("Reverting…"));
    m_service->revert(name);
}

void SnapshotsDialog::deleteSelected() {
    const auto items = m_tree->selectedItems();
    if (items.isEmpty())
        return;
    const QString name = items.first()->data(Name, Qt::UserRole).toString();
    const int children = countDescendants(items.first());
    QMessageBox box(QMessageBox::Warning, tr("Delete Snapshot"), deleteQuestion(name, children),
                    QMessageBox::NoButton, this);
    QCheckBox *withChildren = nullptr;
    if (children > 0) {
        withChildren =
            new QCheckBox(tr("Also delete its %n later snapshot(s)", nullptr, children), &box);
        box.setCheckBox(withChildren);
    }
    auto *del = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(del))
        return;
    m_message->setText(tr("Deleting…"));
    m_service->remove(name, withChildren && withChildren->isChecked());
}

} // namespace virtdeck
