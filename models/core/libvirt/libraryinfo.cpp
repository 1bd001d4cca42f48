// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryinfo.h"

#include "core/hostinfo.h"
#include "handles.h"

namespace virtdeck {

QString libvirtLibraryVersion() {
    unsigned long v = 0;
    if (virGetVersion(&v, nullptr, nullptr) < 0)
        return {};
    return libvirtVersionString(v);
}

} // namespace virtdeck
