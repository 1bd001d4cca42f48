// SPDX-License-Identifier: GPL-3.0-or-later
// A number read from the settings file, which a user may edit by hand or an older or newer
// version may have written: its default when it is no number, else held to its range. Any
// thread (the QSettings object is the caller's).
#pragma once

#include <QSettings>
#include <QString>

#include <algorithm>
#include <cmath>
#include <type_traits>

namespace virtdeck {

template <typename T>
T boundedSetting(const QSettings &s, const QString &key, T fallback, T lo, T hi) {
    static_assert(std::is_arithmetic_v<T>);
    const QVariant v = s.value(key);
    if (!v.isValid())
        return fallback;
    bool ok = false;
    T n{};
    if constexpr (std::is_floating_point_v<T>) {
        n = T(v.toString().toDouble(&ok));
        ok = ok && std::isfinite(n);
    } else {
        const qlonglong raw = v.toString().toLongLong(&ok);
        n = T(std::clamp<qlonglong>(raw, qlonglong(lo), qlonglong(hi)));
    }
    return ok ? std::clamp(n, lo, hi) : fallback;
}

} // namespace virtdeck
