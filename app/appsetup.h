// SPDX-License-Identifier: GPL-3.0-or-later
// What every entry point does first, once its Q(Core)Application exists: the application's names
// (settings and data paths follow them), the translations, and the job kinds.
#pragma once

namespace virtdeck {

enum class LanguageSource {
    Preferences, // the window: the user's language preference, else the system's
    Environment, // commands: LANGUAGE / LC_ALL / LC_MESSAGES / LANG, as virsh does
};

void setUpApplication(LanguageSource language);

} // namespace virtdeck
