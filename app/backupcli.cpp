// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcli.h"
#include "cliconnect.h"

#include "appsetup.h"

#include "backup/diskbackupwriter.h"
#include "backup/diskrestorereader.h"
#include "backup/filedisksource.h"
#include "backup/libvirt/domainbackup.h"
#include "backup/libvirt/domainrestore.h"
#include "backup/libvirt/replication.h"
#include "backup/pruner.h"
#include "backup/qcow2source.h"
#include "backup/repository.h"
#include "backup/repositorystats.h"
#include "backup/validation.h"
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
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <cstring>
#include <unistd.h>

namespace virtdeck {

using namespace Qt::StringLiterals;
using namespace virtdeck::backup;

// The command line's messages, in the context they have always used.
struct CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

namespace {
const char *const kCommands[] = {"backup", "backups",   "restore", "verify",
                                 "prune",  "replicate", "replicas"};

CancelToken g_cancel;
volatile std::sig_atomic_t g_signal = 0;
void onSignal(int signal) {
    g_signal = signal;
    g_cancel.cancel();
}

// SIGINT and SIGTERM cancel the work in hand (it stops between chunks, writes no manifest and
// leaves no file under a final name); without SA_RESTART a blocking read returns at once, and a
// second signal ends the program the ordinary way.
void catchSignals() {
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sa.sa_flags = SA_RESETHAND;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
}

// After a failure: the signal that stopped the work, if one did.
QString interruption() {
    if (!g_signal)
        return {};
    return CommandLine::tr("interrupted by %1: nothing was finished, no backup or restored file "
                           "was left looking complete")
        .arg(g_signal == SIGINT ? u"SIGINT"_s : u"SIGTERM"_s);
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

// What the command line asked for.
struct Arguments {
    QString command;
    QStringList positional; // after the command: VMs, or the backup id
    QString repo, uri, name, pool, scratchPool, toDir, standby;
    QStringList images;
    bool json = false, full = false, toOriginal = false, yes = false, dryRun = false;
    bool force = false;     // restore: replace existing files or volumes
    bool poolGiven = false; // --pool was on the command line (else "default", made if missing)
    bool keepGiven = false; // some --keep-* was on the command line
    double sample = 1;      // fraction of the chunks verify checks
    int threads = 2, timeout = 60;
    PrunePolicy keep;
    QString invalid; // the first option out of range, worded for the user
};

// The options every backup subcommand understands.
struct Options {
    const QCommandLineOption connect{QStringList{u"c"_s, u"connect"_s},
                                     CommandLine::tr("libvirt URI."), CommandLine::tr("URI")};
    const QCommandLineOption repo{u"repo"_s, CommandLine::tr("Repository folder."),
                                  CommandLine::tr("DIR")};
    const QCommandLineOption json{u"json"_s, CommandLine::tr("Print JSON.")};
    const QCommandLineOption image{u"image"_s, CommandLine::tr("Back up a local disk image file."),
                                   CommandLine::tr("FILE")};
    const QCommandLineOption name{u"name"_s,
                                  CommandLine::tr("Name of the restored VM (or of an image)."),
                                  CommandLine::tr("NAME")};
    const QCommandLineOption pool{u"pool"_s, CommandLine::tr("Storage pool for restored disks."),
                                  CommandLine::tr("POOL"), u"default"_s};
    const QCommandLineOption scratch{u"scratch-pool"_s,
                                     CommandLine::tr("Pool for scratch images of running VMs."),
                                     CommandLine::tr("POOL")};
    const QCommandLineOption full{u"full"_s,
                                  CommandLine::tr("Take a full backup, not an incremental.")};
    const QCommandLineOption original{
        u"to-original"_s, CommandLine::tr("Restore over the original VM (it must be shut "
                                          "off; its current disks are kept, not deleted).")};
    const QCommandLineOption yes{u"yes"_s, CommandLine::tr("Confirm --to-original.")};
    const QCommandLineOption toDir{u"to-dir"_s,
                                   CommandLine::tr("Restore the disks as raw files into DIR."),
                                   CommandLine::tr("DIR")};
    const QCommandLineOption sample{u"sample"_s,
                                    CommandLine::tr("Verify only PERCENT of the chunks."),
                                    CommandLine::tr("PERCENT"), u"100"_s};
    const QCommandLineOption last{u"keep-last"_s, CommandLine::tr("Keep the newest N backups."),
                                  u"N"_s};
    const QCommandLineOption daily{u"keep-daily"_s,
                                   CommandLine::tr("Keep one backup for each of N days."), u"N"_s};
    const QCommandLineOption weekly{
        u"keep-weekly"_s, CommandLine::tr("Keep one backup for each of N weeks."), u"N"_s};
    const QCommandLineOption monthly{
        u"keep-monthly"_s, CommandLine::tr("Keep one backup for each of N months."), u"N"_s};
    const QCommandLineOption dry{u"dry-run"_s,
                                 CommandLine::tr("Only show what prune would remove.")};
    const QCommandLineOption removeAll{
        u"remove-all"_s, CommandLine::tr("Let prune remove every backup when all --keep-* "
                                         "values are 0.")};
    const QCommandLineOption force{
        u"force"_s, CommandLine::tr("Let restore replace files or volumes that exist.")};
    const QCommandLineOption threads{u"threads"_s, CommandLine::tr("Compression threads (2)."),
                                     u"N"_s, u"2"_s};
    const QCommandLineOption timeout{u"timeout"_s, CommandLine::tr("Connection timeout (60)."),
                                     CommandLine::tr("SECONDS"), u"60"_s};
    const QCommandLineOption standby{u"standby"_s,
                                     CommandLine::tr("replicate: the standby host's libvirt URI."),
                                     CommandLine::tr("URI")};

    QList<QCommandLineOption> all() const {
        return {connect,  repo,      json,  image,   name,    pool,   scratch, full,
                original, yes,       toDir, sample,  last,    daily,  weekly,  monthly,
                dry,      removeAll, force, threads, timeout, standby};
    }

    // Every number through parseInteger/parseDecimal: the first one out of range in `invalid`.
    void readNumbers(const QCommandLineParser &parser, Arguments *a) const {
        qint64 threadCount = 2, seconds = 60;
        double percent = 100;
        QString e = parseDecimal(u"--sample"_s, parser.value(sample), 0.01, 100, &percent);
        if (e.isEmpty())
            e = parseInteger(u"--threads"_s, parser.value(threads), 1, 64, &threadCount);
        if (e.isEmpty())
            e = parseInteger(u"--timeout"_s, parser.value(timeout), 1, 3600, &seconds);
        if (e.isEmpty())
            e = parsePrunePolicy(
                {u"--keep-last"_s, u"--keep-daily"_s, u"--keep-weekly"_s, u"--keep-monthly"_s},
                {parser.value(last), parser.value(daily), parser.value(weekly),
                 parser.value(monthly)},
                &a->keep);
        a->sample = percent / 100;
        a->threads = int(threadCount);
        a->timeout = int(seconds);
        a->keepGiven = parser.isSet(last) || parser.isSet(daily) || parser.isSet(weekly) ||
                       parser.isSet(monthly);
        a->keep.removeAll = parser.isSet(removeAll);
        if (a->invalid.isEmpty())
            a->invalid = e;
    }

    Arguments read(const QCommandLineParser &parser) const {
        Arguments a;
        a.positional = parser.positionalArguments().mid(1);
        a.repo = parser.value(repo);
        a.uri = parser.value(connect);
        a.name = parser.value(name);
        a.pool = parser.value(pool);
        a.scratchPool = parser.value(scratch);
        a.toDir = parser.value(toDir);
        a.standby = parser.value(standby);
        a.images = parser.values(image);
        a.json = parser.isSet(json);
        a.full = parser.isSet(full);
        a.toOriginal = parser.isSet(original);
        a.yes = parser.isSet(yes);
        a.dryRun = parser.isSet(dry);
        a.force = parser.isSet(force);
        a.poolGiven = parser.isSet(pool);
        if (parser.isSet(name))
            a.invalid = checkPlainName(u"--name"_s, a.name);
        readNumbers(parser, &a);
        return a;
    }
};

Arguments parseArguments(const QCoreApplication &app, const QString &command) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
        "Backups of libvirt VMs into a deduplicated, verifiable repository folder.\n\n"
        "  backup   --connect URI --repo DIR VM…   (or --image FILE… for disk images)\n"
        "  backups  --repo DIR [--json]\n"
        "  restore  --repo DIR BACKUP --connect URI [--name NEW] [--pool POOL]\n"
        "           [--to-original --yes] [--to-dir DIR]\n"
        "           [--force]\n"
        "  verify   --repo DIR [--sample PERCENT]\n"
        "  prune    --repo DIR [--keep-last N] [--keep-daily N] [--keep-weekly N]\n"
        "           [--keep-monthly N] [--dry-run] [--remove-all]\n"
        "  replicate --connect URI --standby URI --repo DIR VM…   [--pool POOL]\n"
        "  replicas  --connect URI [--json]   (the replicas a standby holds)"));
    parser.addHelpOption();
    const Options options;
    parser.addOptions(options.all());
    parser.addPositionalArgument(u"command"_s,
                                 CommandLine::tr("backup, backups, restore, verify, prune, "
                                                 "replicate or replicas."));
    parser.process(app);
    Arguments a = options.read(parser);
    a.command = command;
    return a;
}

