// SPDX-License-Identifier: GPL-3.0-or-later
#include "volumedialog.h"

#include "storage/pooltablemodel.h"
#include "storage/storagexml.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace virtdeck {

using namespace Qt::StringLiterals;

VolumeDialog::VolumeDialog(Mode mode, PoolTableModel *pools, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode) {
    setWindowTitle(mode == Mode::Create ? tr("New Volume") : tr("Upload Image"));
    m_pool = new QComboBox(this);
    for (int r = 0; r < pools->rowCount(); ++r) {
        const PoolInfo &p = pools->poolAt(r);
        if (p.state != PoolState::Running)
            continue;
        const QString host = pools->index(r, PoolTableModel::Host).data().toString();
        m_pool->addItem(
            tr("%1 on %2 (%3 free)")
                .arg(p.name, host, QLocale().formattedDataSize(qint64(p.availableBytes), 1)),
            QStringList{p.connectionId, p.name});
    }
    m_name = new QLineEdit(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Pool:"), m_pool);
    form->addRow(tr("&Name:"), m_name);
    if (mode == Mode::Create) {
        m_format = new QComboBox(this);
        m_format->addItem(tr("qcow2 (grows on demand, snapshots, overlays)"), u"qcow2"_s);
        m_format->addItem(tr("raw (plain, fastest)"), u"raw"_s);
        m_size = new QDoubleSpinBox(this);
        m_size->setRange(0, 65536);
        m_size->setDecimals(1);
        m_size->setValue(20);
        m_size->setSuffix(tr(" GiB"));
        form->addRow(tr("&Format:"), m_format);
        form->addRow(tr("&Size:"), m_size);
        connect(m_size, &QDoubleSpinBox::valueChanged, this, &VolumeDialog::validate);
        connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
            // Keep the extension in step with the format while it is the default one.
            const QString n = m_name->text();
            const QString ext = u'.' + format();
            if (n.endsWith(u".qcow2"_s) || n.endsWith(u".raw"_s) || n.endsWith(u".img"_s))
                m_name->setText(n.section(u'.', 0, -2) + (format() == u"raw"_s ? u".img"_s : ext));
        });
        m_name->setText(u"disk.qcow2"_s);
    }
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(u"color: #c62828"_s);
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::Create ? tr("Create") : tr("Upload"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &VolumeDialog::validate);
    connect(m_pool, &QComboBox::currentIndexChanged, this, &VolumeDialog::validate);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);
    validate();
}

void VolumeDialog::selectPool(const QString &connectionId, const QString &pool) {
    const int i = m_pool->findData(QStringList{connectionId, pool});
    if (i >= 0)
        m_pool->setCurrentIndex(i);
}

void VolumeDialog::setName(const QString &name) {
    m_name->setText(name);
}

QString VolumeDialog::connectionId() const {
    return m_pool->currentData().toStringList().value(0);
}

QString VolumeDialog::pool() const {
    return m_pool->currentData().toStringList().value(1);
}

QString VolumeDialog::name() const {
    return m_name->text().trimmed();
}

QString VolumeDialog::format() const {
    return m_format ? m_format->currentData().toString() : QString();
}

quint64 VolumeDialog::capacityBytes() const {
    return m_size ? quint64(m_size->value() * double(1ull << 30)) : 0;
}

void VolumeDialog::validate() {
    QString problem;
    if (m_pool->count() == 0)
        problem = tr("No active storage pool on any connected host.");
    else if (const QString why = volumeNameProblem(name()); !why.isEmpty())
        problem = why;
    else if (m_size && capacityBytes() == 0)
        problem = tr("The size must be greater than zero.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace virtdeck
