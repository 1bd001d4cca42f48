// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobkinds.h"

#include "vmjobs.h"

#include <mutex>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
std::mutex g_mutex;

QList<JobKind> &registry() {
    static QList<JobKind> kinds = vmJobKinds();
    return kinds;
}
} // namespace

QList<JobKind> JobKinds::all() {
    std::lock_guard lock(g_mutex);
    return registry();
}

bool JobKinds::contains(const QString &name) {
    std::lock_guard lock(g_mutex);
    for (const auto &k : registry())
        if (k.name == name)
            return true;
    return false;
}

JobKind JobKinds::kind(const QString &name) {
    std::lock_guard lock(g_mutex);
    for (const auto &k : registry())
        if (k.name == name)
            return k;
    return {};
}

void JobKinds::add(const JobKind &kind) {
    std::lock_guard lock(g_mutex);
    auto &kinds = registry();
    for (auto &k : kinds) {
        if (k.name == kind.name) {
            k = kind;
            return;
        }
    }
    kinds.append(kind);
}

void JobKinds::add(const QList<JobKind> &kinds) {
    for (const JobKind &k : kinds)
        add(k);
}

QString JobKinds::canonicalName(const QString &nameOrAlias) {
    const QString n = nameOrAlias.trimmed().toLower();
    if (n == u"suspend"_s)
        return u"pause"_s;
    if (n == u"force-off"_s || n == u"destroy"_s)
        return u"forceoff"_s;
    if (n == u"snapshot"_s)
        return u"snapshot-create"_s;
    return n;
}

namespace {
const QStringList kTrue{u"true"_s, u"1"_s, u"yes"_s, u"on"_s};
const QStringList kFalse{u"false"_s, u"0"_s, u"no"_s, u"off"_s, QString()};
constexpr qsizetype kMaxText = 4096;

QString checkParam(const JobParam &spec, const QVariant &value) {
    const QString text = value.toString().trimmed();
    switch (spec.type) {
    case JobParam::Type::Integer: {
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        if (!ok || n < spec.min || n > spec.max)
            return JobKinds::tr("The parameter %1 takes a whole number from %2 to %3, not '%4'.")
                .arg(spec.name)
                .arg(spec.min)
                .arg(spec.max)
                .arg(text.left(40));
        return {};
    }
    case JobParam::Type::Flag:
        if (!kTrue.contains(text.toLower()) && !kFalse.contains(text.toLower()))
            return JobKinds::tr("The parameter %1 takes true or false, not '%2'.")
                .arg(spec.name, text.left(40));
        return {};
    case JobParam::Type::Text:
        break;
    }
    const QString raw = value.toString();
    if (raw.size() > kMaxText)
        return JobKinds::tr("The parameter %1 is longer than %2 characters.")
            .arg(spec.name)
            .arg(kMaxText);
    for (QChar c : raw)
        if (c.category() == QChar::Other_Control && c != u'\n')
            return JobKinds::tr("The parameter %1 contains a control character.").arg(spec.name);
    return {};
}
} // namespace

QString JobKinds::checkParams(const QString &kindName, const QVariantMap &params, bool strict) {
    const JobKind k = kind(kindName);
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        const auto spec = std::find_if(k.params.cbegin(), k.params.cend(),
                                       [&](const JobParam &p) { return p.name == it.key(); });
        if (spec != k.params.cend()) {
            if (const QString why = checkParam(*spec, it.value()); !why.isEmpty())
                return why;
        } else if (strict) {
            QStringList known;
            for (const JobParam &p : k.params)
                known << p.name;
            return known.isEmpty() ? tr("The action %1 takes no parameters ('%2' given).")
                                         .arg(kindName, it.key())
                                   : tr("The action %1 takes no parameter '%2' (it takes: %3).")
                                         .arg(kindName, it.key(), known.join(u", "_s));
        }
    }
    return {};
}

bool JobKinds::flagValue(const QVariant &value) {
    return kTrue.contains(value.toString().trimmed().toLower());
}

} // namespace virtdeck
