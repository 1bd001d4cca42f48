// SPDX-License-Identifier: GPL-3.0-or-later
#include "job.h"

#include <QCoreApplication>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
struct JobStateName {
    JobState state;
    QLatin1StringView name;
    const char *text;
};
constexpr JobStateName kJobStates[] = {
    {JobState::Waiting, "waiting"_L1, QT_TRANSLATE_NOOP("JobState", "Waiting")},
    {JobState::Queued, "queued"_L1, QT_TRANSLATE_NOOP("JobState", "Queued")},
    {JobState::Running, "running"_L1, QT_TRANSLATE_NOOP("JobState", "Running")},
    {JobState::Done, "done"_L1, QT_TRANSLATE_NOOP("JobState", "Done")},
    {JobState::Failed, "failed"_L1, QT_TRANSLATE_NOOP("JobState", "Failed")},
    {JobState::Cancelled, "cancelled"_L1, QT_TRANSLATE_NOOP("JobState", "Cancelled")},
    {JobState::Interrupted, "interrupted"_L1, QT_TRANSLATE_NOOP("JobState", "Interrupted")},
};
} // namespace

QString jobStateName(JobState s) {
    for (const auto &e : kJobStates)
        if (e.state == s)
            return e.name;
    return {};
}

QString jobStateText(JobState s) {
    for (const auto &e : kJobStates)
        if (e.state == s)
            return QCoreApplication::translate("JobState", e.text);
    return {};
}

bool jobStateFromName(const QString &name, JobState *out) {
    for (const auto &e : kJobStates) {
        if (name.compare(e.name, Qt::CaseInsensitive) == 0) {
            *out = e.state;
            return true;
        }
    }
    return false;
}

} // namespace virtdeck
