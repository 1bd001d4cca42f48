// SPDX-License-Identifier: GPL-3.0-or-later
// The backup engine's messages, in the translation context it has always used ("Backup").
#pragma once

#include <QCoreApplication>

namespace virtdeck::backup {

struct Backup {
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

} // namespace virtdeck::backup

namespace virtdeck {
using backup::Backup;
} // namespace virtdeck