// "virtdeck: <message>" on stderr; returns `code`.
int fail(QTextStream &err, const QString &message, int code) {
    err << "virtdeck: " << message << "\n";
    return code;
}

// A local image file (raw, or qcow2 with a local backing chain) or block device as a disk
// source. A FIFO, character device or folder is refused before anything waits on it.
std::unique_ptr<DiskSource> localImage(const QString &path, int depth, QString *error) {
    if (depth > 16) {
        *error =
            CommandLine::tr("the backing chain of the image is deeper than 16 files (a loop?)");
        return nullptr;
    }
    quint64 size = 0;
    bool block = false;
    const int fd = FileDiskSource::openImage(path, &size, &block, error);
    if (fd < 0)
        return nullptr;
    char magic[4] = {};
    const bool qcow2 = ::pread(fd, magic, 4, 0) == 4 && Qcow2Source::isQcow2(QByteArray(magic, 4));
    ::close(fd);
    if (!qcow2) {
        auto raw = std::make_unique<FileDiskSource>(path);
        if (!raw->isOpen()) {
            *error = raw->errorString();
            return nullptr;
        }
        return raw;
    }
    auto q = std::make_unique<Qcow2Source>(fileRangeReader(path, error));
    if (!q->open(error)) {
        *error = CommandLine::tr("%1: %2").arg(path, *error);
        return nullptr;
    }
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

// The manifest of a backup of a local image file (no VM: the file stands for one).
BackupManifest imageManifest(const Repository &repo, const QString &image, const QString &name) {
    BackupManifest m;
    m.started = QDateTime::currentDateTimeUtc();
    m.vmName = name.isEmpty() ? QFileInfo(image).completeBaseName() : name;
    // A file name may be no plain name ("..", empty before the dot): the image stands for a VM.
    if (!checkPlainName(QString(), m.vmName).isEmpty())
        m.vmName = u"image"_s;
    m.vmUuid = u"image:"_s + QFileInfo(image).absoluteFilePath();
    m.host = u"file"_s;
    m.mode = u"full"_s;
    m.vmState = u"shutoff"_s;
    m.chunkSize = repo.chunkSize();
    m.id = repo.newBackupId(m.vmName, m.started);
    return m;
}

// Backs up one image file; its backup id, or empty with `error` set.
QString backupImage(Repository &repo, const QString &image, const QString &name, int threads,
                    QString *error) {
    const auto src = localImage(image, 0, error);
    if (!src)
        return {};
    BackupManifest m = imageManifest(repo, image, name);
    DiskManifest d;
    d.target = u"image"_s;
    d.source = QFileInfo(image).absoluteFilePath();
    DiskBackupOptions opt;
    opt.chunkSize = repo.chunkSize();
    opt.workerThreads = threads;
    opt.phase = CommandLine::tr("reading %1").arg(QFileInfo(image).fileName());
    const bool stored =
        backupDisk(*src, repo.chunks(), opt, &d, &g_cancel, progressPrinter(), error);
    endProgressLine();
    // A signal that came after the last chunk still means: the user asked to stop.
    if (!stored || g_cancel.isCancelled()) {
        if (g_cancel.isCancelled())
            *error = interruption();
        return {};
    }
    m.disks.append(d);
    m.finished = QDateTime::currentDateTimeUtc();
    return repo.commit(m, error) ? m.id : QString();
}

int backupImages(QTextStream &out, QTextStream &err, const Arguments &a) {
    QString e;
    const auto repo = Repository::open(a.repo, Repository::Lock::Shared, true, &e);
    if (!repo)
        return fail(err, e, 1);
    for (const QString &image : a.images) {
        const QString id = backupImage(*repo, image, a.name, a.threads, &e);
        if (id.isEmpty())
            return fail(err, CommandLine::tr("backup of %1 failed: %2").arg(image, e),
                        g_signal ? 130 : 1);
        out << id << "\n";
        out.flush();
    }
    return 0;
}

void printBackupSummary(QTextStream &out, const BackupManifest &m) {
    const double secs = std::max<qint64>(1, m.started.msecsTo(m.finished)) / 1000.0;
    out << m.id << "  " << m.mode << "  "
        << CommandLine::tr("read %1 in %2 s (%3/s), stored %4 new")
               .arg(size(m.bytesRead()))
               .arg(secs, 0, 'f', 1)
               .arg(size(quint64(m.bytesRead() / secs)))
               .arg(size(m.newStoredBytes()))
        << "\n";
}

QJsonObject backupJson(const BackupManifest &m) {
    return QJsonObject{{u"id"_s, m.id},
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
                       {u"new_stored"_s, qint64(m.newStoredBytes())}};
}

void printBackupsJson(QTextStream &out, const QString &repo, const QList<BackupManifest> &all,
                      const RepositoryStats &stats) {
    QJsonArray arr;
    for (const auto &m : all)
        arr.append(backupJson(m));
    out << QJsonDocument(QJsonObject{{u"repository"_s, repo},
                                     {u"backups"_s, arr},
                                     {u"chunks"_s, qint64(stats.chunks)},
                                     {u"stored_bytes"_s, qint64(stats.storedBytes)},
                                     {u"data_bytes"_s, qint64(stats.dataBytes)},
                                     {u"dedup_ratio"_s, stats.dedupRatio()}})
               .toJson(QJsonDocument::Indented);
}

void printBackupsTable(QTextStream &out, const QList<BackupManifest> &all,
                       const RepositoryStats &stats) {
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
    out << CommandLine::tr("%1 backups, %2 of data in %3 stored (%4 chunks): dedup ratio %5\n")
               .arg(all.size())
               .arg(size(stats.dataBytes), size(stats.storedBytes))
               .arg(stats.chunks)
               .arg(stats.dedupRatio(), 0, 'f', 2);
}

int listBackups(QTextStream &out, QTextStream &err, const Arguments &a) {
    QString e;
    const auto repo = Repository::open(a.repo, Repository::Lock::Shared, false, &e);
    if (!repo)
        return fail(err, e, 1);
    QStringList problems;
    const QList<BackupManifest> all = repo->backups(&problems);
    for (const auto &p : std::as_const(problems))
        fail(err, p, 1);
    const RepositoryStats stats =
        repositoryStats(all, [&](const QString &c) { return repo->chunks().storedSize(c); });
    if (a.json)
        printBackupsJson(out, repo->path(), all, stats);
    else
        printBackupsTable(out, all, stats);
    return problems.isEmpty() ? 0 : 1;
}

void printVerifyReport(QTextStream &out, const VerifyReport &r) {
    out << CommandLine::tr("%1 backups, %2 chunks checked of %3 (%4), %5 damaged, %6 missing\n")
               .arg(r.backups)
               .arg(r.chunksChecked)
               .arg(r.chunksReferenced)
               .arg(size(r.bytesChecked))
               .arg(r.damagedChunks.size())
               .arg(r.missingChunks.size());
    for (const auto &c : std::as_const(r.damagedChunks))
        out << CommandLine::tr("damaged chunk %1").arg(c) << "\n";
    for (const auto &c : std::as_const(r.missingChunks))
        out << CommandLine::tr("missing chunk %1").arg(c) << "\n";
    for (const auto &b : std::as_const(r.damagedBackups))
        out << CommandLine::tr("damaged backup %1").arg(b) << "\n";
    for (const auto &p : std::as_const(r.problems))
        out << p << "\n";
    if (r.unreferencedChunks || r.tempFiles)
        out << CommandLine::tr("%1 unreferenced chunks and %2 temp files from interrupted runs "
                               "(prune removes them)\n")
                   .arg(r.unreferencedChunks)
                   .arg(r.tempFiles);
}

int verify(QTextStream &out, QTextStream &err, const Arguments &a) {
    QString e;
    const auto repo = Repository::open(a.repo, Repository::Lock::Shared, false, &e);
    if (!repo)
        return fail(err, e, 2);
    VerifyReport r;
    const bool done =
        verifyRepository(*repo, a.sample, a.threads, &g_cancel, progressPrinter(), &r, &e);
    endProgressLine();
    if (!done)
        return fail(err, e, 2);
    printVerifyReport(out, r);
    return r.ok() ? 0 : 1;
}

int prune(QTextStream &out, QTextStream &err, const Arguments &a) {
    // Keep values that keep nothing remove every backup: only when asked for in so many words.
    if (a.keepGiven && a.keep.isEmpty() && !a.keep.removeAll)
        return fail(err,
                    CommandLine::tr("these --keep-* values keep no backup at all; give one above "
                                    "0, leave them out to only collect garbage, or add "
                                    "--remove-all to remove every backup"),
                    2);
    QString e;
    const auto repo = Repository::open(a.repo, Repository::Lock::Exclusive, false, &e);
    if (!repo)
        return fail(err, e, 2);
    PruneResult r;
    if (!pruneRepository(*repo, a.keep, a.dryRun, &r, &e))
        return fail(err, e, 1);
    for (const auto &id : std::as_const(r.removed))
        out << (a.dryRun ? CommandLine::tr("would remove %1") : CommandLine::tr("removed %1"))
                   .arg(id)
            << "\n";
    out << CommandLine::tr("kept %1 backups; %2 chunks (%3) %4\n")
               .arg(r.kept.size())
               .arg(r.gc.removedChunks)
               .arg(size(r.gc.removedBytes))
               .arg(a.dryRun ? CommandLine::tr("would be freed") : CommandLine::tr("freed"));
    return 0;
}

// Every disk's file under `dir`; refused up front when one exists and --force is not given,
// so that a restore never stops halfway over files it was not allowed to touch.
QString restoreTargets(const BackupManifest &m, const Arguments &a, QStringList *paths) {
    for (const auto &d : m.disks) {
        const QString path = a.toDir + u'/' + d.target + u".raw"_s;
        if (QFileInfo(path).exists() && !a.force)
            return CommandLine::tr("%1 exists already; add --force to replace it (it is replaced "
                                   "only once the restored disk is complete)")
                .arg(path);
        paths->append(path);
    }
    return {};
}

int restoreToDir(QTextStream &out, QTextStream &err, const Arguments &a) {
    if (a.positional.size() != 1) {
        err << CommandLine::tr("virtdeck: restore needs one BACKUP id") << "\n";
        return 2;
    }
    QString e;
    const auto repo = Repository::open(a.repo, Repository::Lock::Shared, false, &e);
    BackupManifest m;
    if (!repo || !repo->readBackup(a.positional.first(), &m, &e))
        return fail(err, e, 1);
    QStringList paths;
    if (const QString refused = restoreTargets(m, a, &paths); !refused.isEmpty())
        return fail(err, refused, 2);
    if (!QDir().mkpath(a.toDir))
        return fail(err, CommandLine::tr("cannot create %1").arg(a.toDir), 1);
    for (qsizetype i = 0; i < m.disks.size(); ++i) {
        const bool written =
            restoreDiskToFile(m.disks.at(i), repo->chunks(), m.chunkSize, paths.at(i), &g_cancel,
                              progressPrinter(), &e, a.force);
        endProgressLine();
        if (!written)
            return fail(err, g_signal ? interruption() : e, g_signal ? 130 : 1);
        out << paths.at(i) << "\n";
    }
    return 0;
}

// The arguments a backup or restore through libvirt needs; 0 when they are all there.
int checkLibvirtArguments(QTextStream &err, const Arguments &a) {
    QString problem;
    if (a.uri.isEmpty())
        problem = CommandLine::tr("virtdeck: %1 needs --connect URI").arg(a.command);
    else if (a.command == u"replicate"_s && a.standby.isEmpty())
        problem = CommandLine::tr("virtdeck: replicate needs --standby URI");
    else if (a.command == u"replicas"_s)
        return 0;
    else if (a.positional.isEmpty())
        problem = a.command != u"restore"_s
                      ? CommandLine::tr("virtdeck: name the VMs to back up")
                      : CommandLine::tr("virtdeck: name the backup to restore");
    else if (a.command == u"restore"_s && a.toOriginal && !a.yes)
        problem = CommandLine::tr(
            "virtdeck: --to-original replaces the disks of the VM in the backup with the "
            "backed-up ones; its current disks are kept as volumes. Add --yes to confirm.");
    else if (a.command == u"restore"_s && !a.toOriginal && a.name.isEmpty())
        problem = CommandLine::tr(
            "virtdeck: restore as a new VM needs --name NEW (or --to-original --yes)");
    if (problem.isEmpty())
        return 0;
    err << problem << "\n";
    return 2;
}

int backupVms(QTextStream &out, QTextStream &err, const Arguments &a, _virConnect *conn) {
    int failures = 0;
    for (const QString &vm : a.positional) {
        if (g_cancel.isCancelled())
            break;
        BackupRequest req;
        req.repository = a.repo;
        req.domain = vm;
        req.allowIncremental = !a.full;
        req.scratchPool = a.scratchPool;
        // A bare host (no pool at all): make the usual "default" and say so, as restore does.
        req.createDefaultPool = a.scratchPool.isEmpty();
        req.workerThreads = a.threads;
        BackupOutcome r;
        runBlocking([&] { r = runDomainBackup(conn, a.uri, req, &g_cancel, progressPrinter()); });
        endProgressLine();
        if (!r.ok) {
            ++failures;
            err << CommandLine::tr("virtdeck: backup of %1 failed: %2").arg(vm, r.error) << "\n";
            continue;
        }
        printBackupSummary(out, r.manifest);
        for (const QString &note : std::as_const(r.notes))
            out << "  " << note << "\n";
    }
    return failures;
}

int restoreVm(QTextStream &out, QTextStream &err, const Arguments &a, _virConnect *conn) {
    RestoreRequest req;
    req.repository = a.repo;
    req.backupId = a.positional.first();
    req.newName = a.name;
    req.toOriginal = a.toOriginal;
    req.pool = a.pool;
    req.replaceExisting = a.force;
    req.createDefaultPool = !a.poolGiven;
    RestoreOutcome r;
    runBlocking([&] { r = runDomainRestore(conn, req, &g_cancel, progressPrinter()); });
    endProgressLine();
    if (!r.ok) {
        err << CommandLine::tr("virtdeck: restore failed: %1").arg(r.error) << "\n";
        return 1;
    }
    for (const auto &n : std::as_const(r.notes))
        err << "virtdeck: " << n << "\n";
    out << CommandLine::tr("restored %1 as VM %2 (%3)")
               .arg(req.backupId, r.domainName, r.domainUuid)
        << "\n";
    for (const auto &v : std::as_const(r.volumes))
        out << "  " << v << "\n";
    for (const auto &v : std::as_const(r.previousVolumes))
        out << CommandLine::tr("  previous disk kept: %1").arg(v) << "\n";
    return 0;
}

QString age(const QDateTime &taken) {
    const qint64 s = std::max<qint64>(0, taken.secsTo(QDateTime::currentDateTimeUtc()));
    return s < 120    ? CommandLine::tr("%1 s").arg(s)
           : s < 7200 ? CommandLine::tr("%1 min").arg(s / 60)
                      : CommandLine::tr("%1 h").arg(s / 3600);
}

QJsonObject replicaJson(const ReplicaInfo &r) {
    return QJsonObject{{u"vm"_s, r.name},
                       {u"uuid"_s, r.uuid},
                       {u"source"_s, r.sourceUri},
                       {u"source_host"_s, r.sourceHost},
                       {u"state"_s, r.state},
                       {u"backup"_s, r.backupId},
                       {u"repository"_s, r.repository},
                       {u"taken"_s, r.taken.toString(Qt::ISODate)},
                       {u"age_seconds"_s, r.taken.secsTo(QDateTime::currentDateTimeUtc())},
                       {u"size"_s, qint64(r.capacity)},
                       {u"last_moved"_s, qint64(r.lastMoved)},
                       {u"running"_s, r.active}};
}

int listReplicaVms(QTextStream &out, QTextStream &err, const Arguments &a, _virConnect *conn) {
    QString e;
    QList<ReplicaInfo> all;
    runBlocking([&] { all = listReplicas(conn, &e); });
    if (!e.isEmpty())
        return fail(err, e, 1);
    if (a.json) {
        QJsonArray arr;
        for (const auto &r : std::as_const(all))
            arr.append(replicaJson(r));
        out << QJsonDocument(QJsonObject{{u"host"_s, a.uri}, {u"replicas"_s, arr}})
                   .toJson(QJsonDocument::Indented);
        return 0;
    }
    out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
               .arg(u"VM"_s, -20)
               .arg(u"STATE"_s, -11)
               .arg(u"AGE"_s, 8)
               .arg(u"SIZE"_s, 10)
               .arg(u"LAST RUN"_s, 10)
               .arg(u"SOURCE"_s);
    for (const auto &r : std::as_const(all))
        out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                   .arg(r.name, -20)
                   .arg(r.active ? CommandLine::tr("running") : r.state, -11)
                   .arg(age(r.taken), 8)
                   .arg(size(r.capacity), 10)
                   .arg(size(r.lastMoved), 10)
                   .arg(r.sourceUri);
    if (all.isEmpty())
        out << CommandLine::tr("No replicas on %1.").arg(a.uri) << "\n";
    return 0;
}

int replicateVms(QTextStream &out, QTextStream &err, const Arguments &a, Workspace &workspace,
                 _virConnect *conn) {
    QString e;
    const std::shared_ptr<_virConnect> standby =
        openConnection(workspace, a.standby, a.timeout, &e);
    if (!standby)
        return fail(err, e, 1);
    int failures = 0;
    for (const QString &vm : a.positional) {
        ReplicationRequest req;
        req.repository = a.repo;
        req.domain = vm;
        if (a.poolGiven)
            req.pool = a.pool;
        ReplicationOutcome r;
        runBlocking([&] {
            r = runReplication(conn, a.uri, standby.get(), req, &g_cancel, progressPrinter());
        });
        endProgressLine();
        if (!r.ok) {
            ++failures;
            err << CommandLine::tr("virtdeck: replication of %1 failed: %2").arg(vm, r.error)
                << "\n";
            continue;
        }
        out << CommandLine::tr("%1 replicated to %2 (%3): backup %4, %5 read, %6 written")
                   .arg(vm, a.standby,
                        r.full ? CommandLine::tr("whole") : CommandLine::tr("changes"),
                        r.replica.backupId, size(r.bytesRead), size(r.bytesMoved))
            << "\n";
    }
    return failures;
}

// backup / restore / replicate of VMs and the replicas listing, through libvirt.
int runThroughLibvirt(QTextStream &out, QTextStream &err, const Arguments &a) {
    if (const int bad = checkLibvirtArguments(err, a))
        return bad;
    Workspace workspace;
    QString e;
    const std::shared_ptr<_virConnect> conn = openConnection(workspace, a.uri, a.timeout, &e);
    if (!conn)
        return fail(err, e, 1);
    if (a.command == u"replicas"_s)
        return listReplicaVms(out, err, a, conn.get());
    const int failures = a.command == u"backup"_s ? backupVms(out, err, a, conn.get())
                         : a.command == u"restore"_s
                             ? restoreVm(out, err, a, conn.get())
                             : replicateVms(out, err, a, workspace, conn.get());
    out.flush();
    return failures ? 1 : 0;
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
    setUpApplication(LanguageSource::Environment);
    QTextStream out(stdout), err(stderr);
    const Arguments a = parseArguments(app, QString::fromLocal8Bit(argv[1]));
    catchSignals();
    if (!a.invalid.isEmpty())
        return fail(err, a.invalid, 2);
    if (a.repo.isEmpty() && a.command != u"replicas"_s) {
        err << CommandLine::tr("virtdeck: %1 needs --repo DIR").arg(a.command) << "\n";
        return 2;
    }
    if (a.command == u"backups"_s)
        return listBackups(out, err, a);
    if (a.command == u"verify"_s)
        return verify(out, err, a);
    if (a.command == u"prune"_s)
        return prune(out, err, a);
    if (a.command == u"backup"_s && !a.images.isEmpty())
        return backupImages(out, err, a);
    if (a.command == u"restore"_s && !a.toDir.isEmpty())
        return restoreToDir(out, err, a);
    return runThroughLibvirt(out, err, a);
}

} // namespace virtdeck
