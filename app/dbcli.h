// SPDX-License-Identifier: GPL-3.0-or-later
// `virtdeck db migrate --to postgresql://…`: copies this computer's scheduler and labs state
// (SQLite files) into a PostgreSQL database a team will share.
#pragma once

#include <QStringList>

namespace virtdeck {

int runDbCommand(const QStringList &arguments);

} // namespace virtdeck
