// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

namespace virtdeck {

namespace {
class SystemClock : public Clock {
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};
} // namespace

Clock *Clock::system() {
    static SystemClock clock;
    return &clock;
}

} // namespace virtdeck
