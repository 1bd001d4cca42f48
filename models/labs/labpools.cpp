// SPDX-License-Identifier: GPL-3.0-or-later
#include "labpools.h"

namespace virtdeck {

using namespace Qt::StringLiterals;

QString labPoolName(const QString &directory, const QStringList &taken) {
    QString base = directory.section(u'/', -1, -1, QString::SectionSkipEmpty);
    for (QChar &c : base)
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
              c == u'_' || c == u'-' || c == u'.'))
            c = u'-';
    base.replace(u".."_s, u"--"_s);
    if (base.isEmpty())
        base = u"root"_s;
    const QString name = u"virtdeck-"_s + base.left(60);
    QString out = name;
    for (int n = 2; taken.contains(out); ++n)
        out = name + u'-' + QString::number(n);
    return out;
}

} // namespace virtdeck
