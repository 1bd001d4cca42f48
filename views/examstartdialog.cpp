// SPDX-License-Identifier: GPL-3.0-or-later
#include "examstartdialog.h"

#include "exambadge.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace virtdeck {

using namespace Qt::StringLiterals;

ExamStartDialog::ExamStartDialog(const QString &who, QWidget *parent)
    : QDialog(parent)
    , m_minutes(new QSpinBox(this)) {
    setObjectName(u"examStartDialog"_s);
    setWindowTitle(tr("Start Exam"));
    auto *text = new QLabel(
        tr("Start the exam for %1: snapshot every VM and cut its network?").arg(who), this);
    text->setObjectName(u"examStartText"_s);
    text->setWordWrap(true);
    m_minutes->setObjectName(u"examMinutes"_s);
    m_minutes->setRange(0, 24 * 60);
    m_minutes->setSingleStep(15);
    m_minutes->setSpecialValueText(tr("No end time"));
    m_minutes->setSuffix(tr(" min"));
    auto *help = new QLabel(tr("A timed exam ends by itself (End exam runs as a scheduled job, "
                               "also with this window closed when the headless scheduler runs); "
                               "the pane warns %1 minutes before.")
                                .arg(ExamBadge::kWarnMinutes),
                            this);
    help->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start Exam"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(text);
    form->addRow(tr("&Duration:"), m_minutes);
    form->addRow(help);
    form->addRow(buttons);
    resize(460, sizeHint().height());
}

int ExamStartDialog::minutes() const {
    return m_minutes->value();
}

void ExamStartDialog::setMinutes(int minutes) {
    m_minutes->setValue(minutes);
}

} // namespace virtdeck
