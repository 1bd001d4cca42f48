// SPDX-License-Identifier: GPL-3.0-or-later
// Applies the light, dark or system look to the whole application.
#pragma once

#include "core/preferences.h"

namespace virtdeck {
void applyTheme(Preferences::Theme theme);
} // namespace virtdeck
