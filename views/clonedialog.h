// SPDX-License-Identifier: GPL-3.0-or-later
// Asks for a clone's name and kind (full copy or linked qcow2 overlay). GUI thread.
#pragma once

#include "domains/libvirt/domainservice.h"

#include <QDialog>

class QLineEdit;
class QRadioButton;

namespace virtdeck {

class CloneDialog : public QDialog {
    Q_OBJECT
public:
    CloneDialog(const QString &vmName, int diskCount, QWidget *parent = nullptr);

    QString cloneName() const;
    CloneMode mode() const;

private:
    QLineEdit *m_name;
    QRadioButton *m_full;
    QRadioButton *m_linked;
};

} // namespace virtdeck
