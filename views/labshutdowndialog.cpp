// SPDX-License-Identifier: GPL-3.0-or-later
#include "labshutdowndialog.h"

#include "labs/labvmtask.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace virtdeck {

using namespace Qt::StringLiterals;

LabShutdownDialog::LabShutdownDialog(const QString &who, QWidget *parent)
    : QDialog(parent)
    , m_wait(new QSpinBox(this))
    , m_force(new QCheckBox(tr("Then force off those still running"), this)) {
    setWindowTitle(tr("Shut Down"));
    auto *form = new QFormLayout(this);
    auto *text = new QLabel(tr("Ask the guests of %1 to shut down, and wait for them to power "
                               "off. A guest still running then is reported as not stopped, "
                               "or forced off (unsaved work in it is lost).")
                                .arg(who),
                            this);
    text->setWordWrap(true);
    form->addRow(text);
    m_wait->setObjectName(u"shutdownWait"_s);
    m_wait->setRange(1, 3600);
    m_wait->setSuffix(tr(" s"));
    m_wait->setValue(kLabShutdownWait);
    form->addRow(tr("&Wait up to:"), m_wait);
    m_force->setObjectName(u"forceOff"_s);
    form->addRow(QString(), m_force);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Shut Down"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QVariantMap LabShutdownDialog::params() const {
    return {{u"wait"_s, m_wait->value()}, {u"force"_s, m_force->isChecked()}};
}

} // namespace virtdeck
