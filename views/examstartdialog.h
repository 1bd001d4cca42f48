// SPDX-License-Identifier: GPL-3.0-or-later
// Start exam's confirmation: names the students it acts on and asks for an optional duration
// (a timed exam ends by itself). GUI thread.
#pragma once

#include <QDialog>

class QSpinBox;

namespace virtdeck {

class ExamStartDialog : public QDialog {
    Q_OBJECT
public:
    // `who`: the students, as the pane names them in confirmations.
    ExamStartDialog(const QString &who, QWidget *parent = nullptr);
    // The exam's length; 0: until End exam.
    int minutes() const;
    void setMinutes(int minutes);

private:
    QSpinBox *m_minutes;
};

} // namespace virtdeck
