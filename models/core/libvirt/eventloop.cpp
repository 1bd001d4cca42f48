// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventloop.h"

#include "handles.h"

#include <QLoggingCategory>

#include <libxml/parser.h>

#include <atomic>
#include <csignal>
#include <mutex>
#include <thread>

Q_LOGGING_CATEGORY(lcEvents, "virtdeck.libvirt.events", QtWarningMsg)

namespace virtdeck {

namespace {
std::mutex s_mutex;
// Heap-held and never destroyed: a joinable std::thread destroyed at exit would terminate().
std::thread *s_thread = nullptr;
std::atomic<bool> s_quit{false};
bool s_registered = false;
int s_wakeTimer = -1;

void wake(int, void *) {}
// libvirt prints every error to stderr by default; the console reports them itself.
void quietErrors(void *, virErrorPtr) {}
} // namespace

void LibvirtEventLoop::ensureRunning() {
    std::lock_guard lock(s_mutex);
    if (!s_registered) {
        // libvirt's ssh transport writes to a pipe into the ssh child: when the session dies
        // mid-stream (an upload over qemu+ssh), that write raises SIGPIPE, whose default action
        // ends the whole program. libvirt expects applications to ignore it; the write then
        // fails with EPIPE and the transfer reports the error.
        struct sigaction ignore {};
        ignore.sa_handler = SIG_IGN;
        sigemptyset(&ignore.sa_mask);
        ::sigaction(SIGPIPE, &ignore, nullptr);
        virSetErrorFunc(nullptr, quietErrors);
        // libvirt parses XML with libxml2, which initialises itself lazily on first use. libxml2
        // 2.9 does that without a lock: two connections opening at once on their own threads
        // both set it up (seen as a leaked xmlNewMutex). Every connection calls this first.
        xmlInitParser();
        if (virInitialize() < 0 || virEventRegisterDefaultImpl() < 0)
            qCWarning(lcEvents) << "cannot register libvirt event loop:" << lv::lastError();
        // A disabled timer that shutdown() arms so virEventRunDefaultImpl returns promptly.
        s_wakeTimer = virEventAddTimeout(-1, wake, nullptr, nullptr);
        s_registered = true;
    }
    if (s_thread)
        return;
    s_quit = false;
    s_thread = new std::thread([] {
        while (!s_quit.load()) {
            if (virEventRunDefaultImpl() < 0)
                qCWarning(lcEvents) << "event loop iteration failed:" << lv::lastError();
        }
    });
}

void LibvirtEventLoop::shutdown() {
    std::lock_guard lock(s_mutex);
    if (!s_thread)
        return;
    s_quit = true;
    virEventUpdateTimeout(s_wakeTimer, 0);
    s_thread->join();
    delete s_thread;
    s_thread = nullptr;
    virEventUpdateTimeout(s_wakeTimer, -1);
}

} // namespace virtdeck
