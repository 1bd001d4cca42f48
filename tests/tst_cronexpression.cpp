// SPDX-License-Identifier: GPL-3.0-or-later
// Cron expressions and recurrences: parsing (good and bad) and the next firing time.
#include "scheduler/cronexpression.h"
#include "scheduler/recurrence.h"

#include <QTest>

using namespace virtdeck;
using namespace Qt::StringLiterals;

namespace {
QDateTime at(const QString &s) {
    QDateTime t = QDateTime::fromString(s, u"yyyy-MM-dd HH:mm"_s);
    t.setTimeSpec(Qt::UTC);
    return t;
}
} // namespace

class TestCron : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void next_data();
    void next();
    void invalid_data();
    void invalid();
    void impossibleDateHasNoNext();
    void recurrenceNext_data();
    void recurrenceNext();
    void recurrenceSpecRoundTrip_data();
    void recurrenceSpecRoundTrip();
    void recurrenceInvalid_data();
    void recurrenceInvalid();
};

void TestCron::next_data() {
    QTest::addColumn<QString>("expr");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected");
    // 2026-11-23 is a Monday.
    QTest::newRow("every minute") << u"* * * * *"_s << u"2026-11-23 10:15"_s
                                  << u"2026-11-23 10:16"_s;
    QTest::newRow("daily 9:00 later today")
        << u"0 9 * * *"_s << u"2026-11-23 08:59"_s << u"2026-11-23 09:00"_s;
    QTest::newRow("daily 9:00 strictly after")
        << u"0 9 * * *"_s << u"2026-11-23 09:00"_s << u"2026-11-24 09:00"_s;
    QTest::newRow("weekdays skip weekend")
        << u"30 7 * * 1-5"_s << u"2026-11-27 08:00"_s << u"2026-11-30 07:30"_s;
    QTest::newRow("step minutes") << u"*/15 * * * *"_s << u"2026-11-23 10:16"_s
                                  << u"2026-11-23 10:30"_s;
    QTest::newRow("offset step") << u"5/20 * * * *"_s << u"2026-11-23 10:26"_s
                                 << u"2026-11-23 10:45"_s;
    QTest::newRow("list hours") << u"0 8,12,18 * * *"_s << u"2026-11-23 12:00"_s
                                << u"2026-11-23 18:00"_s;
    QTest::newRow("names") << u"0 0 1 jan,jul *"_s << u"2026-11-23 00:00"_s
                           << u"2027-01-01 00:00"_s;
    QTest::newRow("sunday as 7") << u"0 12 * * 7"_s << u"2026-11-23 00:00"_s
                                 << u"2026-11-29 12:00"_s;
    QTest::newRow("sun name") << u"0 12 * * sun"_s << u"2026-11-23 00:00"_s
                              << u"2026-11-29 12:00"_s;
    // Both day fields restricted: either matches (Vixie cron).
    QTest::newRow("dom or dow") << u"0 0 1 * fri"_s << u"2026-11-23 00:00"_s
                                << u"2026-11-27 00:00"_s;
    QTest::newRow("leap day") << u"0 0 29 2 *"_s << u"2026-11-23 00:00"_s << u"2028-02-29 00:00"_s;
    QTest::newRow("@daily") << u"@daily"_s << u"2026-11-23 10:00"_s << u"2026-11-24 00:00"_s;
    QTest::newRow("@hourly") << u"@hourly"_s << u"2026-11-23 10:00"_s << u"2026-11-23 11:00"_s;
    QTest::newRow("year end rolls over")
        << u"59 23 31 12 *"_s << u"2026-12-31 23:59"_s << u"2027-12-31 23:59"_s;
}

void TestCron::next() {
    QFETCH(QString, expr);
    QFETCH(QString, after);
    QFETCH(QString, expected);
    QString error;
    const auto c = CronExpression::parse(expr, &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->next(at(after)), at(expected));
    QVERIFY(c->matches(at(expected)));
}

