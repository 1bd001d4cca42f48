// SPDX-License-Identifier: GPL-3.0-or-later
// URIs as they may appear in logs and the activity log: a password typed into the user part
// ("qemu+ssh://user:secret@host/system") or a secret-looking query value is replaced by "***".
#pragma once

#include <QString>

namespace virtdeck {

QString redactedUri(const QString &uri);

} // namespace virtdeck
