// SPDX-License-Identifier: GPL-3.0-or-later
#include "labreport.h"

#include "core/atomicfile.h"
#include "labsettings.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace virtdeck {

using namespace Qt::StringLiterals;

struct LabReport {
    Q_DECLARE_TR_FUNCTIONS(LabReport)
};

QString csvField(const QString &s) {
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u';'))
        return s;
    return u'"' + QString(s).replace(u"\""_s, u"\"\""_s) + u'"';
}

QString csvLine(const QStringList &fields) {
    QStringList cells;
    for (const auto &f : fields)
        cells << csvField(f);
    return cells.join(u',');
}

namespace {
// MAC and network as the VM's definition has them; the planned fixed address only when the
// VM's first card is the planned one on the planned network (its reservation was made then).
void useDefinedNetwork(LabReportRow *row, const LabVmOutcome &o, const LabVmNetwork &planned) {
    row->mac = o.macs.value(0);
    row->network = o.network;
    if (!row->mac.isEmpty() && !o.network.isEmpty() && o.network == planned.network &&
        row->mac.compare(planned.macs.value(0), Qt::CaseInsensitive) == 0)
        row->fixedAddress = planned.address;
}
} // namespace

QList<LabReportRow> labReportRows(const Lab &lab, const QList<LabVmOutcome> &status,
                                  const QHash<QString, QString> &hostOfVm) {
    QHash<QString, LabVmOutcome> byVm;
    for (const auto &o : status)
        byVm.insert(o.task.vmName, o);
    const LabNetworkPlan plan = labNetworkPlan(lab, LabSettings::fromJson(lab.settingsJson));
    QList<LabReportRow> rows;
    for (const auto &s : lab.students)
        for (const auto &r : lab.roles) {
            LabReportRow row;
            row.student = s;
            row.role = r.name;
            row.vm = lab.vmName(s, r.name);
            row.host = hostOfVm.value(row.vm, lab.hostOf(s.id));
            if (!row.host.isEmpty())
                row.console = u"virt-viewer --connect %1 %2"_s.arg(row.host, row.vm);
            if (byVm.contains(row.vm)) {
                const LabVmOutcome &o = byVm.value(row.vm);
                row.state = o.exists ? domainStateText(o.state) : o.message;
                row.addresses = o.addresses;
                useDefinedNetwork(&row, o, plan.vms.value(row.vm));
            } else {
                row.state = lab.hostOf(s.id).isEmpty() ? LabReport::tr("not provisioned")
                                                       : LabReport::tr("unknown");
            }
            rows << row;
        }
    return rows;
}

QString labReportCsv(const QList<LabReportRow> &rows) {
    QString out = u"student_id,name,email,group,role,vm,host,state,addresses,mac,network,"
                  "fixed_address,console\n"_s;
    for (const auto &r : rows) {
        const QStringList fields = {
            r.student.id, r.student.name, r.student.email, r.student.group,        r.role,
            r.vm,         r.host,         r.state,         r.addresses.join(u' '), r.mac,
            r.network,    r.fixedAddress, r.console};
        out += csvLine(fields) + u'\n';
    }
    return out;
}

QString labReportHtml(const Lab &lab, const QList<LabReportRow> &rows, const QString &generatedAt) {
    auto e = [](const QString &s) {
        return s.toHtmlEscaped();
    };
    QString out = u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
                  "<style>body{font-family:sans-serif}table{border-collapse:collapse}"
                  "td,th{border:1px solid #999;padding:3px 8px;text-align:left}"
                  "th{background:#eee}</style></head><body>\n"_s.arg(
                      e(LabReport::tr("Lab %1").arg(lab.name)));
    out += u"<h1>%1</h1>\n<p>%2</p>\n"_s.arg(e(LabReport::tr("Lab %1").arg(lab.name)),
                                             e(LabReport::tr("Generated %1").arg(generatedAt)));
    out += u"<table>\n<tr>"_s;
    for (const QString &h :
         {LabReport::tr("Student"), LabReport::tr("Name"), LabReport::tr("Email"),
          LabReport::tr("Group"), LabReport::tr("Role"), LabReport::tr("VM"), LabReport::tr("Host"),
          LabReport::tr("State"), LabReport::tr("Addresses"), LabReport::tr("MAC"),
          LabReport::tr("Fixed address"), LabReport::tr("Console")})
        out += u"<th>"_s + e(h) + u"</th>"_s;
    out += u"</tr>\n"_s;
    for (const auto &r : rows) {
        out += u"<tr>"_s;
        for (const QString &c :
             {r.student.id, r.student.name, r.student.email, r.student.group, r.role, r.vm, r.host,
              r.state, r.addresses.join(u", "_s), r.mac, r.fixedAddress, r.console})
            out += u"<td>"_s + e(c) + u"</td>"_s;
        out += u"</tr>\n"_s;
    }
    out += u"</table>\n</body></html>\n"_s;
    return out;
}

bool writeReportFile(const QString &path, const QByteArray &data, QString *error) {
    const QString dir = QFileInfo(path).absolutePath();
    return backup::writeFileAtomically(path, data.constData(), size_t(data.size()), dir, error);
}

} // namespace virtdeck
