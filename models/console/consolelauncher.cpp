// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolelauncher.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

#include <memory>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype kMaxErrorBytes = 4096;

QString shellQuoted(const QString &s) {
    return u'\'' + QString(s).replace(u"'"_s, u"'\\''"_s) + u'\'';
}

// Writes `dir`/ssh; empty on success, otherwise why not.
QString writeWrapper(const QString &dir, const QStringList &options) {
    const QString realSsh = QStandardPaths::findExecutable(u"ssh"_s);
    if (realSsh.isEmpty())
        return ConsoleLauncher::tr("ssh is not installed.");
    if (!QDir().mkpath(dir))
        return ConsoleLauncher::tr("Cannot create %1.").arg(dir);
    QFile f(dir + u"/ssh"_s);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write(ConsoleLauncher::sshWrapperScript(realSsh, options)) < 0)
        return f.errorString();
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return {};
}
} // namespace

ConsoleLauncher::ConsoleLauncher(QObject *parent)
    : QObject(parent) {}

ConsoleLauncher::~ConsoleLauncher() {
    m_guard.reset();
    if (!m_wrapperRoot.isEmpty())
        m_tasks.start(
            [root = m_wrapperRoot](const CancelToken &) { QDir(root).removeRecursively(); });
    m_tasks.close();
    m_tasks.waitForDone();
}

QByteArray ConsoleLauncher::sshWrapperScript(const QString &realSsh, const QStringList &options) {
    QString line = u"exec "_s + shellQuoted(realSsh);
    for (const QString &o : options)
        line += u' ' + shellQuoted(o);
    return (u"#!/bin/sh\n"_s + line + u" \"$@\"\n"_s).toUtf8();
}

void ConsoleLauncher::launch(const ViewerCommand &command, const QString &vmName,
                             const QString &connectionId) {
    if (command.program.isEmpty()) {
        Q_EMIT failed(vmName, connectionId, command.error);
        return;
    }
    if (command.sshOptions.isEmpty()) {
        start(command, vmName, connectionId, {});
        return;
    }
    if (m_wrapperRoot.isEmpty())
        m_wrapperRoot = QDir::tempPath() + u"/virtdeck-viewer-"_s +
                        QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString dir = m_wrapperRoot + u'/' + QString::number(++m_launches);
    m_tasks.start([guard = m_guard, dir, command, vmName, connectionId](const CancelToken &) {
        const QString why = writeWrapper(dir, command.sshOptions);
        guard.reply([=](ConsoleLauncher *self) {
            if (!why.isEmpty())
                Q_EMIT self->failed(vmName, connectionId,
                                    ConsoleLauncher::tr("Cannot prepare the ssh tunnel "
                                                        "for virt-viewer: %1")
                                        .arg(why));
            else
                self->start(command, vmName, connectionId, dir);
        });
    });
}

void ConsoleLauncher::start(const ViewerCommand &command, const QString &vmName,
                            const QString &connectionId, const QString &wrapperDir) {
    auto *process = new QProcess(this);
    process->setProgram(command.program);
    process->setArguments(command.arguments);
    process->setStandardOutputFile(QProcess::nullDevice());
    if (!wrapperDir.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PATH"_s, wrapperDir + u':' + env.value(u"PATH"_s));
        process->setProcessEnvironment(env);
    }
    // Decided once: opened after the grace period, or failed/opened when it ends before.
    auto decided = std::make_shared<bool>(false);
    auto errors = std::make_shared<QByteArray>();
    auto *grace = new QTimer(process);
    grace->setSingleShot(true);
    connect(process, &QProcess::readyReadStandardError, process, [process, errors] {
        const QByteArray chunk = process->readAllStandardError();
        if (errors->size() < kMaxErrorBytes)
            errors->append(chunk.left(kMaxErrorBytes - errors->size()));
    });
    connect(grace, &QTimer::timeout, this, [this, decided, vmName, connectionId] {
        if (!std::exchange(*decided, true))
            Q_EMIT opened(vmName, connectionId);
    });
    connect(process, &QProcess::errorOccurred, this,
            [this, process, decided, vmName, connectionId](QProcess::ProcessError e) {
                if (e != QProcess::FailedToStart || std::exchange(*decided, true))
                    return;
                Q_EMIT failed(vmName, connectionId, process->errorString());
                process->deleteLater();
            });
    connect(process, &QProcess::finished, this,
            [this, process, decided, errors, vmName, connectionId](int code,
                                                                   QProcess::ExitStatus status) {
                process->deleteLater();
                if (std::exchange(*decided, true))
                    return;
                errors->append(process->readAllStandardError());
                if (status == QProcess::NormalExit && code == 0) {
                    Q_EMIT opened(vmName, connectionId);
                    return;
                }
                QString why = QString::fromLocal8Bit(*errors).trimmed();
                if (why.isEmpty())
                    why = status == QProcess::CrashExit
                              ? tr("%1 crashed.").arg(process->program())
                              : tr("%1 exited with code %2.").arg(process->program()).arg(code);
                Q_EMIT failed(vmName, connectionId, why);
            });
    grace->start(m_graceMs);
    process->start();
}

} // namespace virtdeck
