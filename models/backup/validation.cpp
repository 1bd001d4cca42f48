// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation.h"
#include "backup/backuptr.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>

namespace virtdeck::backup {

using namespace Qt::StringLiterals;

QString checkRange(const QString &field, quint64 value, quint64 min, quint64 max) {
    if (value >= min && value <= max)
        return {};
    return Backup::tr("%1 is %2; it must be between %3 and %4")
        .arg(field)
        .arg(value)
        .arg(min)
        .arg(max);
}

QString parseInteger(const QString &field, const QString &text, qint64 min, qint64 max,
                     qint64 *out) {
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok, 10);
    if (!ok || v < min || v > max)
        return Backup::tr("%1 is '%2'; it must be a whole number between %3 and %4")
            .arg(field, text)
            .arg(min)
            .arg(max);
    *out = v;
    return {};
}

QString parseDecimal(const QString &field, const QString &text, double min, double max,
                     double *out) {
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < min || v > max)
        return Backup::tr("%1 is '%2'; it must be a number between %3 and %4")
            .arg(field, text)
            .arg(min)
            .arg(max);
    *out = v;
    return {};
}

QString jsonInteger(const QJsonObject &o, const QString &key, quint64 min, quint64 max,
                    quint64 *out, qint64 missing) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && missing >= 0 && quint64(missing) >= min && quint64(missing) <= max) {
        *out = quint64(missing);
        return {};
    }
    // toInteger() refuses fractions and values beyond 64 bits; negatives are out of range.
    const qint64 n = v.isDouble() ? v.toInteger(-1) : -1;
    if (n < 0 || quint64(n) < min || quint64(n) > max)
        return Backup::tr("%1 is %2; it must be a whole number between %3 and %4")
            .arg(key, v.isUndefined() ? Backup::tr("missing")
                      : v.isDouble()  ? QString::number(v.toDouble(), 'g', 20)
                                      : Backup::tr("not a number"))
            .arg(min)
            .arg(max);
    *out = quint64(n);
    return {};
}

QString checkPlainName(const QString &field, const QString &name) {
    if (name.isEmpty() || name.size() > kMaxNameLength)
        return Backup::tr("%1 '%2' must have 1 to %3 characters")
            .arg(field, name.left(kMaxNameLength))
            .arg(kMaxNameLength);
    // Without '/', a name is one path component: only "." and ".." lead elsewhere.
    if (name.contains(u'/') || name.contains(u'\\') || name == u"."_s || name == u".."_s)
        return Backup::tr("%1 '%2' is not a plain name (no '/', '\\', '.' or '..')")
            .arg(field, name);
    for (const QChar c : name)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return Backup::tr("%1 '%2' contains a control character")
                .arg(field, QString(name).replace(QChar(0), u"\\0"_s));
    return {};
}

} // namespace virtdeck::backup
