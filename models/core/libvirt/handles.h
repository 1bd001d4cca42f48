// SPDX-License-Identifier: GPL-3.0-or-later
// RAII ownership of libvirt objects: the one place that frees them. Only code in a libvirt/ folder
// includes it (tests/tst_layout checks that).
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
struct SnapshotDeleter {
    void operator()(virDomainSnapshotPtr p) const { virDomainSnapshotFree(p); }
};
struct CheckpointDeleter {
    void operator()(virDomainCheckpointPtr p) const { virDomainCheckpointFree(p); }
};
struct InterfaceDeleter {
    void operator()(virDomainInterfacePtr p) const { virDomainInterfaceFree(p); }
};
struct StatsRecordsDeleter {
    void operator()(virDomainStatsRecordPtr *p) const { virDomainStatsRecordListFree(p); }
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
using SnapshotPtr = std::unique_ptr<virDomainSnapshot, SnapshotDeleter>;
using CheckpointPtr = std::unique_ptr<virDomainCheckpoint, CheckpointDeleter>;
using InterfacePtr = std::unique_ptr<virDomainInterface, InterfaceDeleter>;
using StatsRecords = std::unique_ptr<virDomainStatsRecordPtr, StatsRecordsDeleter>;
using CString = std::unique_ptr<char, MallocDeleter>;

// A second reference to an open connection (virConnectRef), for a worker thread that uses the
// connection while its owner may close it: libvirt closes it when the last reference goes.
inline ConnectPtr retain(virConnectPtr conn) {
    if (conn && virConnectRef(conn) == 0)
        return ConnectPtr(conn);
    return nullptr;
}

// A list of typed parameters that libvirt fills or that is built with virTypedParamsAdd*.
class TypedParams {
public:
    TypedParams() = default;
    TypedParams(const TypedParams &) = delete;
    TypedParams &operator=(const TypedParams &) = delete;
    ~TypedParams() { virTypedParamsFree(m_params, m_count); }
    virTypedParameterPtr get() const { return m_params; }
    int count() const { return m_count; }
    // For the libvirt calls that fill or extend the list.
    virTypedParameterPtr *ptr() { return &m_params; }
    int *countPtr() { return &m_count; }
    int *maxPtr() { return &m_max; }

private:
    virTypedParameterPtr m_params = nullptr;
    int m_count = 0;
    int m_max = 0;
};

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
