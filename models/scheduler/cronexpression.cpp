// SPDX-License-Identifier: GPL-3.0-or-later
#include "cronexpression.h"

#include <QStringList>

#include <functional>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
const char *const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                               "jul", "aug", "sep", "oct", "nov", "dec"};
const char *const kWeekdays[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

// A number or (for months and weekdays) a three-letter name.
bool parseValue(const QString &s, int lo, const char *const *names, int nameCount, int nameBase,
                int *out) {
    bool ok = false;
    const int v = s.toInt(&ok);
    if (ok) {
        *out = v;
        return true;
    }
    for (int i = 0; i < nameCount; ++i) {
        if (s.compare(QLatin1StringView(names[i]), Qt::CaseInsensitive) == 0) {
            *out = i + nameBase;
            return true;
        }
    }
    Q_UNUSED(lo);
    return false;
}

// Parses one field into `bits` (index = value). `hi` is inclusive.
bool parseField(const QString &field, int lo, int hi, const char *const *names, int nameCount,
                int nameBase, std::function<void(int)> set) {
    if (field.isEmpty())
        return false;
    const QStringList parts = field.split(u',');
    for (const QString &part : parts) {
        QString range = part;
        int step = 1;
        const qsizetype slash = part.indexOf(u'/');
        if (slash >= 0) {
            bool ok = false;
            step = part.mid(slash + 1).toInt(&ok);
            // A step beyond the field's span would match once at most; refuse it rather than
            // let a huge one run the loop below past INT_MAX.
            if (!ok || step <= 0 || step > hi - lo + 1)
                return false;
            range = part.left(slash);
        }
        int from = lo, to = hi;
        if (range == u"*"_s) {
            // whole range
        } else {
            const qsizetype dash = range.indexOf(u'-');
            if (dash >= 0) {
                if (!parseValue(range.left(dash), lo, names, nameCount, nameBase, &from) ||
                    !parseValue(range.mid(dash + 1), lo, names, nameCount, nameBase, &to))
                    return false;
            } else {
                if (!parseValue(range, lo, names, nameCount, nameBase, &from))
                    return false;
                to = slash >= 0 ? hi : from; // "5/15" means 5-max/15
            }
        }
        if (from < lo || to > hi || from > to)
            return false;
        for (qint64 v = from; v <= to; v += step)
            set(int(v));
    }
    return true;
}
} // namespace

std::optional<CronExpression> CronExpression::parse(const QString &text, QString *error) {
    QString spec = text.simplified();
    static const QList<std::pair<QString, QString>> aliases = {
        {u"@yearly"_s, u"0 0 1 1 *"_s},  {u"@annually"_s, u"0 0 1 1 *"_s},
        {u"@monthly"_s, u"0 0 1 * *"_s}, {u"@weekly"_s, u"0 0 * * 0"_s},
        {u"@daily"_s, u"0 0 * * *"_s},   {u"@midnight"_s, u"0 0 * * *"_s},
        {u"@hourly"_s, u"0 * * * *"_s},
    };
    for (const auto &[alias, expansion] : aliases)
        if (spec.compare(alias, Qt::CaseInsensitive) == 0)
            spec = expansion;
    const QStringList f = spec.split(u' ', Qt::SkipEmptyParts);
    auto fail = [error](const QString &why) -> std::optional<CronExpression> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (f.size() != 5)
        return fail(tr("A cron expression has five fields (minute hour day month weekday); "
                       "got %n.",
                       nullptr, int(f.size())));
    CronExpression c;
    c.m_text = text.simplified();
    if (!parseField(f[0], 0, 59, nullptr, 0, 0, [&](int v) { c.m_minutes.set(size_t(v)); }))
        return fail(tr("Bad minute field '%1' (0-59).").arg(f[0]));
    if (!parseField(f[1], 0, 23, nullptr, 0, 0, [&](int v) { c.m_hours.set(size_t(v)); }))
        return fail(tr("Bad hour field '%1' (0-23).").arg(f[1]));
    if (!parseField(f[2], 1, 31, nullptr, 0, 0, [&](int v) { c.m_days.set(size_t(v)); }))
        return fail(tr("Bad day-of-month field '%1' (1-31).").arg(f[2]));
    if (!parseField(f[3], 1, 12, kMonths, 12, 1, [&](int v) { c.m_months.set(size_t(v)); }))
        return fail(tr("Bad month field '%1' (1-12 or jan-dec).").arg(f[3]));
    if (!parseField(f[4], 0, 7, kWeekdays, 7, 0, [&](int v) { c.m_weekdays.set(size_t(v % 7)); }))
        return fail(tr("Bad weekday field '%1' (0-7 or sun-sat).").arg(f[4]));
    c.m_anyDay = f[2].startsWith(u'*');
    c.m_anyWeekday = f[4].startsWith(u'*');
    return c;
}

bool CronExpression::dayMatches(const QDate &d) const {
    if (!m_months.test(size_t(d.month())))
        return false;
    const bool dom = m_days.test(size_t(d.day()));
    const bool dow = m_weekdays.test(size_t(d.dayOfWeek() % 7));
    // Vixie cron: when both day fields are restricted, either may match.
    if (m_anyDay || m_anyWeekday)
        return dom && dow;
    return dom || dow;
}

bool CronExpression::matches(const QDateTime &t) const {
    return dayMatches(t.date()) && m_hours.test(size_t(t.time().hour())) &&
           m_minutes.test(size_t(t.time().minute()));
}

QDateTime CronExpression::next(const QDateTime &after) const {
    const QDateTime start =
        after.addSecs(60 - after.time().second()).addMSecs(-after.time().msec());
    QDate d = start.date();
    const QTime startTime(start.time().hour(), start.time().minute());
    for (int i = 0; i < 5 * 366; ++i, d = d.addDays(1)) {
        if (!dayMatches(d))
            continue;
        for (int h = (i == 0 ? startTime.hour() : 0); h < 24; ++h) {
            if (!m_hours.test(size_t(h)))
                continue;
            const int m0 = (i == 0 && h == startTime.hour()) ? startTime.minute() : 0;
            for (int m = m0; m < 60; ++m) {
                if (!m_minutes.test(size_t(m)))
                    continue;
                QDateTime t = after;
                t.setDate(d);
                t.setTime(QTime(h, m));
                if (t > after) // a time that does not exist (DST gap) moves forward
                    return t;
            }
        }
    }
    return {};
}

} // namespace virtdeck
