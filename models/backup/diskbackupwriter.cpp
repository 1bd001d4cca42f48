#include "diskbackupwriter.h"

#include "chunkstore.h"
#include "disksource.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace virtdeck::backup {

namespace {
QString tr(const char *s) {
    return QCoreApplication::translate("Backup", s);
}

struct Task {
    qsizetype index;
    ChunkRead read;
};
} // namespace

bool backupDisk(DiskSource &source, const ChunkStore &store, const DiskBackupOptions &opt,
                DiskManifest *disk, const CancelToken *cancel, const ProgressSink &progress,
                QString *error) {
    const quint64 size = source.size();
    const quint64 cs = opt.chunkSize;
    const qsizetype count = qsizetype((size + cs - 1) / cs);
    disk->capacity = size;
    disk->chunks = QStringList(count);
    disk->bytesRead = disk->dataBytes = disk->newChunks = disk->newStoredBytes = 0;
    const bool haveParent = opt.parentChunks.size() == count;

    std::mutex mutex;
    std::condition_variable cvTask, cvSpace;
    std::deque<Task> queue;
    bool closing = false;
    QString failure;
    const size_t maxQueue = size_t(std::max(2, opt.workerThreads * 2));

    auto work = [&](Task &t) -> bool {
        const quint64 len = std::min(cs, size - quint64(t.index) * cs);
        ChunkRead &r = t.read;
        if (!r.unchanged.empty()) {
            const QString &prev = haveParent ? opt.parentChunks.at(t.index) : QString();
            if (!prev.isEmpty()) {
                QByteArray old;
                QString err;
                if (!store.get(prev, &old, &err, false) || quint64(old.size()) != len) {
                    std::lock_guard lock(mutex);
                    failure = tr("the previous backup's chunk is unusable: %1").arg(err);
                    return false;
                }
                for (const auto &[off, n] : r.unchanged)
                    std::memcpy(r.data.data() + off, old.constData() + off, n);
            } // else the previous content was zeros: r.data is already zero there
        }
        if (isAllZero(r.data.constData(), size_t(r.data.size())))
            return true; // stays empty = zero
        const ChunkStore::PutResult put = store.put(r.data.constData(), size_t(len));
        std::lock_guard lock(mutex);
        if (!put.ok) {
            failure = put.error;
            return false;
        }
        disk->chunks[t.index] = put.hash;
        disk->dataBytes += len;
        if (put.added) {
            ++disk->newChunks;
            disk->newStoredBytes += put.storedBytes;
        }
        return true;
    };

    std::vector<std::thread> workers;
    const int nWorkers = std::max(1, opt.workerThreads);
    for (int i = 0; i < nWorkers; ++i) {
        workers.emplace_back([&] {
            for (;;) {
                Task t;
                {
                    std::unique_lock lock(mutex);
                    cvTask.wait(lock, [&] { return closing || !queue.empty(); });
                    if (queue.empty())
                        return;
                    t = std::move(queue.front());
                    queue.pop_front();
                }
                cvSpace.notify_one();
                if (!work(t)) {
                    std::lock_guard lock(mutex);
                    closing = true;
                    cvTask.notify_all();
                    cvSpace.notify_all();
                }
            }
        });
    }

    QElapsedTimer clock, lastReport;
    clock.start();
    lastReport.start();
    bool ok = true;
    for (qsizetype i = 0; i < count && ok; ++i) {
        if (cancel && cancel->isCancelled()) {
            std::lock_guard lock(mutex);
            failure = tr("cancelled");
            ok = false;
            break;
        }
        const quint64 off = quint64(i) * cs, len = std::min(cs, size - off);
        Task t{i, {}};
        QString err;
        if (!source.readChunk(off, len, &t.read, &err)) {
            std::lock_guard lock(mutex);
            failure = tr("reading %1 at offset %2: %3").arg(disk->target).arg(off).arg(err);
            ok = false;
            break;
        }
        disk->bytesRead += t.read.bytesRead;
        if (t.read.kind == ChunkRead::Kind::Unchanged) {
            if (!haveParent) {
                std::lock_guard lock(mutex);
                failure = tr("incremental data for %1 without a previous backup").arg(disk->target);
                ok = false;
                break;
            }
            const QString &prev = opt.parentChunks.at(i);
            std::lock_guard lock(mutex);
            disk->chunks[i] = prev;
            if (!prev.isEmpty())
                disk->dataBytes += len;
        } else if (t.read.kind == ChunkRead::Kind::Data) {
            if (!t.read.unchanged.empty() && !haveParent) {
                std::lock_guard lock(mutex);
                failure = tr("incremental data for %1 without a previous backup").arg(disk->target);
                ok = false;
                break;
            }
            std::unique_lock lock(mutex);
            cvSpace.wait(lock, [&] { return closing || queue.size() < maxQueue; });
            if (closing) {
                ok = false;
                break;
            }
            queue.push_back(std::move(t));
            cvTask.notify_one();
        }
        if (progress && (lastReport.elapsed() >= 100 || i == count - 1)) {
            lastReport.restart();
            Progress p;
            p.phase = opt.phase;
            p.done = opt.progressBase + off + len;
            p.total = opt.progressTotal ? opt.progressTotal : size;
            p.transferred = disk->bytesRead;
            p.elapsedSeconds = clock.elapsed() / 1000.0;
            progress(p);
        }
    }
    {
        std::lock_guard lock(mutex);
        closing = true;
        if (!ok)
            queue.clear();
    }
    cvTask.notify_all();
    for (auto &w : workers)
        w.join();
    if (!failure.isEmpty() || !ok) {
        if (error)
            *error = failure.isEmpty() ? tr("cancelled") : failure;
        return false;
    }
    return true;
}

} // namespace virtdeck::backup
