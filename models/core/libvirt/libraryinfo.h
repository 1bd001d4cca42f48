// SPDX-License-Identifier: GPL-3.0-or-later
// Version of the libvirt library the program runs against.
#pragma once

#include <QString>

namespace virtdeck {
QString libvirtLibraryVersion();
} // namespace virtdeck
