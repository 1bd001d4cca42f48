// Lab operations as scheduler job kinds ("lab-provision", "lab-reset", …): a job names the lab
// (`vm` = lab name, `uri` = one of its hosts) and optional params "students" (comma-separated),
// "snapshot" and "database". GUI thread.
#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <utility>

namespace virtdeck {

class JobExecutor;
struct Job;
struct JobKind;
struct Lab;
enum class LabOperation : quint8;

QString labJobKind(LabOperation op);
// The kinds, for the JobKinds registry.
QList<JobKind> labJobKinds();
// Adds the handlers to an executor.
void registerLabJobHandlers(JobExecutor *executor);

// What the capacity check counts as started by `atMs` besides lab `labName` itself: the VMs of
// pending "start" jobs and of other labs' pending "lab-start" jobs (read through `loadLab`), as
// (host URI, VM name). Any thread.
QList<std::pair<QString, QString>>
labScheduledStarts(const QList<Job> &jobs, const QString &labName, qint64 atMs,
                   const std::function<bool(const QString &, Lab *)> &loadLab);

} // namespace virtdeck
