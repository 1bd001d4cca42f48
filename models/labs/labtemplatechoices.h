// SPDX-License-Identifier: GPL-3.0-or-later
// Which VMs the New Lab dialog offers as a lab's template. A pure function, any thread.
#pragma once

#include "core/domaininfo.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace virtdeck {

// The names to offer: shut-off VMs only (a running VM is somebody's machine, and a linked clone
// needs its base at rest), never a student VM of a lab (`studentVms`: names carrying a lab
// marker), the VMs labs already use as templates (`templates`) first, each part sorted.
QStringList labTemplateChoices(const QList<DomainInfo> &domains, const QSet<QString> &studentVms,
                               const QSet<QString> &templates);

} // namespace virtdeck
