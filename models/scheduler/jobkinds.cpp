#include "jobkinds.h"

#include "backup/backupjobs.h"
#include "core/domainaction.h"
#include "labs/labjobs.h"

#include <QCoreApplication>

#include <mutex>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
std::mutex g_mutex;

QList<JobKind> builtIn() {
    QList<JobKind> out;
    for (DomainAction a : {DomainAction::Start, DomainAction::Shutdown, DomainAction::Reboot,
                           DomainAction::ForceOff, DomainAction::Pause, DomainAction::Resume}) {
        JobKind k;
        k.name = domainActionName(a);
        k.text = domainActionText(a);
        k.startsVm = a == DomainAction::Start;
        if (a == DomainAction::Shutdown)
            k.paramNames = {u"wait"_s, u"force"_s};
        out.append(k);
    }
    auto tr = [](const char *s) {
        return QCoreApplication::translate("JobKinds", s);
    };
    out.append({u"snapshot-create"_s,
                tr("Create snapshot"),
                true,
                false,
                false,
                {u"snapshot"_s, u"description"_s}});
    out.append(
        {u"snapshot-revert"_s, tr("Revert to snapshot"), true, false, false, {u"snapshot"_s}});
    out.append({u"snapshot-delete"_s, tr("Delete snapshot"), true, false, false, {u"snapshot"_s}});
    out.append({u"clone"_s, tr("Clone"), true, false, false, {u"name"_s, u"linked"_s}});
    out.append(labJobKinds());
    out.append(backupJobKinds());
    // "destination": a host URI, or "auto" (the default) for the placement's choice among the
    // connected hosts.
    out.append({u"migrate"_s,
                tr("Migrate"),
                true,
                false,
                false,
                {u"destination"_s, u"peerToPeer"_s, u"copyStorage"_s, u"name"_s}});
    return out;
}

QList<JobKind> &registry() {
    static QList<JobKind> kinds = builtIn();
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
