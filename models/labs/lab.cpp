// SPDX-License-Identifier: GPL-3.0-or-later
#include "lab.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
bool isAsciiAlnum(QChar c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

QString sanitize(const QString &s) {
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        const bool ok = isAsciiAlnum(c) || c == u'.' || c == u'_' || c == u'-';
        // ".." never reaches a VM, volume or network name.
        out += ok && !(c == u'.' && out.endsWith(u'.')) ? c : u'-';
    }
    return out;
}

// Why `name` is not 1 to `max` of [A-Za-z0-9._-] starting with a letter or digit without "..";
// empty when it is. `what` starts the sentence ("The lab name \"x\"").
QString plainNameProblem(const QString &name, int max, const QString &what) {
    if (name.isEmpty())
        return Lab::tr("%1 is empty.").arg(what);
    if (name.size() > max)
        return Lab::tr("%1 is %2 characters long; at most %3 are allowed.")
            .arg(what)
            .arg(name.size())
            .arg(max);
    if (!isAsciiAlnum(name.front()) || sanitize(name) != name)
        return Lab::tr("%1 may use only letters, digits, '.', '_' and '-', starts with a letter or "
                       "digit and has no \"..\".")
            .arg(what);
    return {};
}

// The placeholders a naming pattern may use.
const QStringList &patternFields() {
    static const QStringList fields = {u"{lab}"_s, u"{student}"_s, u"{role}"_s, u"{group}"_s,
                                       u"{name}"_s};
    return fields;
}

// An unknown "{…}" in the pattern, or empty.
QString unknownPatternField(const QString &pattern) {
    for (qsizetype open = pattern.indexOf(u'{'); open >= 0;
         open = pattern.indexOf(u'{', open + 1)) {
        const qsizetype close = pattern.indexOf(u'}', open);
        const QString field = close < 0 ? pattern.mid(open) : pattern.mid(open, close - open + 1);
        if (!patternFields().contains(field))
            return field;
    }
    return {};
}

struct OpName {
    LabOperation op;
    const char *name;
    const char *text;
};
const OpName kOps[] = {
    {LabOperation::Provision, "provision", QT_TRANSLATE_NOOP("Lab", "Provision")},
    {LabOperation::Start, "start", QT_TRANSLATE_NOOP("Lab", "Start")},
    {LabOperation::Shutdown, "stop", QT_TRANSLATE_NOOP("Lab", "Shut down")},
    {LabOperation::ForceOff, "forceoff", QT_TRANSLATE_NOOP("Lab", "Force off")},
    {LabOperation::Snapshot, "snapshot", QT_TRANSLATE_NOOP("Lab", "Snapshot all")},
    {LabOperation::Revert, "revert", QT_TRANSLATE_NOOP("Lab", "Revert all")},
    {LabOperation::Reset, "reset", QT_TRANSLATE_NOOP("Lab", "Reset to template")},
    {LabOperation::Delete, "delete", QT_TRANSLATE_NOOP("Lab", "Delete VMs")},
    {LabOperation::Status, "status", QT_TRANSLATE_NOOP("Lab", "Status")},
    {LabOperation::ExamStart, "exam-start", QT_TRANSLATE_NOOP("Lab", "Start exam")},
    {LabOperation::ExamEnd, "exam-end", QT_TRANSLATE_NOOP("Lab", "End exam")},
    {LabOperation::Update, "update", QT_TRANSLATE_NOOP("Lab", "Move to new template")},
    {LabOperation::Check, "check", QT_TRANSLATE_NOOP("Lab", "Check disks")},
    {LabOperation::IdleStop, "idle-stop", QT_TRANSLATE_NOOP("Lab", "Stop idle VMs")},
    {LabOperation::Collect, "collect", QT_TRANSLATE_NOOP("Lab", "Collect files")},
};
} // namespace

const LabStudent *Lab::student(const QString &id) const {
    const qsizetype row = m_index.rowOf(students, id);
    return row >= 0 ? &students.at(row) : nullptr;
}

const LabRole *Lab::role(const QString &n) const {
    for (const auto &r : roles)
        if (r.name == n)
            return &r;
    return nullptr;
}

QString Lab::hostOf(const QString &studentId) const {
    return m_index.hostOf(assignments, studentId);
}

QString Lab::vmName(const QString &studentId, const QString &roleName) const {
    const LabStudent *s = student(studentId);
    return vmName(s ? *s : LabStudent{studentId, {}, {}, {}}, roleName);
}

QString Lab::vmName(const LabStudent &s, const QString &roleName) const {
    return expandLabPattern(pattern, name, s, roleName);
}

QString expandLabPattern(const QString &pattern, const QString &lab, const LabStudent &student,
                         const QString &role) {
    QString out = pattern;
    out.replace(u"{lab}"_s, lab);
    out.replace(u"{student}"_s, student.id);
    out.replace(u"{role}"_s, role);
    out.replace(u"{group}"_s, student.group);
    out.replace(u"{name}"_s, student.name);
    return sanitize(out);
}

QString labPatternProblem(const Lab &lab) {
    if (!lab.pattern.contains(u"{student}"_s))
        return Lab::tr("The naming pattern must contain {student}.");
    if (lab.roles.size() > 1 && !lab.pattern.contains(u"{role}"_s))
        return Lab::tr("A lab with several roles needs {role} in its naming pattern.");
    if (const QString field = unknownPatternField(lab.pattern); !field.isEmpty())
        return Lab::tr("The naming pattern has an unknown field %1: use {lab}, {student}, {role}, "
                       "{group} and {name}.")
            .arg(field);
    QSet<QString> seen;
    seen.reserve(lab.students.size() * lab.roles.size());
    for (const auto &s : lab.students)
        for (const auto &r : lab.roles) {
            const QString n = lab.vmName(s, r.name);
            if (const QString why = labObjectNameProblem(n); !why.isEmpty())
                return Lab::tr("The naming pattern gives student %1 a VM name that cannot be used. "
                               "%2")
                    .arg(s.id, why);
            if (seen.contains(n))
                return Lab::tr("The naming pattern gives two VMs the name \"%1\".").arg(n);
            seen.insert(n);
        }
    return {};
}

