// SPDX-License-Identifier: GPL-3.0-or-later
// The confirmation of a lab shutdown: whom it acts on, how long the guests get to power off, and
// whether those still running then are forced off (else they are reported as not stopped). Its
// params() are the "wait" and "force" of the lab-shutdown job. GUI thread.
#pragma once

#include <QDialog>
#include <QVariantMap>

class QCheckBox;
class QSpinBox;

namespace virtdeck {

class LabShutdownDialog : public QDialog {
    Q_OBJECT
public:
    // `who` names what it acts on ("all 6 student(s) of lab x").
    explicit LabShutdownDialog(const QString &who, QWidget *parent = nullptr);
    QVariantMap params() const;

private:
    QSpinBox *m_wait;
    QCheckBox *m_force;
};

} // namespace virtdeck
