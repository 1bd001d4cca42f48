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

namespace {
// One column of the report, in the CSV and the HTML page alike (one list: neither lacks one).
struct ReportColumn {
    const char *csv;   // the CSV header
    const char *title; // the HTML header (LabReport context)
    QString (*cell)(const LabReportRow &r, const QString &listSeparator);
};

const ReportColumn kColumns[] = {
    {"student_id", QT_TRANSLATE_NOOP("LabReport", "Student"),
     [](const LabReportRow &r, const QString &) {
         return r.student.id;
     }},
    {"name", QT_TRANSLATE_NOOP("LabReport", "Name"),
     [](const LabReportRow &r, const QString &) {
         return r.student.name;
     }},
    {"email", QT_TRANSLATE_NOOP("LabReport", "Email"),
     [](const LabReportRow &r, const QString &) {
         return r.student.email;
     }},
    {"group", QT_TRANSLATE_NOOP("LabReport", "Group"),
     [](const LabReportRow &r, const QString &) {
         return r.student.group;
     }},
    {"role", QT_TRANSLATE_NOOP("LabReport", "Role"),
     [](const LabReportRow &r, const QString &) {
         return r.role;
     }},
    {"vm", QT_TRANSLATE_NOOP("LabReport", "VM"),
     [](const LabReportRow &r, const QString &) {
         return r.vm;
     }},
    {"host", QT_TRANSLATE_NOOP("LabReport", "Host"),
     [](const LabReportRow &r, const QString &) {
         return r.host;
     }},
    {"state", QT_TRANSLATE_NOOP("LabReport", "State"),
     [](const LabReportRow &r, const QString &) {
         return r.state;
     }},
    {"addresses", QT_TRANSLATE_NOOP("LabReport", "Addresses"),
     [](const LabReportRow &r, const QString &sep) {
         return r.addresses.join(sep);
     }},
    {"mac", QT_TRANSLATE_NOOP("LabReport", "MAC"),
     [](const LabReportRow &r, const QString &) {
         return r.mac;
     }},
    {"network", QT_TRANSLATE_NOOP("LabReport", "Network"),
     [](const LabReportRow &r, const QString &) {
         return r.network;
     }},
    {"fixed_address", QT_TRANSLATE_NOOP("LabReport", "Fixed address"),
     [](const LabReportRow &r, const QString &) {
         return r.fixedAddress;
     }},
    {"console", QT_TRANSLATE_NOOP("LabReport", "Console"),
     [](const LabReportRow &r, const QString &) {
         return r.console;
     }},
};
} // namespace

QString labReportCsv(const QList<LabReportRow> &rows) {
    QStringList header;
    for (const ReportColumn &c : kColumns)
        header << QLatin1StringView(c.csv);
    QString out = header.join(u',') + u'\n';
    for (const auto &r : rows) {
        QStringList fields;
        for (const ReportColumn &c : kColumns)
            fields << c.cell(r, u" "_s);
        out += csvLine(fields) + u'\n';
    }
    return out;
}

QString labReportHtml(const Lab &lab, const QList<LabReportRow> &rows, const QString &generatedAt) {
    auto e = [](const QString &s) {
        return s.toHtmlEscaped();
    };
    // What it is: who has which VM and how to reach it; it holds no passwords.
    const QString title = LabReport::tr("Lab %1: student sheet").arg(lab.name);
    QString out = u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
                  "<style>body{font-family:sans-serif}table{border-collapse:collapse}"
                  "td,th{border:1px solid #999;padding:3px 8px;text-align:left}"
                  "th{background:#eee}</style></head><body>\n"_s.arg(e(title));
    out += u"<h1>%1</h1>\n<p>%2</p>\n"_s.arg(e(title),
                                             e(LabReport::tr("Generated %1").arg(generatedAt)));
    out += u"<table>\n<tr>"_s;
    for (const ReportColumn &c : kColumns)
        out += u"<th>"_s + e(LabReport::tr(c.title)) + u"</th>"_s;
    out += u"</tr>\n"_s;
    for (const auto &r : rows) {
        out += u"<tr>"_s;
        for (const ReportColumn &c : kColumns)
            out += u"<td>"_s + e(c.cell(r, u", "_s)) + u"</td>"_s;
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
