#include "backupcli.h"

#include "backup/diskbackupwriter.h"
#include "backup/diskrestorereader.h"
#include "backup/filedisksource.h"
#include "backup/libvirt/domainbackup.h"
#include "backup/libvirt/domainrestore.h"
#include "backup/pruner.h"
#include "backup/qcow2source.h"
#include "backup/repository.h"
#include "backup/verifier.h"
#include "core/connectionmanager.h"
#include "core/libvirt/connection.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <cstring>
#include <unistd.h>

namespace virtdeck {

using namespace Qt::StringLiterals;
using namespace virtdeck::backup;

namespace {
const char *const kCommands[] = {"backup", "backups", "restore", "verify", "prune"};

QString tr(const char *s) {
    return QCoreApplication::translate("CommandLine", s);
}

CancelToken g_cancel;
void onSignal(int) {
    g_cancel.cancel();
}

QString size(quint64 bytes) {
    return QLocale::c().formattedDataSize(qint64(bytes));
}

// Progress on stderr: one line a second (or a rewritten line on a terminal).
ProgressSink progressPrinter() {
    auto last = std::make_shared<QElapsedTimer>();
    last->start();
    const bool tty = ::isatty(2);
    return [last, tty](const Progress &p) {
        if (last->elapsed() < (tty ? 200 : 1000) && p.done < p.total)
            return;
        last->restart();
        const double rate = p.elapsedSeconds > 0 ? p.transferred / p.elapsedSeconds : 0;
        QString line = p.phase;
        if (p.total)
            line += u"  %1%  %2 / %3"_s.arg(int(100.0 * p.done / p.total))
                        .arg(size(p.done), size(p.total));
        line += u"  %1/s"_s.arg(size(quint64(rate)));
        QTextStream err(stderr);
        err << (tty ? u"\r\033[K"_s : QString()) << line << (tty ? "" : "\n");
        err.flush();
    };
}

void endProgressLine() {
    if (::isatty(2))
        QTextStream(stderr) << "\r\033[K";
}

// Connects to `uri`; a reference to the open libvirt connection (null with `error` set).
std::shared_ptr<_virConnect> openConnection(Workspace &workspace, const QString &uri,
                                            int timeoutSec, QString *error) {
    auto *cm = workspace.connections();
    ConnectionConfig c = ConnectionConfig::fromUri(uri);
    c.transient = true;
    const QString id = cm->addConnection(c, true);
    QEventLoop loop;
    QObject::connect(cm, &ConnectionManager::stateChanged, &loop, [&](const QString &cid) {
        if (cid == id && (cm->state(id) == ConnectionState::Connected ||
                          cm->state(id) == ConnectionState::Failed))
            loop.quit();
    });
    QTimer::singleShot(timeoutSec * 1000, &loop, &QEventLoop::quit);
    if (cm->state(id) != ConnectionState::Connected && cm->state(id) != ConnectionState::Failed)
        loop.exec();
    if (cm->state(id) != ConnectionState::Connected) {
        *error = tr("cannot connect to %1: %2")
                     .arg(uri, cm->state(id) == ConnectionState::Failed
                                   ? cm->lastMessage(id)
                                   : tr("no answer before the timeout"));
        return nullptr;
    }
    std::shared_ptr<_virConnect> conn = cm->connection(id)->acquire();
    if (!conn)
        *error = tr("cannot connect to %1: connection closed").arg(uri);
    return conn;
}

// A local image file (raw, or qcow2 with a local backing chain) as a disk source.
std::unique_ptr<DiskSource> localImage(const QString &path, int depth, QString *error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("cannot open %1").arg(path);
        return nullptr;
    }
    if (!Qcow2Source::isQcow2(f.read(4)))
        return std::make_unique<FileDiskSource>(path);
    auto q = std::make_unique<Qcow2Source>(fileRangeReader(path, error));
    if (!q->open(error) || depth > 16)
        return nullptr;
    if (!q->backingFile().isEmpty()) {
        QString b = q->backingFile();
        if (QFileInfo(b).isRelative())
            b = QFileInfo(path).absolutePath() + u'/' + b;
        auto below = localImage(b, depth + 1, error);
        if (!below)
            return nullptr;
        q->setBacking(std::move(below));
    }
    return q;
}

int backupImages(QTextStream &out, QTextStream &err, const QString &repoDir,
                 const QStringList &images, const QString &name, int threads) {
    QString e;
    auto repo = Repository::open(repoDir, Repository::Lock::Shared, true, &e);
    if (!repo) {
        err << "virtdeck: " << e << "\n";
        return 1;
    }
    for (const QString &image : images) {
        auto src = localImage(image, 0, &e);
        if (!src) {
            err << "virtdeck: " << e << "\n";
            return 1;
        }
        BackupManifest m;
        m.started = QDateTime::currentDateTimeUtc();
        m.vmName = name.isEmpty() ? QFileInfo(image).completeBaseName() : name;
        m.vmUuid = u"image:"_s + QFileInfo(image).absoluteFilePath();
        m.host = u"file"_s;
        m.mode = u"full"_s;
        m.vmState = u"shutoff"_s;
        m.chunkSize = repo->chunkSize();
        m.id = repo->newBackupId(m.vmName, m.started);
        DiskManifest d;
        d.target = u"image"_s;
        d.source = QFileInfo(image).absoluteFilePath();
        DiskBackupOptions opt;
        opt.chunkSize = repo->chunkSize();
        opt.workerThreads = threads;
        opt.phase = tr("reading %1").arg(QFileInfo(image).fileName());
        if (!backupDisk(*src, repo->chunks(), opt, &d, &g_cancel, progressPrinter(), &e)) {
            endProgressLine();
            err << "virtdeck: " << e << "\n";
            return 1;
        }
        m.disks.append(d);
        m.finished = QDateTime::currentDateTimeUtc();
        if (!repo->commit(m, &e)) {
            err << "virtdeck: " << e << "\n";
            return 1;
        }
        endProgressLine();
        out << m.id << "\n";
    }
    return 0;
}

void printBackupSummary(QTextStream &out, const BackupManifest &m) {
    const double secs = std::max<qint64>(1, m.started.msecsTo(m.finished)) / 1000.0;
    out << m.id << "  " << m.mode << "  "
        << tr("read %1 in %2 s (%3/s), stored %4 new")
               .arg(size(m.bytesRead()))
               .arg(secs, 0, 'f', 1)
               .arg(size(quint64(m.bytesRead() / secs)))
               .arg(size(m.newStoredBytes()))
        << "\n";
}

int listBackups(QTextStream &out, QTextStream &err, const QString &repoDir, bool json) {
    QString e;
    auto repo = Repository::open(repoDir, Repository::Lock::Shared, false, &e);
    if (!repo) {
        err << "virtdeck: " << e << "\n";
        return 1;
    }
    QStringList problems;
    const QList<BackupManifest> all = repo->backups(&problems);
    for (const auto &p : problems)
        err << "virtdeck: " << p << "\n";
    quint64 stored = 0, data = 0;
    QSet<QString> seen;
    for (const auto &m : all) {
        data += m.dataBytes();
        for (const auto &d : m.disks)
            for (const auto &c : d.chunks)
                if (!c.isEmpty() && !seen.contains(c)) {
                    seen.insert(c);
                    stored += repo->chunks().storedSize(c);
                }
    }
    const double ratio = stored ? double(data) / double(stored) : 0;
    if (json) {
        QJsonArray arr;
        for (const auto &m : all)
            arr.append(QJsonObject{{u"id"_s, m.id},
                                   {u"vm"_s, m.vmName},
                                   {u"uuid"_s, m.vmUuid},
                                   {u"host"_s, m.host},
                                   {u"started"_s, m.started.toString(Qt::ISODate)},
                                   {u"finished"_s, m.finished.toString(Qt::ISODate)},
                                   {u"mode"_s, m.mode},
                                   {u"parent"_s, m.parent},
                                   {u"vm_state"_s, m.vmState},
                                   {u"quiesced"_s, m.quiesced},
                                   {u"disks"_s, int(m.disks.size())},
                                   {u"size"_s, qint64(m.capacity())},
                                   {u"data"_s, qint64(m.dataBytes())},
                                   {u"read"_s, qint64(m.bytesRead())},
                                   {u"new_stored"_s, qint64(m.newStoredBytes())}});
        out << QJsonDocument(QJsonObject{{u"repository"_s, repo->path()},
                                         {u"backups"_s, arr},
                                         {u"chunks"_s, qint64(seen.size())},
                                         {u"stored_bytes"_s, qint64(stored)},
                                         {u"data_bytes"_s, qint64(data)},
                                         {u"dedup_ratio"_s, ratio}})
                   .toJson(QJsonDocument::Indented);
        return problems.isEmpty() ? 0 : 1;
    }
    out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
               .arg(u"ID"_s, -40)
               .arg(u"VM"_s, -16)
               .arg(u"MODE"_s, -11)
               .arg(u"STARTED"_s, -20)
               .arg(u"SIZE"_s, 10)
               .arg(u"DATA"_s, 10)
               .arg(u"NEW"_s, 10);
    for (const auto &m : all)
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                   .arg(m.id, -40)
                   .arg(m.vmName, -16)
                   .arg(m.mode, -11)
                   .arg(m.started.toString(Qt::ISODate), -20)
                   .arg(size(m.capacity()), 10)
                   .arg(size(m.dataBytes()), 10)
                   .arg(size(m.newStoredBytes()), 10);
    out << tr("%1 backups, %2 of data in %3 stored (%4 chunks): dedup ratio %5\n")
               .arg(all.size())
               .arg(size(data), size(stored))
               .arg(seen.size())
               .arg(ratio, 0, 'f', 2);
    return problems.isEmpty() ? 0 : 1;
}

} // namespace

