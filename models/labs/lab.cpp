#include "lab.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
QString sanitize(const QString &s) {
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                        (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'-';
        out += ok ? c : u'-';
    }
    return out;
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
    for (const auto &s : students)
        if (s.id == id)
            return &s;
    return nullptr;
}

const LabRole *Lab::role(const QString &n) const {
    for (const auto &r : roles)
        if (r.name == n)
            return &r;
    return nullptr;
}

QString Lab::hostOf(const QString &studentId) const {
    for (const auto &a : assignments)
        if (a.studentId == studentId)
            return a.hostUri;
    return {};
}

QString Lab::vmName(const QString &studentId, const QString &roleName) const {
    const LabStudent *s = student(studentId);
    return expandLabPattern(pattern, name, s ? *s : LabStudent{studentId, {}, {}, {}}, roleName);
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
    QSet<QString> seen;
    for (const auto &s : lab.students)
        for (const auto &r : lab.roles) {
            const QString n = lab.vmName(s.id, r.name);
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
    if (sanitize(name) != name)
        return Lab::tr("A lab name may use only letters, digits, '.', '_' and '-'.");
    if (name.size() > 40)
        return Lab::tr("A lab name may be at most 40 characters long.");
    return {};
}

int addStudents(Lab *lab, const QList<LabStudent> &students) {
    int added = 0;
    for (const auto &s : students) {
        bool found = false;
        for (auto &old : lab->students)
            if (old.id.compare(s.id, Qt::CaseInsensitive) == 0) {
                old.name = s.name;
                old.email = s.email;
                old.group = s.group;
                found = true;
            }
        if (!found) {
            lab->students.append(s);
            ++added;
        }
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
    lab->students.erase(std::remove_if(lab->students.begin(), lab->students.end(),
                                       [&](const LabStudent &s) { return ids.contains(s.id); }),
                        lab->students.end());
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
