// SPDX-License-Identifier: GPL-3.0-or-later
#include "volumetransfer.h"

#include "core/libvirt/connection.h"
#include "core/libvirt/handles.h"
#include "storage/storagexml.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <mutex>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcTransfer, "virtdeck.libvirt.transfer", QtWarningMsg)

namespace virtdeck {

using namespace Qt::StringLiterals;

// Shared by the GUI-side object, the connection thread (hand-over) and the transfer thread.
struct VolumeTransfer::State {
    std::atomic<bool> cancelled{false};
    std::atomic<quint64> done{0};
    std::atomic<quint64> total{0};
    std::atomic<qint64> startedMs{-1}; // when data began to flow, on `clock`
    QElapsedTimer clock;

    std::mutex mutex;
    std::condition_variable cond;
    bool handedOver = false;
    bool threadDone = false;      // the transfer thread no longer takes a connection
    virConnectPtr conn = nullptr; // referenced; taken over by the transfer thread

    // Written by the transfer thread before it ends; read after QThread::finished.
    bool ok = false;
    QString message;
    int fd = -1;
};

namespace {

QString errnoText(const QString &what, const QString &path) {
    return VolumeTransfer::tr("%1 %2: %3").arg(what, path, QString::fromLocal8Bit(strerror(errno)));
}

int sourceData(virStreamPtr, char *data, size_t nbytes, void *opaque) {
    auto *s = static_cast<VolumeTransfer::State *>(opaque);
    if (s->cancelled)
        return -1;
    const ssize_t got = ::read(s->fd, data, nbytes);
    if (got > 0)
        s->done += quint64(got);
    return int(got);
}

// Where the read position is: in data or in a hole, and for how long (SEEK_DATA/SEEK_HOLE).
int sourceHole(virStreamPtr, int *inData, long long *length, void *opaque) {
    auto *s = static_cast<VolumeTransfer::State *>(opaque);
    if (s->cancelled)
        return -1;
    const off_t cur = lseek(s->fd, 0, SEEK_CUR);
    if (cur < 0)
        return -1;
    const off_t data = lseek(s->fd, cur, SEEK_DATA);
    if (data < 0) {
        if (errno != ENXIO) {
            // No SEEK_DATA on this file system: all of it is data.
            *inData = 1;
            *length = (long long)(s->total.load()) - cur;
            return lseek(s->fd, cur, SEEK_SET) < 0 ? -1 : 0;
        }
        const off_t end = lseek(s->fd, 0, SEEK_END); // a hole up to the end
        *inData = 0;
        *length = end - cur;
    } else if (data > cur) {
        *inData = 0;
        *length = data - cur;
    } else {
        const off_t hole = lseek(s->fd, cur, SEEK_HOLE);
        if (hole < 0)
            return -1;
        *inData = 1;
        *length = hole - cur;
    }
    return lseek(s->fd, cur, SEEK_SET) < 0 ? -1 : 0;
}

int sourceSkip(virStreamPtr, long long length, void *opaque) {
    auto *s = static_cast<VolumeTransfer::State *>(opaque);
    if (s->cancelled || lseek(s->fd, off_t(length), SEEK_CUR) < 0)
        return -1;
    s->done += quint64(length);
    return 0;
}

int sinkData(virStreamPtr, const char *data, size_t nbytes, void *opaque) {
    auto *s = static_cast<VolumeTransfer::State *>(opaque);
    if (s->cancelled)
        return -1;
    size_t written = 0;
    while (written < nbytes) {
        const ssize_t n = ::write(s->fd, data + written, nbytes - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        written += size_t(n);
    }
    s->done += nbytes;
    return int(nbytes);
}

int sinkHole(virStreamPtr, long long length, void *opaque) {
    auto *s = static_cast<VolumeTransfer::State *>(opaque);
    if (s->cancelled || lseek(s->fd, off_t(length), SEEK_CUR) < 0)
        return -1;
    s->done += quint64(length);
    return 0;
}

// libvirt keeps a volume busy until the aborted stream is torn down on the daemon side.
bool deleteVolumeRetrying(virStorageVolPtr vol, QString *error) {
    for (int attempt = 0; attempt < 50; ++attempt) {
        if (virStorageVolDelete(vol, 0) == 0)
            return true;
        *error = lv::lastError();
        virResetLastError();
        QThread::msleep(100);
    }
    return false;
}

void upload(VolumeTransfer::State *s, virConnectPtr c, const VolumeTransfer::Spec &spec) {
    const QByteArray local = QFile::encodeName(spec.localPath);
    s->fd = ::open(local.constData(), O_RDONLY | O_CLOEXEC);
    if (s->fd < 0) {
        s->message = errnoText(VolumeTransfer::tr("Cannot open"), spec.localPath);
        return;
    }
    struct stat st {};
    if (fstat(s->fd, &st) < 0 || !S_ISREG(st.st_mode)) {
        s->message = VolumeTransfer::tr("%1 is not a regular file.").arg(spec.localPath);
        return;
    }
    if (st.st_size == 0) {
        s->message = VolumeTransfer::tr("%1 is empty.").arg(spec.localPath);
        return;
    }
    s->total = quint64(st.st_size);
    if (const QString why = volumeNameProblem(spec.volume); !why.isEmpty()) {
        s->message = why;
        return;
    }
    lv::PoolPtr pool(virStoragePoolLookupByName(c, spec.pool.toUtf8().constData()));
    if (!pool) {
        s->message = lv::lastError();
        return;
    }
    // A raw file of the upload's exact size: the upload then makes it byte-identical, and
    // libvirt re-reads the pool afterwards, which recognises a qcow2 image by its header.
    const QByteArray xml = newVolumeXml(spec.volume, u"raw"_s, quint64(st.st_size)).toUtf8();
    lv::VolumePtr vol(virStorageVolCreateXML(pool.get(), xml.constData(), 0));
    if (!vol) {
        s->message = lv::lastError(); // e.g. the name is taken: nothing of ours to remove
        return;
    }
    lv::StreamPtr stream(virStreamNew(c, 0));
    bool sent = false;
    if (stream && virStorageVolUpload(vol.get(), stream.get(), 0, quint64(st.st_size),
                                      VIR_STORAGE_VOL_UPLOAD_SPARSE_STREAM) == 0) {
        s->startedMs = s->clock.elapsed();
        // On a handler's -1 libvirt aborts the stream itself.
        if (virStreamSparseSendAll(stream.get(), &sourceData, &sourceHole, &sourceSkip, s) == 0)
            sent = virStreamFinish(stream.get()) == 0;
    }
    if (sent) {
        s->ok = true;
        return;
    }
    s->message = s->cancelled ? VolumeTransfer::tr("Cancelled") : lv::lastError();
    virResetLastError();
    stream.reset();
    QString deleteError;
    if (!deleteVolumeRetrying(vol.get(), &deleteError))
        s->message += u' ' + VolumeTransfer::tr("The partial volume %1 could not be removed: %2")
                                 .arg(spec.pool % u'/' % spec.volume, deleteError);
}

void download(VolumeTransfer::State *s, virConnectPtr c, const VolumeTransfer::Spec &spec) {
    lv::PoolPtr pool(virStoragePoolLookupByName(c, spec.pool.toUtf8().constData()));
    lv::VolumePtr vol;
    if (pool)
        vol.reset(virStorageVolLookupByName(pool.get(), spec.volume.toUtf8().constData()));
    if (!vol) {
        s->message = lv::lastError();
        return;
    }
    virStorageVolInfo info{};
    // The physical size is what the stream carries (a qcow2 file, not its virtual disk).
    if (virStorageVolGetInfoFlags(vol.get(), &info, VIR_STORAGE_VOL_GET_PHYSICAL) == 0)
        s->total = info.allocation;
    else if (virStorageVolGetInfo(vol.get(), &info) == 0)
        s->total = info.capacity;
    virResetLastError();

    // Written beside the target and renamed at the end: a cancelled or failed download never
    // leaves a file with the target's name.
    const QString partial = spec.localPath + u".part"_s;
    const QByteArray partialName = QFile::encodeName(partial);
    s->fd = ::open(partialName.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (s->fd < 0) {
        s->message = errnoText(VolumeTransfer::tr("Cannot write"), partial);
        return;
    }
    lv::StreamPtr stream(virStreamNew(c, 0));
    bool received = false;
    if (stream && virStorageVolDownload(vol.get(), stream.get(), 0, 0,
                                        VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM) == 0) {
        s->startedMs = s->clock.elapsed();
        if (virStreamSparseRecvAll(stream.get(), &sinkData, &sinkHole, s) == 0)
            received = virStreamFinish(stream.get()) == 0;
    }
    if (received) {
        // A trailing hole moved the offset without writing: give the file its full length.
        const off_t end = lseek(s->fd, 0, SEEK_CUR);
        if (end < 0 || ftruncate(s->fd, end) < 0 || ::fsync(s->fd) < 0) {
            s->message = errnoText(VolumeTransfer::tr("Cannot write"), partial);
        } else if (::rename(partialName.constData(),
                            QFile::encodeName(spec.localPath).constData()) < 0) {
            s->message = errnoText(VolumeTransfer::tr("Cannot rename to"), spec.localPath);
        } else {
            s->ok = true;
            return;
        }
    } else {
        s->message = s->cancelled ? VolumeTransfer::tr("Cancelled") : lv::lastError();
        virResetLastError();
    }
    ::unlink(partialName.constData());
}

} // namespace

VolumeTransfer::VolumeTransfer(Connection *connection, const Spec &spec, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_connectionId(connection->id())
    , m_state(std::make_shared<State>()) {
    m_state->clock.start();
    // Take a reference on the host's connection on its own thread, then hand it over.
    connection->post(nullptr, [state = m_state](virConnectPtr c) {
        std::lock_guard lock(state->mutex);
        if (state->threadDone)
            return; // gave up waiting: a reference now would never be released
        if (c && virConnectRef(c) < 0)
            c = nullptr;
        state->conn = c;
        state->handedOver = true;
        state->cond.notify_all();
    });
    m_thread = QThread::create([state = m_state, spec] {
        virConnectPtr c = nullptr;
        {
            std::unique_lock lock(state->mutex);
            state->cond.wait_for(lock, std::chrono::seconds(60),
                                 [&] { return state->handedOver || state->cancelled.load(); });
            c = state->conn;
            state->conn = nullptr;
            state->threadDone = true; // a hand-over from now on is refused
        }
        lv::ConnectPtr conn(c); // virConnectClose drops our reference
        if (state->cancelled) {
            state->message = VolumeTransfer::tr("Cancelled");
        } else if (!c) {
            state->message = VolumeTransfer::tr("Not connected to the host.");
        } else if (spec.direction == Direction::Upload) {
            upload(state.get(), c, spec);
        } else {
            download(state.get(), c, spec);
        }
        if (state->fd >= 0)
            ::close(state->fd);
        state->fd = -1;
        if (!state->ok)
            qCInfo(lcTransfer) << spec.pool << spec.volume << spec.localPath << state->message;
    });
    m_thread->setObjectName(u"transfer"_s);
    connect(m_thread, &QThread::finished, this, &VolumeTransfer::onThreadFinished);
    m_ticker = new QTimer(this);
    m_ticker->setInterval(100);
    connect(m_ticker, &QTimer::timeout, this,
            [this] { Q_EMIT progress(bytesDone(), bytesTotal()); });
    m_ticker->start();
    m_thread->start();
}

VolumeTransfer::~VolumeTransfer() {
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void VolumeTransfer::cancel() {
    m_state->cancelled = true;
    m_state->cond.notify_all();
}

quint64 VolumeTransfer::bytesDone() const {
    return m_state->done;
}

quint64 VolumeTransfer::bytesTotal() const {
    return m_state->total;
}

double VolumeTransfer::throughput() const {
    const qint64 started = m_state->startedMs;
    if (started < 0)
        return 0;
    const qint64 ms = m_state->clock.elapsed() - started;
    return ms > 0 ? double(m_state->done) * 1000.0 / double(ms) : 0;
}

void VolumeTransfer::onThreadFinished() {
    m_ticker->stop();
    m_running = false;
    Q_EMIT progress(bytesDone(), bytesTotal());
    Q_EMIT finished(m_state->ok, m_state->cancelled && !m_state->ok, m_state->message);
}

} // namespace virtdeck
