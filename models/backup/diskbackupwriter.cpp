// SPDX-License-Identifier: GPL-3.0-or-later
#include "diskbackupwriter.h"
#include "backup/backuptr.h"

#include "chunkstore.h"
#include "disksource.h"
#include "validation.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>

namespace virtdeck::backup {

namespace {
struct Slice {
    qsizetype index;
    ChunkRead read;
};

// Hashes, compresses and stores the slices the reader hands over, on threads of its own (joined
// by close() or the destructor), so that reading and compressing overlap; fills the disk's chunk
// list and counters. The reader's thread calls every public method.
class ChunkPipeline {
public:
    ChunkPipeline(const ChunkStore &store, const DiskBackupOptions &opt, DiskManifest *disk)
        : m_store(store)
        , m_opt(opt)
        , m_disk(disk)
        , m_maxQueue(size_t(std::max(2, opt.workerThreads * 2))) {
        for (int i = 0; i < std::max(1, opt.workerThreads); ++i)
            m_workers.emplace_back([this] { work(); });
    }
    ~ChunkPipeline() { close(false); }

    // Queues a data slice, waiting while the queue is full. False once a worker failed.
    bool push(Slice slice) {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [&] { return m_closing || m_queue.size() < m_maxQueue; });
        if (m_closing)
            return false;
        m_queue.push_back(std::move(slice));
        m_ready.notify_one();
        return true;
    }
    // A slice that needs no storing: the previous backup's chunk (empty: zeros) stands for it.
    void reuse(qsizetype index, const QString &hash, quint64 length) {
        std::lock_guard lock(m_mutex);
        m_disk->chunks[index] = hash;
        if (!hash.isEmpty())
            m_disk->dataBytes += length;
    }
    // The previous backup's chunk stands for the slice once a worker has read it back intact:
    // a damaged chunk is never carried into a new backup.
    bool reuseChecked(qsizetype index, quint64 length) {
        if (m_opt.parentChunks.at(index).isEmpty()) {
            reuse(index, {}, length);
            return true;
        }
        Slice s{index, {}};
        s.read.kind = ChunkRead::Kind::Unchanged;
        return push(std::move(s));
    }
    void fail(const QString &why) {
        std::lock_guard lock(m_mutex);
        if (m_failure.isEmpty())
            m_failure = why;
    }
    // Stops the workers: with `drain`, once the queued slices are stored. The first failure.
    QString close(bool drain) {
        {
            std::lock_guard lock(m_mutex);
            m_closing = true;
            if (!drain)
                m_queue.clear();
        }
        m_ready.notify_all();
        m_space.notify_all();
        for (auto &w : m_workers)
            w.join();
        m_workers.clear();
        return m_failure;
    }

private:
    void work() {
        for (;;) {
            Slice s;
            {
                std::unique_lock lock(m_mutex);
                m_ready.wait(lock, [&] { return m_closing || !m_queue.empty(); });
                if (m_queue.empty())
                    return;
                s = std::move(m_queue.front());
                m_queue.pop_front();
            }
            m_space.notify_one();
            if (!store(s)) {
                std::lock_guard lock(m_mutex);
                m_closing = true;
                m_ready.notify_all();
                m_space.notify_all();
            }
        }
    }

    // Fills the slice's unchanged ranges from the previous backup's chunk.
    bool overlayParent(Slice &s, quint64 len) {
        const bool haveParent = m_opt.parentChunks.size() == m_disk->chunks.size();
        const QString prev = haveParent ? m_opt.parentChunks.at(s.index) : QString();
        if (prev.isEmpty())
            return true; // the previous content was zeros: the data is already zero there
        QByteArray old;
        QString err;
        if (!m_store.get(prev, &old, &err, true) || quint64(old.size()) != len) {
            fail(parentUnusable(err));
            return false;
        }
        for (const auto &[off, n] : s.read.unchanged)
            std::memcpy(s.read.data.data() + off, old.constData() + off, n);
        return true;
    }

    QString parentUnusable(const QString &why) const {
        return Backup::tr("the previous backup's chunk of %1 is unusable (%2); take a full backup")
            .arg(m_disk->target, why);
    }

    bool store(Slice &s) {
        const quint64 cs = m_opt.chunkSize;
        const quint64 len = std::min(cs, m_disk->capacity - quint64(s.index) * cs);
        ChunkRead &r = s.read;
        if (r.kind == ChunkRead::Kind::Unchanged) {
            const QString &prev = m_opt.parentChunks.at(s.index);
            QByteArray old;
            QString err;
            if (!m_store.get(prev, &old, &err, true) || quint64(old.size()) != len) {
                fail(parentUnusable(err.isEmpty() ? Backup::tr("wrong size") : err));
                return false;
            }
            reuse(s.index, prev, len);
            return true;
        }
        if (!r.unchanged.empty() && !overlayParent(s, len))
            return false;
        if (isAllZero(r.data.constData(), size_t(r.data.size())))
            return true; // stays empty = zero
        const ChunkStore::PutResult put = m_store.put(r.data.constData(), size_t(len));
        if (!put.ok) {
            fail(put.error);
            return false;
        }
        std::lock_guard lock(m_mutex);
        m_disk->chunks[s.index] = put.hash;
        m_disk->dataBytes += len;
        if (put.added) {
            ++m_disk->newChunks;
            m_disk->newStoredBytes += put.storedBytes;
        }
        return true;
    }