bool isBackupCommand(const char *command) {
    for (const char *c : kCommands)
        if (std::strcmp(command, c) == 0)
            return true;
    return false;
}

int runBackupCommand(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"virtdeck"_s);
    QCoreApplication::setOrganizationName(u"virtdeck"_s);
    QTextStream out(stdout), err(stderr);
    const QString command = QString::fromLocal8Bit(argv[1]);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Backups of libvirt VMs into a deduplicated, verifiable repository folder.\n\n"
           "  backup   --connect URI --repo DIR VM…   (or --image FILE… for disk images)\n"
           "  backups  --repo DIR [--json]\n"
           "  restore  --repo DIR BACKUP --connect URI [--name NEW] [--pool POOL]\n"
           "           [--to-original --yes] [--to-dir DIR]\n"
           "  verify   --repo DIR [--sample PERCENT]\n"
           "  prune    --repo DIR [--keep-last N] [--keep-daily N] [--keep-weekly N]\n"
           "           [--keep-monthly N] [--dry-run]"));
    parser.addHelpOption();
    const QCommandLineOption connectOpt({u"c"_s, u"connect"_s}, tr("libvirt URI."), tr("URI"));
    const QCommandLineOption repoOpt(u"repo"_s, tr("Repository folder."), tr("DIR"));
    const QCommandLineOption jsonOpt(u"json"_s, tr("Print JSON."));
    const QCommandLineOption imageOpt(u"image"_s, tr("Back up a local disk image file."),
                                      tr("FILE"));
    const QCommandLineOption nameOpt(u"name"_s, tr("Name of the restored VM (or of an image)."),
                                     tr("NAME"));
    const QCommandLineOption poolOpt(u"pool"_s, tr("Storage pool for restored disks."), tr("POOL"),
                                     u"default"_s);
    const QCommandLineOption scratchOpt(u"scratch-pool"_s,
                                        tr("Pool for scratch images of running VMs."), tr("POOL"));
    const QCommandLineOption fullOpt(u"full"_s, tr("Take a full backup, not an incremental."));
    const QCommandLineOption originalOpt(u"to-original"_s,
                                         tr("Restore over the original VM (it must be shut "
                                            "off; its current disks are kept, not deleted)."));
    const QCommandLineOption yesOpt(u"yes"_s, tr("Confirm --to-original."));
    const QCommandLineOption toDirOpt(u"to-dir"_s, tr("Restore the disks as raw files into DIR."),
                                      tr("DIR"));
    const QCommandLineOption sampleOpt(u"sample"_s, tr("Verify only PERCENT of the chunks."),
                                       tr("PERCENT"), u"100"_s);
    const QCommandLineOption lastOpt(u"keep-last"_s, tr("Keep the newest N backups."), u"N"_s);
    const QCommandLineOption dailyOpt(u"keep-daily"_s, tr("Keep one backup for each of N days."),
                                      u"N"_s);
    const QCommandLineOption weeklyOpt(u"keep-weekly"_s, tr("Keep one backup for each of N weeks."),
                                       u"N"_s);
    const QCommandLineOption monthlyOpt(u"keep-monthly"_s,
                                        tr("Keep one backup for each of N months."), u"N"_s);
    const QCommandLineOption dryOpt(u"dry-run"_s, tr("Only show what prune would remove."));
    const QCommandLineOption threadsOpt(u"threads"_s, tr("Compression threads (2)."), u"N"_s,
                                        u"2"_s);
    const QCommandLineOption timeoutOpt(u"timeout"_s, tr("Connection timeout (60)."), tr("SECONDS"),
                                        u"60"_s);
    parser.addOptions({connectOpt, repoOpt, jsonOpt, imageOpt, nameOpt, poolOpt, scratchOpt,
                       fullOpt, originalOpt, yesOpt, toDirOpt, sampleOpt, lastOpt, dailyOpt,
                       weeklyOpt, monthlyOpt, dryOpt, threadsOpt, timeoutOpt});
    parser.addPositionalArgument(u"command"_s, tr("backup, backups, restore, verify or prune."));
    parser.process(app);
    QStringList args = parser.positionalArguments();
    args.removeFirst();

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    const QString repoDir = parser.value(repoOpt);
    if (repoDir.isEmpty()) {
        err << tr("virtdeck: %1 needs --repo DIR").arg(command) << "\n";
        return 2;
    }
    const int threads = std::max(1, parser.value(threadsOpt).toInt());
    const int timeout = std::max(1, parser.value(timeoutOpt).toInt());

    if (command == u"backups"_s)
        return listBackups(out, err, repoDir, parser.isSet(jsonOpt));

    if (command == u"verify"_s) {
        QString e;
        auto repo = Repository::open(repoDir, Repository::Lock::Shared, false, &e);
        if (!repo) {
            err << "virtdeck: " << e << "\n";
            return 2;
        }
        VerifyReport r;
        const double sample = std::clamp(parser.value(sampleOpt).toDouble(), 0.01, 100.0) / 100;
        if (!verifyRepository(*repo, sample, threads, &g_cancel, progressPrinter(), &r, &e)) {
            endProgressLine();
            err << "virtdeck: " << e << "\n";
            return 2;
        }
        endProgressLine();
        out << tr("%1 backups, %2 chunks checked of %3 (%4), %5 damaged, %6 missing\n")
                   .arg(r.backups)
                   .arg(r.chunksChecked)
                   .arg(r.chunksReferenced)
                   .arg(size(r.bytesChecked))
                   .arg(r.damagedChunks.size())
                   .arg(r.missingChunks.size());
        for (const auto &c : std::as_const(r.damagedChunks))
            out << tr("damaged chunk %1").arg(c) << "\n";
        for (const auto &c : std::as_const(r.missingChunks))
            out << tr("missing chunk %1").arg(c) << "\n";
        for (const auto &b : std::as_const(r.damagedBackups))
            out << tr("damaged backup %1").arg(b) << "\n";
        for (const auto &p : std::as_const(r.problems))
            out << p << "\n";
        if (r.unreferencedChunks || r.tempFiles)
            out << tr("%1 unreferenced chunks and %2 temp files from interrupted runs (prune "
                      "removes them)\n")
                       .arg(r.unreferencedChunks)
                       .arg(r.tempFiles);
        return r.ok() ? 0 : 1;
    }

    if (command == u"prune"_s) {
        QString e;
        auto repo = Repository::open(repoDir, Repository::Lock::Exclusive, false, &e);
        if (!repo) {
            err << "virtdeck: " << e << "\n";
            return 2;
        }
        PrunePolicy p{parser.value(lastOpt).toInt(), parser.value(dailyOpt).toInt(),
                      parser.value(weeklyOpt).toInt(), parser.value(monthlyOpt).toInt()};
        PruneResult r;
        if (!pruneRepository(*repo, p, parser.isSet(dryOpt), &r, &e)) {
            err << "virtdeck: " << e << "\n";
            return 1;
        }
        for (const auto &id : std::as_const(r.removed))
            out << (parser.isSet(dryOpt) ? tr("would remove %1") : tr("removed %1")).arg(id)
                << "\n";
        out << tr("kept %1 backups; %2 chunks (%3) %4\n")
                   .arg(r.kept.size())
                   .arg(r.gc.removedChunks)
                   .arg(size(r.gc.removedBytes))
                   .arg(parser.isSet(dryOpt) ? tr("would be freed") : tr("freed"));
        return 0;
    }

    if (command == u"backup"_s && parser.isSet(imageOpt))
        return backupImages(out, err, repoDir, parser.values(imageOpt), parser.value(nameOpt),
                            threads);

    if (command == u"restore"_s && parser.isSet(toDirOpt)) {
        if (args.size() != 1) {
            err << tr("virtdeck: restore needs one BACKUP id") << "\n";
            return 2;
        }
        QString e;
        auto repo = Repository::open(repoDir, Repository::Lock::Shared, false, &e);
        BackupManifest m;
        if (!repo || !repo->readBackup(args.first(), &m, &e)) {
            err << "virtdeck: " << e << "\n";
            return 1;
        }
        const QString dir = parser.value(toDirOpt);
        QDir().mkpath(dir);
        for (const auto &d : std::as_const(m.disks)) {
            const QString path = dir + u'/' + d.target + u".raw"_s;
            if (!restoreDiskToFile(d, repo->chunks(), m.chunkSize, path, &g_cancel,
                                   progressPrinter(), &e)) {
                endProgressLine();
                err << "virtdeck: " << e << "\n";
                return 1;
            }
            endProgressLine();
            out << path << "\n";
        }
        return 0;
    }

    // backup / restore through libvirt
    const QString uri = parser.value(connectOpt);
    if (uri.isEmpty()) {
        err << tr("virtdeck: %1 needs --connect URI").arg(command) << "\n";
        return 2;
    }
    if (args.isEmpty()) {
        err << (command == u"backup"_s ? tr("virtdeck: name the VMs to back up")
                                       : tr("virtdeck: name the backup to restore"))
            << "\n";
        return 2;
    }
    if (command == u"restore"_s && parser.isSet(originalOpt) && !parser.isSet(yesOpt)) {
        err << tr("virtdeck: --to-original replaces the disks of the VM in the backup with the "
                  "backed-up ones; its current disks are kept as volumes. Add --yes to "
                  "confirm.")
            << "\n";
        return 2;
    }
    if (command == u"restore"_s && !parser.isSet(originalOpt) && !parser.isSet(nameOpt)) {
        err << tr("virtdeck: restore as a new VM needs --name NEW (or --to-original --yes)")
            << "\n";
        return 2;
    }
    Workspace workspace;
    QString e;
    const std::shared_ptr<_virConnect> conn = openConnection(workspace, uri, timeout, &e);
    if (!conn) {
        err << "virtdeck: " << e << "\n";
        return 1;
    }
    int failures = 0;
    // The blocking work runs on a worker thread; this thread keeps the console's loop turning.
    auto runBlocking = [&](std::function<void()> work) {
        QEventLoop loop;
        QThread *t = QThread::create(std::move(work));
        QObject::connect(t, &QThread::finished, &loop, &QEventLoop::quit);
        t->start();
        loop.exec();
        t->wait();
        delete t;
    };
    if (command == u"backup"_s) {
        for (const QString &vm : std::as_const(args)) {
            if (g_cancel.isCancelled())
                break;
            BackupRequest req;
            req.repository = repoDir;
            req.domain = vm;
            req.allowIncremental = !parser.isSet(fullOpt);
            req.scratchPool = parser.value(scratchOpt);
            req.workerThreads = threads;
            BackupOutcome r;
            runBlocking(
                [&] { r = runDomainBackup(conn.get(), uri, req, &g_cancel, progressPrinter()); });
            endProgressLine();
            if (!r.ok) {
                ++failures;
                err << tr("virtdeck: backup of %1 failed: %2").arg(vm, r.error) << "\n";
                continue;
            }
            printBackupSummary(out, r.manifest);
        }
    } else {
        RestoreRequest req;
        req.repository = repoDir;
        req.backupId = args.first();
        req.newName = parser.value(nameOpt);
        req.toOriginal = parser.isSet(originalOpt);
        req.pool = parser.value(poolOpt);
        RestoreOutcome r;
        runBlocking([&] { r = runDomainRestore(conn.get(), req, &g_cancel, progressPrinter()); });
        endProgressLine();
        if (!r.ok) {
            ++failures;
            err << tr("virtdeck: restore failed: %1").arg(r.error) << "\n";
        } else {
            out << tr("restored %1 as VM %2 (%3)").arg(req.backupId, r.domainName, r.domainUuid)
                << "\n";
            for (const auto &v : std::as_const(r.volumes))
                out << "  " << v << "\n";
            for (const auto &v : std::as_const(r.previousVolumes))
                out << tr("  previous disk kept: %1").arg(v) << "\n";
        }
    }
    out.flush();
    return failures ? 1 : 0;
}

} // namespace virtdeck
