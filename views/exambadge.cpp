// SPDX-License-Identifier: GPL-3.0-or-later
#include "exambadge.h"

#include <QDateTime>
#include <QLocale>
#include <QTimer>

namespace virtdeck {

using namespace Qt::StringLiterals;

ExamBadge::ExamBadge(QWidget *parent)
    : QLabel(parent)
    , m_timer(new QTimer(this)) {
    setObjectName(u"labExamBadge"_s);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &ExamBadge::tick);
    hide();
}

void ExamBadge::setExam(const LabExam &exam) {
    m_exam = exam;
    if (exam.running())
        m_timer->start();
    else
        m_timer->stop();
    tick();
}

QString ExamBadge::textAt(const LabExam &exam, qint64 nowMs, bool *warn) {
    if (warn)
        *warn = false;
    if (!exam.running())
        return {};
    const qint64 secs = std::max<qint64>(0, (nowMs - exam.startedAt) / 1000);
    QString text = tr("Exam running — %1")
                       .arg(u"%1:%2:%3"_s.arg(secs / 3600, 2, 10, QChar(u'0'))
                                .arg(secs / 60 % 60, 2, 10, QChar(u'0'))
                                .arg(secs % 60, 2, 10, QChar(u'0')));
    if (exam.endsAt <= 0)
        return text;
    text += u" · "_s + tr("ends %1").arg(QLocale().toString(
                           QDateTime::fromMSecsSinceEpoch(exam.endsAt).time(), u"HH:mm"_s));
    const qint64 left = exam.endsAt - nowMs;
    if (left <= qint64(kWarnMinutes) * 60000) {
        if (warn)
            *warn = true;
        text += u" · "_s +
                (left > 0 ? tr("%1 min left").arg((left + 59999) / 60000) : tr("ending now"));
    }
    return text;
}

void ExamBadge::tick() {
    bool warn = false;
    const QString text = textAt(m_exam, QDateTime::currentMSecsSinceEpoch(), &warn);
    setText(text);
    setVisible(!text.isEmpty());
    // Red while the exam runs, amber in its last minutes: seen from across the room.
    setStyleSheet(warn ? u"background: #ef6c00; color: white; font-weight: bold; padding: 3px 8px; "
                         "border-radius: 3px"_s
                       : u"background: #c62828; color: white; font-weight: bold; padding: 3px 8px; "
                         "border-radius: 3px"_s);
}

} // namespace virtdeck
