// Lab operations as scheduler job kinds ("lab-provision", "lab-reset", …): a job names the lab
// (`vm` = lab name, `uri` = one of its hosts) and optional params "students" (comma-separated),
// "snapshot" and "database". GUI thread.
#pragma once

#include <QList>
#include <QString>

namespace virtdeck {

class JobExecutor;
struct JobKind;
enum class LabOperation : quint8;

QString labJobKind(LabOperation op);
// The kinds, for the JobKinds registry.
QList<JobKind> labJobKinds();
// Adds the handlers to an executor.
void registerLabJobHandlers(JobExecutor *executor);

} // namespace virtdeck
