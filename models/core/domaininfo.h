// SPDX-License-Identifier: GPL-3.0-or-later
// Value snapshot of one libvirt domain, copied across threads.
#pragma once

#include <QMetaType>
#include <QString>

namespace virtdeck {

enum class DomainState : quint8 {
    Running,
    Blocked,
    Paused,
    Shutdown, // shutting down
    Shutoff,
    Crashed,
    PMSuspended,
};

// Stable machine-readable names used by the command line and JSON output.
QString domainStateName(DomainState s);
// Human-readable, translated name for the UI.
QString domainStateText(DomainState s);
bool domainStateFromName(const QString &name, DomainState *out);
inline bool domainStateIsActive(DomainState s) {
    return s != DomainState::Shutoff && s != DomainState::Crashed;
}

struct DomainInfo {
    QString connectionId; // which Connection reported it (rows are keyed by connection + uuid)
    QString uuid;
    QString name;
    QString title;
    DomainState state = DomainState::Shutoff;
    int id = -1; // hypervisor id while active
    int vcpus = 0;
    quint64 memoryBytes = 0;    // current allocation
    quint64 maxMemoryBytes = 0; // maximum allocation
    bool autostart = false;
    bool persistent = true;

    bool operator==(const DomainInfo &) const = default;
};

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::DomainInfo)
