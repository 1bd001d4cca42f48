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

} // namespace virtdeck
