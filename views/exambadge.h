// SPDX-License-Identifier: GPL-3.0-or-later
// The badge of a lab whose exam is running: "Exam running — 00:12:34", with "ends 11:30" when
// timed, ticking every second, and a warning colour and the minutes left in the last
// kWarnMinutes. Hidden when no exam runs. Shown by the Labs pane and the classroom wall. GUI
// thread.
#pragma once

#include "labs/lab.h"

#include <QLabel>

class QTimer;

namespace virtdeck {

class ExamBadge : public QLabel {
    Q_OBJECT
public:
    static constexpr int kWarnMinutes = 5;

    explicit ExamBadge(QWidget *parent = nullptr);
    void setExam(const LabExam &exam);
    LabExam exam() const { return m_exam; }
    // The text for `exam` at `nowMs` (empty when none runs); true in `*warn` near its end.
    static QString textAt(const LabExam &exam, qint64 nowMs, bool *warn = nullptr);

private:
    void tick();

    LabExam m_exam;
    QTimer *m_timer;
};

} // namespace virtdeck
