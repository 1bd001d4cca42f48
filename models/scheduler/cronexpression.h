// SPDX-License-Identifier: GPL-3.0-or-later
// A standard five-field cron expression (minute hour day-of-month month day-of-week) with lists,
// ranges, steps, month and weekday names and the @hourly/@daily/@weekly/@monthly/@yearly aliases.
// Pure value; evaluated in local time.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <bitset>
#include <optional>

namespace virtdeck {

class CronExpression {
    Q_DECLARE_TR_FUNCTIONS(CronExpression)

public:
    // Nullopt with `error` set (translated, names the bad field) when `text` is not valid.
    static std::optional<CronExpression> parse(const QString &text, QString *error = nullptr);

    // The first matching minute strictly after `after`; invalid when none within five years
    // (e.g. "0 0 31 2 *").
    QDateTime next(const QDateTime &after) const;
    bool matches(const QDateTime &t) const;
    QString text() const { return m_text; }

private:
    bool dayMatches(const QDate &d) const;

    QString m_text;
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_days;    // 1…31
    std::bitset<13> m_months;  // 1…12
    std::bitset<7> m_weekdays; // 0 = Sunday
    bool m_anyDay = true;      // day-of-month was "*"
    bool m_anyWeekday = true;  // day-of-week was "*"
};

} // namespace virtdeck
