// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: cron expressions as a user or a scheduler database supplies them.
#include "scheduler/cronexpression.h"

#include <QDateTime>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto cron = virtdeck::CronExpression::parse(text, &error);
    if (!cron)
        return 0;
    // A parsed expression must be usable: next() and matches() may not crash or loop forever.
    const QDateTime start(QDate(2026, 2, 28), QTime(23, 59), Qt::UTC);
    const QDateTime next = cron->next(start);
    if (next.isValid() && !cron->matches(next))
        __builtin_trap(); // next() returned a time the expression does not match
    (void)cron->text();
    return 0;
}
