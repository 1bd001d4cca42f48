// SPDX-License-Identifier: GPL-3.0-or-later
// A lab: a class of students, each given one VM per role cloned from the role's template, spread
// over a few hosts. Value types copied between the store, the executor and the views.
#pragma once

#include "labs/labindex.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace virtdeck {

struct LabRole {
    QString name;            // "client", "server"; "vm" when a lab has a single role
    QString templateVm;      // the current version's template VM; the same name on every host
    int templateVersion = 1; // the current version (1 until a new one is published)
    bool operator==(const LabRole &) const = default;
};

// One published version of a role's template. A version is its own template VM (a new version is
// a changed copy of the old one), so overlays made on an earlier version stay valid.
struct LabTemplateVersion {
    QString role;
    int version = 1;
    QString templateVm;
    qint64 publishedAt = 0; // ms since the epoch
    QString note;
    bool operator==(const LabTemplateVersion &) const = default;
};

struct LabStudent {
    QString id; // from the roster; unique within a lab, part of VM names
    QString name;
    QString email;
    QString group;
    bool operator==(const LabStudent &) const = default;
};

// Where a student's VMs were placed (persisted, so a re-run keeps them on the same host).
struct LabAssignment {
    QString studentId;
    QString hostUri;
    bool operator==(const LabAssignment &) const = default;
};

// An exam running in a lab: set when Start exam is submitted, cleared when End exam is (or runs,
// for an exam that ends by itself at `endsAt`).
struct LabExam {
    qint64 startedAt = 0; // ms since the epoch; 0: no exam
    qint64 endsAt = 0;    // ms since the epoch; 0: until ended by hand
    bool running() const { return startedAt > 0; }
    bool operator==(const LabExam &) const = default;
};

struct Lab {
    Q_DECLARE_TR_FUNCTIONS(Lab)
public:
    QString name;
    QList<LabRole> roles;
    QList<LabStudent> students;
    QString pattern = defaultPattern();
    QStringList hosts;                            // libvirt URIs
    QString placement = QStringLiteral("spread"); // a placementStrategyName()
    QList<LabAssignment> assignments;
    QList<LabTemplateVersion> versions; // published versions, oldest first; may lack version 1
    QString settingsJson; // extension settings (networks, data disks, timetable) as JSON
    qint64 createdAt = 0;
    LabExam exam;

    static QString defaultPattern() { return QStringLiteral("{lab}-{student}-{role}"); }
    // By id, in constant time (an index kept with the lab, rebuilt when the roster changes).
    const LabStudent *student(const QString &id) const;
    const LabRole *role(const QString &name) const;
    // Where the student's VMs were placed; empty when not placed yet. Constant time.
    QString hostOf(const QString &studentId) const;
    // The VM name for a student and role under the lab's pattern.
    QString vmName(const QString &studentId, const QString &role) const;
    QString vmName(const LabStudent &student, const QString &role) const;
    bool operator==(const Lab &) const = default;

private:
    LabIndex m_index;
};

// The longest name Virtdeck gives a VM, volume, network or snapshot. Within every libvirt limit:
// a volume is "<vm>-<dev>.qcow2", a file name of at most 255 bytes.
inline constexpr int kLabMaxObjectName = 100;
// The longest student id (a part of VM and network names).
inline constexpr int kLabMaxStudentId = 32;
// The longest lab, role and group name.
inline constexpr int kLabMaxLabName = 40;

// Expands {lab}, {student}, {role}, {group} and {name}; characters outside [A-Za-z0-9._-]
// become '-', and a '.' after a '.' becomes '-', so the result is a valid domain and file name
// that never climbs out of a folder.
QString expandLabPattern(const QString &pattern, const QString &lab, const LabStudent &student,
                         const QString &role);
// Empty when the pattern yields a valid name (labObjectNameProblem()) for every student and role,
// and no two alike; otherwise why not (translated).
QString labPatternProblem(const Lab &lab);
// Empty when `name` can name a lab or a role (it becomes part of VM and file names): 1 to 40 of
// letters, digits, '.', '_' and '-', first a letter or digit, no ".."; otherwise why not.
QString labNameProblem(const QString &name);
// Empty when `name` can be given to a VM, volume, network or snapshot: 1 to kLabMaxObjectName of
// letters, digits, '.', '_' and '-', first a letter or digit, no ".." (so no '/', whitespace or
// control character); otherwise why not (translated).
QString labObjectNameProblem(const QString &name);
// Empty when `id` can be a student id: as a lab name, at most kLabMaxStudentId characters.
QString labStudentIdProblem(const QString &id);
// Empty when `name` can name something that exists on a host (a template VM, a shared network):
// 1 to 200 characters, no '/', no control character, not only spaces; otherwise why not.
QString labHostNameProblem(const QString &name);

// Makes `templateVm` the next version of `role` (version 1, the template the lab was made with,
// is recorded first when it is not yet). Refused, with the reason (translated) and nothing
// changed, for an unknown role, an empty name, or a template VM an earlier version of the role
// used: a version is never changed in place, as students' disks are built on it.
QString publishTemplateVersion(Lab *lab, const QString &role, const QString &templateVm,
                               const QString &note, qint64 nowMs);
// The template VM of a role's version; empty when unknown.
QString labTemplateOf(const Lab &lab, const QString &role, int version);

// Adds students from a roster to a lab; students already in it (by id) get the roster's name,
// email and group. Returns how many were new.
int addStudents(Lab *lab, const QList<LabStudent> &students);
// Drops students from a lab's roster. Refused (nothing changes, the reason is returned) for an
// unknown id or a student whose VMs may exist (placed on a host): delete their VMs first.
QString dropStudents(Lab *lab, const QStringList &ids);

// The operations the executor runs on a lab's VMs.
enum class LabOperation : quint8 {
    Provision,
    Start,
    Shutdown,
    ForceOff,
    Snapshot,
    Revert,
    Reset,
    Delete,
    Status,
    ExamStart, // snapshot every VM, then cut its network (link down)
    ExamEnd,   // link up again
    Update,    // move to the role's current template version the VMs that have no changes
    Check,     // check every disk's backing chain (and the template version in use)
    IdleStop,  // shut down running VMs whose CPU stayed idle for the lab's idle time
    Collect,   // copy named paths out of each shut-off VM's disk into a folder per student
};
QString labOperationName(LabOperation op); // stable, for the CLI and job kinds ("reset")
QString labOperationText(LabOperation op); // translated
bool labOperationFromName(const QString &name, LabOperation *out);

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::Lab)