QString publishTemplateVersion(Lab *lab, const QString &role, const QString &templateVm,
                               const QString &note, qint64 nowMs) {
    LabRole *r = nullptr;
    for (auto &x : lab->roles)
        if (x.name == role)
            r = &x;
    if (!r)
        return Lab::tr("The lab has no role \"%1\".").arg(role);
    const QString vm = templateVm.trimmed();
    if (vm.isEmpty())
        return Lab::tr("Name the template VM of the new version.");
    const bool recorded =
        std::any_of(lab->versions.cbegin(), lab->versions.cend(), [&](const auto &v) {
            return v.role == role && v.version == r->templateVersion;
        });
    if (!recorded)
        lab->versions.append({role, r->templateVersion, r->templateVm, lab->createdAt, {}});
    for (const auto &v : std::as_const(lab->versions))
        if (v.role == role && v.templateVm == vm)
            return Lab::tr(
                       "%1 is version %2 of role %3 already. Students' disks are built on it, so a "
                       "new version is a new template VM: clone the template, change the clone, "
                       "publish the clone.")
                .arg(vm)
                .arg(v.version)
                .arg(role);
    r->templateVersion += 1;
    r->templateVm = vm;
    lab->versions.append({role, r->templateVersion, vm, nowMs, note.trimmed()});
    return {};
}

QString labTemplateOf(const Lab &lab, const QString &role, int version) {
    for (const auto &v : lab.versions)
        if (v.role == role && v.version == version)
            return v.templateVm;
    const LabRole *r = lab.role(role);
    return r && r->templateVersion == version ? r->templateVm : QString();
}

QString labNameProblem(const QString &name) {
    if (name.trimmed().isEmpty())
        return Lab::tr("The lab needs a name.");
    return plainNameProblem(name, kLabMaxLabName, Lab::tr("The name \"%1\"").arg(name));
}

QString labObjectNameProblem(const QString &name) {
    return plainNameProblem(name, kLabMaxObjectName, Lab::tr("The name \"%1\"").arg(name));
}

QString labStudentIdProblem(const QString &id) {
    return plainNameProblem(id, kLabMaxStudentId, Lab::tr("The student id \"%1\"").arg(id));
}

QString labHostNameProblem(const QString &name) {
    if (name.trimmed().isEmpty())
        return Lab::tr("A name is empty.");
    QString shown = name.left(60);
    bool bad = false;
    for (QChar &c : shown)
        if (c == u'/' || c.category() == QChar::Other_Control) {
            c = u'?';
            bad = true;
        }
    for (const QChar c : name)
        bad = bad || c == u'/' || c.category() == QChar::Other_Control;
    if (bad)
        return Lab::tr("The name \"%1\" contains '/' or a control character.").arg(shown);
    if (name.size() > 200)
        return Lab::tr("The name \"%1…\" is longer than 200 characters.").arg(shown);
    return {};
}

int addStudents(Lab *lab, const QList<LabStudent> &students) {
    // Ids compare without case, as the roster's do.
    QHash<QString, qsizetype> rowOf;
    rowOf.reserve(lab->students.size() + students.size());
    for (qsizetype i = 0; i < lab->students.size(); ++i)
        rowOf.insert(lab->students.at(i).id.toCaseFolded(), i);
    int added = 0;
    for (const auto &s : students) {
        const QString key = s.id.toCaseFolded();
        if (const auto it = rowOf.constFind(key); it != rowOf.cend()) {
            LabStudent &old = lab->students[*it];
            old.name = s.name;
            old.email = s.email;
            old.group = s.group;
            continue;
        }
        rowOf.insert(key, lab->students.size());
        lab->students.append(s);
        ++added;
    }
    return added;
}

QString dropStudents(Lab *lab, const QStringList &ids) {
    for (const auto &id : ids) {
        if (!lab->student(id))
            return Lab::tr("There is no student \"%1\" in lab %2.").arg(id, lab->name);
        if (!lab->hostOf(id).isEmpty())
            return Lab::tr(
                       "Student %1 has VMs on %2: delete them first (virtdeck lab delete --lab %3 "
                       "--students %1).")
                .arg(id, lab->hostOf(id), lab->name);
    }
    const QSet<QString> drop(ids.cbegin(), ids.cend());
    lab->students.removeIf([&drop](const LabStudent &s) { return drop.contains(s.id); });
    return {};
}

QString labOperationName(LabOperation op) {
    for (const auto &o : kOps)
        if (o.op == op)
            return QString::fromLatin1(o.name);
    return {};
}

QString labOperationText(LabOperation op) {
    for (const auto &o : kOps)
        if (o.op == op)
            return QCoreApplication::translate("Lab", o.text);
    return {};
}

bool labOperationFromName(const QString &name, LabOperation *out) {
    QString n = name.trimmed().toLower();
    if (n == u"shutdown"_s)
        n = u"stop"_s;
    if (n == u"force-off"_s)
        n = u"forceoff"_s;
    for (const auto &o : kOps)
        if (n == QLatin1String(o.name)) {
            *out = o.op;
            return true;
        }
    return false;
}

} // namespace virtdeck
