// SPDX-License-Identifier: GPL-3.0-or-later
#include "redacteduri.h"

#include <QUrl>
#include <QUrlQuery>

namespace virtdeck {

using namespace Qt::StringLiterals;

QString redactedUri(const QString &uri) {
    QUrl url(uri);
    if (!url.isValid())
        return uri.contains(u'@') ? u"***"_s : uri; // cannot tell the parts apart: show nothing
    if (!url.password().isEmpty())
        url.setPassword(u"***"_s);
    if (url.hasQuery()) {
        QUrlQuery q(url);
        const auto items = q.queryItems(QUrl::FullyEncoded);
        for (const auto &[key, value] : items) {
            const QString k = key.toLower();
            if (k.contains(u"pass"_s) || k.contains(u"secret"_s) || k.contains(u"token"_s)) {
                q.removeAllQueryItems(key);
                q.addQueryItem(key, u"***"_s);
            }
        }
        url.setQuery(q);
    }
    return url.toString(QUrl::FullyEncoded);
}

} // namespace virtdeck
