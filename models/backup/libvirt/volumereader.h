// SPDX-License-Identifier: GPL-3.0-or-later
// Reading storage volumes through libvirt streams (virStorageVolDownload), the way a backup reads
// a shut-off VM's disks and a running VM's scratch images, over a local or a remote (qemu+ssh)
// connection alike: by byte range (what the qcow2 reader needs), or as the guest-visible content
// of a volume (qcow2 followed down its backing chain through the host's pools, raw as a sparse
// stream). Any thread, with a connection the caller may use.
#pragma once

#include "backup/disksource.h"
#include "backup/rangereader.h"
#include "core/domainxml.h"
#include "core/libvirt/handles.h"

#include <memory>

namespace virtdeck {

// Reads [offset, offset + length) of the volume's file, one ranged download a call; bytes past
// the end of the file read as zeros. Holds references of its own to the volume and connection.
backup::RangeReader volumeRangeReader(virConnectPtr conn, virStorageVolPtr vol);

// The guest-visible content of a volume nothing writes to now. `format` is the disk's driver
// type (qcow2, raw); empty: the volume's own. `label` names it in messages.
std::unique_ptr<backup::DiskSource> volumeSource(virConnectPtr conn, virStorageVolPtr vol,
                                                 const QString &label, const QString &format,
                                                 QString *error);

// The volume behind a domain's disk (by pool and volume, or by path); null, with libvirt's error
// set, when it is not a volume of a pool on the host.
lv::VolumePtr volumeOfDisk(virConnectPtr conn, const DomainDisk &disk);

// How manifests and messages name a disk's source: its path, or pool/volume.
QString diskLabel(const DomainDisk &disk);

} // namespace virtdeck