    const ChunkStore &m_store;
    const DiskBackupOptions &m_opt;
    DiskManifest *m_disk;
    const size_t m_maxQueue;
    std::mutex m_mutex;
    std::condition_variable m_ready, m_space;
    std::deque<Slice> m_queue;
    bool m_closing = false;
    QString m_failure;
    std::vector<std::thread> m_workers;
};

// Reports progress at most every 100 ms, and at the last slice.
class ProgressThrottle {
public:
    ProgressThrottle(const DiskBackupOptions &opt, const ProgressSink &sink)
        : m_opt(opt)
        , m_sink(sink) {
        m_clock.start();
        m_last.start();
    }
    void report(quint64 done, quint64 size, quint64 transferred, bool last) {
        if (!m_sink || (m_last.elapsed() < 100 && !last))
            return;
        m_last.restart();
        Progress p;
        p.phase = m_opt.phase;
        p.done = m_opt.progressBase + done;
        p.total = m_opt.progressTotal ? m_opt.progressTotal : size;
        p.transferred = transferred;
        p.elapsedSeconds = m_clock.elapsed() / 1000.0;
        m_sink(p);
    }

private:
    const DiskBackupOptions &m_opt;
    const ProgressSink &m_sink;
    QElapsedTimer m_clock, m_last;
};

// Hands one slice read from the source to where it goes. False (with the pipeline's failure
// set, unless the pipeline stopped itself) when the backup cannot go on.
bool takeSlice(Slice slice, quint64 length, const DiskBackupOptions &opt, const DiskManifest &disk,
               ChunkPipeline *pipeline) {
    const bool haveParent = opt.parentChunks.size() == disk.chunks.size();
    const ChunkRead::Kind kind = slice.read.kind;
    const bool needsParent = kind == ChunkRead::Kind::Unchanged ||
                             (kind == ChunkRead::Kind::Data && !slice.read.unchanged.empty());
    if (needsParent && !haveParent) {
        pipeline->fail(
            Backup::tr("incremental data for %1 without a previous backup").arg(disk.target));
        return false;
    }
    if (kind == ChunkRead::Kind::Unchanged)
        return pipeline->reuseChecked(slice.index, length);
    if (kind == ChunkRead::Kind::Data)
        return pipeline->push(std::move(slice));
    return true;
}

// Reads the source slice by slice into the pipeline. False on failure or cancel.
bool readSlices(DiskSource &source, const DiskBackupOptions &opt, DiskManifest *disk,
                const CancelToken *cancel, const ProgressSink &progress, ChunkPipeline *pipeline) {
    const quint64 size = disk->capacity, cs = opt.chunkSize;
    const qsizetype count = disk->chunks.size();
    ProgressThrottle throttle(opt, progress);
    for (qsizetype i = 0; i < count; ++i) {
        if (cancel && cancel->isCancelled()) {
            pipeline->fail(Backup::tr("cancelled"));
            return false;
        }
        const quint64 off = quint64(i) * cs, len = std::min(cs, size - off);
        Slice slice{i, {}};
        QString err;
        if (!source.readChunk(off, len, &slice.read, &err)) {
            pipeline->fail(
                Backup::tr("reading %1 at offset %2: %3").arg(disk->target).arg(off).arg(err));
            return false;
        }
        disk->bytesRead += slice.read.bytesRead;
        if (!takeSlice(std::move(slice), len, opt, *disk, pipeline))
            return false;
        throttle.report(off + len, size, disk->bytesRead, i == count - 1);
    }
    return true;
}
} // namespace

bool backupDisk(DiskSource &source, const ChunkStore &store, const DiskBackupOptions &opt,
                DiskManifest *disk, const CancelToken *cancel, const ProgressSink &progress,
                QString *error) {
    const quint64 size = source.size();
    // The source's size may come from an image header: bound it before allocating the list.
    QString bad = checkRange(Backup::tr("disk size"), size, 0, kMaxDiskBytes);
    if (bad.isEmpty())
        bad = checkRange(Backup::tr("chunk size"), opt.chunkSize, ChunkStore::kMinChunkBytes,
                         ChunkStore::kMaxChunkBytes);
    if (!bad.isEmpty()) {
        if (error)
            *error = bad;
        return false;
    }
    disk->capacity = size;
    disk->chunks = QStringList(qsizetype((size + opt.chunkSize - 1) / opt.chunkSize));
    disk->bytesRead = disk->dataBytes = disk->newChunks = disk->newStoredBytes = 0;
    ChunkPipeline pipeline(store, opt, disk);
    const bool read = readSlices(source, opt, disk, cancel, progress, &pipeline);
    const QString failure = pipeline.close(read);
    if (failure.isEmpty() && read)
        return true;
    if (error)
        *error = failure.isEmpty() ? Backup::tr("cancelled") : failure;
    return false;
}

} // namespace virtdeck::backup
