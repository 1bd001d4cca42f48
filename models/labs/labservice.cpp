// SPDX-License-Identifier: GPL-3.0-or-later
#include "labservice.h"

#include "core/databaselistener.h"
#include "core/storedatabase.h"
#include "core/taskpool.h"
#include "labs/labreport.h"
#include "labs/labsettings.h"
#include "labs/labstore.h"
#include "labs/rosterparser.h"
#include "scheduler/placement.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

#include <algorithm>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
// The labs, or why they cannot be read (a damaged database is refused, never shown as empty).
QList<Lab> readLabs(const QString &databasePath, QString *error, bool *canWrite) {
    QList<Lab> labs;
    LabStore store;
    if (!store.open(databasePath, error))
        return labs;
    *canWrite = store.canWrite();
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

// What the database's files look like now: the main file's size and time, and the -wal's when it
// holds anything. A reader that creates an empty -wal and removes it on close changes nothing
// here, so reloading after a change never counts as a change itself.
QString databaseStamp(const QString &databasePath) {
    const QFileInfo db(databasePath);
    const QFileInfo wal(databasePath + u"-wal"_s);
    QString stamp =
        QString::number(db.size()) + u':' + QString::number(db.lastModified().toMSecsSinceEpoch());
    if (wal.exists() && wal.size() > 0)
        stamp += u'/' + QString::number(wal.size()) + u':' +
                 QString::number(wal.lastModified().toMSecsSinceEpoch());
    return stamp;
}

// Roster errors by line, or the students of the roster added to `lab` (`roster --add`).
QString addRosterStudents(Lab *lab, const QString &rosterPath) {
    const RosterParseResult r = parseRosterFile(rosterPath);
    if (!r.ok())
        return LabService::tr("The roster has errors; nothing was imported:\n") + r.errorText();
    addStudents(lab, r.students);
    return labPatternProblem(*lab);
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
        bool canWrite = true;
        const QList<Lab> labs = readLabs(db, &error, &canWrite);
        guard.reply([labs, error, canWrite](LabService *s) {
            if (error.isEmpty() && s->m_readOnly == canWrite) {
                s->m_readOnly = !canWrite;
                Q_EMIT s->readOnlyChanged(s->m_readOnly);
            }
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

void LabService::removeLab(const QString &name) {
    m_tasks->start([guard = m_guard, db = m_databasePath, name](const CancelToken &) {
        LabStore store;
        QString error;
        if (store.open(db, &error) && !store.remove(name))
            error = store.lastError();
        guard.reply([name, error](LabService *s) { Q_EMIT s->labRemoved(name, error); });
    });
}

quint64 LabService::addStudents(const QString &lab, const QString &rosterPath) {
    return changeLab(lab,
                     [rosterPath](Lab *stored) { return addRosterStudents(stored, rosterPath); });
}

quint64 LabService::dropStudents(const QString &lab, const QStringList &ids, bool keepVms) {
    return changeLab(lab, [ids, keepVms](Lab *stored) {
        if (keepVms)
            stored->assignments.removeIf(
                [&ids](const LabAssignment &a) { return ids.contains(a.studentId); });
        return virtdeck::dropStudents(stored, ids);
    });
}

quint64 LabService::addRole(const QString &lab, const QString &role, const QString &templateVm) {
    return changeLab(lab, [role, templateVm](Lab *stored) {
        if (QString why = labObjectNameProblem(role); !why.isEmpty())
            return why;
        if (QString why = labHostNameProblem(templateVm); !why.isEmpty())
            return why;
        if (stored->role(role))
            return tr("The lab %1 already has a role \"%2\".").arg(stored->name, role);
        stored->roles.append({role, templateVm});
        return labPatternProblem(*stored);
    });
}

quint64 LabService::setPlacement(const QString &lab, const QString &placement) {
    return changeLab(lab, [placement](Lab *stored) {
        PlacementStrategy strategy;
        if (!placementStrategyFromName(placement, &strategy))
            return tr("Unknown placement \"%1\".").arg(placement);
        stored->placement = placement;
        return QString();
    });
}

quint64 LabService::setAssignments(const QString &lab, const QList<LabAssignment> &assignments) {
    return changeLab(lab, [assignments](Lab *stored) {
        for (const LabAssignment &a : assignments) {
            auto it = std::find_if(
                stored->assignments.begin(), stored->assignments.end(),
                [&a](const LabAssignment &old) { return old.studentId == a.studentId; });
            if (it != stored->assignments.end())
                it->hostUri = a.hostUri;
            else
                stored->assignments.append(a);
        }
        return QString();
    });
}

quint64 LabService::setExam(const QString &lab, const LabExam &exam) {
    return changeLab(lab, [exam](Lab *stored) {
        stored->exam = exam;
        return QString();
    });
}

void LabService::watchDatabase(int debounceMs) {
    if (m_watcher || m_listener)
        return;
    if (StoreDatabase::isPostgresLocation(m_databasePath)) {
        m_listener = new DatabaseListener(m_databasePath, LabStore::changeChannel(), this);
        // A batch commits many times: one reload after the burst.
        m_debounce = new QTimer(this);
        m_debounce->setSingleShot(true);
        m_debounce->setInterval(debounceMs);
        connect(m_listener, &DatabaseListener::changed, m_debounce, qOverload<>(&QTimer::start));
        connect(m_debounce, &QTimer::timeout, this, &LabService::databaseChanged);
        connect(m_listener, &DatabaseListener::connectionChanged, this,
                [this](bool connected, const QString &why) {
                    if (!connected)
                        Q_EMIT labsNotLoaded(tr("The shared database does not answer: %1 "
                                                "Virtdeck tries again every few seconds.")
                                                 .arg(why));
                });
        m_listener->start();
        return;
    }
    m_watcher = new QFileSystemWatcher(this);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    // The -wal comes and goes with the writers: the folder tells when it appears.
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_debounce,
            qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &LabService::checkDatabase);
    checkDatabase(); // the first look only records the stamp and starts the watches
}

void LabService::watchFiles(const QStringList &existing) {
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    QStringList wanted = existing;
    wanted.removeIf([&watched](const QString &p) { return watched.contains(p); });
    if (!wanted.isEmpty())
        m_watcher->addPaths(wanted);
}

void LabService::checkDatabase() {
    m_tasks->start([guard = m_guard, db = m_databasePath](const CancelToken &) {
        const QString stamp = databaseStamp(db);
        // A missing file cannot be watched; the folder's change adds it when it appears.
        QStringList existing{QFileInfo(db).absolutePath(), db, db + u"-wal"_s};
        existing.removeIf([](const QString &p) { return !QFileInfo::exists(p); });
        guard.reply([stamp, existing, db](LabService *s) {
            s->watchFiles(existing);
            // No database (nor folder) yet, so nothing to watch: look again in a while.
            if (!existing.contains(db))
                QTimer::singleShot(2000, s, &LabService::checkDatabase);
            const bool first = s->m_stamp.isNull();
            if (std::exchange(s->m_stamp, stamp) != stamp && !first)
                Q_EMIT s->databaseChanged();
        });
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
