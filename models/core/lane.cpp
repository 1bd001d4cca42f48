// SPDX-License-Identifier: GPL-3.0-or-later
#include "lane.h"

namespace virtdeck {

using namespace Qt::StringLiterals;

QString Lane::key() const {
    switch (kind) {
    case Kind::Host:
        return u"host"_s;
    case Kind::Storage:
        return u"storage"_s;
    case Kind::Domain:
        break;
    }
    return u"domain:"_s + uuid;
}

} // namespace virtdeck
