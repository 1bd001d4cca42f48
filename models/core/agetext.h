// SPDX-License-Identifier: GPL-3.0-or-later
// How old something is, in words for the user ("45 seconds", "12 minutes", "3 hours", "2 days"):
// the age of a replica's data, in the failover's log and in the VM's details.
#pragma once

#include <QDateTime>
#include <QString>

namespace virtdeck {

// The time from `when` to now, in the largest unit that keeps it readable (under two of the next).
QString ageText(const QDateTime &when);

} // namespace virtdeck
