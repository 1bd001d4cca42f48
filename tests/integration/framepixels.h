// SPDX-License-Identifier: GPL-3.0-or-later
// What the console tests and bench_console read from a display's frame: how much of it is lit,
// and how much changed between two frames; and what a failing test says of a session. Any
// thread that owns the images.
#pragma once

#include "console/consolesession.h"

#include <QImage>

namespace virtdeck::framepixels {

// Pixels that are not the background (black).
inline int lit(const QImage &img) {
    int n = 0;
    for (int y = 0; y < img.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x)
            n += (line[x] & 0xffffff) != 0;
    }
    return n;
}

// Pixels that differ between `a` and `b`; all of them when the sizes differ.
inline int differing(const QImage &a, const QImage &b) {
    if (a.size() != b.size())
        return a.width() * a.height();
    int n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            n += a.pixel(x, y) != b.pixel(x, y);
    return n;
}

// A session's state, reason and frame, for a test's failure message.
inline QByteArray describe(const ConsoleSession *session) {
    const QImage f = session->frame();
    return QStringLiteral("state %1 (%2), frame %3x%4 with %5 lit pixels")
        .arg(int(session->state()))
        .arg(session->reason())
        .arg(f.width())
        .arg(f.height())
        .arg(lit(f))
        .toLocal8Bit();
}

} // namespace virtdeck::framepixels
