// SPDX-License-Identifier: GPL-3.0-or-later
// The offscreen platform warns at every window size-hint change ("This plugin does not support
// propagateSizeHints()"): hundreds of lines in a console test's output, which push a failure's
// own message out of what CI keeps. Call once, in initTestCase(); other messages pass through.
#pragma once

#include <QString>
#include <QtGlobal>

namespace quietplatform {

inline QtMessageHandler &previousHandler() {
    static QtMessageHandler previous = nullptr;
    return previous;
}

inline void dropOffscreenNoise() {
    previousHandler() = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (message.startsWith(QLatin1String("This plugin does not support")))
                return;
            if (QtMessageHandler previous = previousHandler())
                previous(type, context, message);
        });
}

} // namespace quietplatform
