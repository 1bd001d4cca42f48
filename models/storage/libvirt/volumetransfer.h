// SPDX-License-Identifier: GPL-3.0-or-later
// One upload of a local file into a new volume, or download of a volume into a local file,
// through a libvirt stream (so it works the same over qemu+ssh) with holes kept sparse.
//
// The object lives on the thread that creates it (the GUI thread); the bytes move on a thread
// of its own, so a transfer of many minutes never holds up the host's connection thread. That
// thread uses the host's libvirt connection (taken with virConnectRef): libvirt's remote client
// is thread-safe and interleaves the stream's packets with the other calls on the same socket,
// and no second login (ssh password, polkit) is needed. Cancel aborts the stream
// (virStreamAbort) and removes what was written: the half volume, or the half local file.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <memory>

class QThread;
class QTimer;

namespace virtdeck {

class Connection;

class VolumeTransfer : public QObject {
    Q_OBJECT
public:
    enum class Direction { Upload, Download };
    Q_ENUM(Direction)

    struct Spec {
        Direction direction = Direction::Upload;
        QString pool;
        QString volume;    // the new volume (upload) or the one to read (download)
        QString localPath; // the file to read (upload) or to write (download)
    };

    // Starts at once. `connection` must stay alive until finished() (the owner cancels and
    // waits in its destructor otherwise).
    VolumeTransfer(Connection *connection, const Spec &spec, QObject *parent = nullptr);
    // Cancels a running transfer and waits for its thread to end.
    ~VolumeTransfer() override;

    const Spec &spec() const { return m_spec; }
    QString connectionId() const { return m_connectionId; }
    // Thread-safe: the stream is aborted at the next block and the partial result removed.
    void cancel();
    bool isRunning() const { return m_running; }
    quint64 bytesDone() const;
    quint64 bytesTotal() const; // 0 until known
    // Average bytes per second since the data began to flow.
    double throughput() const;

    struct State; // defined and used in volumetransfer.cpp only

Q_SIGNALS:
    // A few times per second while data flows.
    void progress(quint64 done, quint64 total);
    // Once. `cancelled` when cancel() stopped it; `message` says why it failed otherwise.
    void finished(bool ok, bool cancelled, const QString &message);

private:
    void onThreadFinished();

    const Spec m_spec;
    const QString m_connectionId;
    std::shared_ptr<State> m_state;
    QThread *m_thread = nullptr;
    QTimer *m_ticker = nullptr;
    bool m_running = true;
};

} // namespace virtdeck
