// SPDX-License-Identifier: GPL-3.0-or-later
// A lab's report, the student sheet: students, their VMs, host, state, addresses, MAC, network,
// fixed address and console command (no passwords), as CSV or a printable HTML page with the
// same columns. Pure functions, any thread (but
// writeReportFile(), which writes to disk).
#pragma once

#include "lab.h"
#include "labs/labvmtask.h"

#include <QByteArray>
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
    QString mac;           // of the first interface, from the VM's definition
    QString network;
    QString fixedAddress; // the DHCP reservation, when the VM is on the lab's network
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
// Writes a report (or any file the labs make for the user) whole or not at all: a temp file
// beside it, then renamed over it. Blocking: call it on a TaskPool task. The file is readable by
// the user only (a report names students and how to reach their VMs).
bool writeReportFile(const QString &path, const QByteArray &data, QString *error);

} // namespace virtdeck
