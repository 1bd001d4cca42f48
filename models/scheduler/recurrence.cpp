// SPDX-License-Identifier: GPL-3.0-or-later
#include "recurrence.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {

const char *const kDayNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

bool parseTimes(const QString &s, QList<QTime> *out) {
    for (const QString &part : s.split(u',', Qt::SkipEmptyParts)) {
        const QTime t = QTime::fromString(part.trimmed(), u"H:mm"_s);
        if (!t.isValid())
            return false;
        out->append(t);
    }
    std::sort(out->begin(), out->end());
    out->erase(std::unique(out->begin(), out->end()), out->end());
    return !out->isEmpty();
}

bool parseDays(const QString &s, QList<int> *out) {
    for (const QString &part : s.split(u',', Qt::SkipEmptyParts)) {
        const QString p = part.trimmed().left(3).toLower();
        int day = 0;
        for (int i = 0; i < 7; ++i)
            if (p == QLatin1StringView(kDayNames[i]))
                day = i + 1;
        if (!day) {
            bool ok = false;
            day = p.toInt(&ok);
            if (!ok || day < 1 || day > 7)
                return false;
        }
        out->append(day);
    }
    std::sort(out->begin(), out->end());
    out->erase(std::unique(out->begin(), out->end()), out->end());
    return !out->isEmpty();
}

QString timesText(const QList<QTime> &times) {
    QStringList out;
    for (const QTime &t : times)
        out << t.toString(u"HH:mm"_s);
    return out.join(u',');
}
} // namespace

Recurrence Recurrence::daily(const QList<QTime> &times) {
    Recurrence r;
    r.m_kind = Kind::Daily;
    for (const QTime &t : times)
        r.m_times.append(QTime(t.hour(), t.minute()));
    std::sort(r.m_times.begin(), r.m_times.end());
    return r;
}

Recurrence Recurrence::weekly(const QList<int> &weekdays, const QList<QTime> &times) {
    Recurrence r = daily(times);
    r.m_kind = Kind::Weekly;
    r.m_weekdays = weekdays;
    std::sort(r.m_weekdays.begin(), r.m_weekdays.end());
    return r;
}

Recurrence Recurrence::cron(const CronExpression &expression) {
    Recurrence r;
    r.m_kind = Kind::Cron;
    r.m_cron = expression;
    return r;
}

std::optional<Recurrence> Recurrence::parse(const QString &spec, QString *error) {
    const QString s = spec.simplified();
    const qsizetype sp = s.indexOf(u' ');
    const QString head = (sp < 0 ? s : s.left(sp)).toLower();
    const QString rest = sp < 0 ? QString() : s.mid(sp + 1);
    auto fail = [error](const QString &why) -> std::optional<Recurrence> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (head == u"daily"_s) {
        QList<QTime> times;
        if (!parseTimes(rest, &times))
            return fail(Recurrence::tr("Give the times of day as HH:MM, separated by commas."));
        return daily(times);
    }
    if (head == u"weekly"_s) {
        const QStringList parts = rest.split(u' ', Qt::SkipEmptyParts);
        QList<int> days;
        QList<QTime> times;
        if (parts.size() != 2 || !parseDays(parts[0], &days))
            return fail(Recurrence::tr("Give the days as mon,tue,… followed by the times, e.g. "
                                       "\"weekly mon,fri 07:30\"."));
        if (!parseTimes(parts[1], &times))
            return fail(Recurrence::tr("Give the times of day as HH:MM, separated by commas."));
        return weekly(days, times);
    }
    if (head == u"cron"_s) {
        const auto c = CronExpression::parse(rest, error);
        if (!c)
            return std::nullopt;
        return cron(*c);
    }
    return fail(Recurrence::tr("Unknown recurrence '%1': use daily, weekly or cron.").arg(head));
}

QDateTime Recurrence::next(const QDateTime &after) const {
    if (m_kind == Kind::Cron)
        return m_cron ? m_cron->next(after) : QDateTime();
    if (m_times.isEmpty())
        return {};
    for (int i = 0; i < 9; ++i) {
        const QDate d = after.date().addDays(i);
        if (m_kind == Kind::Weekly && !m_weekdays.contains(d.dayOfWeek()))
            continue;
        for (const QTime &t : m_times) {
            QDateTime c = after;
            c.setDate(d);
            c.setTime(t);
            if (c > after)
                return c;
        }
    }
    return {};
}

QString Recurrence::toSpec() const {
    switch (m_kind) {
    case Kind::Daily:
        return u"daily "_s + timesText(m_times);
    case Kind::Weekly: {
        QStringList days;
        for (int d : m_weekdays)
            days << QLatin1StringView(kDayNames[d - 1]);
        return u"weekly "_s + days.join(u',') + u' ' + timesText(m_times);
    }
    case Kind::Cron:
        return u"cron "_s + (m_cron ? m_cron->text() : QString());
    }
    return {};
}

QString Recurrence::describe() const {
    QStringList times;
    for (const QTime &t : m_times)
        times << QLocale().toString(t, u"HH:mm"_s);
    switch (m_kind) {
    case Kind::Daily:
        return Recurrence::tr("Every day at %1").arg(times.join(u", "_s));
    case Kind::Weekly: {
        QStringList days;
        for (int d : m_weekdays)
            days << QLocale().dayName(d, QLocale::ShortFormat);
        return Recurrence::tr("%1 at %2").arg(days.join(u", "_s), times.join(u", "_s));
    }
    case Kind::Cron:
        return Recurrence::tr("cron: %1").arg(m_cron ? m_cron->text() : QString());
    }
    return {};
}

} // namespace virtdeck
