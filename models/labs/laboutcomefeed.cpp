// SPDX-License-Identifier: GPL-3.0-or-later
#include "laboutcomefeed.h"

namespace virtdeck {

LabOutcomeFeed *LabOutcomeFeed::instance() {
    static LabOutcomeFeed feed;
    return &feed;
}

} // namespace virtdeck
