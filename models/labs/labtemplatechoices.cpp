// SPDX-License-Identifier: GPL-3.0-or-later
#include "labtemplatechoices.h"

namespace virtdeck {

QStringList labTemplateChoices(const QList<DomainInfo> &domains, const QSet<QString> &studentVms,
                               const QSet<QString> &templates) {
    QStringList first;
    QStringList rest;
    QSet<QString> running; // a name running on any host is not offered there either
    for (const DomainInfo &d : domains)
        if (d.state != DomainState::Shutoff)
            running.insert(d.name);
    for (const DomainInfo &d : domains) {
        if (running.contains(d.name) || studentVms.contains(d.name))
            continue;
        (templates.contains(d.name) ? first : rest) << d.name;
    }
    for (QStringList *part : {&first, &rest}) {
        part->removeDuplicates();
        part->sort(Qt::CaseInsensitive);
    }
    return first + rest;
}

} // namespace virtdeck
