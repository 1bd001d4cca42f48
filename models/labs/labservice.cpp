// SPDX-License-Identifier: GPL-3.0-or-later
#include "labservice.h"

#include "core/taskpool.h"
#include "labs/labreport.h"
#include "labs/labsettings.h"
#include "labs/labstore.h"
#include "labs/rosterparser.h"

#include <QDateTime>

namespace virtdeck {

namespace {
// The labs, or why they cannot be read (a damaged database is refused, never shown as empty).
QList<Lab> readLabs(const QString &databasePath, QString *error) {
    QList<Lab> labs;
    LabStore store;
    if (!store.open(databasePath, error))
        return labs;
    const QStringList names = store.labNames();
    if (!store.lastError().isEmpty()) {
        *error = store.lastError();
        return {};
    }
    for (const QString &name : names) {
        Lab lab;
        if (store.load(name, &lab))
            labs << lab;
        else if (!store.lastError().isEmpty()) {
            *error = store.lastError();
            return {};
        }
    }
    return labs;
}

// Why the lab cannot be created (empty when it was): its roster, its pattern and settings
// against the roster, a lab of that name, the database.
QString storeNewLab(Lab lab, const QString &rosterPath, const QString &databasePath) {
    const RosterParseResult r = parseRosterFile(rosterPath);
    if (!r.ok())
        return LabService::tr("The roster has errors; nothing was imported:\n") + r.errorText();
    lab.students = r.students;
    lab.createdAt = QDateTime::currentMSecsSinceEpoch();
    if (QString problem = labPatternProblem(lab); !problem.isEmpty())
        return problem;
    if (QString problem = labNetworkPlan(lab, LabSettings::fromJson(lab.settingsJson)).problem;
        !problem.isEmpty())
        return problem;
    LabStore store;
    QString error;
    if (!store.open(databasePath, &error))
        return LabService::tr("Cannot open the labs database: %1").arg(error);
    bool exists = false;
    if (!store.create(lab, &exists))
        return exists ? store.lastError()
                      : LabService::tr("Cannot save the lab: %1").arg(store.lastError());
    return {};
}

// Reads lab `name`, applies `change` (its error stops there) and stores what changed, as one
// transaction; `lab` is the lab as stored afterwards. Empty when it was saved; otherwise why not.
QString changeStoredLab(const QString &databasePath, const QString &name, Lab *lab,
                        const std::function<QString(Lab *)> &change) {
    LabStore store;
    QString error;
    if (!store.open(databasePath, &error))
        return error;
    switch (store.update(name, change, lab)) {
    case LabStore::Change::Saved:
        return {};
    case LabStore::Change::NoLab:
        return LabService::tr("the lab %1 is gone").arg(name);
    case LabStore::Change::Refused:
    case LabStore::Change::Failed:
        break;
    }
    return store.lastError();
}
} // namespace

LabService::LabService(TaskPool *tasks, const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_tasks(tasks)
    , m_databasePath(databasePath)
    , m_guard(this) {}

LabService::~LabService() {
    m_guard.reset();
}

void LabService::loadLabs() {
    m_tasks->start([guard = m_guard, db = m_databasePath](const CancelToken &) {
        QString error;
        const QList<Lab> labs = readLabs(db, &error);
        guard.reply([labs, error](LabService *s) {
            if (error.isEmpty())
                Q_EMIT s->labsLoaded(labs);
            else
                Q_EMIT s->labsNotLoaded(error);
        });
    });
}

void LabService::createLab(const Lab &lab, const QString &rosterPath) {
    m_tasks->start([guard = m_guard, db = m_databasePath, lab, rosterPath](const CancelToken &) {
        const QString problem = storeNewLab(lab, rosterPath, db);
        guard.reply([name = lab.name, problem](LabService *s) {
            if (problem.isEmpty())
                Q_EMIT s->labCreated(name);
            else
                Q_EMIT s->labNotCreated(name, problem);
        });
    });
}

quint64 LabService::changeLab(const QString &name, std::function<QString(Lab *)> change) {
    const quint64 id = ++m_lastRequest;
    m_tasks->start([guard = m_guard, db = m_databasePath, id, name,
                    change = std::move(change)](const CancelToken &) {
        Lab lab;
        const QString error = changeStoredLab(db, name, &lab, change);
        guard.reply([id, lab, error](LabService *s) { Q_EMIT s->labChanged(id, lab, error); });
    });
    return id;
}

quint64 LabService::saveSettings(const QString &lab, const LabSettings &settings) {
    return changeLab(lab, [json = settings.toJson()](Lab *stored) {
        stored->settingsJson = json;
        return QString();
    });
}

quint64 LabService::publishVersion(const QString &lab, const QString &role,
                                   const QString &templateVm, const QString &note) {
    return changeLab(lab, [role, templateVm, note](Lab *stored) {
        return publishTemplateVersion(stored, role, templateVm, note,
                                      QDateTime::currentMSecsSinceEpoch());
    });
}

quint64 LabService::setExam(const QString &lab, const LabExam &exam) {
    return changeLab(lab, [exam](Lab *stored) {
        stored->exam = exam;
        return QString();
    });
}

void LabService::writeReport(const QString &path, const QString &text) {
    m_tasks->start([guard = m_guard, path, data = text.toUtf8()](const CancelToken &) {
        QString error;
        const bool ok = writeReportFile(path, data, &error);
        guard.reply([path, ok, error](LabService *s) { Q_EMIT s->reportWritten(path, ok, error); });
    });
}

} // namespace virtdeck
