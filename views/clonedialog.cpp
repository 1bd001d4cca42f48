// SPDX-License-Identifier: GPL-3.0-or-later
#include "clonedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace virtdeck {

using namespace Qt::StringLiterals;

CloneDialog::CloneDialog(const QString &vmName, int diskCount, QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("Clone — %1").arg(vmName));
    setObjectName(u"CloneDialog"_s);
    m_name = new QLineEdit(vmName + u"-clone"_s, this);
    // libvirt names also become file names of the new volumes: keep them plain.
    m_name->setValidator(new QRegularExpressionValidator(
        QRegularExpression(u"[A-Za-z0-9][A-Za-z0-9._+-]*"_s), m_name));
    m_full = new QRadioButton(tr("&Full clone: copy every disk (independent, takes time and "
                                 "space)"),
                              this);
    m_linked = new QRadioButton(tr("&Linked clone: new qcow2 disks that read from the original "
                                   "(instant, small; the original's disks must stay unchanged)"),
                                this);
    m_full->setChecked(true);
    auto *note = new QLabel(tr("The clone gets a new UUID and new MAC addresses. %n writable "
                               "disk(s) are cloned; read-only and shared disks (installation "
                               "media) are used by both.",
                               nullptr, diskCount),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Clone"));
    auto *form = new QFormLayout;
    form->addRow(tr("New name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_full);
    layout->addWidget(m_linked);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_name->hasAcceptableInput());
    });
    resize(560, sizeHint().height());
}

QString CloneDialog::cloneName() const {
    return m_name->text();
}

CloneMode CloneDialog::mode() const {
    return m_linked->isChecked() ? CloneMode::Linked : CloneMode::Full;
}

} // namespace virtdeck
