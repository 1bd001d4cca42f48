// SPDX-License-Identifier: GPL-3.0-or-later
// Shows one upload or download: progress, throughput, and Cancel (which removes the partial
// volume or file). Closes itself when the transfer succeeds; stays to show why it failed.
#pragma once

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QProgressBar;

namespace virtdeck {

class VolumeTransfer;

class TransferDialog : public QDialog {
    Q_OBJECT
public:
    TransferDialog(VolumeTransfer *transfer, const QString &hostName, QWidget *parent = nullptr);

private:
    void onProgress(quint64 done, quint64 total);
    void onFinished(bool ok, bool cancelled, const QString &message);

    QPointer<VolumeTransfer> m_transfer;
    QLabel *m_what;
    QProgressBar *m_bar;
    QLabel *m_numbers;
    QDialogButtonBox *m_buttons;
};

} // namespace virtdeck
