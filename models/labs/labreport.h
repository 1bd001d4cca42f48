// A lab's report: students, their VMs, host, state and addresses, as CSV or a printable HTML
// page. Pure functions, any thread.
#pragma once

#include "lab.h"
#include "libvirt/labvm.h"

#include <QList>
#include <QString>

namespace virtdeck {

struct LabReportRow {
    LabStudent student;
    QString role;
    QString vm;
    QString host;
    QString state; // translated state, or why it is unknown
    QStringList addresses;
};

// One row per student and role, in roster order, from a Status run's outcomes.
QList<LabReportRow> labReportRows(const Lab &lab, const QList<LabVmOutcome> &status,
                                  const QHash<QString, QString> &hostOfVm);
QString labReportCsv(const QList<LabReportRow> &rows);
QString labReportHtml(const Lab &lab, const QList<LabReportRow> &rows, const QString &generatedAt);

} // namespace virtdeck