void TestCron::invalid_data() {
    QTest::addColumn<QString>("expr");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("too few fields") << u"0 9 * *"_s << u"five fields"_s;
    QTest::newRow("too many fields") << u"0 9 * * * 2026"_s << u"five fields"_s;
    QTest::newRow("minute 60") << u"60 * * * *"_s << u"minute"_s;
    QTest::newRow("hour 24") << u"0 24 * * *"_s << u"hour"_s;
    QTest::newRow("day 0") << u"0 0 0 * *"_s << u"day-of-month"_s;
    QTest::newRow("month 13") << u"0 0 1 13 *"_s << u"month"_s;
    QTest::newRow("weekday 8") << u"0 0 * * 8"_s << u"weekday"_s;
    QTest::newRow("bad name") << u"0 0 * * funday"_s << u"weekday"_s;
    QTest::newRow("zero step") << u"*/0 * * * *"_s << u"minute"_s;
    QTest::newRow("reversed range") << u"0 10-5 * * *"_s << u"hour"_s;
    QTest::newRow("empty") << QString() << u"five fields"_s;
    // Numbers from outside: no step, value or range may overflow the parser.
    QTest::newRow("step INT_MAX") << u"1/2147483647 * * * *"_s << u"minute"_s;
    QTest::newRow("step past span") << u"*/61 * * * *"_s << u"minute"_s;
    QTest::newRow("step negative") << u"*/-5 * * * *"_s << u"minute"_s;
    QTest::newRow("step huge hour") << u"0 3/99999999999 * * *"_s << u"hour"_s;
    QTest::newRow("value INT_MAX") << u"2147483647 * * * *"_s << u"minute"_s;
    QTest::newRow("value INT_MIN") << u"-2147483648 * * * *"_s << u"minute"_s;
    QTest::newRow("range to INT_MAX") << u"0 0 1-2147483647 * *"_s << u"day-of-month"_s;
    QTest::newRow("weekday step INT_MAX") << u"0 0 * * 0/2147483647"_s << u"weekday"_s;
}

void TestCron::invalid() {
    QFETCH(QString, expr);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!CronExpression::parse(expr, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestCron::impossibleDateHasNoNext() {
    const auto c = CronExpression::parse(u"0 0 31 2 *"_s);
    QVERIFY(c);
    QVERIFY(!c->next(at(u"2026-11-23 00:00"_s)).isValid());
}

void TestCron::recurrenceNext_data() {
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected");
    QTest::newRow("daily first time")
        << u"daily 09:00,18:30"_s << u"2026-11-23 08:00"_s << u"2026-11-23 09:00"_s;
    QTest::newRow("daily second time")
        << u"daily 09:00,18:30"_s << u"2026-11-23 09:00"_s << u"2026-11-23 18:30"_s;
    QTest::newRow("daily next day")
        << u"daily 18:30,09:00"_s << u"2026-11-23 18:30"_s << u"2026-11-24 09:00"_s;
    QTest::newRow("weekly same day")
        << u"weekly mon,fri 07:30"_s << u"2026-11-23 07:00"_s << u"2026-11-23 07:30"_s;
    QTest::newRow("weekly to friday")
        << u"weekly mon,fri 07:30"_s << u"2026-11-23 07:30"_s << u"2026-11-27 07:30"_s;
    QTest::newRow("weekly wraps to next week")
        << u"weekly mon 07:30"_s << u"2026-11-23 08:00"_s << u"2026-11-30 07:30"_s;
    QTest::newRow("cron") << u"cron 0 9 * * 1-5"_s << u"2026-11-28 10:00"_s
                          << u"2026-11-30 09:00"_s;
}

void TestCron::recurrenceNext() {
    QFETCH(QString, spec);
    QFETCH(QString, after);
    QFETCH(QString, expected);
    QString error;
    const auto r = Recurrence::parse(spec, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->next(at(after)), at(expected));
}

void TestCron::recurrenceSpecRoundTrip_data() {
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("daily sorted") << u"daily 18:30, 9:00"_s << u"daily 09:00,18:30"_s;
    QTest::newRow("weekly names") << u"weekly Fri,mon 7:05"_s << u"weekly mon,fri 07:05"_s;
    QTest::newRow("weekly numbers") << u"weekly 1,7 12:00"_s << u"weekly mon,sun 12:00"_s;
    QTest::newRow("cron") << u"cron  0 9 *  * 1-5"_s << u"cron 0 9 * * 1-5"_s;
}

void TestCron::recurrenceSpecRoundTrip() {
    QFETCH(QString, spec);
    QFETCH(QString, canonical);
    const auto r = Recurrence::parse(spec);
    QVERIFY(r);
    QCOMPARE(r->toSpec(), canonical);
    QCOMPARE(Recurrence::parse(canonical)->toSpec(), canonical);
    QVERIFY(!r->describe().isEmpty());
}

void TestCron::recurrenceInvalid_data() {
    QTest::addColumn<QString>("spec");
    QTest::newRow("unknown kind") << u"hourly 10"_s;
    QTest::newRow("daily no time") << u"daily"_s;
    QTest::newRow("daily bad time") << u"daily 25:00"_s;
    QTest::newRow("weekly bad day") << u"weekly noday 10:00"_s;
    QTest::newRow("weekly no time") << u"weekly mon"_s;
    QTest::newRow("bad cron") << u"cron 0 9 * *"_s;
}

void TestCron::recurrenceInvalid() {
    QFETCH(QString, spec);
    QString error;
    QVERIFY(!Recurrence::parse(spec, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestCron)
#include "tst_cronexpression.moc"
