// A lab's report and credentials sheet: students, their VMs, host, state, addresses, MAC, fixed
// address and console command, as CSV or a printable HTML page. Pure functions, any thread.
#pragma once

#include "lab.h"
#include "labs/libvirt/labvm.h"

#include <QList>
#include <QString>

namespace virtdeck {

struct LabReportRow {
    LabStudent student;
    QString role;
    QString vm;
    QString host;
    QString state;         // translated state, or why it is unknown
    QStringList addresses; // seen on the running VM
    QString mac;           // of the first interface, from the lab's plan
    QString network;
    QString fixedAddress; // the DHCP reservation, when the lab's network has one
    QString console;      // the command that opens the VM's screen
};

// One row per student and role, in roster order, from a Status run's outcomes.
QList<LabReportRow> labReportRows(const Lab &lab, const QList<LabVmOutcome> &status,
                                  const QHash<QString, QString> &hostOfVm);
QString labReportCsv(const QList<LabReportRow> &rows);
// A CSV field, quoted when it needs to be; a line of them (no line end).
QString csvField(const QString &s);
QString csvLine(const QStringList &fields);
QString labReportHtml(const Lab &lab, const QList<LabReportRow> &rows, const QString &generatedAt);

} // namespace virtdeck
