// SPDX-License-Identifier: GPL-3.0-or-later
#include "agetext.h"

#include <QCoreApplication>

namespace virtdeck {

struct AgeText {
    Q_DECLARE_TR_FUNCTIONS(AgeText)
};

QString ageText(const QDateTime &when) {
    const qint64 s = std::max<qint64>(0, when.secsTo(QDateTime::currentDateTimeUtc()));
    if (s < 120)
        return AgeText::tr("%n second(s)", nullptr, int(s));
    if (s < 7200)
        return AgeText::tr("%n minute(s)", nullptr, int(s / 60));
    if (s < 172800)
        return AgeText::tr("%n hour(s)", nullptr, int(s / 3600));
    return AgeText::tr("%n day(s)", nullptr, int(s / 86400));
}

} // namespace virtdeck
