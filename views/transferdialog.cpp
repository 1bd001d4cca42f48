// SPDX-License-Identifier: GPL-3.0-or-later
#include "transferdialog.h"

#include "storage/libvirt/volumetransfer.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace virtdeck {

using namespace Qt::StringLiterals;

TransferDialog::TransferDialog(VolumeTransfer *transfer, const QString &hostName, QWidget *parent)
    : QDialog(parent)
    , m_transfer(transfer) {
    const auto &spec = transfer->spec();
    const bool up = spec.direction == VolumeTransfer::Direction::Upload;
    setWindowTitle(up ? tr("Upload") : tr("Download"));
    m_what = new QLabel(up ? tr("Uploading <b>%1</b> to %2 on %3")
                                 .arg(QFileInfo(spec.localPath).fileName().toHtmlEscaped(),
                                      QString(spec.pool + u'/' + spec.volume).toHtmlEscaped(),
                                      hostName.toHtmlEscaped())
                           : tr("Downloading <b>%1</b> from %2 to %3")
                                 .arg(QString(spec.pool + u'/' + spec.volume).toHtmlEscaped(),
                                      hostName.toHtmlEscaped(), spec.localPath.toHtmlEscaped()),
                        this);
    m_what->setWordWrap(true);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 0);
    m_numbers = new QLabel(tr("Starting…"), this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_transfer && m_transfer->isRunning()) {
            m_transfer->cancel();
            m_numbers->setText(tr("Cancelling…"));
            m_buttons->setEnabled(false);
        } else {
            reject();
        }
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_what);
    layout->addWidget(m_bar);
    layout->addWidget(m_numbers);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
    connect(transfer, &VolumeTransfer::progress, this, &TransferDialog::onProgress);
    connect(transfer, &VolumeTransfer::finished, this, &TransferDialog::onFinished);
}

void TransferDialog::onProgress(quint64 done, quint64 total) {
    if (total > 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(double(done) * 1000.0 / double(total)));
    }
    const QLocale l;
    const double rate = m_transfer ? m_transfer->throughput() : 0;
    m_numbers->setText(tr("%1 of %2 — %3/s")
                           .arg(l.formattedDataSize(qint64(done), 1),
                                total ? l.formattedDataSize(qint64(total), 1) : tr("unknown"),
                                l.formattedDataSize(qint64(rate), 1)));
}

void TransferDialog::onFinished(bool ok, bool cancelled, const QString &message) {
    if (ok) {
        accept();
        return;
    }
    m_buttons->setEnabled(true);
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    m_numbers->setText(cancelled ? tr("Cancelled; nothing was left behind.")
                                 : tr("Failed: %1").arg(message));
    m_numbers->setWordWrap(true);
}

} // namespace virtdeck
