// RAII ownership of libvirt objects. Private to models/libvirt: only .cpp files here include it.
#pragma once

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <QString>

#include <memory>
#include <vector>

namespace virtdeck::lv {

struct ConnectDeleter {
    void operator()(virConnectPtr p) const { virConnectClose(p); }
};
struct DomainDeleter {
    void operator()(virDomainPtr p) const { virDomainFree(p); }
};
struct PoolDeleter {
    void operator()(virStoragePoolPtr p) const { virStoragePoolFree(p); }
};
struct VolumeDeleter {
    void operator()(virStorageVolPtr p) const { virStorageVolFree(p); }
};
struct NetworkDeleter {
    void operator()(virNetworkPtr p) const { virNetworkFree(p); }
};
struct StreamDeleter {
    void operator()(virStreamPtr p) const { virStreamFree(p); }
};
struct MallocDeleter {
    void operator()(void *p) const { free(p); }
};

using ConnectPtr = std::unique_ptr<virConnect, ConnectDeleter>;
using DomainPtr = std::unique_ptr<virDomain, DomainDeleter>;
using PoolPtr = std::unique_ptr<virStoragePool, PoolDeleter>;
using VolumePtr = std::unique_ptr<virStorageVol, VolumeDeleter>;
using NetworkPtr = std::unique_ptr<virNetwork, NetworkDeleter>;
using StreamPtr = std::unique_ptr<virStream, StreamDeleter>;
using CString = std::unique_ptr<char, MallocDeleter>;

// Adopts an array returned by virConnectListAll*: every element is owned at once, then the array.
template <typename Ptr, typename Raw> std::vector<Ptr> adoptList(Raw *array, int count) {
    std::vector<Ptr> out;
    if (count > 0) {
        out.reserve(size_t(count));
        for (int i = 0; i < count; ++i)
            out.emplace_back(array[i]);
    }
    free(array);
    return out;
}

// Takes ownership of a malloc'ed C string (e.g. from virDomainGetXMLDesc) and converts it.
inline QString takeString(char *s) {
    CString owner(s);
    return s ? QString::fromUtf8(s) : QString();
}

// libvirt's message for the last failure on this thread, as the user should see it.
inline QString lastError() {
    const char *msg = virGetLastErrorMessage();
    return msg ? QString::fromUtf8(msg) : QStringLiteral("unknown libvirt error");
}

} // namespace virtdeck::lv
