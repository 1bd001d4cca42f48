// SPDX-License-Identifier: GPL-3.0-or-later
// When a recurring schedule fires: daily at times, weekly on days at times, or a cron expression.
// Pure value with a textual form used by the database and the command line:
//   "daily 09:00,18:30"   "weekly mon,wed,fri 07:30"   "cron 0 9 * * 1-5"
#pragma once

#include "cronexpression.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace virtdeck {

class Recurrence {
    Q_DECLARE_TR_FUNCTIONS(Recurrence)

public:
    enum class Kind : quint8 { Daily, Weekly, Cron };

    static std::optional<Recurrence> parse(const QString &spec, QString *error = nullptr);
    static Recurrence daily(const QList<QTime> &times);
    // `weekdays`: 1 = Monday … 7 = Sunday (Qt's numbering).
    static Recurrence weekly(const QList<int> &weekdays, const QList<QTime> &times);
    static Recurrence cron(const CronExpression &expression);

    Kind kind() const { return m_kind; }
    QList<QTime> times() const { return m_times; }
    QList<int> weekdays() const { return m_weekdays; }
    // The first firing strictly after `after` (local time when `after` is); invalid if none.
    QDateTime next(const QDateTime &after) const;
    QString toSpec() const;
    // Translated, for the UI: "Every day at 09:00", "Mon, Fri at 07:30", "cron: 0 9 * * 1-5".
    QString describe() const;

private:
    Kind m_kind = Kind::Daily;
    QList<QTime> m_times;  // sorted, minute precision
    QList<int> m_weekdays; // sorted
    std::optional<CronExpression> m_cron;
};

} // namespace virtdeck
