<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgeText</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertRule</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Host CPU</source>
        <translation>主机 CPU</translation>
    </message>
    <message>
        <source>Host memory</source>
        <translation>主机内存</translation>
    </message>
    <message>
        <source>VM CPU</source>
        <translation>虚拟机 CPU</translation>
    </message>
    <message>
        <source>VM memory</source>
        <translation>虚拟机内存</translation>
    </message>
    <message>
        <source>Host disconnected</source>
        <translation>主机已断开</translation>
    </message>
    <message>
        <source>%1 above %2 %</source>
        <translation>%1 高于 %2 %</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 持续 %2</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>read error at %1: %2</source>
        <translation>在 %1 处读取出错：%2</translation>
    </message>
    <message>
        <source>not a Virtdeck backup manifest</source>
        <translation>不是 Virtdeck 备份清单</translation>
    </message>
    <message>
        <source>manifest version %1 is newer than this program understands</source>
        <translation>清单版本 %1 比本程序支持的版本更新</translation>
    </message>
    <message>
        <source>manifest lacks id or chunk size</source>
        <translation>清单缺少 ID 或块大小</translation>
    </message>
    <message>
        <source>disk %1 lists %2 chunks, its size needs %3</source>
        <translation>磁盘 %1 列出了 %2 个块，但其大小需要 %3 个</translation>
    </message>
    <message>
        <source>zstd: %1</source>
        <translation>zstd：%1</translation>
    </message>
    <message>
        <source>chunk %1 is missing</source>
        <translation>块 %1 缺失</translation>
    </message>
    <message>
        <source>chunk %1 is damaged (not a zstd frame)</source>
        <translation>块 %1 已损坏（不是 zstd 帧）</translation>
    </message>
    <message>
        <source>chunk %1 is damaged (it claims %2 bytes, more than any chunk)</source>
        <translation>数据块 %1 已损坏（声明 %2 字节，超过任何数据块的大小）</translation>
    </message>
    <message>
        <source>chunk %1 is damaged (%2)</source>
        <translation>块 %1 已损坏（%2）</translation>
    </message>
    <message>
        <source>chunk %1 is damaged (checksum mismatch)</source>
        <translation>块 %1 已损坏（校验和不匹配）</translation>
    </message>
    <message>
        <source>incremental data for %1 without a previous backup</source>
        <translation>%1 的增量数据缺少上一次备份</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>reading %1 at offset %2: %3</source>
        <translation>读取 %1 时在偏移量 %2 处出错：%3</translation>
    </message>
    <message>
        <source>chunk %1 has the wrong size for disk %2</source>
        <translation>块 %1 的大小与磁盘 %2 不符</translation>
    </message>
    <message>
        <source>internal error: position outside the chunk</source>
        <translation>内部错误：位置超出块范围</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>write error on %1: %2</source>
        <translation>写入 %1 时出错：%2</translation>
    </message>
    <message>
        <source>cannot finish %1: %2</source>
        <translation>无法完成 %1：%2</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>%1 has no disks to back up</source>
        <translation>%1 没有可备份的磁盘</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>no VM named &apos;%1&apos; on %2</source>
        <translation>%2 上没有名为“%1”的虚拟机</translation>
    </message>
    <message>
        <source>give the restored VM a name</source>
        <translation>请为恢复的虚拟机指定名称</translation>
    </message>
    <message>
        <source>a VM named &apos;%1&apos; already exists</source>
        <translation>名为“%1”的虚拟机已存在</translation>
    </message>
    <message>
        <source>the original VM %1 (%2) is not on this host; restore it as a new VM</source>
        <translation>原虚拟机 %1（%2）不在此主机上；请将其恢复为新虚拟机</translation>
    </message>
    <message>
        <source>shut %1 down before restoring over it</source>
        <translation>请先关闭 %1，再覆盖恢复</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <source>disk %1 (%2) is not a volume of a storage pool on the host: %3</source>
        <translation>磁盘 %1（%2）不是主机上存储池中的卷：%3</translation>
    </message>
    <message>
        <source>hypervisor copying</source>
        <translation>虚拟机管理程序正在复制</translation>
    </message>
    <message>
        <source>the hypervisor&apos;s backup job failed</source>
        <translation>虚拟机管理程序的备份任务失败</translation>
    </message>
    <message>
        <source>the backing file %1 of %2 is not a volume of a storage pool on the host: %3</source>
        <translation>%2 的后备文件 %1 不是主机上存储池中的卷：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>backing chain of %1 is too deep</source>
        <translation>%1 的后备链过深</translation>
    </message>
    <message>
        <source>disk format &apos;%1&apos; of %2 cannot be backed up</source>
        <translation>无法备份 %2 的磁盘格式“%1”</translation>
    </message>
    <message>
        <source>not a qcow2 image</source>
        <translation>不是 qcow2 镜像</translation>
    </message>
    <message>
        <source>qcow2 version %1 is not supported</source>
        <translation>不支持 qcow2 版本 %1</translation>
    </message>
    <message>
        <source>encrypted qcow2 images are not supported</source>
        <translation>不支持加密的 qcow2 镜像</translation>
    </message>
    <message>
        <source>the qcow2 image is marked corrupt</source>
        <translation>该 qcow2 镜像已被标记为损坏</translation>
    </message>
    <message>
        <source>qcow2 images with an external data file are not supported</source>
        <translation>不支持带外部数据文件的 qcow2 镜像</translation>
    </message>
    <message>
        <source>qcow2 images with extended L2 entries are not supported</source>
        <translation>不支持带扩展 L2 条目的 qcow2 镜像</translation>
    </message>
    <message>
        <source>the qcow2 image uses unknown incompatible features</source>
        <translation>该 qcow2 镜像使用了未知的不兼容特性</translation>
    </message>
    <message>
        <source>the qcow2 L1 table is too small for the image size</source>
        <translation>对于该镜像大小，qcow2 L1 表过小</translation>
    </message>
    <message>
        <source>compressed qcow2 clusters are not supported (convert the image with qemu-img convert first)</source>
        <translation>不支持压缩的 qcow2 簇（请先用 qemu-img convert 转换镜像）</translation>
    </message>
    <message>
        <source>%1 is not a Virtdeck backup repository</source>
        <translation>%1 不是 Virtdeck 备份仓库</translation>
    </message>
    <message>
        <source>%1 is not empty and not a Virtdeck backup repository</source>
        <translation>%1 不为空，且不是 Virtdeck 备份仓库</translation>
    </message>
    <message>
        <source>cannot create the repository folders in %1</source>
        <translation>无法在 %1 中创建仓库文件夹</translation>
    </message>
    <message>
        <source>%1 is not a Virtdeck backup repository of a known version</source>
        <translation>%1 不是已知版本的 Virtdeck 备份仓库</translation>
    </message>
    <message>
        <source>cannot open the lock file of %1: %2</source>
        <translation>无法打开 %1 的锁文件：%2</translation>
    </message>
    <message>
        <source>manifest %1 is unreadable: %2</source>
        <translation>清单 %1 无法读取：%2</translation>
    </message>
    <message>
        <source>no backup named &apos;%1&apos; in %2</source>
        <translation>%2 中没有名为“%1”的备份</translation>
    </message>
    <message>
        <source>cannot remove backup %1</source>
        <translation>无法删除备份 %1</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>正在校验</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a chunk name (64 lowercase hex digits)</source>
        <translation>“%1”不是块名称（应为 64 位小写十六进制数字）</translation>
    </message>
    <message>
        <source>chunk %1 is damaged (the file is %2 bytes, more than any chunk)</source>
        <translation>块 %1 已损坏（文件为 %2 字节，超过任何块的大小）</translation>
    </message>
    <message>
        <source>the previous backup&apos;s chunk of %1 is unusable (%2); take a full backup</source>
        <translation>上一次备份中 %1 的块无法使用（%2）；请执行完整备份</translation>
    </message>
    <message>
        <source>wrong size</source>
        <translation>大小错误</translation>
    </message>
    <message>
        <source>disk size</source>
        <translation>磁盘大小</translation>
    </message>
    <message>
        <source>chunk size</source>
        <translation>块大小</translation>
    </message>
    <message>
        <source>%1 exists already; restore with --force to replace it</source>
        <translation>%1 已存在；请使用 --force 进行恢复以替换它</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>命名管道（FIFO）</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>字符设备</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>非普通文件</translation>
    </message>
    <message>
        <source>%1 is %2: only image files and block devices can be backed up</source>
        <translation>%1 是%2：只能备份镜像文件和块设备</translation>
    </message>
    <message>
        <source>the file ended at %1, before its size %2 (it changed while it was read)</source>
        <translation>文件在 %1 处结束，未达到其大小 %2（读取期间文件发生了变化）</translation>
    </message>
    <message>
        <source>the storage pool &apos;%1&apos; is not active; start it first</source>
        <translation>存储池“%1”未激活；请先启动它</translation>
    </message>
    <message>
        <source>there is no storage pool &apos;%1&apos;: the host has no storage pool</source>
        <translation>没有存储池“%1”：该主机上没有任何存储池</translation>
    </message>
    <message>
        <source>there is no storage pool &apos;%1&apos;; the host has: %2</source>
        <translation>没有存储池“%1”；该主机上有：%2</translation>
    </message>
    <message>
        <source>a volume named %1 exists already in the pool &apos;%2&apos;; restore with --force to write the disk under a fresh name, or choose another name</source>
        <translation>存储池“%2”中已存在名为 %1 的卷；请使用 --force 进行恢复以用新名称写入磁盘，或选择其他名称</translation>
    </message>
    <message>
        <source>the volume %1 exists already and was left alone; disk %2 is restored as %3</source>
        <translation>卷 %1 已存在，未做改动；磁盘 %2 已恢复为 %3</translation>
    </message>
    <message>
        <source>scratch images in the storage pool &apos;%1&apos;</source>
        <translation>存储池“%1”中的临时镜像</translation>
    </message>
    <message>
        <source>there is no pool &apos;%1&apos;</source>
        <translation>没有存储池“%1”</translation>
    </message>
    <message>
        <source>the disk %1 is in no storage pool and there is no pool &apos;%2&apos; (name one with --scratch-pool)</source>
        <translation>磁盘 %1 不在任何存储池中，且没有存储池“%2”（请用 --scratch-pool 指定一个）</translation>
    </message>
    <message>
        <source>no storage pool for the scratch images: %1; pools on the host: %2</source>
        <translation>没有用于临时镜像的存储池：%1；主机上的存储池：%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>disk target</source>
        <translation>磁盘目标</translation>
    </message>
    <message>
        <source>disk %1 names chunk &apos;%2&apos;, not 64 lowercase hex digits</source>
        <translation>磁盘 %1 引用的块名“%2”不是 64 位小写十六进制数字</translation>
    </message>
    <message>
        <source>backup id</source>
        <translation>备份 ID</translation>
    </message>
    <message>
        <source>VM name</source>
        <translation>虚拟机名称</translation>
    </message>
    <message>
        <source>parent backup id</source>
        <translation>父备份 ID</translation>
    </message>
    <message>
        <source>chunk_size %1 is not a multiple of %2</source>
        <translation>chunk_size %1 不是 %2 的倍数</translation>
    </message>
    <message>
        <source>disk target %1 appears twice</source>
        <translation>磁盘目标 %1 出现了两次</translation>
    </message>
    <message>
        <source>%1 is %2; it must be between 0 and %3</source>
        <translation>%1 为 %2；必须介于 0 和 %3 之间</translation>
    </message>
    <message>
        <source>%1 is %2, not a multiple of the cluster size %3</source>
        <translation>%1 为 %2，不是簇大小 %3 的倍数</translation>
    </message>
    <message>
        <source>the qcow2 backing file name contains a NUL byte</source>
        <translation>qcow2 后备文件名包含 NUL 字节</translation>
    </message>
    <message>
        <source>qcow2 L1 entry %1 points at %2, not at a cluster</source>
        <translation>qcow2 L1 表项 %1 指向 %2，而不是一个簇</translation>
    </message>
    <message>
        <source>qcow2 L2 entry of cluster %1 points at %2, not at a cluster</source>
        <translation>簇 %1 的 qcow2 L2 表项指向 %2，而不是一个簇</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 allowed</source>
        <translation>%1 为 %2 字节，超过允许的 %3</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 不是普通文件</translation>
    </message>
    <message>
        <source>the repository is busy: %1 is being created or pruned by another process; try again when it has finished</source>
        <translation>仓库正忙：%1 正在被另一个进程创建或修剪；请在其完成后重试</translation>
    </message>
    <message>
        <source>%1 declares an invalid chunk size: %2</source>
        <translation>%1 声明了无效的块大小：%2</translation>
    </message>
    <message>
        <source>the repository is busy: %1 is in use by a backup, restore or verify; try again when it has finished</source>
        <translation>仓库正忙：%1 正被备份、恢复或校验操作使用；请在其完成后重试</translation>
    </message>
    <message>
        <source>the repository is busy: %1 is being pruned; try again when it has finished</source>
        <translation>仓库正忙：%1 正在被修剪；请在其完成后重试</translation>
    </message>
    <message>
        <source>the manifest %1.json names itself &apos;%2&apos;</source>
        <translation>清单 %1.json 自称“%2”</translation>
    </message>
    <message>
        <source>the backup&apos;s manifest would not read back: %1</source>
        <translation>无法回读备份的清单：%1</translation>
    </message>
    <message>
        <source>%1 exists already: another backup took the same id</source>
        <translation>%1 已存在：另一个备份使用了相同的 ID</translation>
    </message>
    <message>
        <source>%1 is %2; it must be between %3 and %4</source>
        <translation>%1 为 %2；必须介于 %3 和 %4 之间</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;; it must be a whole number between %3 and %4</source>
        <translation>%1 为“%2”；必须是介于 %3 和 %4 之间的整数</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;; it must be a number between %3 and %4</source>
        <translation>%1 为“%2”；必须是介于 %3 和 %4 之间的数字</translation>
    </message>
    <message>
        <source>%1 is %2; it must be a whole number between %3 and %4</source>
        <translation>%1 为 %2；必须是介于 %3 和 %4 之间的整数</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; must have 1 to %3 characters</source>
        <translation>%1“%2”必须为 1 到 %3 个字符</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a plain name (no &apos;/&apos;, &apos;\&apos;, &apos;.&apos; or &apos;..&apos;)</source>
        <translation>%1“%2”不是简单名称（不能包含“/”或“\”，也不能是“.”或“..”）</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; contains a control character</source>
        <translation>%1“%2”包含控制字符</translation>
    </message>
    <message>
        <source>%1 is on this host already</source>
        <translation>%1 已在此主机上</translation>
    </message>
    <message>
        <source>the standby has another VM named %1</source>
        <translation>备用主机上有另一台名为 %1 的虚拟机</translation>
    </message>
    <message>
        <source>%1 on the standby is not a replica: it may be the VM itself, after a failover or a migration</source>
        <translation>备用主机上的 %1 不是副本：在故障转移或迁移之后，它可能就是该虚拟机本身</translation>
    </message>
    <message>
        <source>the replica of %1 on the standby was started by a failover: it is the VM now, and is not written over</source>
        <translation>备用主机上 %1 的副本已由故障转移启动：它现在就是该虚拟机，不会被覆盖</translation>
    </message>
    <message>
        <source>replicating %1</source>
        <translation>正在复制 %1</translation>
    </message>
    <message>
        <source>the standby is the VM&apos;s own host: a replica must be on another</source>
        <translation>备用主机就是该虚拟机所在的主机：副本必须位于另一台主机上</translation>
    </message>
    <message>
        <source>the backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>there is no replica of %1 on this host</source>
        <translation>此主机上没有 %1 的副本</translation>
    </message>
    <message>
        <source>the replica of %1 is not whole (%2)</source>
        <translation>%1 的副本不完整（%2）</translation>
    </message>
    <message>
        <source>Replica from %1, data of %2</source>
        <translation>来自 %1 的副本，数据时间 %2</translation>
    </message>
    <message>
        <source>No checkpoint was made, so the next backup is a full one too (%1). A qcow2 version 2 disk holds none: convert it with `qemu-img amend -f qcow2 -o compat=1.1 IMAGE` while the VM is off.</source>
        <translation>未创建检查点，因此下一次备份也将是完整备份（%1）。qcow2 版本 2 的磁盘无法保存检查点：请在虚拟机关闭时用 `qemu-img amend -f qcow2 -o compat=1.1 IMAGE` 转换它。</translation>
    </message>
    <message>
        <source>writing %1 to the standby: %2</source>
        <translation>正在将 %1 写入备用主机：%2</translation>
    </message>
    <message>
        <source>marking the replica on the standby: %1</source>
        <translation>在备用主机上标记副本：%1</translation>
    </message>
    <message>
        <source>defining the replica on the standby: %1</source>
        <translation>在备用主机上定义副本：%1</translation>
    </message>
</context>
<context>
    <name>BackupJobs</name>
    <message>
        <source>%1: %2 of %3, %4 MiB/s</source>
        <translation>%1：%2 / %3，%4 MiB/s</translation>
    </message>
    <message>
        <source>The host is not connected.</source>
        <translation>主机未连接。</translation>
    </message>
    <message>
        <source>Retention was not applied this time: %1</source>
        <translation>本次未应用保留策略：%1</translation>
    </message>
    <message numerus="yes">
        <source>Retention removed %n backup(s)</source>
        <translation>
            <numerusform>保留策略删除了 %n 个备份</numerusform>
        </translation>
    </message>
    <message>
        <source>and freed %1.</source>
        <translation>并释放了 %1。</translation>
    </message>
    <message>
        <source>Backing up %1 into %2.</source>
        <translation>正在将 %1 备份到 %2。</translation>
    </message>
    <message>
        <source>Backup %1 (%2): %3 read, %4 new in the repository.</source>
        <translation>备份 %1（%2）：读取 %3，仓库中新增 %4。</translation>
    </message>
    <message>
        <source>A restore job needs the backup&apos;s id and a name for the new VM.</source>
        <translation>恢复作业需要备份 ID 和新虚拟机的名称。</translation>
    </message>
    <message>
        <source>Restoring %1 as %2.</source>
        <translation>正在将 %1 恢复为 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Restored as %1 (%n volume(s)).</source>
        <translation>
            <numerusform>已恢复为 %1（%n 个卷）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>The job&apos;s retention is invalid: %1</source>
        <translation>任务的保留策略无效：%1</translation>
    </message>
    <message>
        <source>A restore job&apos;s format is raw, qcow2 or original, not &apos;%1&apos;.</source>
        <translation>恢复作业的格式应为 raw、qcow2 或 original，而不是“%1”。</translation>
    </message>
    <message>
        <source>Replica of %1 copied whole (backup %2): %3 read, %4 written to the standby.</source>
        <translation>%1 的副本已完整复制（备份 %2）：读取 %3，向备用主机写入 %4。</translation>
    </message>
    <message>
        <source>Replica of %1 updated (backup %2): %3 read, %4 written to the standby.</source>
        <translation>%1 的副本已更新（备份 %2）：读取 %3，向备用主机写入 %4。</translation>
    </message>
    <message>
        <source>The standby host is not connected.</source>
        <translation>备用主机未连接。</translation>
    </message>
    <message>
        <source>A replicate job needs the standby host&apos;s URI.</source>
        <translation>复制任务需要备用主机的 URI。</translation>
    </message>
    <message>
        <source>Replicating %1 to %2.</source>
        <translation>正在将 %1 复制到 %2。</translation>
    </message>
    <message>
        <source>Cannot connect to the standby %1: %2</source>
        <translation>无法连接到备用主机 %1：%2</translation>
    </message>
    <message>
        <source>Replicate to a standby</source>
        <translation>复制到备用主机</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>libvirt URI.</source>
        <translation>libvirt URI。</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Repository folder.</source>
        <translation>仓库文件夹。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>Back up a local disk image file.</source>
        <translation>备份本地磁盘镜像文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Name of the restored VM (or of an image).</source>
        <translation>恢复后的虚拟机（或镜像）的名称。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Storage pool for restored disks.</source>
        <translation>用于存放恢复磁盘的存储池。</translation>
    </message>
    <message>
        <source>POOL</source>
        <translation>POOL</translation>
    </message>
    <message>
        <source>Pool for scratch images of running VMs.</source>
        <translation>用于存放运行中虚拟机临时镜像的存储池。</translation>
    </message>
    <message>
        <source>Take a full backup, not an incremental.</source>
        <translation>执行完整备份，而非增量备份。</translation>
    </message>
    <message>
        <source>Restore over the original VM (it must be shut off; its current disks are kept, not deleted).</source>
        <translation>覆盖恢复到原虚拟机（该虚拟机必须已关机；其当前磁盘会保留，不会删除）。</translation>
    </message>
    <message>
        <source>Confirm --to-original.</source>
        <translation>确认 --to-original。</translation>
    </message>
    <message>
        <source>Restore the disks as raw files into DIR.</source>
        <translation>将磁盘以 raw 文件形式恢复到 DIR 中。</translation>
    </message>
    <message>
        <source>Verify only PERCENT of the chunks.</source>
        <translation>仅校验百分之 PERCENT 的块。</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>PERCENT</translation>
    </message>
    <message>
        <source>Keep the newest N backups.</source>
        <translation>保留最新的 N 个备份。</translation>
    </message>
    <message>
        <source>Keep one backup for each of N days.</source>
        <translation>在最近 N 天中每天保留一个备份。</translation>
    </message>
    <message>
        <source>Keep one backup for each of N weeks.</source>
        <translation>在最近 N 周中每周保留一个备份。</translation>
    </message>
    <message>
        <source>Keep one backup for each of N months.</source>
        <translation>在最近 N 个月中每月保留一个备份。</translation>
    </message>
    <message>
        <source>Only show what prune would remove.</source>
        <translation>仅显示 prune 将删除的内容。</translation>
    </message>
    <message>
        <source>Compression threads (2).</source>
        <translation>压缩线程数（默认 2）。</translation>
    </message>
    <message>
        <source>Connection timeout (60).</source>
        <translation>连接超时（默认 60）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>no answer before the timeout</source>
        <translation>超时前未收到响应</translation>
    </message>
    <message>
        <source>cannot connect to %1: connection closed</source>
        <translation>无法连接到 %1：连接已关闭</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>read %1 in %2 s (%3/s), stored %4 new</source>
        <translation>用时 %2 秒读取了 %1（%3/s），新存储 %4</translation>
    </message>
    <message>
        <source>%1 backups, %2 of data in %3 stored (%4 chunks): dedup ratio %5
</source>
        <translation>%1 个备份，%2 数据以 %3 存储（%4 个块）：去重比 %5
</translation>
    </message>
    <message>
        <source>%1 backups, %2 chunks checked of %3 (%4), %5 damaged, %6 missing
</source>
        <translation>%1 个备份，已检查 %2/%3 个块（%4），%5 个损坏，%6 个缺失
</translation>
    </message>
    <message>
        <source>damaged chunk %1</source>
        <translation>损坏的块 %1</translation>
    </message>
    <message>
        <source>missing chunk %1</source>
        <translation>缺失的块 %1</translation>
    </message>
    <message>
        <source>damaged backup %1</source>
        <translation>损坏的备份 %1</translation>
    </message>
    <message>
        <source>%1 unreferenced chunks and %2 temp files from interrupted runs (prune removes them)
</source>
        <translation>%1 个未引用的块和 %2 个中断运行遗留的临时文件（prune 会将其删除）
</translation>
    </message>
    <message>
        <source>would remove %1</source>
        <translation>将删除 %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <source>kept %1 backups; %2 chunks (%3) %4
</source>
        <translation>保留了 %1 个备份；%2 个块（%3）%4
</translation>
    </message>
    <message>
        <source>would be freed</source>
        <translation>将被释放</translation>
    </message>
    <message>
        <source>freed</source>
        <translation>已释放</translation>
    </message>
    <message>
        <source>virtdeck: restore needs one BACKUP id</source>
        <translation>virtdeck: restore 需要一个 BACKUP ID</translation>
    </message>
    <message>
        <source>virtdeck: %1 needs --connect URI</source>
        <translation>virtdeck: %1 需要 --connect URI</translation>
    </message>
    <message>
        <source>virtdeck: name the VMs to back up</source>
        <translation>virtdeck: 请指定要备份的虚拟机</translation>
    </message>
    <message>
        <source>virtdeck: name the backup to restore</source>
        <translation>virtdeck: 请指定要恢复的备份</translation>
    </message>
    <message>
        <source>virtdeck: --to-original replaces the disks of the VM in the backup with the backed-up ones; its current disks are kept as volumes. Add --yes to confirm.</source>
        <translation>virtdeck: --to-original 会将备份中那台虚拟机的磁盘替换为备份的磁盘；其当前磁盘会作为卷保留。请添加 --yes 以确认。</translation>
    </message>
    <message>
        <source>virtdeck: restore as a new VM needs --name NEW (or --to-original --yes)</source>
        <translation>virtdeck: 恢复为新虚拟机需要 --name NEW（或使用 --to-original --yes）</translation>
    </message>
    <message>
        <source>virtdeck: backup of %1 failed: %2</source>
        <translation>virtdeck: 备份 %1 失败：%2</translation>
    </message>
    <message>
        <source>virtdeck: restore failed: %1</source>
        <translation>virtdeck: 恢复失败：%1</translation>
    </message>
    <message>
        <source>restored %1 as VM %2 (%3)</source>
        <translation>已将 %1 恢复为虚拟机 %2（%3）</translation>
    </message>
    <message>
        <source>  previous disk kept: %1</source>
        <translation>  已保留原磁盘：%1</translation>
    </message>
    <message>
        <source>virtdeck: %1 needs --repo DIR</source>
        <translation>virtdeck: %1 需要 --repo DIR</translation>
    </message>
    <message>
        <source>Show version information.</source>
        <translation>显示版本信息。</translation>
    </message>
    <message>
        <source>Open the libvirt URI (repeatable). Default: the saved connections.</source>
        <translation>打开指定的 libvirt URI（可多次指定）。默认：已保存的连接。</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>输出 JSON 而非表格。</translation>
    </message>
    <message>
        <source>Give up on hosts that do not answer in SECONDS (60).</source>
        <translation>放弃在 SECONDS 秒内未响应的主机（默认 60）。</translation>
    </message>
    <message>
        <source>Open the built-in demo hosts (window only).</source>
        <translation>打开内置的演示主机（仅限窗口模式）。</translation>
    </message>
    <message>
        <source>list, hosts, volumes or pools; none opens the window.</source>
        <translation>list、hosts、volumes 或 pools；不指定则打开窗口。</translation>
    </message>
    <message>
        <source>virtdeck: cannot connect to %1: %2</source>
        <translation>virtdeck: 无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>virtdeck: unknown command &apos;%1&apos;.</source>
        <translation>virtdeck: 未知命令“%1”。</translation>
    </message>
    <message>
        <source>virtdeck: no connection given; use --connect URI (e.g. qemu:///system).</source>
        <translation>virtdeck: 未指定连接；请使用 --connect URI（例如 qemu:///system）。</translation>
    </message>
    <message>
        <source>virtdeck: the storage listing did not finish before the timeout</source>
        <translation>virtdeck: 存储列表未能在超时前完成</translation>
    </message>
    <message>
        <source>The scheduler database (default: %1).</source>
        <translation>调度器数据库（默认：%1）。</translation>
    </message>
    <message>
        <source>virtdeck: cannot open the scheduler database %1: %2</source>
        <translation>virtdeck: 无法打开调度器数据库 %1：%2</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Include every finished job kept in the history.</source>
        <translation>包括历史记录中保存的所有已结束任务。</translation>
    </message>
    <message>
        <source>List the recurring schedules instead of jobs.</source>
        <translation>列出周期计划，而非任务。</translation>
    </message>
    <message>
        <source>Queue an action on VMs for the scheduler (the window or `virtdeck scheduler --headless` runs it). Without --at, --after or a recurrence it runs as soon as a runner is free.

Actions: %1</source>
        <translation>将针对虚拟机的操作加入调度器队列（由窗口或 `virtdeck scheduler --headless` 执行）。若未指定 --at、--after 或周期，则在有空闲执行器时立即运行。

操作：%1</translation>
    </message>
    <message>
        <source>The host&apos;s libvirt URI.</source>
        <translation>主机的 libvirt URI。</translation>
    </message>
    <message>
        <source>What to do (start, shutdown, snapshot-create, …).</source>
        <translation>要执行的操作（start、shutdown、snapshot-create、…）。</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>A VM by name (repeatable: one job per VM).</source>
        <translation>按名称指定虚拟机（可多次指定：每个虚拟机一个任务）。</translation>
    </message>
    <message>
        <source>Run at this local time (ISO 8601, e.g. 2026-12-01T09:00).</source>
        <translation>在此本地时间运行（ISO 8601，例如 2026-12-01T09:00）。</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>Run after job ID has finished successfully.</source>
        <translation>在任务 ID 成功完成后运行。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Recurring: every day at these times (HH:MM,…).</source>
        <translation>周期：每天在这些时间运行（HH:MM,…）。</translation>
    </message>
    <message>
        <source>TIMES</source>
        <translation>TIMES</translation>
    </message>
    <message>
        <source>Recurring: on these days at these times (&quot;mon,fri 07:30&quot;).</source>
        <translation>周期：在这些日期的这些时间运行（&quot;mon,fri 07:30&quot;）。</translation>
    </message>
    <message>
        <source>DAYS TIMES</source>
        <translation>DAYS TIMES</translation>
    </message>
    <message>
        <source>Recurring: a cron expression (&quot;0 9 * * 1-5&quot;).</source>
        <translation>周期：cron 表达式（&quot;0 9 * * 1-5&quot;）。</translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation>EXPR</translation>
    </message>
    <message>
        <source>The name of a recurring schedule.</source>
        <translation>周期计划的名称。</translation>
    </message>
    <message>
        <source>Recurring: skip a run missed while no scheduler was running.</source>
        <translation>周期：跳过调度器未运行期间错过的运行。</translation>
    </message>
    <message>
        <source>Higher runs first under the priority policy.</source>
        <translation>在优先级策略下，数值越高越先运行。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>A lab or batch label (the round-robin key).</source>
        <translation>实验组或批次标签（轮转调度的依据）。</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>The snapshot name for snapshot actions.</source>
        <translation>快照操作所用的快照名称。</translation>
    </message>
    <message>
        <source>A parameter for the action (repeatable), e.g. wait=120.</source>
        <translation>操作的参数（可多次指定），例如 wait=120。</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>Fail at once when the host is unreachable (default: wait).</source>
        <translation>主机不可达时立即失败（默认：等待）。</translation>
    </message>
    <message>
        <source>Print what was added as JSON.</source>
        <translation>以 JSON 格式输出已添加的内容。</translation>
    </message>
    <message>
        <source>--param takes KEY=VALUE, not &apos;%1&apos;.</source>
        <translation>--param 的格式应为 KEY=VALUE，而不是“%1”。</translation>
    </message>
    <message>
        <source>give one of --daily, --weekly or --cron.</source>
        <translation>请指定 --daily、--weekly 或 --cron 之一。</translation>
    </message>
    <message>
        <source>--at and --after are for one-off jobs, not recurring schedules.</source>
        <translation>--at 和 --after 用于一次性任务，不适用于周期计划。</translation>
    </message>
    <message>
        <source>give the host with --connect URI.</source>
        <translation>请用 --connect URI 指定主机。</translation>
    </message>
    <message>
        <source>unknown or missing --action &apos;%1&apos;.</source>
        <translation>--action“%1”未知或缺失。</translation>
    </message>
    <message>
        <source>name the VM with --vm NAME.</source>
        <translation>请用 --vm NAME 指定虚拟机。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>virtdeck: cannot save the schedule: %1</source>
        <translation>virtdeck: 无法保存计划：%1</translation>
    </message>
    <message>
        <source>Added schedule %1 (%2); next run %3.</source>
        <translation>已添加计划 %1（%2）；下次运行：%3。</translation>
    </message>
    <message>
        <source>--at takes a time like 2026-12-01T09:00, not &apos;%1&apos;.</source>
        <translation>--at 需要类似 2026-12-01T09:00 的时间，而不是“%1”。</translation>
    </message>
    <message>
        <source>--after names no job: &apos;%1&apos;.</source>
        <translation>--after 未指向任何任务：“%1”。</translation>
    </message>
    <message>
        <source>Queued from the command line.</source>
        <translation>已从命令行加入队列。</translation>
    </message>
    <message>
        <source>Queued job %1: %2 %3 on %4%5.</source>
        <translation>已将任务 %1 加入队列：在 %4 上对 %3 执行 %2%5。</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation>，时间为 %1</translation>
    </message>
    <message>
        <source> after job %1</source>
        <translation>，在任务 %1 之后</translation>
    </message>
    <message>
        <source>virtdeck: cannot save the jobs: %1</source>
        <translation>virtdeck: 无法保存任务：%1</translation>
    </message>
    <message>
        <source>Note: no scheduler is running now; the jobs run when the window or `virtdeck scheduler --headless` starts.</source>
        <translation>注意：当前没有运行调度器；任务将在窗口或 `virtdeck scheduler --headless` 启动后运行。</translation>
    </message>
    <message>
        <source>The jobs to cancel.</source>
        <translation>要取消的任务。</translation>
    </message>
    <message>
        <source>ID…</source>
        <translation>ID…</translation>
    </message>
    <message>
        <source>virtdeck jobs cancel: give the job ids.</source>
        <translation>virtdeck jobs cancel: 请指定任务 ID。</translation>
    </message>
    <message>
        <source>Job %1: %2.</source>
        <translation>任务 %1：%2。</translation>
    </message>
    <message>
        <source>virtdeck: job %1: %2</source>
        <translation>virtdeck: 任务 %1：%2</translation>
    </message>
    <message>
        <source>not a job id</source>
        <translation>不是任务 ID</translation>
    </message>
    <message numerus="yes">
        <source>Scheduler running on %1 (%n schedule(s)).</source>
        <translation>
            <numerusform>调度器正在 %1 上运行（%n 个计划）。</numerusform>
        </translation>
    </message>
    <message>
        <source>This process runs the jobs.</source>
        <translation>由此进程执行任务。</translation>
    </message>
    <message>
        <source>Standing by: %1 runs the jobs.</source>
        <translation>待命中：由 %1 执行任务。</translation>
    </message>
    <message>
        <source>Job %1 %2: %3 %4 on %5: %6</source>
        <translation>任务 %1 %2：%5 上的 %3 %4：%6</translation>
    </message>
    <message>
        <source>usage: virtdeck jobs list|add|cancel [options]   (each takes --help)</source>
        <translation>用法：virtdeck jobs list|add|cancel [options]   （均支持 --help）</translation>
    </message>
    <message>
        <source>Run the scheduler without a window, so schedules run while the window is closed. The window and this runner share the database; only one of them runs jobs at a time.</source>
        <translation>在无窗口模式下运行调度器，使计划在窗口关闭时也能运行。窗口与此运行器共用数据库；同一时间只有其中一个执行任务。</translation>
    </message>
    <message>
        <source>Run without a window (required).</source>
        <translation>在无窗口模式下运行（必需）。</translation>
    </message>
    <message>
        <source>virtdeck scheduler: only --headless is supported; the window runs the scheduler itself.</source>
        <translation>virtdeck scheduler: 仅支持 --headless；窗口会自行运行调度器。</translation>
    </message>
    <message>
        <source>headless runner</source>
        <translation>无窗口运行器</translation>
    </message>
    <message>
        <source>interrupted by %1: nothing was finished, no backup or restored file was left looking complete</source>
        <translation>被 %1 中断：没有任何操作完成，也没有留下看似完整的备份或恢复文件</translation>
    </message>
    <message>
        <source>Let prune remove every backup when all --keep-* values are 0.</source>
        <translation>当所有 --keep-* 值均为 0 时，允许 prune 删除所有备份。</translation>
    </message>
    <message>
        <source>Let restore replace files or volumes that exist.</source>
        <translation>允许 restore 替换已存在的文件或卷。</translation>
    </message>
    <message>
        <source>the backing chain of the image is deeper than 16 files (a loop?)</source>
        <translation>镜像的后备链超过 16 个文件（存在循环？）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>backup of %1 failed: %2</source>
        <translation>%1 的备份失败：%2</translation>
    </message>
    <message>
        <source>these --keep-* values keep no backup at all; give one above 0, leave them out to only collect garbage, or add --remove-all to remove every backup</source>
        <translation>这些 --keep-* 值不会保留任何备份；请将其中一个设为大于 0 的值，或省略它们以仅进行垃圾回收，或添加 --remove-all 以删除所有备份</translation>
    </message>
    <message>
        <source>%1 exists already; add --force to replace it (it is replaced only once the restored disk is complete)</source>
        <translation>%1 已存在；添加 --force 以替换它（仅在恢复的磁盘完整后才会替换）</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>--priority takes a whole number from %1 to %2.</source>
        <translation>--priority 需要 %1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>virtdeck: --timeout takes a whole number from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>virtdeck：--timeout 需要 1 到 3600 之间的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>replicate: the standby host&apos;s libvirt URI.</source>
        <translation>replicate：备用主机的 libvirt URI。</translation>
    </message>
    <message>
        <source>Backups of libvirt VMs into a deduplicated, verifiable repository folder.

  backup   --connect URI --repo DIR VM…   (or --image FILE… for disk images)
  backups  --repo DIR [--json]
  restore  --repo DIR BACKUP --connect URI [--name NEW] [--pool POOL]
           [--to-original --yes] [--to-dir DIR]
           [--force]
  verify   --repo DIR [--sample PERCENT]
  prune    --repo DIR [--keep-last N] [--keep-daily N] [--keep-weekly N]
           [--keep-monthly N] [--dry-run] [--remove-all]
  replicate --connect URI --standby URI --repo DIR VM…   [--pool POOL]
  replicas  --connect URI [--json]   (the replicas a standby holds)</source>
        <translation>将 libvirt 虚拟机备份到经过去重、可校验的仓库文件夹中。

  backup   --connect URI --repo DIR VM…   （磁盘镜像请用 --image FILE…）
  backups  --repo DIR [--json]
  restore  --repo DIR BACKUP --connect URI [--name NEW] [--pool POOL]
           [--to-original --yes] [--to-dir DIR]
           [--force]
  verify   --repo DIR [--sample PERCENT]
  prune    --repo DIR [--keep-last N] [--keep-daily N] [--keep-weekly N]
           [--keep-monthly N] [--dry-run] [--remove-all]
  replicate --connect URI --standby URI --repo DIR VM…   [--pool POOL]
  replicas  --connect URI [--json]   （备用主机上保存的副本）</translation>
    </message>
    <message>
        <source>backup, backups, restore, verify, prune, replicate or replicas.</source>
        <translation>backup、backups、restore、verify、prune、replicate 或 replicas。</translation>
    </message>
    <message>
        <source>virtdeck: replicate needs --standby URI</source>
        <translation>virtdeck: replicate 需要 --standby URI</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>No replicas on %1.</source>
        <translation>%1 上没有副本。</translation>
    </message>
    <message>
        <source>virtdeck: replication of %1 failed: %2</source>
        <translation>virtdeck: 复制 %1 失败：%2</translation>
    </message>
    <message>
        <source>%1 replicated to %2 (%3): backup %4, %5 read, %6 written</source>
        <translation>已将 %1 复制到 %2（%3）：备份 %4，读取 %5，写入 %6</translation>
    </message>
    <message>
        <source>whole</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>增量</translation>
    </message>
    <message>
        <source>The VM&apos;s host (libvirt URI).</source>
        <translation>虚拟机所在的主机（libvirt URI）。</translation>
    </message>
    <message>
        <source>Failover order: higher first (0).</source>
        <translation>故障转移顺序：数值越高越先处理（默认 0）。</translation>
    </message>
    <message>
        <source>A host to fail over to, best first (repeatable).</source>
        <translation>故障转移的目标主机，最佳的排在最前（可多次指定）。</translation>
    </message>
    <message>
        <source>The VM&apos;s backup repository, for a restore when no replica is whole.</source>
        <translation>虚拟机的备份仓库，用于在没有完整副本时进行恢复。</translation>
    </message>
    <message>
        <source>Seconds the host may be lost before a failover (120).</source>
        <translation>主机失联多少秒后进行故障转移（默认 120）。</translation>
    </message>
    <message>
        <source>resolve: the host whose copy of the VM stays (URI).</source>
        <translation>resolve：保留其上虚拟机实例的主机（URI）。</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 未及时响应</translation>
    </message>
    <message>
        <source>there is no VM %1 on %2</source>
        <translation>%2 上没有虚拟机 %1</translation>
    </message>
    <message>
        <source>mark needs --connect URI (the VM&apos;s host)</source>
        <translation>mark 需要 --connect URI（虚拟机所在的主机）</translation>
    </message>
    <message>
        <source>--priority takes a whole number from -1000 to 1000</source>
        <translation>--priority 需要 -1000 到 1000 之间的整数</translation>
    </message>
    <message>
        <source>--grace takes a whole number of seconds from 5 to 86400</source>
        <translation>--grace 需要 5 到 86400 之间的整数秒数</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) is high-availability: it fails over if %3 is lost for %n second(s).</source>
        <translation>
            <numerusform>%1（%2）已设为高可用：如果 %3 失联 %n 秒，将进行故障转移。</numerusform>
        </translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message>
        <source>failed over to %1 at %2</source>
        <translation>已于 %2 故障转移到 %1</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>受保护</translation>
    </message>
    <message>
        <source>No high-availability VMs.</source>
        <translation>没有高可用虚拟机。</translation>
    </message>
    <message>
        <source>%1 is not a high-availability VM</source>
        <translation>%1 不是高可用虚拟机</translation>
    </message>
    <message>
        <source>%1 was not failed over: nothing to resolve</source>
        <translation>%1 未发生故障转移：无需解决</translation>
    </message>
    <message>
        <source>resolve needs --keep %1 or --keep %2</source>
        <translation>resolve 需要 --keep %1 或 --keep %2</translation>
    </message>
    <message>
        <source>%1 stays on %2; its copy on %3 was discarded (its disks are kept).</source>
        <translation>%1 保留在 %2 上；其在 %3 上的实例已丢弃（磁盘已保留）。</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>unknown verb &apos;%1&apos;: status, mark, unmark or resolve</source>
        <translation>未知子命令“%1”：应为 status、mark、unmark 或 resolve</translation>
    </message>
    <message>
        <source>%1 takes one VM</source>
        <translation>%1 只能指定一台虚拟机</translation>
    </message>
    <message>
        <source>mark: the VM&apos;s disks are on storage its hosts share, and their libvirt locks disks with virtlockd: a failover starts it on them.</source>
        <translation>mark：虚拟机的磁盘位于其主机共享的存储上，且这些主机的 libvirt 用 virtlockd 锁定磁盘：故障转移在这些磁盘上启动它。</translation>
    </message>
    <message>
        <source>cannot read the definition of %1: %2</source>
        <translation>无法读取 %1 的定义：%2</translation>
    </message>
    <message>
        <source>High availability: VMs started elsewhere when their host is lost.

  ha status [--connect URI] [--json]
  ha mark VM --connect URI [--priority N] [--prefer URI]… [--repo DIR] [--grace S]
          [--shared-disks]
  ha unmark VM
  ha resolve VM --keep URI   (after a failover: which copy stays)

The runner of the scheduler (the window, or `virtdeck scheduler --headless`) watches the hosts and fails the VMs over.</source>
        <translation>高可用：当主机失联时，在其他主机上启动其虚拟机。

  ha status [--connect URI] [--json]
  ha mark VM --connect URI [--priority N] [--prefer URI]… [--repo DIR] [--grace S]
          [--shared-disks]
  ha unmark VM
  ha resolve VM --keep URI   （故障转移之后：保留哪个实例）

调度器的运行器（窗口或 `virtdeck scheduler --headless`）监视各主机，并对虚拟机进行故障转移。</translation>
    </message>
    <message>
        <source>Virtdeck, a desktop console for libvirt hypervisors.

Without a command it opens the window. Commands print what the console sees:
  list     the VMs of the given hosts
  hosts    the hosts themselves
  volumes  the storage volumes (images) of every pool
  pools    the storage pools
  jobs     list, add or cancel scheduled jobs (virtdeck jobs add --help)
  scheduler --headless   run the scheduler without a window
  lab      create, provision, start, reset or delete a class&apos;s VMs (virtdeck lab --help)
  backup, backups, restore, verify, prune   the backup engine (see --help of each)
  replicate, replicas, ha                   replicas on a standby, failover
  db migrate --to postgresql://…            copy this computer&apos;s state to a shared database</source>
        <translation>Virtdeck，libvirt 虚拟机管理程序的桌面控制台。

不带命令时打开窗口。各命令输出控制台所见的内容：
  list     指定主机上的虚拟机
  hosts    主机本身
  volumes  每个存储池中的存储卷（镜像）
  pools    存储池
  jobs     列出、添加或取消计划任务（virtdeck jobs add --help）
  scheduler --headless   在无窗口模式下运行调度器
  lab      创建、部署、启动、重置或删除某个班级的虚拟机（virtdeck lab --help）
  backup, backups, restore, verify, prune   备份引擎（参见各命令的 --help）
  replicate, replicas, ha                   备用主机上的副本、故障转移
  db migrate --to postgresql://…            将本机状态复制到共享数据库</translation>
    </message>
    <message>
        <source>virtdeck db migrate: --to needs a postgresql:// URL.</source>
        <translation>virtdeck db migrate：--to 需要一个 postgresql:// URL。</translation>
    </message>
    <message>
        <source>scheduler</source>
        <translation>调度器</translation>
    </message>
    <message>
        <source>labs</source>
        <translation>实验室</translation>
    </message>
    <message>
        <source>virtdeck db migrate: there is nothing to copy (no %1, no %2).</source>
        <translation>virtdeck db migrate：没有可复制的内容（没有 %1，也没有 %2）。</translation>
    </message>
    <message>
        <source>virtdeck db migrate: %1 (%2): %3</source>
        <translation>virtdeck db migrate：%1（%2）：%3</translation>
    </message>
    <message>
        <source>Copied %1 from %2: %3.</source>
        <translation>已从 %2 复制%1：%3。</translation>
    </message>
    <message>
        <source>Done. Use it with --database %1, or set it under Preferences → Shared database.</source>
        <translation>完成。使用 --database %1，或在“首选项 → 共享数据库”中设置。</translation>
    </message>
    <message>
        <source>The PostgreSQL database (postgresql://…).</source>
        <translation>PostgreSQL 数据库（postgresql://…）。</translation>
    </message>
    <message>
        <source>The scheduler&apos;s SQLite file.</source>
        <translation>调度器的 SQLite 文件。</translation>
    </message>
    <message>
        <source>The labs&apos; SQLite file.</source>
        <translation>实验室的 SQLite 文件。</translation>
    </message>
    <message>
        <source>migrate</source>
        <translation>migrate</translation>
    </message>
    <message>
        <source>usage: virtdeck db migrate --to postgresql://user@host/db [--scheduler FILE] [--labs FILE]</source>
        <translation>用法：virtdeck db migrate --to postgresql://user@host/db [--scheduler 文件] [--labs 文件]</translation>
    </message>
    <message>
        <source>This runner takes jobs from the shared queue, fires the schedules and watches the failovers.</source>
        <translation>此运行器从共享队列领取作业，触发计划并监视故障转移。</translation>
    </message>
    <message>
        <source>This runner takes jobs from the shared queue; %1 fires the schedules and watches the failovers.</source>
        <translation>此运行器从共享队列领取作业；%1 触发计划并监视故障转移。</translation>
    </message>
    <message>
        <source>The team&apos;s list of hosts could not be read (%1); this computer&apos;s copy is used.</source>
        <translation>无法读取团队的主机列表（%1）；使用本机的副本。</translation>
    </message>
    <message>
        <source>The team has its own %1 already; this computer&apos;s were not copied.</source>
        <translation>团队已有自己的%1；未复制本机的。</translation>
    </message>
    <message>
        <source>Copied %1 from this computer&apos;s settings.</source>
        <translation>已从本机设置复制%1。</translation>
    </message>
    <message>
        <source>the list of hosts</source>
        <translation>主机列表</translation>
    </message>
    <message>
        <source>the alert rules</source>
        <translation>告警规则</translation>
    </message>
    <message>
        <source>virtdeck db migrate: the hosts and alert rules: %1</source>
        <translation>virtdeck db migrate：主机和告警规则：%1</translation>
    </message>
    <message>
        <source>The shared database.

  db migrate --to postgresql://user@host/db [--scheduler FILE] [--labs FILE]

Copies the jobs, schedules, job history, high-availability marks and labs of this computer&apos;s SQLite files into a PostgreSQL database a team shares. The target must hold none of them yet; the files stay as they are. This user&apos;s list of hosts and alert rules become the team&apos;s where the team has none yet.</source>
        <translation>共享数据库。

  db migrate --to postgresql://user@host/db [--scheduler FILE] [--labs FILE]

将本机 SQLite 文件中的作业、计划、作业历史、高可用标记和实验室复制到团队共享的 PostgreSQL 数据库。目标中不得已有这些数据；文件保持不变。若团队尚无主机列表和告警规则，则使用此用户的。</translation>
    </message>
</context>
<context>
    <name>ConnectionConfig</name>
    <message>
        <source>QEMU/KVM (system)</source>
        <translation>QEMU/KVM（系统）</translation>
    </message>
    <message>
        <source>QEMU/KVM (user session)</source>
        <translation>QEMU/KVM（用户会话）</translation>
    </message>
    <message>
        <source>Enter the host name or address of the remote hypervisor.</source>
        <translation>请输入远程虚拟机管理程序的主机名或地址。</translation>
    </message>
    <message>
        <source>The host name may not contain spaces, &apos;/&apos; or &apos;@&apos;.</source>
        <translation>主机名不能包含空格、“/”或“@”。</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>端口必须介于 1 到 65535 之间。</translation>
    </message>
    <message>
        <source>Enter a libvirt URI, for example qemu+ssh://user@host/system.</source>
        <translation>请输入 libvirt URI，例如 qemu+ssh://user@host/system。</translation>
    </message>
    <message>
        <source>This is not a valid libvirt URI.</source>
        <translation>这不是有效的 libvirt URI。</translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <source>Disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>CronExpression</name>
    <message numerus="yes">
        <source>A cron expression has five fields (minute hour day month weekday); got %n.</source>
        <translation>
            <numerusform>cron 表达式应有五个字段（分 时 日 月 星期）；实际为 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Bad minute field &apos;%1&apos; (0-59).</source>
        <translation>分钟字段“%1”无效（0-59）。</translation>
    </message>
    <message>
        <source>Bad hour field &apos;%1&apos; (0-23).</source>
        <translation>小时字段“%1”无效（0-23）。</translation>
    </message>
    <message>
        <source>Bad day-of-month field &apos;%1&apos; (1-31).</source>
        <translation>日期字段“%1”无效（1-31）。</translation>
    </message>
    <message>
        <source>Bad month field &apos;%1&apos; (1-12 or jan-dec).</source>
        <translation>月份字段“%1”无效（1-12 或 jan-dec）。</translation>
    </message>
    <message>
        <source>Bad weekday field &apos;%1&apos; (0-7 or sun-sat).</source>
        <translation>星期字段“%1”无效（0-7 或 sun-sat）。</translation>
    </message>
</context>
<context>
    <name>DefaultPool</name>
    <message>
        <source>started the storage pool &apos;%1&apos;, which was inactive</source>
        <translation>已启动原先未激活的存储池“%1”</translation>
    </message>
    <message>
        <source>cannot create the storage pool &apos;%1&apos; at %2: %3</source>
        <translation>无法在 %2 创建存储池“%1”：%3</translation>
    </message>
    <message>
        <source>created the storage pool &apos;%1&apos; (a directory pool at %2, built, started and set to start with the host)</source>
        <translation>已创建存储池“%1”（位于 %2 的目录存储池，已构建、启动并设置为随主机启动）</translation>
    </message>
</context>
<context>
    <name>DomainAction</name>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Force off</source>
        <translation>强制关机</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete with storage</source>
        <translation>连同存储一起删除</translation>
    </message>
    <message>
        <source>Define</source>
        <translation>定义</translation>
    </message>
</context>
<context>
    <name>DomainState</name>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>已阻塞</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation>正在关机</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>已崩溃</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已挂起</translation>
    </message>
</context>
<context>
    <name>EvacuationPlan</name>
    <message>
        <source>The host to evacuate is unknown.</source>
        <translation>要疏散的主机未知。</translation>
    </message>
    <message>
        <source>There is no other host to move the VMs to.</source>
        <translation>没有其他主机可以接收这些虚拟机。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2, %3 vCPUs, %4): %5 → %6</source>
        <translation>%1（%2，%3 个 vCPU，%4）：%5 → %6</translation>
    </message>
    <message>
        <source>live</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Nothing to move.</source>
        <translation>没有需要移动的虚拟机。</translation>
    </message>
    <message>
        <source>Cannot move %1</source>
        <translation>无法移动 %1</translation>
    </message>
</context>
<context>
    <name>Failover</name>
    <message>
        <source>the repository %1 has no backup of it</source>
        <translation>仓库 %1 中没有它的备份</translation>
    </message>
    <message>
        <source>The replica that was not whole was undefined (its volumes are kept)</source>
        <translation>不完整副本的定义已删除（其卷已保留）</translation>
    </message>
    <message>
        <source>no whole replica on this host, and no backup repository is named for the VM</source>
        <translation>此主机上没有完整的副本，且未为该虚拟机指定备份仓库</translation>
    </message>
    <message>
        <source>restoring backup %1 failed: %2</source>
        <translation>恢复备份 %1 失败：%2</translation>
    </message>
    <message>
        <source>the restored VM did not start: %1</source>
        <translation>恢复的虚拟机未能启动：%1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>The replica was not used: %1</source>
        <translation>未使用副本：%1</translation>
    </message>
    <message>
        <source>the host to keep has no copy of the VM</source>
        <translation>要保留的主机上没有该虚拟机的实例</translation>
    </message>
    <message>
        <source>%1 has copies on %2 and %3 only</source>
        <translation>%1 仅在 %2 和 %3 上有实例</translation>
    </message>
    <message>
        <source>Its shared disks were not used: no definition of it was recorded while its host answered</source>
        <translation>未使用其共享磁盘：其主机应答期间未记录它的定义</translation>
    </message>
    <message>
        <source>Its shared disks were not used: this host has no pool with %1</source>
        <translation>未使用其共享磁盘：此主机没有包含 %1 的存储池</translation>
    </message>
    <message>
        <source>its disks are locked, so a copy of it still runs elsewhere; nothing else was started (%1)</source>
        <translation>其磁盘已被锁定，说明它的一个副本仍在别处运行；未启动任何其他副本（%1）</translation>
    </message>
    <message>
        <source>It did not start on its shared disks: %1</source>
        <translation>它未能在其共享磁盘上启动：%1</translation>
    </message>
</context>
<context>
    <name>FailoverConflict</name>
    <message>
        <source>%1 runs twice</source>
        <translation>%1 同时运行了两个实例</translation>
    </message>
    <message>
        <source>The copy you keep runs on; the other is forced off and undefined. Its disks are kept.</source>
        <translation>保留的实例继续运行；另一个实例会被强制关闭并删除其定义。其磁盘会保留。</translation>
    </message>
    <message>
        <source>Keep the copy on %1</source>
        <translation>保留 %1 上的实例</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>稍后决定</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>未解决</translation>
    </message>
</context>
<context>
    <name>FailoverJobs</name>
    <message>
        <source>%1 started on %2 from its replica (backup %3): data of %4, %5 old.</source>
        <translation>已在 %2 上从副本（备份 %3）启动 %1：数据时间为 %4，距今 %5。</translation>
    </message>
    <message>
        <source>%1 started on %2 from its newest backup %3: data of %4, %5 old.</source>
        <translation>已在 %2 上从最新备份 %3 启动 %1：数据时间为 %4，距今 %5。</translation>
    </message>
    <message>
        <source>A failover job needs the lost host (from) and the VM&apos;s UUID.</source>
        <translation>故障转移任务需要失联的主机（from）和虚拟机的 UUID。</translation>
    </message>
    <message>
        <source>A failover starts the VM on another host than %1.</source>
        <translation>故障转移会在 %1 以外的主机上启动虚拟机。</translation>
    </message>
    <message>
        <source>%1 answers: %2 is not started elsewhere while its host is up.</source>
        <translation>%1 有响应：在其主机正常运行期间，不会在其他主机上启动 %2。</translation>
    </message>
    <message>
        <source>Failing %1 over from %2 to %3.</source>
        <translation>正在将 %1 从 %2 故障转移到 %3。</translation>
    </message>
    <message>
        <source>%1 was not failed over: %2</source>
        <translation>%1 未能故障转移：%2</translation>
    </message>
    <message>
        <source>Fail over</source>
        <translation>故障转移</translation>
    </message>
    <message>
        <source>%1 started on %2 on its shared disks, with its data as its host left it.</source>
        <translation>%1 已在 %2 上从其共享磁盘启动，数据与其主机离开时一致。</translation>
    </message>
</context>
<context>
    <name>FileModes</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 不是普通文件。</translation>
    </message>
</context>
<context>
    <name>GraphicsConnector</name>
    <message>
        <source>The host is not connected.</source>
        <translation>主机未连接。</translation>
    </message>
    <message>
        <source>The VM is not running.</source>
        <translation>虚拟机未运行。</translation>
    </message>
    <message>
        <source>This VM has no graphical display.</source>
        <translation>此虚拟机没有图形显示。</translation>
    </message>
    <message>
        <source>The embedded console reaches local and qemu+ssh hosts only; use &quot;Open in virt-viewer&quot;.</source>
        <translation>内嵌控制台只能连接本地和 qemu+ssh 主机；请使用“在 virt-viewer 中打开”。</translation>
    </message>
    <message>
        <source>This VM&apos;s display is %1 now; reopen the console to show it.</source>
        <translation>此虚拟机的显示现在是 %1；请重新打开控制台以显示它。</translation>
    </message>
</context>
<context>
    <name>HaStore</name>
    <message>
        <source>the scheduler database</source>
        <translation>调度器数据库</translation>
    </message>
</context>
<context>
    <name>JobKinds</name>
    <message>
        <source>The parameter %1 takes a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>参数 %1 需要 %2 到 %3 之间的整数，而不是“%4”。</translation>
    </message>
    <message>
        <source>The parameter %1 takes true or false, not &apos;%2&apos;.</source>
        <translation>参数 %1 的取值为 true 或 false，而不是“%2”。</translation>
    </message>
    <message>
        <source>The parameter %1 is longer than %2 characters.</source>
        <translation>参数 %1 超过 %2 个字符。</translation>
    </message>
    <message>
        <source>The parameter %1 contains a control character.</source>
        <translation>参数 %1 包含控制字符。</translation>
    </message>
    <message>
        <source>The action %1 takes no parameters (&apos;%2&apos; given).</source>
        <translation>操作 %1 不接受参数（给出了“%2”）。</translation>
    </message>
    <message>
        <source>The action %1 takes no parameter &apos;%2&apos; (it takes: %3).</source>
        <translation>操作 %1 不接受参数“%2”（可用参数：%3）。</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>已排队</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>There is no job %1.</source>
        <translation>不存在任务 %1。</translation>
    </message>
    <message>
        <source>Job %1 is already %2.</source>
        <translation>任务 %1 已处于“%2”状态。</translation>
    </message>
    <message>
        <source>Cancel requested from the command line.</source>
        <translation>已从命令行请求取消。</translation>
    </message>
    <message>
        <source>cancel requested (running)</source>
        <translation>已请求取消（运行中）</translation>
    </message>
    <message>
        <source>Cancelled before it ran.</source>
        <translation>在运行前已取消。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the scheduler database</source>
        <translation>调度器数据库</translation>
    </message>
</context>
<context>
    <name>JobsView</name>
    <message>
        <source>All jobs</source>
        <translation>所有任务</translation>
    </message>
    <message>
        <source>Queued and running</source>
        <translation>排队中和运行中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Failed or interrupted</source>
        <translation>失败或中断</translation>
    </message>
</context>
<context>
    <name>Lab</name>
    <message>
        <source>Provision</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>Force off</source>
        <translation>强制关机</translation>
    </message>
    <message>
        <source>Snapshot all</source>
        <translation>全部拍摄快照</translation>
    </message>
    <message>
        <source>Revert all</source>
        <translation>全部还原</translation>
    </message>
    <message>
        <source>Reset to template</source>
        <translation>重置为模板</translation>
    </message>
    <message>
        <source>Delete VMs</source>
        <translation>删除虚拟机</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Start exam</source>
        <translation>开始考试</translation>
    </message>
    <message>
        <source>End exam</source>
        <translation>结束考试</translation>
    </message>
    <message>
        <source>Move to new template</source>
        <translation>迁移到新模板</translation>
    </message>
    <message>
        <source>Check disks</source>
        <translation>检查磁盘</translation>
    </message>
    <message>
        <source>Stop idle VMs</source>
        <translation>停止空闲虚拟机</translation>
    </message>
    <message>
        <source>Collect files</source>
        <translation>收集文件</translation>
    </message>
    <message>
        <source>The naming pattern must contain {student}.</source>
        <translation>命名模式必须包含 {student}。</translation>
    </message>
    <message>
        <source>A lab with several roles needs {role} in its naming pattern.</source>
        <translation>包含多个角色的实验室需要在命名模式中包含 {role}。</translation>
    </message>
    <message>
        <source>The naming pattern gives two VMs the name &quot;%1&quot;.</source>
        <translation>按此命名模式，有两台虚拟机会得到相同的名称“%1”。</translation>
    </message>
    <message>
        <source>The lab has no role &quot;%1&quot;.</source>
        <translation>实验室没有角色“%1”。</translation>
    </message>
    <message>
        <source>Name the template VM of the new version.</source>
        <translation>请指定新版本的模板虚拟机。</translation>
    </message>
    <message>
        <source>%1 is version %2 of role %3 already. Students&apos; disks are built on it, so a new version is a new template VM: clone the template, change the clone, publish the clone.</source>
        <translation>%1 已是角色 %3 的版本 %2。学生的磁盘建立在它之上，因此新版本必须是新的模板虚拟机：克隆模板、修改克隆、发布克隆。</translation>
    </message>
    <message>
        <source>The lab needs a name.</source>
        <translation>实验室需要名称。</translation>
    </message>
    <message>
        <source>There is no student &quot;%1&quot; in lab %2.</source>
        <translation>实验室 %2 中没有学生“%1”。</translation>
    </message>
    <message>
        <source>Student %1 has VMs on %2: delete them first (virtdeck lab delete --lab %3 --students %1).</source>
        <translation>学生 %1 在 %2 上有虚拟机：请先删除它们（virtdeck lab delete --lab %3 --students %1）。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 长度为 %2 个字符；最多允许 %3 个。</translation>
    </message>
    <message>
        <source>%1 may use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starts with a letter or digit and has no &quot;..&quot;.</source>
        <translation>%1 只能使用字母、数字、“.”、“_”和“-”，必须以字母或数字开头，且不能包含“..”。</translation>
    </message>
    <message>
        <source>The naming pattern has an unknown field %1: use {lab}, {student}, {role}, {group} and {name}.</source>
        <translation>命名模式包含未知字段 %1：请使用 {lab}、{student}、{role}、{group} 和 {name}。</translation>
    </message>
    <message>
        <source>The naming pattern gives student %1 a VM name that cannot be used. %2</source>
        <translation>按此命名模式，学生 %1 得到的虚拟机名称不可用。%2</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot;</source>
        <translation>名称“%1”</translation>
    </message>
    <message>
        <source>The student id &quot;%1&quot;</source>
        <translation>学生 ID“%1”</translation>
    </message>
    <message>
        <source>A name is empty.</source>
        <translation>有名称为空。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains &apos;/&apos; or a control character.</source>
        <translation>名称“%1”包含“/”或控制字符。</translation>
    </message>
    <message>
        <source>The name &quot;%1…&quot; is longer than 200 characters.</source>
        <translation>名称“%1…”超过 200 个字符。</translation>
    </message>
</context>
<context>
    <name>LabCapacityPlan</name>
    <message>
        <source>Migrate %1 (student %2) from %3 to %4, live.</source>
        <translation>将 %1（学生 %2）从 %3 迁移到 %4，在线迁移。</translation>
    </message>
    <message>
        <source>Migrate %1 (student %2) from %3 to %4, offline (shut off).</source>
        <translation>将 %1（学生 %2）从 %3 迁移到 %4，离线迁移（已关机）。</translation>
    </message>
    <message>
        <source>Place student %1 on %2 (no VM yet).</source>
        <translation>将学生 %1 放置到 %2（尚无虚拟机）。</translation>
    </message>
    <message>
        <source>Place student %1 on %2 instead of %3 (no VM yet).</source>
        <translation>将学生 %1 放置到 %2 而不是 %3（尚无虚拟机）。</translation>
    </message>
</context>
<context>
    <name>LabCommandLine</name>
    <message>
        <source>virtdeck lab: cannot open the labs database %1: %2</source>
        <translation>virtdeck lab: 无法打开实验室数据库 %1：%2</translation>
    </message>
    <message>
        <source>--network is template, shared, student or group.</source>
        <translation>--network 的取值为 template、shared、student 或 group。</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; is given twice.</source>
        <translation>角色“%1”被指定了两次。</translation>
    </message>
    <message>
        <source>Name the template VM with --template VM or --role ROLE=VM.</source>
        <translation>请用 --template VM 或 --role ROLE=VM 指定模板虚拟机。</translation>
    </message>
    <message>
        <source>Name the lab&apos;s hosts with --connect URI (repeatable).</source>
        <translation>请用 --connect URI 指定实验室的主机（可多次指定）。</translation>
    </message>
    <message>
        <source>--placement is first-fit, best-fit or spread.</source>
        <translation>--placement 应为 first-fit、best-fit 或 spread。</translation>
    </message>
    <message>
        <source>Give the class roster with --roster FILE.csv.</source>
        <translation>请用 --roster FILE.csv 指定班级学生名单。</translation>
    </message>
    <message>
        <source>virtdeck lab: the roster %1 has errors; nothing was imported:</source>
        <translation>virtdeck lab: 学生名单 %1 有错误；未导入任何内容：</translation>
    </message>
    <message>
        <source>virtdeck lab: cannot save the lab: %1</source>
        <translation>virtdeck lab: 无法保存实验室：%1</translation>
    </message>
    <message numerus="yes">
        <source>Lab %1 created: %n student(s)</source>
        <translation>
            <numerusform>已创建实验室 %1：%n 名学生</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n VM(s) each.</source>
        <translation>
            <numerusform>，每人 %n 台虚拟机。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n 名学生</numerusform>
        </translation>
    </message>
    <message>
        <source>ENDED %1: flagged for deletion</source>
        <translation>已于 %1 结束：标记为待删除</translation>
    </message>
    <message>
        <source>Name the lab with --lab NAME.</source>
        <translation>请用 --lab NAME 指定实验室。</translation>
    </message>
    <message>
        <source>There is no lab &quot;%1&quot;.</source>
        <translation>没有实验室“%1”。</translation>
    </message>
    <message>
        <source>There is no student &quot;%1&quot; in lab %2.</source>
        <translation>实验室 %2 中没有学生“%1”。</translation>
    </message>
    <message>
        <source>Reverting needs --snapshot NAME.</source>
        <translation>还原需要 --snapshot NAME。</translation>
    </message>
    <message>
        <source>Collecting needs --to FOLDER.</source>
        <translation>收集需要 --to 文件夹。</translation>
    </message>
    <message>
        <source>%1 on lab %2: %3 VM(s) ok, %4 failed.</source>
        <translation>对实验室 %2 执行 %1：%3 台虚拟机成功，%4 台失败。</translation>
    </message>
    <message>
        <source>Lab %1 removed from the database.</source>
        <translation>已从数据库中移除实验室 %1。</translation>
    </message>
    <message>
        <source>Give --add FILE.csv or --drop IDS.</source>
        <translation>请指定 --add FILE.csv 或 --drop IDS。</translation>
    </message>
    <message>
        <source>Lab %1: %2 added, %3 dropped, %4 student(s) now.</source>
        <translation>实验室 %1：添加 %2 名，移除 %3 名，现有 %4 名学生。</translation>
    </message>
    <message>
        <source>virtdeck lab: cannot write %1: %2</source>
        <translation>virtdeck lab: 无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Name the new version&apos;s template VM with --template VM.</source>
        <translation>请用 --template 虚拟机 指定新版本的模板虚拟机。</translation>
    </message>
    <message>
        <source>The lab has several roles: name one with --role ROLE.</source>
        <translation>实验室有多个角色：请用 --role 角色 指定一个。</translation>
    </message>
    <message>
        <source>Lab %1: %2 is version %3 of role %4. Students without changes move now; the others at their next reset.</source>
        <translation>实验室 %1：%2 是角色 %4 的版本 %3。没有改动的学生现在迁移；其他学生在下次重置时迁移。</translation>
    </message>
    <message>
        <source>Lab %1 can run at %2.</source>
        <translation>实验室 %1 可以在 %2 运行。</translation>
    </message>
    <message>
        <source>Lab %1 does not fit at %2.</source>
        <translation>实验室 %1 在 %2 容纳不下。</translation>
    </message>
    <message>
        <source>--format is csv or html.</source>
        <translation>--format 应为 csv 或 html。</translation>
    </message>
    <message>
        <source>The labs database (default: %1).</source>
        <translation>实验室数据库（默认：%1）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>create: the template VM of a one-role lab; publish: the new version&apos;s template VM.</source>
        <translation>create：单角色实验室的模板虚拟机；publish：新版本的模板虚拟机。</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>create: a role and its template VM, ROLE=VM (repeatable); publish: the role.</source>
        <translation>create：角色及其模板虚拟机，角色=虚拟机（可重复）；publish：角色。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>create: the class roster (CSV: id, name, email, group).</source>
        <translation>create：班级学生名单（CSV：id、name、email、group）。</translation>
    </message>
    <message>
        <source>create: a target host (repeatable).</source>
        <translation>create：目标主机（可多次指定）。</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>create: VM names, from {lab} {student} {role} {group} {name}.</source>
        <translation>create：虚拟机名称，由 {lab} {student} {role} {group} {name} 组成。</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>PATTERN</translation>
    </message>
    <message>
        <source>create: first-fit, best-fit or spread (default).</source>
        <translation>create：first-fit、best-fit 或 spread（默认）。</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>POLICY</translation>
    </message>
    <message>
        <source>Only these students (comma-separated ids).</source>
        <translation>仅限这些学生（以逗号分隔的 ID）。</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>snapshot/revert: the snapshot&apos;s name.</source>
        <translation>snapshot/revert：快照的名称。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>delete: also remove the lab from the database.</source>
        <translation>delete：同时从数据库中移除该实验室。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>roster: add (or update) the students of a CSV roster.</source>
        <translation>roster：添加（或更新）CSV 学生名单中的学生。</translation>
    </message>
    <message>
        <source>roster: drop these students (comma-separated ids; VMs deleted first).</source>
        <translation>roster：移除这些学生（以逗号分隔的 ID；先删除其虚拟机）。</translation>
    </message>
    <message>
        <source>report: csv (default) or html.</source>
        <translation>report：csv（默认）或 html。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>create/settings: template (keep the template&apos;s), shared (one existing network), student or group (an isolated network each, made with the lab).</source>
        <translation>create/settings：template（保留模板的网络）、shared（一个已有网络）、student 或 group（各自一个隔离网络，随实验室创建）。</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>create/settings: the shared network&apos;s name.</source>
        <translation>create/settings：共享网络的名称。</translation>
    </message>
    <message>
        <source>create/settings: fixed addresses on the shared network start here.</source>
        <translation>create/settings：共享网络上的固定地址从此开始。</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>create/settings: student and group networks are PREFIX.N.0/24 (10.213).</source>
        <translation>create/settings：学生网络和分组网络为 前缀.N.0/24（10.213）。</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>前缀</translation>
    </message>
    <message>
        <source>create/settings: the template disk (target, like vdb) that holds student data; resets keep it (repeatable).</source>
        <translation>create/settings：存放学生数据的模板磁盘（目标名，如 vdb）；重置时保留（可重复）。</translation>
    </message>
    <message>
        <source>DEV</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>N[:SECONDS]</source>
        <translation>N[:秒数]</translation>
    </message>
    <message>
        <source>create/settings: the lab&apos;s last day; after it, it is flagged.</source>
        <translation>create/settings：实验室的最后一天；之后将被标记。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>create/settings: a path inside the guests to collect (repeatable).</source>
        <translation>create/settings：要收集的客户机内路径（可重复）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>collect: the folder for the files (a folder per student).</source>
        <translation>collect：存放文件的文件夹（每名学生一个文件夹）。</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>collect: a path inside the guests, instead of the lab&apos;s (repeatable).</source>
        <translation>collect：客户机内路径，替代实验室设置的路径（可重复）。</translation>
    </message>
    <message>
        <source>publish: what changed in this version.</source>
        <translation>publish：此版本的改动。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>capacity: the class&apos;s start (HH:MM or ISO date and time; default now).</source>
        <translation>capacity：课程开始时间（HH:MM 或 ISO 日期时间；默认现在）。</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>capacity: the scheduler database (default: its usual place).</source>
        <translation>capacity：调度器数据库（默认：其常用位置）。</translation>
    </message>
    <message>
        <source>report: write to FILE instead of the terminal.</source>
        <translation>report：写入 FILE 而非终端。</translation>
    </message>
    <message>
        <source>One command at a time (got: %1).</source>
        <translation>一次只能执行一个命令（收到：%1）。</translation>
    </message>
    <message>
        <source>usage: virtdeck lab create|list|report|roster|settings|addresses|capacity|publish|versions|provision|start|stop|forceoff|snapshot|revert|reset|delete|status|exam-start|exam-end|update|check|idle-stop|collect [options]   (see virtdeck lab --help)</source>
        <translation>用法：virtdeck lab create|list|report|roster|settings|addresses|capacity|publish|versions|provision|start|stop|forceoff|snapshot|revert|reset|delete|status|exam-start|exam-end|update|check|idle-stop|collect [选项]   （参见 virtdeck lab --help）</translation>
    </message>
    <message>
        <source>virtdeck lab: the labs database failed: %1</source>
        <translation>virtdeck lab: 实验室数据库出错：%1</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 需要 %2 到 %3 之间的整数，而不是“%4”。</translation>
    </message>
    <message>
        <source>--connect takes a libvirt URI, not &quot;%1&quot;.</source>
        <translation>--connect 需要 libvirt URI，而不是“%1”。</translation>
    </message>
    <message>
        <source>--pattern is at most 200 characters long.</source>
        <translation>--pattern 最长 200 个字符。</translation>
    </message>
    <message>
        <source>--note is one line of at most 500 characters.</source>
        <translation>--note 必须是一行，最多 500 个字符。</translation>
    </message>
    <message>
        <source>--stagger takes N or N:SECONDS: N from 0 to %1 VMs per host at a time, SECONDS from 0 to %2 between them; not &quot;%3&quot;.</source>
        <translation>--stagger 的格式为 N 或 N:SECONDS：N 为每台主机每次启动的虚拟机数（0 到 %1），SECONDS 为批次之间间隔的秒数（0 到 %2）；而不是“%3”。</translation>
    </message>
    <message>
        <source>--lab and --name name the same thing; give one.</source>
        <translation>--lab 和 --name 指定的是同一项；请只给出其中一个。</translation>
    </message>
    <message>
        <source>--role takes ROLE=VM (a role name of letters and digits, the name of an existing VM), not &quot;%1&quot;.</source>
        <translation>--role 的格式为 ROLE=VM（由字母和数字组成的角色名称，以及一台已有虚拟机的名称），而不是“%1”。</translation>
    </message>
    <message>
        <source>virtdeck lab: %1&apos;s host was not recorded: %2</source>
        <translation>virtdeck lab: 未记录 %1 的主机：%2</translation>
    </message>
    <message>
        <source>--at takes HH:MM or an ISO date and time from now to a year ahead, not &quot;%1&quot;.</source>
        <translation>--at 需要 HH:MM 或从现在起一年内的 ISO 日期时间，而不是“%1”。</translation>
    </message>
    <message>
        <source>create/settings: start N VMs per host at a time (0 to 500; 0: all at once), SECONDS apart (0 to 3600; 30).</source>
        <translation>create/settings：每台主机每次启动 N 台虚拟机（0 到 500；0：全部同时启动），每批间隔 SECONDS 秒（0 到 3600；默认 30）。</translation>
    </message>
    <message>
        <source>create/settings: idle-stop shuts down VMs idle this many minutes (0: never; at most 10080).</source>
        <translation>create/settings：idle-stop 关闭空闲达到此分钟数的虚拟机（0：从不；最多 10080）。</translation>
    </message>
    <message>
        <source>create: the lab&apos;s name (the same as --lab).</source>
        <translation>create：实验室的名称（与 --lab 相同）。</translation>
    </message>
    <message>
        <source>The lab to act on (create: the new lab&apos;s name).</source>
        <translation>要操作的实验室（create：新实验室的名称）。</translation>
    </message>
    <message>
        <source>VMs handled at once per host, 1 to 64 (default: the scheduler&apos;s limit).</source>
        <translation>每台主机同时处理的虚拟机数，1 到 64（默认：调度器的限制）。</translation>
    </message>
    <message>
        <source>Seconds to wait for the hosts to connect, 1 to 3600 (30).</source>
        <translation>等待主机连接的秒数，1 到 3600（默认 30）。</translation>
    </message>
    <message>
        <source>provision: refuse students no host has room for when all run at once (by default they are placed anyway, with a warning per host).</source>
        <translation>provision：拒绝在全部同时运行时没有主机能容纳的学生（默认仍会安置他们，并针对每台主机给出警告）。</translation>
    </message>
    <message>
        <source>stop: seconds the guests get to power off; those still running then fail, or are forced off with --force (0 to 86400; %1).</source>
        <translation>stop：客户机关机可用的秒数；届时仍在运行的将失败，或在使用 --force 时被强制关闭（0 到 86400；%1）。</translation>
    </message>
    <message>
        <source>stop: force off the guests still running after --wait.</source>
        <translation>stop：强制关闭 --wait 之后仍在运行的客户机。</translation>
    </message>
    <message>
        <source>Nothing queued: no host has room for %1, even after the moves.</source>
        <translation>未排队任何作业：即使迁移之后，也没有主机能容纳 %1。</translation>
    </message>
    <message>
        <source>Nothing to move.</source>
        <translation>没有需要移动的虚拟机。</translation>
    </message>
    <message>
        <source>The plan:</source>
        <translation>计划：</translation>
    </message>
    <message>
        <source>Carry out these moves?</source>
        <translation>执行这些迁移吗？</translation>
    </message>
    <message>
        <source>Nothing queued (add --yes to carry out the plan when the input is not a terminal).</source>
        <translation>未排队任何作业（输入不是终端时，添加 --yes 以执行计划）。</translation>
    </message>
    <message>
        <source>virtdeck: cannot queue the migrations: %1</source>
        <translation>virtdeck：无法将迁移加入队列：%1</translation>
    </message>
    <message>
        <source>Queued job %1: move %2 from %3 to %4.</source>
        <translation>已排队作业 %1：将 %2 从 %3 移动到 %4。</translation>
    </message>
    <message>
        <source>Student %1 now belongs on %2.</source>
        <translation>学生 %1 现在属于 %2。</translation>
    </message>
    <message>
        <source>Labs: a template VM per role and a class roster become one VM per student and role, as qcow2 overlays on the template, spread over the lab&apos;s hosts.

  virtdeck lab create --lab NAME --template VM [--role ROLE=VM]… --roster FILE.csv --connect URI… [--pattern P]
  virtdeck lab list [--json]
  virtdeck lab provision|start|stop|forceoff|snapshot|revert|reset|delete|status --lab NAME [--students a,b] [--json]
  virtdeck lab stop --lab NAME [--wait SECONDS] [--force]   (waits for the guests to power off)
  virtdeck lab provision --lab NAME [--strict-capacity]   (a template folder that is no storage pool becomes one)
  virtdeck lab report --lab NAME [--format csv|html] [--output FILE]   (the student sheet: who has which VM and how to reach it)
  virtdeck lab capacity --lab NAME [--at HH:MM|ISO-TIME] [--json]
  virtdeck lab capacity --lab NAME --apply [--yes]   (queues the migrations that make it fit)
  virtdeck lab addresses --lab NAME [--output FILE]
  virtdeck lab settings --lab NAME [--network MODE] [--data-disk DEV]… [--stagger N[:S]]
  virtdeck lab exam-start|exam-end --lab NAME [--snapshot NAME]
  virtdeck lab publish --lab NAME [--role ROLE] --template VM [--note TEXT]   (a new template version)
  virtdeck lab versions --lab NAME [--json]
  virtdeck lab update|check|idle-stop --lab NAME
  virtdeck lab collect --lab NAME --to FOLDER [--path GUEST-PATH]…
  virtdeck lab roster --lab NAME [--add FILE.csv] [--drop IDS]

Exit codes: 0 done, 1 some VMs failed, 2 bad usage or a bad roster.</source>
        <translation>实验室：每个角色一台模板虚拟机加上一份班级学生名单，生成每名学生每个角色一台虚拟机，以模板上的 qcow2 覆盖层形式分布在实验室的各主机上。

  virtdeck lab create --lab NAME --template VM [--role ROLE=VM]… --roster FILE.csv --connect URI… [--pattern P]
  virtdeck lab list [--json]
  virtdeck lab provision|start|stop|forceoff|snapshot|revert|reset|delete|status --lab NAME [--students a,b] [--json]
  virtdeck lab stop --lab NAME [--wait SECONDS] [--force]   （等待客户机断电）
  virtdeck lab provision --lab NAME [--strict-capacity]   （不属于存储池的模板文件夹会被定义为存储池）
  virtdeck lab report --lab NAME [--format csv|html] [--output FILE]   （学生信息表：谁有哪台虚拟机以及如何访问）
  virtdeck lab capacity --lab NAME [--at HH:MM|ISO-TIME] [--json]
  virtdeck lab capacity --lab NAME --apply [--yes]   (将使其容纳的迁移加入队列)
  virtdeck lab addresses --lab NAME [--output FILE]
  virtdeck lab settings --lab NAME [--network MODE] [--data-disk DEV]… [--stagger N[:S]]
  virtdeck lab exam-start|exam-end --lab NAME [--snapshot NAME]
  virtdeck lab publish --lab NAME [--role ROLE] --template VM [--note TEXT]   （新的模板版本）
  virtdeck lab versions --lab NAME [--json]
  virtdeck lab update|check|idle-stop --lab NAME
  virtdeck lab collect --lab NAME --to FOLDER [--path GUEST-PATH]…
  virtdeck lab roster --lab NAME [--add FILE.csv] [--drop IDS]

退出码：0 完成，1 部分虚拟机失败，2 用法错误或学生名单有误。</translation>
    </message>
    <message>
        <source>capacity: carry out the plan: queue a migration job per VM that moves and record the new hosts of students without VMs.</source>
        <translation>capacity：执行计划：为每台需要移动的虚拟机排队一个迁移作业，并记录尚无虚拟机的学生的新主机。</translation>
    </message>
    <message>
        <source>capacity --apply: do not ask (needed when the input is not a terminal).</source>
        <translation>capacity --apply：不询问（输入不是终端时需要）。</translation>
    </message>
</context>
<context>
    <name>LabReport</name>
    <message>
        <source>not provisioned</source>
        <translation>未部署</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Fixed address</source>
        <translation>固定地址</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Lab %1: student sheet</source>
        <translation>实验室 %1：学生信息表</translation>
    </message>
</context>
<context>
    <name>LabSettings</name>
    <message>
        <source>The lab&apos;s settings cannot be read: %1</source>
        <translation>无法读取实验室的设置：%1</translation>
    </message>
    <message>
        <source>Unknown network mode &quot;%1&quot;.</source>
        <translation>未知的网络模式“%1”。</translation>
    </message>
    <message>
        <source>A shared network needs the name of a libvirt network.</source>
        <translation>共享网络需要一个 libvirt 网络的名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address.</source>
        <translation>“%1”不是 IPv4 地址。</translation>
    </message>
    <message>
        <source>The subnet prefix &quot;%1&quot; is not two numbers like 10.213.</source>
        <translation>子网前缀“%1”不是像 10.213 这样的两个数字。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a disk&apos;s target name (like vdb).</source>
        <translation>“%1”不是磁盘的目标名（如 vdb）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like 2026-12-18.</source>
        <translation>“%1”不是类似 2026-12-18 的日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute path inside the guest.</source>
        <translation>“%1”不是客户机内的绝对路径。</translation>
    </message>
    <message numerus="yes">
        <source>%n networks are too many: a lab&apos;s networks are numbered 0 to 255 in its subnet prefix.</source>
        <translation>
            <numerusform>%n 个网络太多：实验室的网络在其子网前缀中编号为 0 到 255。</numerusform>
        </translation>
    </message>
    <message>
        <source>Network %1 would need more than 90 addresses.</source>
        <translation>网络 %1 将需要超过 90 个地址。</translation>
    </message>
    <message>
        <source>Place %1 on %2.</source>
        <translation>将 %1 安置到 %2。</translation>
    </message>
    <message>
        <source>Move %1 from %2 to %3.</source>
        <translation>将 %1 从 %2 迁移到 %3。</translation>
    </message>
    <message>
        <source>No host has room for: %1.</source>
        <translation>没有主机能容纳：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not reachable: its %n student(s) cannot start.</source>
        <translation>
            <numerusform>%1 无法访问：其 %n 名学生无法启动。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 fits: %2 of %3 memory and %4 of %5 vCPUs with the lab&apos;s %n student(s).</source>
        <translation>
            <numerusform>%1 可容纳：加上实验室的 %n 名学生，内存 %2 / %3，vCPU %4 / %5。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is short: %2 of %3 memory and %4 of %5 vCPUs would be committed; it holds %n of its students.</source>
        <translation>
            <numerusform>%1 不足：将占用内存 %2 / %3、vCPU %4 / %5；它只能容纳 %n 名学生。</numerusform>
        </translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; must be a text.</source>
        <translation>设置“%1”必须是文本。</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; must be a list of at most 64 texts.</source>
        <translation>设置“%1”必须是最多包含 64 个文本的列表。</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; (%2) is %3; it takes a whole number from %4 to %5.</source>
        <translation>设置“%1”（%2）为 %3；其取值应为 %4 到 %5 之间的整数。</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; is true or false.</source>
        <translation>设置“%1”的取值为 true 或 false。</translation>
    </message>
    <message>
        <source>VMs started per host at a time</source>
        <translation>每台主机每次启动的虚拟机数</translation>
    </message>
    <message>
        <source>the pause between start batches</source>
        <translation>启动批次之间的间隔</translation>
    </message>
    <message>
        <source>the idle time in minutes</source>
        <translation>空闲时间（分钟）</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; must be an object.</source>
        <translation>设置“%1”必须是一个对象。</translation>
    </message>
    <message>
        <source>A start batch is 0 (all at once) to %1 VMs per host with a pause of 0 to %2 seconds.</source>
        <translation>每个启动批次为每台主机 0（全部同时启动）到 %1 台虚拟机，批次间隔 0 到 %2 秒。</translation>
    </message>
    <message>
        <source>The idle time is 0 (never) to %1 minutes.</source>
        <translation>空闲时间为 0（从不）到 %1 分钟。</translation>
    </message>
    <message>
        <source>The groups &quot;%1&quot; and &quot;%2&quot; would share the network %3: rename one.</source>
        <translation>分组“%1”和“%2”将共用网络 %3：请重命名其中一个。</translation>
    </message>
    <message>
        <source>The fixed addresses from %1 run past 255.255.255.255.</source>
        <translation>从 %1 开始的固定地址超出了 255.255.255.255。</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n student(s); running all at once needs %2 vCPUs of %3 allowed and %4 of memory of %5 allowed.</source>
        <translation>
            <numerusform>%1 上安置了 %n 名学生；全部同时运行需要 %2 个 vCPU（允许 %3 个）和 %4 内存（允许 %5）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n student(s); running all at once needs %2 vCPUs of %3 allowed.</source>
        <translation>
            <numerusform>%1 上安置了 %n 名学生；全部同时运行需要 %2 个 vCPU（允许 %3 个）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n student(s); running all at once needs %2 of memory of %3 allowed.</source>
        <translation>
            <numerusform>%1 上安置了 %n 名学生；全部同时运行需要 %2 内存（允许 %3）。</numerusform>
        </translation>
    </message>
    <message>
        <source>That counts the other VMs running there.</source>
        <translation>这已计入该主机上正在运行的其他虚拟机。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is in maintenance: it takes no students, and its %n student(s) must move.</source>
        <translation>
            <numerusform>%1 正在维护中：它不接收学生，其 %n 名学生必须迁移。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabStore</name>
    <message>
        <source>the labs database</source>
        <translation>实验室数据库</translation>
    </message>
    <message>
        <source>A lab named %1 exists already.</source>
        <translation>名为 %1 的实验室已存在。</translation>
    </message>
    <message>
        <source>There is no lab &quot;%1&quot;.</source>
        <translation>没有实验室“%1”。</translation>
    </message>
</context>
<context>
    <name>LabVm</name>
    <message>
        <source>guestfish does not start: %1</source>
        <translation>guestfish 无法启动：%1</translation>
    </message>
    <message>
        <source>Collecting was cancelled.</source>
        <translation>收集已取消。</translation>
    </message>
    <message>
        <source>guestfish did not finish in 15 minutes.</source>
        <translation>guestfish 在 15 分钟内未完成。</translation>
    </message>
    <message>
        <source>Nothing collected: %1</source>
        <translation>未收集到任何内容：%1</translation>
    </message>
    <message>
        <source>Collected %1 into %2.</source>
        <translation>已将 %1 收集到 %2。</translation>
    </message>
    <message>
        <source>Collected %1; not found: %2.</source>
        <translation>已收集 %1；未找到：%2。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Collecting files needs guestfish (Debian package libguestfs-tools), which is not installed.</source>
        <translation>收集文件需要 guestfish（Debian 软件包 libguestfs-tools），但它未安装。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The template&apos;s definition cannot be read.</source>
        <translation>无法读取模板的定义。</translation>
    </message>
    <message>
        <source>No paths to collect: name them in the lab&apos;s settings.</source>
        <translation>没有要收集的路径：请在实验室设置中指定。</translation>
    </message>
    <message>
        <source>Running: files are collected from a shut-off VM&apos;s disk; shut it down first.</source>
        <translation>正在运行：只能从已关机虚拟机的磁盘收集文件；请先关机。</translation>
    </message>
    <message numerus="yes">
        <source>Idle for %n minute(s): shutdown requested.</source>
        <translation>
            <numerusform>已空闲 %n 分钟：已请求关机。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle and still running %n second(s) after the shutdown request: forced off.</source>
        <translation>
            <numerusform>空闲且在请求关机 %n 秒后仍在运行：已强制关闭。</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle; shutdown requested, waiting for the guest.</source>
        <translation>空闲；已请求关机，等待客户机响应。</translation>
    </message>
    <message>
        <source>First sample taken; idle time counts from now.</source>
        <translation>已采集首个样本；空闲时间从现在起计算。</translation>
    </message>
    <message>
        <source>In use.</source>
        <translation>使用中。</translation>
    </message>
    <message numerus="yes">
        <source>Idle for %n minute(s); shut down after %1.</source>
        <translation>
            <numerusform>已空闲 %n 分钟；%1 后关机。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation>未运行。</translation>
    </message>
    <message>
        <source>The network %1 does not exist on this host.</source>
        <translation>此主机上不存在网络 %1。</translation>
    </message>
    <message>
        <source>The network %1 does not take the fixed address %2: %3</source>
        <translation>网络 %1 不接受固定地址 %2：%3</translation>
    </message>
    <message>
        <source>The network %1 does not start: %2</source>
        <translation>网络 %1 无法启动：%2</translation>
    </message>
    <message>
        <source>The VM&apos;s definition cannot be read.</source>
        <translation>无法读取虚拟机的定义。</translation>
    </message>
    <message>
        <source>Already off.</source>
        <translation>已关机。</translation>
    </message>
    <message>
        <source>Already running.</source>
        <translation>已在运行。</translation>
    </message>
    <message>
        <source>Not started, its disks are broken: %1</source>
        <translation>未启动，其磁盘已损坏：%1</translation>
    </message>
    <message>
        <source>Started.</source>
        <translation>已启动。</translation>
    </message>
    <message>
        <source>Forced off.</source>
        <translation>已强制关机。</translation>
    </message>
    <message>
        <source>Lab snapshot</source>
        <translation>实验室快照</translation>
    </message>
    <message>
        <source>Snapshot &quot;%1&quot; taken.</source>
        <translation>已拍摄快照“%1”。</translation>
    </message>
    <message>
        <source>Reverted to &quot;%1&quot;.</source>
        <translation>已还原到“%1”。</translation>
    </message>
    <message>
        <source>Exam snapshot</source>
        <translation>考试快照</translation>
    </message>
    <message>
        <source>Snapshot &quot;%1&quot; taken, but the network stays up: %2</source>
        <translation>已创建快照“%1”，但网络仍然连通：%2</translation>
    </message>
    <message>
        <source>Snapshot &quot;%1&quot; taken; network cut.</source>
        <translation>已创建快照“%1”；网络已断开。</translation>
    </message>
    <message>
        <source>Network restored.</source>
        <translation>网络已恢复。</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n leftover overlay(s).</source>
        <translation>
            <numerusform>已删除 %n 个残留的覆盖层。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not there.</source>
        <translation>不存在。</translation>
    </message>
    <message>
        <source>The VM is gone but an overlay stayed: %1</source>
        <translation>虚拟机已删除，但有覆盖层残留：%1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted with %n overlay(s).</source>
        <translation>
            <numerusform>已连同 %n 个覆盖层一起删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>The volume %1 exists with another backing file (%2).</source>
        <translation>卷 %1 已存在，但其后备文件不同（%2）。</translation>
    </message>
    <message>
        <source>Already provisioned.</source>
        <translation>已部署。</translation>
    </message>
    <message>
        <source>The template VM %1 does not exist on this host.</source>
        <translation>此主机上不存在模板虚拟机 %1。</translation>
    </message>
    <message>
        <source>Created from %1 (template version %2).</source>
        <translation>由 %1 创建（模板版本 %2）。</translation>
    </message>
    <message>
        <source>Moved from template version %1 to %2 (%3).</source>
        <translation>已从模板版本 %1 迁移到 %2（%3）。</translation>
    </message>
    <message>
        <source>Reset to the template and started again.</source>
        <translation>已重置为模板并重新启动。</translation>
    </message>
    <message>
        <source>Reset to the template.</source>
        <translation>已重置为模板。</translation>
    </message>
    <message>
        <source>%1 has no disk that is an overlay on %2.</source>
        <translation>%1 没有以 %2 为基础的覆盖层磁盘。</translation>
    </message>
    <message>
        <source>Reset, but it did not start again: %1</source>
        <translation>已重置，但未能重新启动：%1</translation>
    </message>
    <message>
        <source>The VM does not exist; provision the lab first.</source>
        <translation>虚拟机不存在；请先部署实验室。</translation>
    </message>
    <message>
        <source>The host is not connected.</source>
        <translation>主机未连接。</translation>
    </message>
    <message>
        <source>Not started: the work was cancelled.</source>
        <translation>未启动：工作已取消。</translation>
    </message>
    <message>
        <source>%1: the backing chain is longer than 16 files.</source>
        <translation>%1：后备链超过 16 个文件。</translation>
    </message>
    <message>
        <source>%1: the backing file %2 is missing (or in no storage pool).</source>
        <translation>%1：后备文件 %2 缺失（或不在任何存储池中）。</translation>
    </message>
    <message>
        <source>%1: the template disk %2 was changed after this overlay was made; the overlay no longer matches it (reset the student to rebuild on the current version).</source>
        <translation>%1：模板磁盘 %2 在此覆盖层创建后被修改；覆盖层已与其不符（重置该学生以在当前版本上重建）。</translation>
    </message>
    <message>
        <source>%1: %2 is missing (or in no storage pool).</source>
        <translation>%1：%2 缺失（或不在任何存储池中）。</translation>
    </message>
    <message>
        <source>%1: %2 no longer has a backing file.</source>
        <translation>%1：%2 已没有后备文件。</translation>
    </message>
    <message>
        <source>%1: built on %2 but now backed by %3.</source>
        <translation>%1：基于 %2 创建，但现在的后备文件是 %3。</translation>
    </message>
    <message>
        <source>Not provisioned; it will be made on version %1.</source>
        <translation>尚未创建；将基于版本 %1 创建。</translation>
    </message>
    <message>
        <source>Already on template version %1.</source>
        <translation>已是模板版本 %1。</translation>
    </message>
    <message>
        <source>Running: stays on version %1 until its next reset.</source>
        <translation>正在运行：在下次重置前保持版本 %1。</translation>
    </message>
    <message>
        <source>Has changes: stays on version %1 until its next reset.</source>
        <translation>有改动：在下次重置前保持版本 %1。</translation>
    </message>
    <message>
        <source>template version %1</source>
        <translation>模板版本 %1</translation>
    </message>
    <message>
        <source>template version %1 (version %2 applies at its next reset)</source>
        <translation>模板版本 %1（下次重置时应用版本 %2）</translation>
    </message>
    <message>
        <source>Disks intact, %1: %2</source>
        <translation>磁盘完好，%1：%2</translation>
    </message>
    <message>
        <source>BROKEN, %1: %2</source>
        <translation>已损坏，%1：%2</translation>
    </message>
    <message>
        <source>A VM named %1 exists but does not belong to a lab; it was left alone.</source>
        <translation>名为 %1 的虚拟机已存在，但不属于任何实验室；已保持不变。</translation>
    </message>
    <message>
        <source>A VM named %1 belongs to lab %2 (student %3, role %4); it was left alone.</source>
        <translation>名为 %1 的虚拟机属于实验室 %2（学生 %3，角色 %4）；已保持不变。</translation>
    </message>
    <message>
        <source>Not provisioned.</source>
        <translation>未部署。</translation>
    </message>
    <message>
        <source>%1 is in no storage pool of this host (define or refresh its pool).</source>
        <translation>%1 不在此主机的任何存储池中（请定义或刷新其存储池）。</translation>
    </message>
    <message>
        <source>%1 is not a disk the lab made; it was left alone.</source>
        <translation>%1 不是实验室创建的磁盘；未作改动。</translation>
    </message>
    <message>
        <source>%1: the storage pool %2 on %3 does not start: %4</source>
        <translation>%1：%3 上的存储池 %2 无法启动：%4</translation>
    </message>
    <message>
        <source>%1: no storage pool could be defined on %2: %3</source>
        <translation>%1：无法在 %2 上定义存储池：%3</translation>
    </message>
    <message>
        <source>%1: started the storage pool %2 on %3 (autostarted from now on).</source>
        <translation>%1：已启动 %3 上的存储池 %2（此后将自动启动）。</translation>
    </message>
    <message>
        <source>%1: defined the storage pool %2 on %3 (a directory pool, started and autostarted); the students&apos; disks go there.</source>
        <translation>%1：已在 %3 上定义存储池 %2（目录存储池，已启动并设为自动启动）；学生的磁盘将存放在那里。</translation>
    </message>
    <message>
        <source>%1: %2 is still in no storage pool.</source>
        <translation>%1：%2 仍不在任何存储池中。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Snapshot &quot;%1&quot; taken; no network interface — nothing to cut.</source>
        <translation>已创建快照“%1”；没有网络接口，无需断网。</translation>
    </message>
    <message>
        <source>No network interface — nothing to restore.</source>
        <translation>没有网络接口，无需恢复。</translation>
    </message>
    <message numerus="yes">
        <source>Shut down after %n second(s).</source>
        <translation>
            <numerusform>%n 秒后已关机。</numerusform>
        </translation>
    </message>
    <message>
        <source>Still running: the wait was cancelled.</source>
        <translation>仍在运行：等待已取消。</translation>
    </message>
    <message numerus="yes">
        <source>Not stopped after %n second(s): the guest ignored the shutdown request.</source>
        <translation>
            <numerusform>%n 秒后仍未停止：客户机忽略了关机请求。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forced off after %n second(s): the guest ignored the shutdown request.</source>
        <translation>
            <numerusform>%n 秒后已强制关闭：客户机忽略了关机请求。</numerusform>
        </translation>
    </message>
    <message>
        <source>The template has no network interface: no network or address was made for this VM.</source>
        <translation>模板没有网络接口：未为此虚拟机创建网络或地址。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>已崩溃</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>未运行</translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message>
        <source>Starting it needs %1 of memory, but %2 has only %3 left of %4 (%5 in use by running VMs, overcommit ratio %6).</source>
        <translation>启动它需要 %1 内存，但 %2 的 %4 内存仅剩 %3（运行中的虚拟机占用 %5，超额分配比例 %6）。</translation>
    </message>
    <message>
        <source>No host is configured.</source>
        <translation>未配置任何主机。</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 未连接</translation>
    </message>
    <message>
        <source>%1 has %2 of memory left, %3 needed</source>
        <translation>%1 剩余内存 %2，需要 %3</translation>
    </message>
    <message>
        <source>%1 has %2 vCPUs left, %3 needed</source>
        <translation>%1 剩余 %2 个 vCPU，需要 %3 个</translation>
    </message>
    <message>
        <source>No host can take the VM: %1.</source>
        <translation>没有主机可以容纳该虚拟机：%1。</translation>
    </message>
    <message>
        <source>%1 is in maintenance.</source>
        <translation>%1 正在维护中。</translation>
    </message>
    <message>
        <source>%1 is in maintenance</source>
        <translation>%1 正在维护中</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>%1: no host can take VMs (every one is disconnected or in maintenance).</source>
        <translation>%1：没有主机可以接收虚拟机（全部已断开或处于维护中）。</translation>
    </message>
    <message>
        <source>%1: it is pinned to a host that takes no VMs.</source>
        <translation>%1：它被固定在一台不接收虚拟机的主机上。</translation>
    </message>
    <message>
        <source>%1: no host has %2 of memory left for it.</source>
        <translation>%1：没有主机还剩 %2 内存给它。</translation>
    </message>
    <message>
        <source>%1: no host with the memory for it has %2 vCPUs left.</source>
        <translation>%1：有足够内存的主机都没有剩余 %2 个 vCPU。</translation>
    </message>
    <message>
        <source>%1: room is left only where its pin, group or pair forbids it.</source>
        <translation>%1：只有在其固定、分组或配对规则禁止的地方还有空间。</translation>
    </message>
    <message>
        <source>The solver found the best plan.</source>
        <translation>求解器找到了最佳计划。</translation>
    </message>
    <message>
        <source>The solver&apos;s best plan within its time limit (not proven the best).</source>
        <translation>求解器在时间限制内找到的最佳计划（未证明为最优）。</translation>
    </message>
    <message>
        <source>The solver found no plan in time; the greedy rules made this one.</source>
        <translation>求解器未能及时找到计划；此计划由贪心规则生成。</translation>
    </message>
</context>
<context>
    <name>PoolState</name>
    <message>
        <source>Inactive</source>
        <translation>未激活</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>正在构建</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>已降级</translation>
    </message>
    <message>
        <source>Inaccessible</source>
        <translation>无法访问</translation>
    </message>
</context>
<context>
    <name>QueuePolicy</name>
    <message>
        <source>First come, first served</source>
        <translation>先到先服务</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Shortest expected first</source>
        <translation>预计耗时最短者优先</translation>
    </message>
    <message>
        <source>Round-robin across hosts and labs</source>
        <translation>在主机和实验组之间轮转</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>Give the times of day as HH:MM, separated by commas.</source>
        <translation>请以 HH:MM 格式给出每天的时间，用逗号分隔。</translation>
    </message>
    <message>
        <source>Give the days as mon,tue,… followed by the times, e.g. &quot;weekly mon,fri 07:30&quot;.</source>
        <translation>请给出 mon,tue,… 形式的日期，后跟时间，例如“weekly mon,fri 07:30”。</translation>
    </message>
    <message>
        <source>Unknown recurrence &apos;%1&apos;: use daily, weekly or cron.</source>
        <translation>未知的周期“%1”：请使用 daily、weekly 或 cron。</translation>
    </message>
    <message>
        <source>Every day at %1</source>
        <translation>每天 %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 的 %2</translation>
    </message>
    <message>
        <source>cron: %1</source>
        <translation>cron：%1</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The file is UTF-16; save it as UTF-8 CSV.</source>
        <translation>该文件为 UTF-16 编码；请将其另存为 UTF-8 CSV。</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8 (save the roster as UTF-8 CSV).</source>
        <translation>文本不是有效的 UTF-8（请将学生名单另存为 UTF-8 CSV）。</translation>
    </message>
    <message>
        <source>The roster is empty.</source>
        <translation>学生名单为空。</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; (expected id, name, email, group).</source>
        <translation>未知列“%1”（应为 id、name、email、group）。</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice.</source>
        <translation>列“%1”出现了两次。</translation>
    </message>
    <message>
        <source>The header row lacks the column &quot;%1&quot;.</source>
        <translation>标题行缺少列“%1”。</translation>
    </message>
    <message>
        <source>the student id is empty</source>
        <translation>学生 ID 为空</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>姓名为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>“%1”不是电子邮件地址</translation>
    </message>
    <message>
        <source>the student id &quot;%1&quot; is already used on line %2</source>
        <translation>学生 ID“%1”已在第 %2 行使用</translation>
    </message>
    <message>
        <source>A quoted field is not closed.</source>
        <translation>带引号的字段未闭合。</translation>
    </message>
    <message>
        <source>%1 field(s) where the header has %2.</source>
        <translation>有 %1 个字段，而标题行有 %2 个。</translation>
    </message>
    <message>
        <source>The roster has a header but no students.</source>
        <translation>学生名单有标题行，但没有学生。</translation>
    </message>
    <message>
        <source>the name has more than %1 characters or a control character</source>
        <translation>姓名超过 %1 个字符或包含控制字符</translation>
    </message>
    <message>
        <source>the group has more than %1 characters or a control character</source>
        <translation>分组超过 %1 个字符或包含控制字符</translation>
    </message>
    <message>
        <source>the student id &quot;%1&quot; may use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit, without &quot;..&quot; (at most %2)</source>
        <translation>学生 ID“%1”只能使用字母、数字、“.”、“_”和“-”，必须以字母或数字开头，且不能包含“..”（最多 %2 个字符）</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB: that is no class roster.</source>
        <translation>%1 大于 %2 MiB：这不是班级学生名单。</translation>
    </message>
</context>
<context>
    <name>SparseStreamSource</name>
    <message>
        <source>internal error: non-sequential read</source>
        <translation>内部错误：非顺序读取</translation>
    </message>
</context>
<context>
    <name>SqliteDatabase</name>
    <message>
        <source>Cannot open %1 (%2): %3</source>
        <translation>无法打开%1（%2）：%3</translation>
    </message>
    <message>
        <source>Cannot prepare %1 (%2): %3</source>
        <translation>无法准备%1（%2）：%3</translation>
    </message>
    <message numerus="yes">
        <source>The file %1 (%2) stayed locked by another program for %n second(s): %3</source>
        <translation>
            <numerusform>文件 %1（%2）被另一个程序锁定了 %n 秒：%3</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 (%2) is not a readable database: %3. Move it aside; Virtdeck then starts a new, empty one.</source>
        <translation>文件 %1（%2）不是可读的数据库：%3。请将其移开；Virtdeck 随后会新建一个空数据库。</translation>
    </message>
    <message>
        <source>The file %1 (%2) is damaged (%3). Nothing was read from it. Move it aside and restore a copy from a backup, or let Virtdeck start a new, empty one.</source>
        <translation>文件 %1（%2）已损坏（%3）。未从中读取任何内容。请将其移开并从备份恢复副本，或让 Virtdeck 新建一个空数据库。</translation>
    </message>
</context>
<context>
    <name>SshTunnel</name>
    <message>
        <source>Cannot create a socket pair for the ssh tunnel.</source>
        <translation>无法为 ssh 隧道创建套接字对。</translation>
    </message>
    <message>
        <source>Cannot start ssh for the display tunnel: %1</source>
        <translation>无法为显示隧道启动 ssh：%1</translation>
    </message>
    <message>
        <source>The ssh tunnel to the display failed: %1</source>
        <translation>通往显示器的 SSH 隧道失败：%1</translation>
    </message>
</context>
<context>
    <name>StatsChartsPage</name>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>TiB</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>StorageXml</name>
    <message>
        <source>not a &lt;pool&gt; document</source>
        <translation>不是 &lt;pool&gt; 文档</translation>
    </message>
    <message>
        <source>not a &lt;volume&gt; document</source>
        <translation>不是 &lt;volume&gt; 文档</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>名称为空。</translation>
    </message>
    <message>
        <source>The name must not contain &apos;/&apos;.</source>
        <translation>名称不能包含“/”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file name.</source>
        <translation>“%1”不是文件名。</translation>
    </message>
</context>
<context>
    <name>StoreDatabase</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL URL of the form postgresql://user@host:port/database.</source>
        <translation>“%1”不是 postgresql://user@host:port/database 形式的 PostgreSQL URL。</translation>
    </message>
    <message>
        <source>This computer has no PostgreSQL driver for Qt; install the package libqt6sql6-psql.</source>
        <translation>此计算机没有 Qt 的 PostgreSQL 驱动；请安装软件包 libqt6sql6-psql。</translation>
    </message>
    <message numerus="yes">
        <source>The table %1 of the target holds %n row(s) already; nothing was copied.</source>
        <translation>
            <numerusform>目标的表 %1 已有 %n 行；未复制任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying %1: %2</source>
        <translation>复制 %1 时：%2</translation>
    </message>
    <message>
        <source>Copying %1: the source changed while it was copied; nothing was copied.</source>
        <translation>复制 %1 时：源在复制期间发生了变化；未复制任何内容。</translation>
    </message>
    <message>
        <source>Cannot open %1 (%2): %3</source>
        <translation>无法打开%1（%2）：%3</translation>
    </message>
    <message>
        <source>it was written by a newer Virtdeck (schema %1 of &quot;%2&quot;; this version knows up to %3). Update Virtdeck on this computer.</source>
        <translation>它由更新版本的 Virtdeck 写入（“%2”的架构 %1；此版本最高只认识 %3）。请更新本机的 Virtdeck。</translation>
    </message>
    <message>
        <source>migration %1 of &quot;%2&quot; failed, nothing was changed: %3</source>
        <translation>“%2”的迁移 %1 失败，未做任何更改：%3</translation>
    </message>
</context>
<context>
    <name>TeamStore</name>
    <message>
        <source>the team&apos;s settings</source>
        <translation>团队设置</translation>
    </message>
</context>
<context>
    <name>ViewerCommand</name>
    <message>
        <source>The graphical console needs virt-viewer, which is not installed. Install the package &quot;virt-viewer&quot; and try again.</source>
        <translation>图形控制台需要 virt-viewer，但它尚未安装。请安装软件包“virt-viewer”后重试。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the libvirt URI.</source>
        <translation>打开指定的 libvirt URI。</translation>
    </message>
    <message>
        <source>Open the demo hosts.</source>
        <translation>打开演示主机。</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once the hosts have answered, then quit (for documentation).</source>
        <translation>主机响应后将窗口截图保存到 FILE，然后退出（用于编写文档）。</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x760.</source>
        <translation>窗口大小，例如 1280x760。</translation>
    </message>
    <message>
        <source>Open on a page: vms or images.</source>
        <translation>启动时打开指定页面：vms 或 images。</translation>
    </message>
    <message>
        <source>Show the Jobs view.</source>
        <translation>显示任务视图。</translation>
    </message>
    <message>
        <source>GUI</source>
        <translation>图形界面</translation>
    </message>
    <message>
        <source>With --screenshot: wait MS more once the hosts have answered (live statistics need a few samples).</source>
        <translation>与 --screenshot 一起使用：主机应答后再等待 MS 毫秒（实时统计需要几次采样）。</translation>
    </message>
    <message>
        <source>Select the VMs of these names (comma-separated) once they are listed.</source>
        <translation>列出后选中这些名称（以逗号分隔）的虚拟机。</translation>
    </message>
    <message>
        <source>Show the Labs pane.</source>
        <translation>显示实验室窗格。</translation>
    </message>
    <message>
        <source>Show the Backups pane.</source>
        <translation>显示备份面板。</translation>
    </message>
    <message>
        <source>Select the job of this number in the Jobs view once it is listed, so that its log shows.</source>
        <translation>在任务视图中列出该编号的任务后将其选中，以显示其日志。</translation>
    </message>
    <message>
        <source>Show the Performance pane.</source>
        <translation>显示性能面板。</translation>
    </message>
    <message>
        <source>The scheduler&apos;s database: a file, or a PostgreSQL database a team shares (postgresql://user@host/db).</source>
        <translation>调度器的数据库：一个文件，或团队共享的 PostgreSQL 数据库（postgresql://user@host/db）。</translation>
    </message>
</context>
<context>
    <name>virtdeck::AlertEngine</name>
    <message>
        <source>%1: %2 %</source>
        <translation>%1：%2 %</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>virtdeck::AlertLogModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>VM or host</source>
        <translation>虚拟机或主机</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
</context>
<context>
    <name>virtdeck::AlertRulesDialog</name>
    <message>
        <source>Alert Rules</source>
        <translation>告警规则</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>When</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>高于</translation>
    </message>
    <message>
        <source>For at least</source>
        <translation>持续至少</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>添加规则(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Rule</source>
        <translation>移除规则(&amp;R)</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>恢复默认值(&amp;D)</translation>
    </message>
    <message>
        <source>Each rule raises a desktop notification and a line in the alerts log once its condition has held for the time given, and again only after it cleared. VM memory needs the guest&apos;s balloon driver.</source>
        <translation>每条规则在其条件持续达到指定时间后，会发出一条桌面通知并在告警日志中记录一行；只有在条件解除后才会再次触发。虚拟机内存需要客户机的 balloon 驱动。</translation>
    </message>
    <message>
        <source>Whether the rule is checked</source>
        <translation>是否启用此规则</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>立即</translation>
    </message>
</context>
<context>
    <name>virtdeck::BackupCatalogModel</name>
    <message>
        <source>incremental</source>
        <translation>增量</translation>
    </message>
    <message>
        <source>full</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>已存储</translation>
    </message>
    <message>
        <source>Dedup</source>
        <translation>去重</translation>
    </message>
</context>
<context>
    <name>virtdeck::BackupsPane</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;store…</source>
        <translation>恢复(&amp;S)…</translation>
    </message>
    <message>
        <source>Restore the selected backup as a new VM on a connected host</source>
        <translation>将所选备份恢复为已连接主机上的新虚拟机</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>校验(&amp;V)</translation>
    </message>
    <message>
        <source>Re-read and re-hash every chunk of the repository</source>
        <translation>重新读取并重新计算仓库中每个数据块的哈希</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>No repository at %1 yet: back up a VM (Virtual Machine → Back Up Now) to create it, or choose another folder in Preferences.</source>
        <translation>%1 处尚无仓库：备份一台虚拟机（虚拟机 → 立即备份）即可创建，或在首选项中选择其他文件夹。</translation>
    </message>
    <message>
        <source>Cannot read the repository %1: %2</source>
        <translation>无法读取仓库 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1</source>
        <translation>
            <numerusform>%1 中有 %n 个备份</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of data stored in %2 (%3×)</source>
        <translation>%1 的数据存储为 %2（%3×）</translation>
    </message>
    <message>
        <source>Restoring %1 as %2: see the Jobs pane.</source>
        <translation>正在将 %1 恢复为 %2：请查看作业面板。</translation>
    </message>
    <message>
        <source>Stop &amp;Verifying</source>
        <translation>停止校验(&amp;V)</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>正在校验 %1…</translation>
    </message>
    <message>
        <source>Verifying: %1 of %2 checked…</source>
        <translation>校验中：已检查 %1 / %2…</translation>
    </message>
    <message>
        <source>Verification stopped.</source>
        <translation>校验已停止。</translation>
    </message>
    <message>
        <source>Cannot verify: %1</source>
        <translation>无法校验：%1</translation>
    </message>
    <message numerus="yes">
        <source>All %n backup(s) verified: %1 in %2 chunks re-read, no damage.</source>
        <translation>
            <numerusform>全部 %n 个备份已校验：重新读取了 %2 个数据块中的 %1，未发现损坏。</numerusform>
        </translation>
    </message>
    <message>
        <source>Damaged: %1. Missing chunks: %2. Backups that cannot be restored: %3.</source>
        <translation>已损坏：%1。缺失的数据块：%2。无法恢复的备份：%3。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Restore over the &amp;Original…</source>
        <translation>覆盖恢复到原虚拟机(&amp;O)…</translation>
    </message>
    <message>
        <source>Restore the selected backup over the VM it was taken from, on its own host, replacing its disks</source>
        <translation>将所选备份覆盖恢复到其来源虚拟机（在该虚拟机所在的主机上），替换其磁盘</translation>
    </message>
    <message>
        <source>Restore the backup of %1 taken %2 over the VM %1 on %3?

Its disks (%4) are replaced by the backup&apos;s and its definition by the one backed up; the VM must be shut off. Its current disk volumes are kept, no longer used.</source>
        <translation>将 %1 于 %2 创建的备份覆盖恢复到 %3 上的虚拟机 %1？

其磁盘（%4）将被替换为备份中的磁盘，其定义将被替换为备份的定义；该虚拟机必须已关机。其当前的磁盘卷会保留，但不再使用。</translation>
    </message>
    <message>
        <source>Connect %1 first: the backup of %2 is restored on its own host.</source>
        <translation>请先连接 %1：%2 的备份将恢复到其所在的主机上。</translation>
    </message>
    <message>
        <source>Restore over %1</source>
        <translation>覆盖恢复 %1</translation>
    </message>
    <message>
        <source>&amp;Replace %1</source>
        <translation>替换 %1(&amp;R)</translation>
    </message>
    <message>
        <source>Restoring %1 over itself on %2: see the Jobs pane.</source>
        <translation>正在 %2 上将 %1 覆盖恢复到自身：请查看作业面板。</translation>
    </message>
    <message>
        <source>Name the new VM.</source>
        <translation>请为新虚拟机命名。</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>There is a VM named %1 on this host already.</source>
        <translation>此主机上已有名为 %1 的虚拟机。</translation>
    </message>
</context>
<context>
    <name>virtdeck::ClassroomWall</name>
    <message>
        <source>Waiting for the screen…</source>
        <translation>正在等待屏幕画面…</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>无画面</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Cannot start %1.</source>
        <translation>无法启动 %1。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Ask every VM for its screen again, those that failed too</source>
        <translation>重新向每台虚拟机请求屏幕，包括失败的</translation>
    </message>
    <message>
        <source>Classroom Wall — %1</source>
        <translation>教室屏幕墙 — %1</translation>
    </message>
    <message>
        <source>group %1 · %2</source>
        <translation>组 %1 · %2</translation>
    </message>
    <message>
        <source>No VM of lab %1 exists on its hosts.</source>
        <translation>实验室 %1 的虚拟机在其主机上都不存在。</translation>
    </message>
    <message>
        <source>Running: %1 of %2 VMs. Right-click a tile for Start, Reset and Console; double-click opens the console.</source>
        <translation>运行中：%1 / %2 台虚拟机。右键单击磁贴可启动、重置或打开控制台；双击打开控制台。</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reset to Template…</source>
        <translation>重置为模板(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>控制台(&amp;C)</translation>
    </message>
    <message>
        <source>Open in &amp;virt-viewer</source>
        <translation>在 virt-viewer 中打开(&amp;V)</translation>
    </message>
</context>
<context>
    <name>virtdeck::CloneDialog</name>
    <message>
        <source>Clone — %1</source>
        <translation>克隆 — %1</translation>
    </message>
    <message>
        <source>&amp;Full clone: copy every disk (independent, takes time and space)</source>
        <translation>完整克隆(&amp;F)：复制每个磁盘（相互独立，耗时且占用空间）</translation>
    </message>
    <message>
        <source>&amp;Linked clone: new qcow2 disks that read from the original (instant, small; the original&apos;s disks must stay unchanged)</source>
        <translation>链接克隆(&amp;L)：新建从原磁盘读取数据的 qcow2 磁盘（即时完成，占用空间小；原虚拟机的磁盘必须保持不变）</translation>
    </message>
    <message numerus="yes">
        <source>The clone gets a new UUID and new MAC addresses. %n writable disk(s) are cloned; read-only and shared disks (installation media) are used by both.</source>
        <translation>
            <numerusform>克隆将获得新的 UUID 和新的 MAC 地址。将克隆 %n 个可写磁盘；只读磁盘和共享磁盘（安装介质）由两者共用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>克隆</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
</context>
<context>
    <name>virtdeck::Connection</name>
    <message>
        <source>Not connected to %1</source>
        <translation>未连接到 %1</translation>
    </message>
    <message>
        <source>the host closed the connection</source>
        <translation>主机关闭了连接</translation>
    </message>
    <message>
        <source>the host stopped answering (keepalive timeout)</source>
        <translation>主机停止响应（keepalive 超时）</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <source>connection error</source>
        <translation>连接错误</translation>
    </message>
    <message>
        <source>Use defineDomain() to define a domain</source>
        <translation>请使用 defineDomain() 定义域</translation>
    </message>
    <message>
        <source>Cannot read the VM&apos;s disks: %1</source>
        <translation>无法读取虚拟机的磁盘：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>VM deleted, but some storage was not: %1</source>
        <translation>虚拟机已删除，但部分存储未能删除：%1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n storage volume(s)</source>
        <translation>
            <numerusform>已删除 %n 个存储卷</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>virtdeck::ConnectionDialog</name>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>QEMU/KVM on this computer (system)</source>
        <translation>本机上的 QEMU/KVM（系统）</translation>
    </message>
    <message>
        <source>QEMU/KVM on this computer (user session)</source>
        <translation>本机上的 QEMU/KVM（用户会话）</translation>
    </message>
    <message>
        <source>Remote QEMU/KVM over SSH</source>
        <translation>通过 SSH 连接的远程 QEMU/KVM</translation>
    </message>
    <message>
        <source>Custom URI</source>
        <translation>自定义 URI</translation>
    </message>
    <message>
        <source>Optional; shown in the tables</source>
        <translation>可选；显示在表格中</translation>
    </message>
    <message>
        <source>Your login on the host, e.g. root</source>
        <translation>您在主机上的登录名，例如 root</translation>
    </message>
    <message>
        <source>Host name or address</source>
        <translation>主机名或地址</translation>
    </message>
    <message>
        <source>default (22)</source>
        <translation>默认（22）</translation>
    </message>
    <message>
        <source>Optional; otherwise your SSH agent and default keys</source>
        <translation>可选；否则使用 SSH 代理和默认密钥</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>密钥文件(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>URI(&amp;U)：</translation>
    </message>
    <message>
        <source>Connect &amp;automatically when Virtdeck starts</source>
        <translation>Virtdeck 启动时自动连接(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Opens: %1</source>
        <translation>将打开：%1</translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation>（不完整）</translation>
    </message>
    <message>
        <source>Choose an SSH private key</source>
        <translation>选择 SSH 私钥</translation>
    </message>
    <message>
        <source>&amp;Read-only</source>
        <translation>只读(&amp;R)</translation>
    </message>
    <message>
        <source>Only watch this host: VMs cannot be started, stopped, changed or deleted from this connection.</source>
        <translation>仅监视此主机：无法通过此连接启动、停止、更改或删除虚拟机。</translation>
    </message>
</context>
<context>
    <name>virtdeck::ConnectionManager</name>
    <message>
        <source>The host is not connected.</source>
        <translation>主机未连接。</translation>
    </message>
</context>
<context>
    <name>virtdeck::ConsoleLauncher</name>
    <message>
        <source>ssh is not installed.</source>
        <translation>未安装 ssh。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Cannot prepare the ssh tunnel for virt-viewer: %1</source>
        <translation>无法为 virt-viewer 准备 ssh 隧道：%1</translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 崩溃了。</translation>
    </message>
    <message>
        <source>%1 exited with code %2.</source>
        <translation>%1 以代码 %2 退出。</translation>
    </message>
</context>
<context>
    <name>virtdeck::ConsolePane</name>
    <message>
        <source>Select a VM to see its screen.</source>
        <translation>选择一台虚拟机以查看其屏幕。</translation>
    </message>
</context>
<context>
    <name>virtdeck::ConsoleView</name>
    <message>
        <source>Press Ctrl+Alt to release the keyboard</source>
        <translation>按 Ctrl+Alt 释放键盘</translation>
    </message>
    <message>
        <source>Send &amp;Key</source>
        <translation>发送按键(&amp;K)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Del</source>
        <translation>Ctrl+Alt+Del</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F%1</source>
        <translation>Ctrl+Alt+F%1</translation>
    </message>
    <message>
        <source>PrintScreen</source>
        <translation>PrintScreen</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Scale the screen to the window; off shows it 1:1</source>
        <translation>将屏幕缩放到窗口大小；关闭时按 1:1 显示</translation>
    </message>
    <message>
        <source>F&amp;ullscreen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>重新连接(&amp;R)</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>重新连接</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>Connecting to the display…</source>
        <translation>正在连接显示…</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>已断开。</translation>
    </message>
</context>
<context>
    <name>virtdeck::ConsoleWindow</name>
    <message>
        <source>%1 — Console</source>
        <translation>%1 — 控制台</translation>
    </message>
</context>
<context>
    <name>virtdeck::CredentialDialog</name>
    <message>
        <source>Log in to %1</source>
        <translation>登录到 %1</translation>
    </message>
    <message>
        <source>The hypervisor at &lt;b&gt;%1&lt;/b&gt; asks for credentials.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 上的虚拟机管理程序要求提供凭据。</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>记住到系统密钥环(&amp;R)</translation>
    </message>
    <message>
        <source>The password is kept by the desktop&apos;s keyring, never in Virtdeck&apos;s settings file.</source>
        <translation>密码由桌面密钥环保存，绝不会写入 Virtdeck 的设置文件。</translation>
    </message>
</context>
<context>
    <name>virtdeck::DomainOverviewWidget</name>
    <message>
        <source>unknown on this host</source>
        <translation>此主机上未知</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自动启动</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Select a VM to see its details.</source>
        <translation>选择一台虚拟机以查看其详细信息。</translation>
    </message>
    <message>
        <source>Open &amp;Console</source>
        <translation>打开控制台(&amp;C)</translation>
    </message>
    <message>
        <source>Open the graphical console in virt-viewer</source>
        <translation>在 virt-viewer 中打开图形控制台</translation>
    </message>
    <message>
        <source>Edit &amp;XML…</source>
        <translation>编辑 XML(&amp;X)…</translation>
    </message>
    <message>
        <source>S&amp;napshots…</source>
        <translation>快照(&amp;N)…</translation>
    </message>
    <message>
        <source>C&amp;lone…</source>
        <translation>克隆(&amp;L)…</translation>
    </message>
    <message>
        <source>The VM&apos;s screen, refreshed every few seconds while it runs</source>
        <translation>虚拟机屏幕，运行时每隔几秒刷新一次</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>操作系统：</translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation>架构：</translation>
    </message>
    <message>
        <source>Uptime:</source>
        <translation>运行时间：</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>A short title shown in the VM list</source>
        <translation>显示在虚拟机列表中的简短标题</translation>
    </message>
    <message>
        <source>Notes for whoever looks after this VM</source>
        <translation>给维护此虚拟机的人员的备注</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Start with the host</source>
        <translation>随主机启动</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>vCPUs:</source>
        <translation>vCPU：</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>内存：</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>总线</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>连接到</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation>网络接口</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Cloned %1 as %2</source>
        <translation>已将 %1 克隆为 %2</translation>
    </message>
    <message>
        <source>Cloning %1 failed</source>
        <translation>克隆 %1 失败</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>克隆</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Cannot read the VM&apos;s details: %1</source>
        <translation>无法读取虚拟机的详细信息：%1</translation>
    </message>
    <message>
        <source>transient (no definition kept when it stops)</source>
        <translation>临时（停止后不保留定义）</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>The VM carries no libosinfo metadata</source>
        <translation>该虚拟机没有 libosinfo 元数据</translation>
    </message>
    <message>
        <source>%1, machine %2</source>
        <translation>%1，机器类型 %2</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>unknown (no DHCP lease, no guest agent)</source>
        <translation>未知（无 DHCP 租约，无客户机代理）</translation>
    </message>
    <message>
        <source>%1 (guest agent)</source>
        <translation>%1（客户机代理）</translation>
    </message>
    <message>
        <source>This VM has no graphical display</source>
        <translation>该虚拟机没有图形显示</translation>
    </message>
    <message>
        <source>Start the VM to see its console</source>
        <translation>启动虚拟机以查看其控制台</translation>
    </message>
    <message>
        <source>Shut the VM off to clone it</source>
        <translation>关闭虚拟机后才能克隆</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>No display</source>
        <translation>无显示</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>正在应用…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Applied now: %1.</source>
        <translation>已立即应用：%1。</translation>
    </message>
    <message>
        <source>Applies at the next boot: %1 (the running VM cannot change it now).</source>
        <translation>将在下次启动时应用：%1（运行中的虚拟机现在无法更改）。</translation>
    </message>
    <message>
        <source>Not changed — %1</source>
        <translation>未更改 — %1</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation>%1 的设置</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>无画面</translation>
    </message>
    <message>
        <source>No picture: %1</source>
        <translation>无画面：%1</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Console opened for %1</source>
        <translation>已为 %1 打开控制台</translation>
    </message>
    <message>
        <source>Cloning %1 as %2…</source>
        <translation>正在将 %1 克隆为 %2…</translation>
    </message>
    <message>
        <source>This host is connected read-only</source>
        <translation>此主机以只读方式连接</translation>
    </message>
    <message>
        <source>from next boot</source>
        <translation>下次启动起</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Ask for the VM&apos;s screen again</source>
        <translation>重新请求虚拟机的屏幕</translation>
    </message>
    <message>
        <source>The console of %1 did not open</source>
        <translation>%1 的控制台未能打开</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>最多 %1</translation>
    </message>
    <message>
        <source>The VM&apos;s maximum; raise it in the XML definition for more.</source>
        <translation>虚拟机的上限；如需更多，请在 XML 定义中提高。</translation>
    </message>
    <message>
        <source>Running now with %1</source>
        <translation>当前运行值 %1</translation>
    </message>
    <message>
        <source>Running now with %1 MiB</source>
        <translation>当前运行值 %1 MiB</translation>
    </message>
    <message>
        <source>Replica:</source>
        <translation>副本：</translation>
    </message>
    <message>
        <source>ready to fail over to</source>
        <translation>可用于故障转移</translation>
    </message>
    <message>
        <source>not whole: a replication was cut short</source>
        <translation>不完整：某次复制被中断</translation>
    </message>
    <message>
        <source>started by a failover</source>
        <translation>已由故障转移启动</translation>
    </message>
    <message>
        <source>from %1, data of %2 (%3), %4; %5</source>
        <translation>来自 %1，数据时间 %2（%3），%4；%5</translation>
    </message>
    <message>
        <source>%1 old</source>
        <translation>%1前</translation>
    </message>
</context>
<context>
    <name>virtdeck::DomainService</name>
    <message>
        <source>The running VM cannot change this now (%1); it applies at the next boot.</source>
        <translation>运行中的虚拟机现在无法更改此项（%1）；将在下次启动时生效。</translation>
    </message>
    <message>
        <source>This VM has no persistent definition whose maximum could be raised.</source>
        <translation>该虚拟机没有可提高最大值的持久定义。</translation>
    </message>
    <message>
        <source>Above the running VM&apos;s maximum; it applies at the next boot.</source>
        <translation>超出运行中虚拟机的最大值；将在下次启动时生效。</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Shut the VM off before cloning it, so its disks are consistent.</source>
        <translation>请先关闭虚拟机再克隆，以保证其磁盘一致。</translation>
    </message>
    <message>
        <source>The disk %1 is not a storage volume libvirt knows, so it cannot be copied: %2</source>
        <translation>磁盘 %1 不是 libvirt 已知的存储卷，因此无法复制：%2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n disk(s) copied</source>
        <translation>
            <numerusform>已复制 %n 个磁盘</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disk(s) linked to the original</source>
        <translation>
            <numerusform>已将 %n 个磁盘链接到原磁盘</numerusform>
        </translation>
    </message>
    <message>
        <source>details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>settings change</source>
        <translation>设置更改</translation>
    </message>
    <message>
        <source>screenshot</source>
        <translation>截图</translation>
    </message>
    <message>
        <source>clone</source>
        <translation>克隆</translation>
    </message>
</context>
<context>
    <name>virtdeck::DomainTableModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自动启动</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory use</source>
        <translation>内存使用</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <translation>磁盘 I/O</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>This host reports no such statistics for the VM</source>
        <translation>此主机未报告该虚拟机的此项统计</translation>
    </message>
    <message>
        <source>Waiting for the first statistics</source>
        <translation>正在等待首次统计数据</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Read %1 (%2 IOPS), write %3 (%4 IOPS)</source>
        <translation>读取 %1（%2 IOPS），写入 %3（%4 IOPS）</translation>
    </message>
    <message>
        <source>Received %1, sent %2</source>
        <translation>接收 %1，发送 %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>virtdeck::ExamBadge</name>
    <message>
        <source>Exam running — %1</source>
        <translation>考试进行中 — %1</translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>结束于 %1</translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation>剩余 %1 分钟</translation>
    </message>
    <message>
        <source>ending now</source>
        <translation>即将结束</translation>
    </message>
</context>
<context>
    <name>virtdeck::ExamStartDialog</name>
    <message>
        <source>Start Exam</source>
        <translation>开始考试</translation>
    </message>
    <message>
        <source>Start the exam for %1: snapshot every VM and cut its network?</source>
        <translation>为 %1 开始考试：为每台虚拟机创建快照并断开其网络？</translation>
    </message>
    <message>
        <source>No end time</source>
        <translation>无结束时间</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>A timed exam ends by itself (End exam runs as a scheduled job, also with this window closed when the headless scheduler runs); the pane warns %1 minutes before.</source>
        <translation>限时考试会自动结束（“结束考试”作为计划任务运行；若后台调度器在运行，关闭此窗口后也会执行）；窗格会提前 %1 分钟提醒。</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>时长(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>virtdeck::FailoverWatch</name>
    <message>
        <source>%1 answers again.</source>
        <translation>%1 已恢复响应。</translation>
    </message>
    <message>
        <source>%1 runs again on %2, which was lost, and on %3, where a failover started it. The old copy was paused: keep one and discard the other.</source>
        <translation>%1 再次在曾失联的 %2 上运行，同时也在故障转移后启动它的 %3 上运行。旧实例已暂停：请保留其中一个并丢弃另一个。</translation>
    </message>
    <message>
        <source>%1 does not answer; its high-availability VMs fail over if it stays lost.</source>
        <translation>%1 无响应；如果持续失联，其上的高可用虚拟机将进行故障转移。</translation>
    </message>
    <message>
        <source>libvirt on %1 does not answer, but its ssh does: no failover while the host is up.</source>
        <translation>%1 上的 libvirt 无响应，但其 ssh 有响应：主机正常运行期间不进行故障转移。</translation>
    </message>
    <message>
        <source>No connected host to fail %1 over to.</source>
        <translation>没有可将 %1 故障转移到的已连接主机。</translation>
    </message>
    <message>
        <source>%1 is lost: failing %2 over to %3.</source>
        <translation>%1 已失联：正在将 %2 故障转移到 %3。</translation>
    </message>
    <message>
        <source>%1 and %2 must both be connected to settle %3.</source>
        <translation>必须同时连接 %1 和 %2 才能解决 %3 的冲突。</translation>
    </message>
    <message>
        <source>%1 stays on %2; its copy on %3 was discarded (its disks are kept).</source>
        <translation>%1 保留在 %2 上；其在 %3 上的实例已丢弃（磁盘已保留）。</translation>
    </message>
    <message>
        <source>%1 was not settled: %2</source>
        <translation>%1 的冲突未解决：%2</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n high-availability VM(s).</source>
        <translation>
            <numerusform>正在监视 %n 台高可用虚拟机。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::HostTableModel</name>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>虚拟机管理程序</translation>
    </message>
    <message>
        <source>libvirt</source>
        <translation>libvirt</translation>
    </message>
    <message>
        <source>CPU model</source>
        <translation>CPU 型号</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU 数</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Free memory</source>
        <translation>可用内存</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory use</source>
        <translation>内存使用</translation>
    </message>
    <message>
        <source>VM vCPUs busy</source>
        <translation>虚拟机 vCPU 占用</translation>
    </message>
    <message>
        <source>VM disk I/O</source>
        <translation>虚拟机磁盘 I/O</translation>
    </message>
    <message>
        <source>VM network</source>
        <translation>虚拟机网络</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2 in use</source>
        <translation>已使用 %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>vCPUs kept busy by the host&apos;s %n reporting VM(s)</source>
        <translation>
            <numerusform>主机上 %n 台报告统计的虚拟机所占用的 vCPU</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>This host reports no such statistics</source>
        <translation>此主机未报告此项统计</translation>
    </message>
    <message>
        <source>Same host as %1: its VMs are shown there</source>
        <translation>与 %1 为同一主机：其虚拟机显示在那里</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维护中</translation>
    </message>
    <message>
        <source>%1, in maintenance</source>
        <translation>%1，维护中</translation>
    </message>
    <message>
        <source>In maintenance: this host takes no VMs until maintenance ends.</source>
        <translation>维护中：在维护结束之前，此主机不接收任何虚拟机。</translation>
    </message>
</context>
<context>
    <name>virtdeck::ImagesPane</name>
    <message>
        <source>Filter by name, pool, host, path or VM</source>
        <translation>按名称、存储池、主机、路径或虚拟机筛选</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>所有主机</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>所有镜像</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>&lt;b&gt;Storage pools&lt;/b&gt;</source>
        <translation>&lt;b&gt;存储池&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;New Volume…</source>
        <translation>新建卷(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an empty qcow2 or raw disk image</source>
        <translation>创建空的 qcow2 或 raw 磁盘镜像</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>上传(&amp;U)…</translation>
    </message>
    <message>
        <source>Upload a local ISO or disk image into a pool</source>
        <translation>将本地 ISO 或磁盘镜像上传到存储池</translation>
    </message>
    <message>
        <source>Do&amp;wnload…</source>
        <translation>下载(&amp;W)…</translation>
    </message>
    <message>
        <source>Save the selected volume to a local file</source>
        <translation>将所选卷保存为本地文件</translation>
    </message>
    <message>
        <source>&amp;Clone…</source>
        <translation>克隆(&amp;C)…</translation>
    </message>
    <message>
        <source>A full, independent copy of the selected volume</source>
        <translation>所选卷的完整独立副本</translation>
    </message>
    <message>
        <source>&amp;Linked Clone…</source>
        <translation>链接克隆(&amp;L)…</translation>
    </message>
    <message>
        <source>A qcow2 overlay that starts from the selected image and stores only changes</source>
        <translation>以所选镜像为基础、仅存储更改的 qcow2 覆盖层</translation>
    </message>
    <message>
        <source>&amp;Resize…</source>
        <translation>调整大小(&amp;R)…</translation>
    </message>
    <message>
        <source>Change the volume&apos;s virtual size</source>
        <translation>更改卷的虚拟大小</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected volumes (asks first)</source>
        <translation>删除所选卷（会先确认）</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>模板(&amp;T)</translation>
    </message>
    <message>
        <source>Mark the image as a template to base new VMs on</source>
        <translation>将镜像标记为模板，用作新虚拟机的基础</translation>
    </message>
    <message>
        <source>&amp;Backing Chain…</source>
        <translation>后备链(&amp;B)…</translation>
    </message>
    <message>
        <source>Show the files this image is built on</source>
        <translation>显示此镜像所基于的文件</translation>
    </message>
    <message>
        <source>Re&amp;scan</source>
        <translation>重新扫描(&amp;S)</translation>
    </message>
    <message>
        <source>Re-scan every pool of every host for files added outside Virtdeck</source>
        <translation>重新扫描每台主机的每个存储池，查找在 Virtdeck 之外添加的文件</translation>
    </message>
    <message>
        <source>New Pool…</source>
        <translation>新建存储池…</translation>
    </message>
    <message>
        <source>Create a directory pool</source>
        <translation>创建目录存储池</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Start the selected pool</source>
        <translation>启动所选存储池</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the selected pool</source>
        <translation>停止所选存储池</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Re-scan the selected pool</source>
        <translation>重新扫描所选存储池</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete the selected pool (asks first)</source>
        <translation>删除所选存储池（会先确认）</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自动启动</translation>
    </message>
    <message>
        <source>Start the pool when the host boots</source>
        <translation>主机启动时启动此存储池</translation>
    </message>
    <message>
        <source>Stop pool</source>
        <translation>停止存储池</translation>
    </message>
    <message>
        <source>Stop the pool %1? Its volumes disappear from the list until it is started again; VMs using them cannot start.</source>
        <translation>停止存储池 %1？在再次启动之前，其中的卷将从列表中消失；使用这些卷的虚拟机将无法启动。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), %1 on disk</source>
        <translation>
            <numerusform>%n 个镜像，占用磁盘 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload Image</source>
        <translation>上传镜像</translation>
    </message>
    <message>
        <source>Disk images and ISOs (*.iso *.qcow2 *.img *.raw);;All files (*)</source>
        <translation>磁盘镜像和 ISO (*.iso *.qcow2 *.img *.raw);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>上传失败</translation>
    </message>
    <message>
        <source>Not connected to the host.</source>
        <translation>未连接到主机。</translation>
    </message>
    <message>
        <source>Download Image</source>
        <translation>下载镜像</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>下载失败</translation>
    </message>
    <message>
        <source>Linked Clone</source>
        <translation>链接克隆</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>克隆</translation>
    </message>
    <message>
        <source>Name of the overlay on %1 (it stores only what changes; %1 must stay):</source>
        <translation>%1 上覆盖层的名称（它只存储更改的内容；%1 必须保留）：</translation>
    </message>
    <message>
        <source>Name of the full copy of %1:</source>
        <translation>%1 的完整副本的名称：</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>调整大小</translation>
    </message>
    <message>
        <source>New virtual size of %1 in GiB (growing only; the guest must grow its file system):</source>
        <translation>%1 的新虚拟大小，单位 GiB（只能增大；客户机需自行扩展其文件系统）：</translation>
    </message>
    <message>
        <source>%1 is a disk of %2: they will no longer start.</source>
        <translation>%1 是 %2 的磁盘：它们将无法再启动。</translation>
    </message>
    <message>
        <source>%1 is the backing file of %2: they become unreadable.</source>
        <translation>%1 是 %2 的后备文件：它们将无法读取。</translation>
    </message>
    <message>
        <source>Delete images</source>
        <translation>删除镜像</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n volume(s)? The data is gone for good.</source>
        <translation>
            <numerusform>删除 %n 个卷？数据将被永久删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> 以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>This breaks:</source>
        <translation>这将影响：</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete Anyway</source>
        <translation>仍然删除</translation>
    </message>
    <message>
        <source>Marked as template: %1</source>
        <translation>已标记为模板：%1</translation>
    </message>
    <message>
        <source>No longer a template: %1</source>
        <translation>已取消模板标记：%1</translation>
    </message>
    <message>
        <source>Backing chain</source>
        <translation>后备链</translation>
    </message>
    <message>
        <source>%1 stands alone: it has no backing file.</source>
        <translation>%1 是独立的：它没有后备文件。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is built on %n file(s):</source>
        <translation>
            <numerusform>%1 基于 %n 个文件：</numerusform>
        </translation>
    </message>
    <message>
        <source>New Directory Pool</source>
        <translation>新建目录存储池</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation>目录(&amp;D)：</translation>
    </message>
    <message>
        <source>Delete pool</source>
        <translation>删除存储池</translation>
    </message>
    <message>
        <source>Delete the pool %1 on %2?</source>
        <translation>删除 %2 上的存储池 %1？</translation>
    </message>
    <message numerus="yes">
        <source>It holds %n volume(s). They stay on disk, but Virtdeck and libvirt no longer list them; VMs using them keep their paths.</source>
        <translation>
            <numerusform>其中有 %n 个卷。它们仍保留在磁盘上，但 Virtdeck 和 libvirt 将不再列出它们；使用它们的虚拟机仍保留其路径。</numerusform>
        </translation>
    </message>
    <message>
        <source>The pool is stopped and forgotten; its directory stays on disk.</source>
        <translation>存储池将被停止并移除；其目录仍保留在磁盘上。</translation>
    </message>
    <message>
        <source>Also remove its directory (only possible when it is empty)</source>
        <translation>同时删除其目录（仅当目录为空时可行）</translation>
    </message>
    <message>
        <source>Delete Pool</source>
        <translation>删除存储池</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <source>Uploaded %1 to %2 (%3)</source>
        <translation>已将 %1 上传到 %2（%3）</translation>
    </message>
    <message>
        <source>Downloaded %1 to %2 (%3)</source>
        <translation>已将 %1 下载到 %2（%3）</translation>
    </message>
    <message>
        <source>Upload cancelled: %1</source>
        <translation>上传已取消：%1</translation>
    </message>
    <message>
        <source>Download cancelled: %1</source>
        <translation>下载已取消：%1</translation>
    </message>
    <message>
        <source>Upload failed: %1</source>
        <translation>上传失败：%1</translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation>下载失败：%1</translation>
    </message>
</context>
<context>
    <name>virtdeck::JobExecutor</name>
    <message>
        <source>The host disconnected while the job ran%1; its outcome is unknown.</source>
        <translation>任务运行期间主机断开连接%1；结果未知。</translation>
    </message>
    <message>
        <source>The connection was removed while the job ran.</source>
        <translation>任务运行期间连接已被移除。</translation>
    </message>
    <message numerus="yes">
        <source>No answer from the host within %n minute(s).</source>
        <translation>
            <numerusform>主机在 %n 分钟内未响应。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>未启动：%1</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1：已完成。</translation>
    </message>
    <message numerus="yes">
        <source>Shutdown requested; waiting up to %n second(s) for the guest to power off.</source>
        <translation>
            <numerusform>已请求关机；最多等待 %n 秒让客户机关闭电源。</numerusform>
        </translation>
    </message>
    <message>
        <source>The guest powered off.</source>
        <translation>客户机已关闭电源。</translation>
    </message>
    <message numerus="yes">
        <source>The guest was still running after %n second(s).</source>
        <translation>
            <numerusform>%n 秒后客户机仍在运行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still running after %n second(s); forcing it off.</source>
        <translation>
            <numerusform>%n 秒后仍在运行；正在强制关机。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forced off after %n second(s) without shutting down.</source>
        <translation>
            <numerusform>%n 秒内未能关机，已强制关机。</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot &quot;%1&quot; created.</source>
        <translation>已创建快照“%1”。</translation>
    </message>
    <message>
        <source>Reverted to snapshot &quot;%1&quot;.</source>
        <translation>已还原到快照“%1”。</translation>
    </message>
    <message>
        <source>Snapshot &quot;%1&quot; deleted.</source>
        <translation>已删除快照“%1”。</translation>
    </message>
    <message>
        <source>This program cannot run jobs of the kind &quot;%1&quot;.</source>
        <translation>本程序无法运行“%1”类型的任务。</translation>
    </message>
    <message>
        <source>Opening a connection to %1.</source>
        <translation>正在打开到 %1 的连接。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 在 %n 秒内未响应。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no VM %1 on %2.</source>
        <translation>%2 上没有虚拟机 %1。</translation>
    </message>
    <message>
        <source>Lab: %1</source>
        <translation>实验室：%1</translation>
    </message>
    <message>
        <source>Cannot open the labs database: %1</source>
        <translation>无法打开实验室数据库：%1</translation>
    </message>
    <message>
        <source>There is no lab &quot;%1&quot;.</source>
        <translation>没有实验室“%1”。</translation>
    </message>
    <message>
        <source>%1: %2 VM(s) done, %3 failed.</source>
        <translation>%1：%2 台虚拟机完成，%3 台失败。</translation>
    </message>
    <message>
        <source>No destination: %1</source>
        <translation>没有目标主机：%1</translation>
    </message>
    <message>
        <source>Placement chose %1.</source>
        <translation>放置策略选择了 %1。</translation>
    </message>
    <message>
        <source>Cannot connect to the destination %1: %2</source>
        <translation>无法连接到目标主机 %1：%2</translation>
    </message>
    <message>
        <source>Cloned as %1.</source>
        <translation>已克隆为 %1。</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>迁移</translation>
    </message>
    <message>
        <source>Create snapshot</source>
        <translation>创建快照</translation>
    </message>
    <message>
        <source>Revert to snapshot</source>
        <translation>还原到快照</translation>
    </message>
    <message>
        <source>Delete snapshot</source>
        <translation>删除快照</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>克隆</translation>
    </message>
    <message>
        <source>Cannot read the labs database: %1</source>
        <translation>无法读取实验室数据库：%1</translation>
    </message>
    <message>
        <source>%1&apos;s host was not recorded: %2</source>
        <translation>未记录 %1 的主机：%2</translation>
    </message>
    <message>
        <source>The exam&apos;s end was not recorded: %1</source>
        <translation>未记录考试结束：%1</translation>
    </message>
    <message>
        <source>%1: %2 VM(s) done, %3 with nothing to do, %4 failed.</source>
        <translation>%1：%2 台虚拟机完成，%3 台无需操作，%4 台失败。</translation>
    </message>
    <message>
        <source>Lab: move a student&apos;s VM</source>
        <translation>实验室：移动学生的虚拟机</translation>
    </message>
    <message>
        <source>Migration is not available.</source>
        <translation>迁移不可用。</translation>
    </message>
</context>
<context>
    <name>virtdeck::JobTableModel</name>
    <message>
        <source>after #%1</source>
        <translation>在 #%1 之后</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>virtdeck::JobsView</name>
    <message>
        <source>Filter by action, VM, host or result</source>
        <translation>按操作、虚拟机、主机或结果筛选</translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>取消任务(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Select a job to see its log.</source>
        <translation>选择一个任务以查看其日志。</translation>
    </message>
    <message>
        <source>Queue and History</source>
        <translation>队列和历史记录</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>下次运行</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Run &amp;Now</source>
        <translation>立即运行(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>禁用(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>New schedules: select VMs, then Virtual Machine ▸ Schedule…</source>
        <translation>新建计划：选择虚拟机，然后选择 虚拟机 ▸ 计划…</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Delete schedule</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <source>Delete this schedule? Jobs it already queued stay in the queue.</source>
        <translation>删除此计划？它已加入队列的任务仍保留在队列中。</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>This window runs the jobs (%1).</source>
        <translation>此窗口负责运行任务（%1）。</translation>
    </message>
    <message>
        <source>Jobs are run by another process: %1. This window shows them.</source>
        <translation>任务由另一个进程运行：%1。此窗口仅显示它们。</translation>
    </message>
    <message>
        <source>The scheduler is starting…</source>
        <translation>调度器正在启动…</translation>
    </message>
    <message>
        <source>Read-only: your database role can change nothing here.</source>
        <translation>只读：您的数据库角色在此无法更改任何内容。</translation>
    </message>
</context>
<context>
    <name>virtdeck::LabCapacityDialog</name>
    <message>
        <source>Capacity Check — %1</source>
        <translation>容量检查 — %1</translation>
    </message>
    <message>
        <source>Class &amp;starts at:</source>
        <translation>上课&amp;时间：</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Memory (needed / allowed)</source>
        <translation>内存（需要 / 允许）</translation>
    </message>
    <message>
        <source>vCPUs (needed / allowed)</source>
        <translation>vCPU（需要 / 允许）</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>What would make it fit, and what the hosts said:</source>
        <translation>怎样才能容纳，以及主机的反馈：</translation>
    </message>
    <message>
        <source>Asking the lab&apos;s hosts…</source>
        <translation>正在询问实验室的主机…</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>无法执行检查：%1</translation>
    </message>
    <message>
        <source>no host answered.</source>
        <translation>没有主机应答。</translation>
    </message>
    <message>
        <source>Lab %1 can run at %2.</source>
        <translation>实验室 %1 可以在 %2 运行。</translation>
    </message>
    <message>
        <source>Lab %1 can run at %2 with its new students placed as below.</source>
        <translation>按下面的方式安置新学生后，实验室 %1 可以在 %2 运行。</translation>
    </message>
    <message>
        <source>Lab %1 does not fit at %2 as placed; the moves below make it fit.</source>
        <translation>按当前安置，实验室 %1 在 %2 容纳不下；下面的迁移可以解决。</translation>
    </message>
    <message>
        <source>Lab %1 does not fit at %2, not even after moving students.</source>
        <translation>实验室 %1 在 %2 容纳不下，迁移学生后也不行。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>可以容纳</translation>
    </message>
    <message numerus="yes">
        <source>fits, room for %n more</source>
        <translation>
            <numerusform>可以容纳，还能再容纳 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <source>vCPUs %1 of %2 allowed</source>
        <translation>vCPU %1 / 允许 %2</translation>
    </message>
    <message>
        <source>memory %1 of %2</source>
        <translation>内存 %1 / %2</translation>
    </message>
    <message>
        <source>does not fit: %1</source>
        <translation>放不下：%1</translation>
    </message>
    <message>
        <source>&amp;Apply Moves…</source>
        <translation>执行迁移(&amp;A)…</translation>
    </message>
    <message>
        <source>Apply Moves — %1</source>
        <translation>执行迁移 — %1</translation>
    </message>
    <message>
        <source>Carry out these moves? Each migration is a job in the Jobs view; a student&apos;s new host is recorded once its VMs are there.</source>
        <translation>执行这些迁移吗？每次迁移都是作业视图中的一个作业；学生的虚拟机到达后才记录其新主机。</translation>
    </message>
    <message>
        <source>Even then, no host has room for: %1.</source>
        <translation>即便如此，也没有主机能容纳：%1。</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) queued (the Jobs view shows their progress); %1.</source>
        <translation>
            <numerusform>已排队 %n 个迁移（作业视图显示其进度）；%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new host(s) recorded</source>
        <translation>
            <numerusform>已记录 %n 个新主机</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::LabDialog</name>
    <message>
        <source>New Lab</source>
        <translation>新建实验室</translation>
    </message>
    <message>
        <source>e.g. net101</source>
        <translation>例如 net101</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>The VM every student&apos;s VM is a linked clone of. It must exist under this name on every target host.</source>
        <translation>每名学生的虚拟机都是此虚拟机的链接克隆。它必须以此名称存在于每台目标主机上。</translation>
    </message>
    <message>
        <source>&amp;Template VM:</source>
        <translation>模板虚拟机(&amp;T)：</translation>
    </message>
    <message>
        <source>CSV with columns id, name, email, group</source>
        <translation>包含 id、name、email、group 列的 CSV</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Class Roster</source>
        <translation>班级学生名单</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Roster:</source>
        <translation>学生名单(&amp;R)：</translation>
    </message>
    <message>
        <source>VM names from {lab}, {student}, {role}, {group} and {name}.</source>
        <translation>虚拟机名称由 {lab}、{student}、{role}、{group} 和 {name} 组成。</translation>
    </message>
    <message>
        <source>&amp;Naming pattern:</source>
        <translation>命名模式(&amp;N)：</translation>
    </message>
    <message>
        <source>Target &amp;hosts:</source>
        <translation>目标主机(&amp;H)：</translation>
    </message>
    <message>
        <source>Create Lab</source>
        <translation>创建实验室</translation>
    </message>
    <message>
        <source>Choose the template VM.</source>
        <translation>请选择模板虚拟机。</translation>
    </message>
    <message>
        <source>Check at least one target host.</source>
        <translation>请至少勾选一台目标主机。</translation>
    </message>
    <message>
        <source>Choose the class roster (a CSV file).</source>
        <translation>请选择班级学生名单（CSV 文件）。</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>课程(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>A shut-off VM</source>
        <translation>一台已关机的虚拟机</translation>
    </message>
    <message>
        <source>Add a network card (virtio) on the lab&apos;s network to each student&apos;s VM</source>
        <translation>为每名学生的虚拟机在实验室网络上添加一块网卡（virtio）</translation>
    </message>
    <message>
        <source>The template VM %1 has no network interface: the lab&apos;s networks would not reach any VM, and no network or address will be made. Check &quot;Add a network card&quot; to give each student&apos;s VM one on the lab&apos;s network, then create the lab.</source>
        <translation>模板虚拟机 %1 没有网络接口：实验室的网络无法连到任何虚拟机，也不会创建网络或地址。勾选“添加网卡”为每名学生的虚拟机在实验室网络上添加一块网卡，然后再创建实验室。</translation>
    </message>
</context>
<context>
    <name>virtdeck::LabExecutor</name>
    <message>
        <source>Reverting needs the name of a snapshot.</source>
        <translation>还原需要快照名称。</translation>
    </message>
    <message>
        <source>There is no student &quot;%1&quot; in lab %2.</source>
        <translation>实验室 %2 中没有学生“%1”。</translation>
    </message>
    <message>
        <source>Lab %1 has no target host or no template.</source>
        <translation>实验室 %1 没有目标主机或没有模板。</translation>
    </message>
    <message>
        <source>%1 is not connected; its students are skipped.</source>
        <translation>%1 未连接；已跳过其上的学生。</translation>
    </message>
    <message>
        <source>%1 lacks the template VM(s) %2: no student is placed there (an overlay must be on the same host as its template; copy the template there under the same name).</source>
        <translation>%1 缺少模板虚拟机 %2：不会在该主机上放置学生（覆盖层必须与其模板位于同一主机；请以相同名称将模板复制到该主机）。</translation>
    </message>
    <message>
        <source>No connected host holds the lab&apos;s templates.</source>
        <translation>没有已连接的主机拥有该实验室的模板。</translation>
    </message>
    <message>
        <source>No host has room: %1</source>
        <translation>没有主机有足够空间：%1</translation>
    </message>
    <message>
        <source>Not provisioned yet.</source>
        <translation>尚未部署。</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 未连接。</translation>
    </message>
    <message>
        <source>Lab %1: %2</source>
        <translation>实验室 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: batch %2 of %3 done; the next in %n second(s).</source>
        <translation>
            <numerusform>%1：第 %2 批（共 %3 批）完成；下一批在 %n 秒后。</numerusform>
        </translation>
    </message>
    <message>
        <source>A lab network was not removed: %1</source>
        <translation>未能删除实验室网络：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: starting batch %2 of %3 (%n VM(s)).</source>
        <translation>
            <numerusform>%1：正在启动第 %2 批（共 %3 批，%n 台虚拟机）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Lab %1 has no idle time set; nothing is stopped.</source>
        <translation>实验室 %1 未设置空闲时间；不停止任何虚拟机。</translation>
    </message>
    <message>
        <source>Lab %1 names no paths to collect.</source>
        <translation>实验室 %1 未指定要收集的路径。</translation>
    </message>
    <message>
        <source>Collecting needs a folder to put the files in.</source>
        <translation>收集需要一个存放文件的文件夹。</translation>
    </message>
    <message>
        <source>What was collected: %1</source>
        <translation>收集结果：%1</translation>
    </message>
    <message>
        <source>The collection report %1 was not written: %2</source>
        <translation>未能写入收集报告 %1：%2</translation>
    </message>
    <message>
        <source>Not provisioned; it will be made on version %1.</source>
        <translation>尚未创建；将基于版本 %1 创建。</translation>
    </message>
    <message>
        <source>%1: the template&apos;s disk %2 is in %3, which is no storage pool of this host, so no new student is placed there. Let Virtdeck define it as a pool (virtdeck lab provision does; in the window, Provision asks) or define one there yourself.</source>
        <translation>%1：模板的磁盘 %2 位于 %3，而它不是此主机的存储池，因此不会在此安置新学生。请让 Virtdeck 将其定义为存储池（virtdeck lab provision 会这样做；在窗口中，“部署”会询问），或自行在那里定义一个存储池。</translation>
    </message>
    <message numerus="yes">
        <source>The guests get %n second(s) to power off; then those still running are forced off.</source>
        <translation>
            <numerusform>客户机有 %n 秒时间关机；之后仍在运行的将被强制关闭。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The guests get %n second(s) to power off; those still running then are reported as not stopped.</source>
        <translation>
            <numerusform>客户机有 %n 秒时间关机；之后仍在运行的将报告为未停止。</numerusform>
        </translation>
    </message>
    <message>
        <source>No host can take students: %1</source>
        <translation>没有主机可以接收学生：%1</translation>
    </message>
</context>
<context>
    <name>virtdeck::LabListModel</name>
    <message>
        <source>Lab</source>
        <translation>实验室</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
</context>
<context>
    <name>virtdeck::LabManageActions</name>
    <message>
        <source>Delete Lab</source>
        <translation>删除实验室</translation>
    </message>
    <message>
        <source>Lab %1 removed from the database.</source>
        <translation>已从数据库中移除实验室 %1。</translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation>管理(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Add Students…</source>
        <translation>添加学生(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Drop Students…</source>
        <translation>移除学生(&amp;D)…</translation>
    </message>
    <message>
        <source>Add &amp;Role…</source>
        <translation>添加角色(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Placement…</source>
        <translation>放置策略(&amp;P)…</translation>
    </message>
    <message>
        <source>D&amp;elete Lab…</source>
        <translation>删除实验室(&amp;E)…</translation>
    </message>
    <message>
        <source>Delete Lab VMs</source>
        <translation>删除实验室虚拟机</translation>
    </message>
    <message>
        <source>The VMs were not all deleted, so the lab&apos;s records stay: %1</source>
        <translation>并非所有虚拟机都已删除，因此保留实验室的记录：%1</translation>
    </message>
    <message>
        <source>Deleting the VMs of lab %1; the Jobs view shows its progress.</source>
        <translation>正在删除实验室 %1 的虚拟机；任务视图显示进度。</translation>
    </message>
    <message>
        <source>Add Students</source>
        <translation>添加学生</translation>
    </message>
    <message>
        <source>Students of %1 added to lab %2.</source>
        <translation>已将 %1 中的学生添加到实验室 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) dropped from lab %1.</source>
        <translation>
            <numerusform>已从实验室 %1 移除 %n 名学生。</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop Students</source>
        <translation>移除学生</translation>
    </message>
    <message>
        <source>Add Role</source>
        <translation>添加角色</translation>
    </message>
    <message>
        <source>Role %1 added to lab %2: provision to make its VMs.</source>
        <translation>已将角色 %1 添加到实验室 %2：执行部署以创建其虚拟机。</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>放置策略</translation>
    </message>
    <message>
        <source>Lab %1 places new students by %2.</source>
        <translation>实验室 %1 按 %2 放置新学生。</translation>
    </message>
    <message numerus="yes">
        <source>Delete lab %1 with the VMs and disks of its %n student(s)? This cannot be undone.

Or forget the lab: its VMs stay as they are, no longer managed as a lab.</source>
        <translation>
            <numerusform>删除实验室 %1 及其 %n 名学生的虚拟机和磁盘？此操作无法撤消。

或者忘记该实验室：其虚拟机保持原样，不再作为实验室管理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Lab and VMs</source>
        <translation>删除实验室和虚拟机</translation>
    </message>
    <message>
        <source>Forget Lab, Keep VMs</source>
        <translation>忘记实验室，保留虚拟机</translation>
    </message>
    <message>
        <source>Add Students from a Roster</source>
        <translation>从学生名单添加学生</translation>
    </message>
    <message>
        <source>CSV roster (*.csv)</source>
        <translation>CSV 学生名单 (*.csv)</translation>
    </message>
    <message>
        <source>Students to drop (ids, separated by commas):</source>
        <translation>要移除的学生（ID，以逗号分隔）：</translation>
    </message>
    <message>
        <source>Drop %1 from lab %2?

Delete their VMs and disks too, or keep the VMs (no longer the lab&apos;s)?</source>
        <translation>从实验室 %2 移除 %1？

同时删除他们的虚拟机和磁盘，还是保留虚拟机（不再属于实验室）？</translation>
    </message>
    <message>
        <source>Drop and Delete VMs</source>
        <translation>移除并删除虚拟机</translation>
    </message>
    <message>
        <source>Drop, Keep VMs</source>
        <translation>移除，保留虚拟机</translation>
    </message>
    <message>
        <source>Add Role — %1</source>
        <translation>添加角色 — %1</translation>
    </message>
    <message>
        <source>e.g. server</source>
        <translation>例如 server</translation>
    </message>
    <message>
        <source>The same name on every host of the lab</source>
        <translation>实验室每台主机上的相同名称</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Template VM:</source>
        <translation>模板虚拟机(&amp;T)：</translation>
    </message>
    <message>
        <source>Placement — %1</source>
        <translation>放置策略 — %1</translation>
    </message>
    <message>
        <source>Where new students&apos; VMs go among the lab&apos;s hosts:</source>
        <translation>新学生的虚拟机在实验室各主机间的放置方式：</translation>
    </message>
</context>
<context>
    <name>virtdeck::LabService</name>
    <message>
        <source>The roster has errors; nothing was imported:
</source>
        <translation>学生名单有错误；未导入任何内容：
</translation>
    </message>
    <message>
        <source>Cannot open the labs database: %1</source>
        <translation>无法打开实验室数据库：%1</translation>
    </message>
    <message>
        <source>Cannot save the lab: %1</source>
        <translation>无法保存实验室：%1</translation>
    </message>
    <message>
        <source>the lab %1 is gone</source>
        <translation>实验室 %1 已不存在</translation>
    </message>
    <message>
        <source>The lab %1 already has a role &quot;%2&quot;.</source>
        <translation>实验室 %1 已有角色“%2”。</translation>
    </message>
    <message>
        <source>Unknown placement &quot;%1&quot;.</source>
        <translation>未知的放置策略“%1”。</translation>
    </message>
    <message>
        <source>The shared database does not answer: %1 Virtdeck tries again every few seconds.</source>
        <translation>共享数据库没有响应：%1 Virtdeck 每隔几秒重试一次。</translation>
    </message>
</context>
<context>
    <name>virtdeck::LabSettingsForm</name>
    <message>
        <source>The template&apos;s own interfaces</source>
        <translation>模板自带的网卡</translation>
    </message>
    <message>
        <source>One shared network</source>
        <translation>一个共享网络</translation>
    </message>
    <message>
        <source>An isolated network per student</source>
        <translation>每名学生一个隔离网络</translation>
    </message>
    <message>
        <source>An isolated network per group</source>
        <translation>每个小组一个隔离网络</translation>
    </message>
    <message>
        <source>Each student keeps the same MAC address in every mode; isolated networks are created and removed with the lab.</source>
        <translation>在任何模式下每名学生都保持相同的 MAC 地址；隔离网络随实验室创建和删除。</translation>
    </message>
    <message>
        <source>Student &amp;network:</source>
        <translation>学生网络(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. default (on every host)</source>
        <translation>例如 default（每台主机上都有）</translation>
    </message>
    <message>
        <source>Shared net&amp;work:</source>
        <translation>共享网络(&amp;W)：</translation>
    </message>
    <message>
        <source>empty: from the DHCP range</source>
        <translation>留空：使用 DHCP 范围</translation>
    </message>
    <message>
        <source>Fixed addresses are handed out from here, in roster order.</source>
        <translation>从这里开始按名单顺序分配固定地址。</translation>
    </message>
    <message>
        <source>First fixed &amp;address:</source>
        <translation>第一个固定地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Network N of the lab is PREFIX.N.0/24.</source>
        <translation>实验室的第 N 个网络为 前缀.N.0/24。</translation>
    </message>
    <message>
        <source>Subnet &amp;prefix:</source>
        <translation>子网前缀(&amp;P)：</translation>
    </message>
    <message>
        <source>e.g. vdb</source>
        <translation>例如 vdb</translation>
    </message>
    <message>
        <source>The template&apos;s disks (by target) that hold student data: resets and template versions keep them. Separate several with commas.</source>
        <translation>存放学生数据的模板磁盘（按目标名）：重置和模板版本都会保留它们。多个用逗号分隔。</translation>
    </message>
    <message>
        <source>Student &amp;data disks:</source>
        <translation>学生数据磁盘(&amp;D)：</translation>
    </message>
    <message>
        <source>all at once</source>
        <translation>全部同时</translation>
    </message>
    <message>
        <source> VMs per host</source>
        <translation> 台/主机</translation>
    </message>
    <message>
        <source> s apart</source>
        <translation> 秒间隔</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min idle</source>
        <translation> 分钟空闲</translation>
    </message>
    <message>
        <source>Stop idle VMs shuts down VMs that used no CPU for this long.</source>
        <translation>“停止空闲虚拟机”会关闭在这段时间内没有使用 CPU 的虚拟机。</translation>
    </message>
    <message>
        <source>Shut down after:</source>
        <translation>关闭于：</translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation>结束于(&amp;E)</translation>
    </message>
    <message>
        <source>End date:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <source>paths inside the guests to collect, one per line</source>
        <translation>要收集的客户机内路径，每行一个</translation>
    </message>
    <message>
        <source>&amp;Collect paths:</source>
        <translation>收集路径(&amp;C)：</translation>
    </message>
    <message>
        <source>Start in &amp;batches of:</source>
        <translation>分批启动(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Refuse students the hosts cannot all run at once</source>
        <translation>拒绝主机无法全部同时运行的学生(&amp;R)</translation>
    </message>
    <message>
        <source>Off: provisioning places every student by the placement policy and warns, per host, when running all at once would need more than the host allows. On: students without room are not provisioned.</source>
        <translation>关闭：部署时按放置策略安置每名学生，并在全部同时运行所需资源超出主机允许范围时，针对每台主机给出警告。开启：没有空间的学生不予部署。</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>容量：</translation>
    </message>
</context>
<context>
    <name>virtdeck::LabShutdownDialog</name>
    <message>
        <source>Then force off those still running</source>
        <translation>之后强制关闭仍在运行的</translation>
    </message>
    <message>
        <source>Shut Down</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>Ask the guests of %1 to shut down, and wait for them to power off. A guest still running then is reported as not stopped, or forced off (unsaved work in it is lost).</source>
        <translation>请求 %1 的客户机关机，并等待其断电。届时仍在运行的客户机将报告为未停止，或被强制关闭（其中未保存的工作会丢失）。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Wait up to:</source>
        <translation>最多等待(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>virtdeck::LabStudentModel</name>
    <message>
        <source>not provisioned</source>
        <translation>未部署</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>上次结果</translation>
    </message>
</context>
<context>
    <name>virtdeck::LabTargetBar</name>
    <message>
        <source>All Students</source>
        <translation>全部学生</translation>
    </message>
    <message>
        <source>Clear the selection: the buttons act on every student of the lab (Esc in the table does the same)</source>
        <translation>清除选择：按钮作用于实验室的每名学生（在表格中按 Esc 效果相同）</translation>
    </message>
    <message>
        <source>the lab&apos;s one student</source>
        <translation>实验室唯一的学生</translation>
    </message>
    <message>
        <source>all %1 students</source>
        <translation>全部 %1 名学生</translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation>仅 %1</translation>
    </message>
    <message>
        <source>%1 selected students</source>
        <translation>%1 名选中的学生</translation>
    </message>
    <message>
        <source>Acts on: %1</source>
        <translation>作用于：%1</translation>
    </message>
</context>
<context>
    <name>virtdeck::LabTimetableDialog</name>
    <message>
        <source>Timetable — %1</source>
        <translation>课程表 — %1</translation>
    </message>
    <message>
        <source>Lab %1: each entry acts on the whole lab, on the students it has when it runs (also those added later).</source>
        <translation>实验室 %1：每个条目作用于整个实验室，即运行时它所拥有的学生（包括之后添加的）。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>New Timetable Entry — %1</source>
        <translation>新课程表条目 — %1</translation>
    </message>
    <message>
        <source>Delete Timetable Entry</source>
        <translation>删除课程表条目</translation>
    </message>
    <message>
        <source>Delete &quot;%1, %2&quot; from the timetable of lab %3?</source>
        <translation>从实验室 %3 的课程表中删除“%1，%2”？</translation>
    </message>
</context>
<context>
    <name>virtdeck::LabTimetableModel</name>
    <message>
        <source>snapshot %1</source>
        <translation>快照 %1</translation>
    </message>
    <message>
        <source>wait %1 s, then force off</source>
        <translation>等待 %1 秒，然后强制关闭</translation>
    </message>
    <message>
        <source>wait %1 s</source>
        <translation>等待 %1 秒</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>仅 %1</translation>
    </message>
    <message>
        <source>Every day %1</source>
        <translation>每天 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作内容</translation>
    </message>
    <message>
        <source>When</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>下次运行</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>virtdeck::LabsPane</name>
    <message>
        <source>No labs yet</source>
        <translation>尚无实验室</translation>
    </message>
    <message>
        <source>&amp;Lab:</source>
        <translation>实验室(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;New Lab…</source>
        <translation>新建实验室(&amp;N)…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the students, their VMs, hosts, states and addresses as CSV or HTML</source>
        <translation>将学生及其虚拟机、主机、状态和地址保存为 CSV 或 HTML</translation>
    </message>
    <message>
        <source>&amp;Wall…</source>
        <translation>屏幕墙(&amp;W)…</translation>
    </message>
    <message>
        <source>Live screens of the lab&apos;s running VMs</source>
        <translation>实验室中运行中虚拟机的实时屏幕</translation>
    </message>
    <message>
        <source>%1 for the selected students, or the whole lab when none is selected</source>
        <translation>%1：作用于所选学生；未选择学生时作用于整个实验室</translation>
    </message>
    <message>
        <source>No lab chosen. A lab turns a template VM and a class roster into one linked-clone VM per student: create one with New Lab…</source>
        <translation>未选择实验室。实验室可根据模板虚拟机和班级学生名单，为每名学生创建一台链接克隆虚拟机。请通过以下操作创建：新建实验室…</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s); </source>
        <translation>
            <numerusform>%n 名学生；</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; hosts: %2; names: %3</source>
        <translation>%1；主机：%2；名称：%3</translation>
    </message>
    <message>
        <source>Export Lab Report</source>
        <translation>导出实验室报告</translation>
    </message>
    <message>
        <source>CSV (*.csv);;HTML page (*.html)</source>
        <translation>CSV (*.csv);;HTML 页面 (*.html)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>报告已保存到 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>all %n student(s) of lab %1</source>
        <translation>
            <numerusform>实验室 %1 的全部 %n 名学生</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected student(s) of lab %1</source>
        <translation>
            <numerusform>实验室 %1 中所选的 %n 名学生</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot name:</source>
        <translation>快照名称：</translation>
    </message>
    <message>
        <source>Reset %1 to the template? Their changes are thrown away.</source>
        <translation>将%1重置为模板？他们所做的更改将被丢弃。</translation>
    </message>
    <message>
        <source>Delete the VMs and disks of %1? This cannot be undone.</source>
        <translation>删除%1的虚拟机和磁盘？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Revert %1 to snapshot &quot;%2&quot;? Later changes are lost.</source>
        <translation>将%1还原到快照“%2”？之后的更改将会丢失。</translation>
    </message>
    <message>
        <source>Force off %1? Unsaved work in the guests is lost.</source>
        <translation>强制关闭%1？客户机中未保存的工作将会丢失。</translation>
    </message>
    <message>
        <source>%1 submitted for %2; the Jobs view shows its progress.</source>
        <translation>已为%2提交“%1”；任务视图中会显示其进度。</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>更多(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Publish Template Version…</source>
        <translation>发布模板版本(&amp;P)…</translation>
    </message>
    <message>
        <source> (version %1)</source>
        <translation>（版本 %1）</translation>
    </message>
    <message>
        <source>This lab ended on %1: delete its VMs when its work is saved.</source>
        <translation>此实验室已于 %1 结束：保存好作业后请删除其虚拟机。</translation>
    </message>
    <message>
        <source>Collect Files Into</source>
        <translation>将文件收集到</translation>
    </message>
    <message>
        <source>Paths inside each guest to copy (one per line). The VMs must be shut off.</source>
        <translation>每台客户机内要复制的路径（每行一个）。虚拟机必须已关机。</translation>
    </message>
    <message>
        <source>Publish Template Version — %1</source>
        <translation>发布模板版本 — %1</translation>
    </message>
    <message>
        <source>%1 (now version %2: %3)</source>
        <translation>%1（当前版本 %2：%3）</translation>
    </message>
    <message>
        <source>What changed (optional)</source>
        <translation>改动内容（可选）</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>New &amp;template VM:</source>
        <translation>新模板虚拟机(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>A version is never changed in place: clone the template, change the clone, shut it off and publish it here (the same name on every host of the lab). Students without changes move to it now; the others on their next reset.</source>
        <translation>版本从不原地修改：克隆模板、修改克隆、将其关机后在此发布（在实验室的每台主机上使用相同名称）。没有改动的学生现在迁移；其他学生在下次重置时迁移。</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <source>Publish Template Version</source>
        <translation>发布模板版本</translation>
    </message>
    <message>
        <source>Version published; moving the students without changes (the Jobs view shows who moved).</source>
        <translation>版本已发布；正在迁移没有改动的学生（作业视图显示哪些学生已迁移）。</translation>
    </message>
    <message>
        <source>Check &amp;Capacity…</source>
        <translation>检查容量(&amp;C)…</translation>
    </message>
    <message>
        <source>Lab &amp;Settings…</source>
        <translation>实验室设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Lab Settings — %1</source>
        <translation>实验室设置 — %1</translation>
    </message>
    <message>
        <source>Networks, data disks and addresses of VMs already provisioned change at their next reset.</source>
        <translation>已部署虚拟机的网络、数据磁盘和地址在下次重置时更改。</translation>
    </message>
    <message>
        <source>Cannot save the lab: %1</source>
        <translation>无法保存实验室：%1</translation>
    </message>
    <message>
        <source>shared network %1</source>
        <translation>共享网络 %1</translation>
    </message>
    <message>
        <source>a network per student</source>
        <translation>每名学生一个网络</translation>
    </message>
    <message>
        <source>a network per group</source>
        <translation>每个小组一个网络</translation>
    </message>
    <message>
        <source>data disks %1</source>
        <translation>数据磁盘 %1</translation>
    </message>
    <message>
        <source>starts %1 per host every %2 s</source>
        <translation>每台主机每 %2 秒启动 %1 台</translation>
    </message>
    <message numerus="yes">
        <source>idle VMs stop after %n min</source>
        <translation>
            <numerusform>空闲 %n 分钟后停止虚拟机</numerusform>
        </translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>结束于 %1</translation>
    </message>
    <message>
        <source>The labs cannot be read: %1</source>
        <translation>无法读取实验室：%1</translation>
    </message>
    <message>
        <source>%1: %2 (holds %3)</source>
        <translation>%1：%2（存放 %3）</translation>
    </message>
    <message>
        <source>%1: %2 (the storage pool %3 there is stopped)</source>
        <translation>%1：%2（该处的存储池 %3 已停止）</translation>
    </message>
    <message>
        <source>The template disks of lab %1 are in folders that are no running storage pool of their host:

%2

Define a directory pool on each (started and autostarted) so that the students&apos; disks can be made there? Without one, those hosts get no new students.</source>
        <translation>实验室 %1 的模板磁盘位于不属于其主机上任何运行中存储池的文件夹中：

%2

是否在每个文件夹上定义一个目录存储池（启动并设为自动启动），以便在那里创建学生的磁盘？否则，这些主机将不会安置新学生。</translation>
    </message>
    <message>
        <source>Looking at the storage pools of lab %1&apos;s hosts…</source>
        <translation>正在检查实验室 %1 各主机的存储池…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Timetable…</source>
        <translation>课程表(&amp;T)…</translation>
    </message>
    <message>
        <source>The lab&apos;s recurring jobs: start, shut down, reset, snapshot, exam</source>
        <translation>实验室的周期性任务：启动、关机、重置、快照、考试</translation>
    </message>
    <message>
        <source>all students of lab %1 (%2)</source>
        <translation>实验室 %1 的全部学生（%2）</translation>
    </message>
    <message>
        <source>all %1 students of lab %2</source>
        <translation>实验室 %2 的全部 %1 名学生</translation>
    </message>
    <message>
        <source>%1 selected students of lab %2</source>
        <translation>实验室 %2 中 %1 名选中的学生</translation>
    </message>
    <message>
        <source>Start the VMs of %1?</source>
        <translation>启动 %1 的虚拟机？</translation>
    </message>
    <message>
        <source>End the exam for %1? Their VMs get their network back.</source>
        <translation>结束 %1 的考试？他们的虚拟机将恢复网络。</translation>
    </message>
    <message>
        <source>Read-only: your database role can change no lab here.</source>
        <translation>只读：您的数据库角色无法更改此处的任何实验室。</translation>
    </message>
</context>
<context>
    <name>virtdeck::ListenerWorker</name>
    <message>
        <source>the shared database</source>
        <translation>共享数据库</translation>
    </message>
</context>
<context>
    <name>virtdeck::MainWindow</name>
    <message>
        <source>Virtdeck</source>
        <translation>Virtdeck</translation>
    </message>
    <message>
        <source>Filter by name, title, UUID or host (Ctrl+F)</source>
        <translation>按名称、标题、UUID 或主机筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>所有主机</translation>
    </message>
    <message>
        <source>Virtual Machines</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>VM Details</source>
        <translation>虚拟机详细信息</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>Disconnected; reconnecting</source>
        <translation>已断开；正在重新连接</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>%2 %1失败：%3</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n host(s) connected</source>
        <translation>
            <numerusform>%n 台主机中已连接 %1 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s): %1 running, %2 paused</source>
        <translation>
            <numerusform>%n 台虚拟机：%1 台运行中，%2 台已暂停</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <source>Start the selected VMs</source>
        <translation>启动所选虚拟机</translation>
    </message>
    <message>
        <source>Ask the guests to shut down (ACPI)</source>
        <translation>请求客户机关机（ACPI）</translation>
    </message>
    <message>
        <source>Ask the guests to reboot</source>
        <translation>请求客户机重启</translation>
    </message>
    <message>
        <source>Power off at once, like pulling the plug</source>
        <translation>立即断电，如同拔掉电源插头</translation>
    </message>
    <message>
        <source>Pause the selected VMs</source>
        <translation>暂停所选虚拟机</translation>
    </message>
    <message>
        <source>Resume the selected VMs</source>
        <translation>恢复所选虚拟机</translation>
    </message>
    <message>
        <source>Delete the selected VMs (asks first)</source>
        <translation>删除所选虚拟机（会先确认）</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Add Connection…</source>
        <translation>添加连接(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit Connection…</source>
        <translation>编辑连接(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove Connection</source>
        <translation>移除连接(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>D&amp;isconnect</source>
        <translation>断开连接(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Virtual Machine</source>
        <translation>虚拟机(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;New Virtual Machine…</source>
        <translation>新建虚拟机(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Virtdeck</source>
        <translation>关于 Virtdeck(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>已创建 %1</translation>
    </message>
    <message>
        <source>Creating %1 failed</source>
        <translation>创建 %1 失败</translation>
    </message>
    <message>
        <source>Force off</source>
        <translation>强制关机</translation>
    </message>
    <message numerus="yes">
        <source>Power off %n VM(s) at once? Unsaved work in the guests is lost.</source>
        <translation>
            <numerusform>立即关闭 %n 台虚拟机的电源？客户机中未保存的工作将会丢失。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n VM(s)…</source>
        <translation>
            <numerusform>%1：%n 台虚拟机…</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete virtual machines</source>
        <translation>删除虚拟机</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n virtual machine(s)? Running ones are powered off first. This cannot be undone.</source>
        <translation>
            <numerusform>确定要删除 %n 台虚拟机吗？正在运行的虚拟机会先被关闭电源。此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> 以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Also delete their disk images (storage volumes); shared and read-only disks are kept</source>
        <translation>同时删除其磁盘映像（存储卷）；共享磁盘和只读磁盘将保留</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1 %2, libvirt %3</source>
        <translation>%1 %2，libvirt %3</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>No hosts yet.</source>
        <translation>尚无主机。</translation>
    </message>
    <message>
        <source>About Virtdeck</source>
        <translation>关于 Virtdeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Virtdeck %1&lt;/h3&gt;&lt;p&gt;A desktop console for libvirt hypervisors: local and remote hosts, bulk operations, scheduling, backup and teaching labs.&lt;/p&gt;&lt;p&gt;Qt %2 · libvirt library %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;Hosts&lt;/b&gt;&lt;/p&gt;&lt;table cellspacing=4&gt;%4&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Virtdeck %1&lt;/h3&gt;&lt;p&gt;libvirt 虚拟化主机的桌面控制台：本地和远程主机、批量操作、计划任务、备份和教学实验室。&lt;/p&gt;&lt;p&gt;Qt %2 · libvirt 库 %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;主机&lt;/b&gt;&lt;/p&gt;&lt;table cellspacing=4&gt;%4&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Open &amp;Console</source>
        <translation>打开控制台(&amp;C)</translation>
    </message>
    <message>
        <source>Edit &amp;XML…</source>
        <translation>编辑 XML(&amp;X)…</translation>
    </message>
    <message>
        <source>S&amp;napshots…</source>
        <translation>快照(&amp;N)…</translation>
    </message>
    <message>
        <source>C&amp;lone…</source>
        <translation>克隆(&amp;L)…</translation>
    </message>
    <message>
        <source>Add Connection</source>
        <translation>添加连接</translation>
    </message>
    <message>
        <source>Edit Connection</source>
        <translation>编辑连接</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>移除连接</translation>
    </message>
    <message>
        <source>Remove the connection %1? Its VMs stay on the host; only Virtdeck forgets the connection.</source>
        <translation>移除连接 %1？其虚拟机仍保留在主机上，Virtdeck 只是不再记住该连接。</translation>
    </message>
    <message>
        <source>The system keyring cannot be read</source>
        <translation>无法读取系统密钥环</translation>
    </message>
    <message>
        <source>The system keyring refused the password</source>
        <translation>系统密钥环拒绝保存密码</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>调度器</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>计划(&amp;S)…</translation>
    </message>
    <message>
        <source>Run an action on the selected VMs later, after another job, or on a recurring schedule (Ctrl+Shift+S)</source>
        <translation>稍后、在另一个任务完成后或按周期计划对所选虚拟机执行操作（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>Sc&amp;hedule</source>
        <translation>计划(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Migrate…</source>
        <translation>迁移(&amp;M)…</translation>
    </message>
    <message>
        <source>Move the selected VMs to another host (Ctrl+Shift+M)</source>
        <translation>将所选虚拟机移动到另一台主机（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <source>&amp;Evacuate Host…</source>
        <translation>清空主机(&amp;E)…</translation>
    </message>
    <message>
        <source>Move every VM of the selected host to the others, placed by the scheduler&apos;s rules</source>
        <translation>按调度器的放置规则，将所选主机上的所有虚拟机移动到其他主机</translation>
    </message>
    <message>
        <source>Re&amp;balance Hosts…</source>
        <translation>均衡主机负载(&amp;B)…</translation>
    </message>
    <message>
        <source>Move running VMs from the fullest to the emptiest hosts until their memory loads are within ten points</source>
        <translation>将运行中的虚拟机从最满的主机移到最空的主机，直到各主机内存负载相差不超过十个百分点</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Back up the selected VMs into the backup repository (incremental after the first; Ctrl+B)</source>
        <translation>将所选虚拟机备份到备份仓库（首次之后为增量；Ctrl+B）</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>实验室</translation>
    </message>
    <message>
        <source>&amp;Lab</source>
        <translation>实验室(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Labs Pane</source>
        <translation>实验室窗格(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;New Lab…</source>
        <translation>新建实验室(&amp;N)…</translation>
    </message>
    <message>
        <source>Job %1, %2 %3: %4</source>
        <translation>任务 %1，%2 %3：%4</translation>
    </message>
    <message>
        <source>Jobs: %1 running, %2 waiting</source>
        <translation>任务：%1 个运行中，%2 个等待中</translation>
    </message>
    <message>
        <source>Evacuate %1</source>
        <translation>清空 %1</translation>
    </message>
    <message>
        <source>evacuate %1</source>
        <translation>清空 %1</translation>
    </message>
    <message>
        <source>Rebalance hosts</source>
        <translation>均衡主机负载</translation>
    </message>
    <message>
        <source>rebalance</source>
        <translation>负载均衡</translation>
    </message>
    <message>
        <source>Nothing needs to move.</source>
        <translation>无需移动任何虚拟机。</translation>
    </message>
    <message>
        <source>No VM can be moved.</source>
        <translation>没有可以移动的虚拟机。</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>性能</translation>
    </message>
    <message>
        <source>Alert &amp;Rules…</source>
        <translation>告警规则(&amp;R)…</translation>
    </message>
    <message>
        <source>Choose which thresholds raise an alert</source>
        <translation>选择哪些阈值会触发告警</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>规则…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Virtdeck alert: %1</source>
        <translation>Virtdeck 告警：%1</translation>
    </message>
    <message>
        <source>Select one or more VMs, or a host, to see their charts.</source>
        <translation>选择一台或多台虚拟机，或一台主机，以查看其图表。</translation>
    </message>
    <message>
        <source>No storage pool</source>
        <translation>没有存储池</translation>
    </message>
    <message>
        <source>%1 has no storage pool. New VMs, backups and labs need one to keep their disks in.

Create the usual pool &quot;%2&quot; in %3?</source>
        <translation>%1 没有存储池。新虚拟机、备份和实验室需要存储池来存放其磁盘。

是否在 %3 中创建常用存储池“%2”？</translation>
    </message>
    <message>
        <source>Create Pool</source>
        <translation>创建存储池</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>Creating storage pool &quot;%1&quot; in %2</source>
        <translation>正在 %2 中创建存储池“%1”</translation>
    </message>
    <message>
        <source>Waiting for libvirt on %1: %2 (%3 s)</source>
        <translation>正在等待 %1 上的 libvirt：%2（%3 秒）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1（另有 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-read every VM and every storage pool of every connected host (F5)</source>
        <translation>重新读取每个已连接主机的所有虚拟机和存储池 (F5)</translation>
    </message>
    <message>
        <source>Go to &amp;Jobs</source>
        <translation>转到作业(&amp;J)</translation>
    </message>
    <message>
        <source>Solver</source>
        <translation>求解器</translation>
    </message>
    <message>
        <source>Greedy</source>
        <translation>贪心</translation>
    </message>
    <message>
        <source>Planning: %1…</source>
        <translation>正在规划：%1…</translation>
    </message>
    <message>
        <source>Open in &amp;virt-viewer</source>
        <translation>在 virt-viewer 中打开(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Serial Console</source>
        <translation>串行控制台(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详细信息(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;onsole</source>
        <translation>控制台(&amp;O)</translation>
    </message>
    <message>
        <source>Open the VM&apos;s screen in a window of its own</source>
        <translation>在单独的窗口中打开虚拟机的屏幕</translation>
    </message>
    <message>
        <source>&amp;Maintenance Mode</source>
        <translation>维护模式(&amp;M)</translation>
    </message>
    <message>
        <source>The selected host takes no VMs until maintenance ends; entering it offers to move its VMs away</source>
        <translation>所选主机在维护结束前不接收虚拟机；进入维护模式时会提议迁走其虚拟机</translation>
    </message>
    <message>
        <source>%1 is in maintenance: placement gives it no VMs.</source>
        <translation>%1 正在维护中：放置策略不会为其分配虚拟机。</translation>
    </message>
    <message>
        <source>%1 is out of maintenance.</source>
        <translation>%1 已结束维护。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Read-only: your database role can change none of the team&apos;s hosts and alert rules.</source>
        <translation>只读：您的数据库角色无法更改团队的任何主机和告警规则。</translation>
    </message>
</context>
<context>
    <name>virtdeck::MigrateDialog</name>
    <message>
        <source>Migrate %1</source>
        <translation>迁移 %1</translation>
    </message>
    <message numerus="yes">
        <source>Migrate %n VM(s)</source>
        <translation>
            <numerusform>迁移 %n 台虚拟机</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen by placement (the host with most room)</source>
        <translation>由放置策略选择（剩余空间最多的主机）</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 not used by running VMs</source>
        <translation>%1 — %3 中有 %2 未被运行中的虚拟机占用</translation>
    </message>
    <message>
        <source>Keep the name</source>
        <translation>保留名称</translation>
    </message>
    <message>
        <source>Only a single VM can be renamed while it moves.</source>
        <translation>只有单个虚拟机可以在迁移时重命名。</translation>
    </message>
    <message>
        <source>&amp;Peer to peer (the source host&apos;s libvirtd connects to the destination itself)</source>
        <translation>点对点(&amp;P)（源主机的 libvirtd 直接连接目标主机）</translation>
    </message>
    <message>
        <source>&amp;Copy the disks too (for hosts without shared storage; running VMs only)</source>
        <translation>同时复制磁盘(&amp;C)（适用于没有共享存储的主机；仅限运行中的虚拟机）</translation>
    </message>
    <message>
        <source>Running and paused VMs move live and keep running; shut-off VMs move their definition. Each move is a job: follow its progress and cancel it in the Jobs pane.</source>
        <translation>运行中和已暂停的虚拟机将在线迁移并保持运行；已关闭的虚拟机迁移其定义。每次迁移都是一个作业：可在作业面板中查看进度并取消。</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>目标(&amp;D)：</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>新名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Migrate</source>
        <translation>迁移(&amp;M)</translation>
    </message>
    <message>
        <source>Select the VMs to migrate first.</source>
        <translation>请先选择要迁移的虚拟机。</translation>
    </message>
    <message>
        <source>No other connected host can take these VMs: connect the destination first.</source>
        <translation>没有其他已连接的主机可以接收这些虚拟机：请先连接目标主机。</translation>
    </message>
    <message>
        <source>The name must not contain &apos;/&apos;.</source>
        <translation>名称不能包含“/”。</translation>
    </message>
</context>
<context>
    <name>virtdeck::MigrationService</name>
    <message>
        <source>%1 exists on %2 but is smaller (%3) than the source disk (%4)</source>
        <translation>%1 已存在于 %2 上，但其大小（%3）小于源磁盘（%4）</translation>
    </message>
    <message>
        <source>%1 is not a volume of a storage pool on the source host, so its size and format are unknown; create it on %2 first</source>
        <translation>%1 不是源主机上存储池中的卷，因此其大小和格式未知；请先在 %2 上创建它</translation>
    </message>
    <message>
        <source>%1 needs the storage pool &quot;%2&quot; on %3, which does not exist there</source>
        <translation>%1 需要 %3 上的存储池“%2”，但该存储池不存在</translation>
    </message>
    <message>
        <source>%1 needs the pool &quot;%2&quot; at %3 on %4, but it is at %5 there</source>
        <translation>%1 需要 %4 上位于 %3 的存储池“%2”，但它在该主机上位于 %5</translation>
    </message>
    <message>
        <source>the storage pool &quot;%1&quot; on %2 is not active</source>
        <translation>%2 上的存储池“%1”未激活</translation>
    </message>
    <message>
        <source>Copying the storage needs the disk volumes on %1: %2.</source>
        <translation>复制存储需要 %1 上存在磁盘卷：%2。</translation>
    </message>
    <message>
        <source>Cannot create %1 on %2: %3</source>
        <translation>无法在 %2 上创建 %1：%3</translation>
    </message>
    <message>
        <source>A migration is already running.</source>
        <translation>已有迁移正在进行。</translation>
    </message>
    <message>
        <source>Choose a connected destination host.</source>
        <translation>请选择一台已连接的目标主机。</translation>
    </message>
    <message>
        <source>The VM already is on %1.</source>
        <translation>该虚拟机已在 %1 上。</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 未连接。</translation>
    </message>
    <message>
        <source>%1 and %2 are the same host (host UUID %3): libvirt cannot migrate a VM to the host it is on.</source>
        <translation>%1 和 %2 是同一台主机（主机 UUID %3）：libvirt 无法将虚拟机迁移到其所在的主机。</translation>
    </message>
    <message>
        <source>A VM named &quot;%1&quot; already exists on %2.</source>
        <translation>%2 上已存在名为“%1”的虚拟机。</translation>
    </message>
    <message>
        <source>The VM&apos;s UUID is already used on %1 (by &quot;%2&quot;).</source>
        <translation>该虚拟机的 UUID 已在 %1 上被使用（由“%2”使用）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither running nor defined.</source>
        <translation>“%1”既未运行也未定义。</translation>
    </message>
    <message>
        <source>Copying the storage needs a running VM; an offline migration moves the definition only. Copy the disks to %1 yourself, or start the VM and migrate it live.</source>
        <translation>复制存储需要虚拟机处于运行状态；离线迁移只移动定义。请自行将磁盘复制到 %1，或启动虚拟机后进行在线迁移。</translation>
    </message>
    <message>
        <source>Creating the disk volumes on %1…</source>
        <translation>正在 %1 上创建磁盘卷…</translation>
    </message>
    <message>
        <source>Cancelled; &quot;%1&quot; stays on %2.</source>
        <translation>已取消；“%1”仍留在 %2 上。</translation>
    </message>
    <message>
        <source>Migrating &quot;%1&quot; live to %2…</source>
        <translation>正在将“%1”在线迁移到 %2…</translation>
    </message>
    <message>
        <source>Moving the definition of &quot;%1&quot; to %2…</source>
        <translation>正在将“%1”的定义移动到 %2…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; stays on %2.</source>
        <translation>“%1”仍留在 %2 上。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer on %2.</source>
        <translation>“%1”已不在 %2 上。</translation>
    </message>
    <message>
        <source>Cancelled; %1</source>
        <translation>已取消；%1</translation>
    </message>
    <message>
        <source>The CPU of %1 cannot run this VM as configured: %2</source>
        <translation>%1 的 CPU 无法按当前配置运行此虚拟机：%2</translation>
    </message>
    <message>
        <source>%1 (choose &quot;Copy storage&quot;, or put the disks on storage both hosts share with cache mode &quot;none&quot;)</source>
        <translation>%1（请选择“复制存储”，或将磁盘放在两台主机共享的存储上，并将缓存模式设为“none”）</translation>
    </message>
    <message>
        <source>%1 (with peer-to-peer, %2 itself must reach %3)</source>
        <translation>%1（使用点对点迁移时，%2 自身必须能够访问 %3）</translation>
    </message>
    <message>
        <source>Migration to %1 failed: %2 %3</source>
        <translation>迁移到 %1 失败：%2 %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; now runs on %2 (moved in %3 s).</source>
        <translation>“%1”现已在 %2 上运行（迁移用时 %3 秒）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now defined on %2.</source>
        <translation>“%1”现已在 %2 上定义。</translation>
    </message>
    <message>
        <source>%1 has no storage volume at %2; unless that storage is shared, copy the disks there before starting the VM.</source>
        <translation>%1 上没有位于 %2 的存储卷；除非该存储是共享的，否则请在启动虚拟机前将磁盘复制过去。</translation>
    </message>
</context>
<context>
    <name>virtdeck::MovePlanDialog</name>
    <message>
        <source>Two plans for the same moves. Pick the one to carry out; each migration becomes a job in the Jobs view.</source>
        <translation>同一迁移的两个计划。请选择要执行的计划；每次迁移都会成为作业视图中的一个作业。</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>计划 %1</translation>
    </message>
    <message>
        <source>&amp;Migrate</source>
        <translation>迁移(&amp;M)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>最高</translation>
    </message>
    <message numerus="yes">
        <source>%n move(s)</source>
        <translation>
            <numerusform>%n 次迁移</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n VM(s) not placed</source>
        <translation>
            <numerusform>，%n 台虚拟机未放置</numerusform>
        </translation>
    </message>
    <message>
        <source>Found by the greedy rules.</source>
        <translation>由贪心规则得出。</translation>
    </message>
    <message>
        <source>Load after the moves:</source>
        <translation>迁移后的负载：</translation>
    </message>
</context>
<context>
    <name>virtdeck::NewVmService</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>The host&apos;s domain capabilities cannot be read</source>
        <translation>无法读取主机的域功能</translation>
    </message>
    <message>
        <source>Cannot read the host&apos;s domain capabilities: %1</source>
        <translation>无法读取主机的域功能：%1</translation>
    </message>
    <message>
        <source>Cannot create the disk: %1</source>
        <translation>无法创建磁盘：%1</translation>
    </message>
    <message>
        <source>Defined, but it did not start: %1</source>
        <translation>已定义，但未能启动：%1</translation>
    </message>
</context>
<context>
    <name>virtdeck::NewVmWizard</name>
    <message>
        <source>New Virtual Machine</source>
        <translation>新建虚拟机</translation>
    </message>
    <message>
        <source>Host and installation source</source>
        <translation>主机和安装源</translation>
    </message>
    <message>
        <source>Install from an ISO image</source>
        <translation>从 ISO 镜像安装</translation>
    </message>
    <message>
        <source>Import an existing disk image</source>
        <translation>导入现有磁盘镜像</translation>
    </message>
    <message>
        <source>Start from a template image (linked clone)</source>
        <translation>从模板镜像开始（链接克隆）</translation>
    </message>
    <message>
        <source>Hardware acceleration (KVM)</source>
        <translation>硬件加速（KVM）</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>镜像：</translation>
    </message>
    <message>
        <source>New disks in pool:</source>
        <translation>新磁盘所在存储池：</translation>
    </message>
    <message>
        <source>Name and resources</source>
        <translation>名称和资源</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>Start the VM when it is created</source>
        <translation>创建后启动虚拟机</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>vCPUs:</source>
        <translation>vCPU：</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>内存：</translation>
    </message>
    <message>
        <source>Disk size:</source>
        <translation>磁盘大小：</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>网络：</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>Built from the host&apos;s domain capabilities. Finish creates the disk, defines the VM (libvirt validates it) and starts it when asked.</source>
        <translation>根据主机的域功能生成。点击“完成”将创建磁盘、定义虚拟机（由 libvirt 校验），并在需要时启动它。</translation>
    </message>
    <message>
        <source>No host is connected. Connect a host first.</source>
        <translation>没有已连接的主机。请先连接主机。</translation>
    </message>
    <message>
        <source>Reading the host&apos;s capabilities and storage…</source>
        <translation>正在读取主机的功能和存储…</translation>
    </message>
    <message>
        <source>The VM was not created: %1</source>
        <translation>未创建虚拟机：%1</translation>
    </message>
    <message>
        <source>This host cannot create VMs here: %1</source>
        <translation>此主机无法在此创建虚拟机：%1</translation>
    </message>
    <message>
        <source>The host offers %1: %2, machine %3, up to %4 vCPUs.</source>
        <translation>此主机提供 %1：%2，机器类型 %3，最多 %4 个 vCPU。</translation>
    </message>
    <message>
        <source>KVM</source>
        <translation>KVM</translation>
    </message>
    <message>
        <source>QEMU emulation (TCG) only</source>
        <translation>仅 QEMU 模拟（TCG）</translation>
    </message>
    <message>
        <source>User-mode networking (no host network needed)</source>
        <translation>用户模式网络（无需主机网络）</translation>
    </message>
    <message>
        <source>Network %1</source>
        <translation>网络 %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>No ISO images in the host&apos;s storage pools</source>
        <translation>主机的存储池中没有 ISO 镜像</translation>
    </message>
    <message>
        <source>No disk images in the host&apos;s storage pools</source>
        <translation>主机的存储池中没有磁盘镜像</translation>
    </message>
    <message>
        <source>No connected host has %1 free.</source>
        <translation>没有已连接的主机有 %1 可用内存。</translation>
    </message>
    <message>
        <source>Suggested: %1, the host with the most free memory (%2).</source>
        <translation>建议：%1，可用内存最多的主机（%2）。</translation>
    </message>
    <message>
        <source>(new volume %1.qcow2 in pool %2)</source>
        <translation>（存储池 %2 中的新卷 %1.qcow2）</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
</context>
<context>
    <name>virtdeck::PoolTableModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>存储池</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自动启动</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
</context>
<context>
    <name>virtdeck::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies when Virtdeck next starts.</source>
        <translation>新语言将在 Virtdeck 下次启动时生效。</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Default connection:</source>
        <translation>默认连接(&amp;D)：</translation>
    </message>
    <message>
        <source>Ask before forcing several VMs off</source>
        <translation>强制关闭多台虚拟机前询问</translation>
    </message>
    <message>
        <source>Ask before removing a connection</source>
        <translation>移除连接前询问</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Deleting VMs always asks first: it cannot be undone.</source>
        <translation>删除虚拟机时总会先询问：此操作无法撤销。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 分钟</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 分钟</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>&amp;Sample every:</source>
        <translation>采样间隔(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Chart window:</source>
        <translation>图表时间窗口(&amp;C)：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Backup repository</source>
        <translation>备份仓库</translation>
    </message>
    <message>
        <source>Backup and scheduler</source>
        <translation>备份和调度器</translation>
    </message>
    <message>
        <source>&amp;Backup repository:</source>
        <translation>备份仓库(&amp;B)：</translation>
    </message>
    <message>
        <source>Jobs at once, in &amp;all:</source>
        <translation>同时运行的任务总数(&amp;A)：</translation>
    </message>
    <message>
        <source>Jobs at once, per &amp;host:</source>
        <translation>每台主机同时运行的任务数(&amp;H)：</translation>
    </message>
    <message>
        <source>Memory VMs may be given, as a multiple of a host&apos;s memory (placement and the lab capacity check).</source>
        <translation>可分配给虚拟机的内存，以主机内存的倍数表示（用于放置和实验室容量检查）。</translation>
    </message>
    <message>
        <source>vCPUs VMs may be given, as a multiple of a host&apos;s CPUs (placement and the lab capacity check).</source>
        <translation>可分配给虚拟机的 vCPU，以主机 CPU 数的倍数表示（用于放置和实验室容量检查）。</translation>
    </message>
    <message>
        <source>&amp;Memory overcommit:</source>
        <translation>内存超额分配(&amp;M)：</translation>
    </message>
    <message>
        <source>v&amp;CPU overcommit:</source>
        <translation>vCPU 超额分配(&amp;C)：</translation>
    </message>
    <message>
        <source>this computer only (SQLite)</source>
        <translation>仅本机（SQLite）</translation>
    </message>
    <message>
        <source>A PostgreSQL database the team shares for jobs, schedules and labs, e.g. postgresql://anna@db.school.example/virtdeck. The password comes from ~/.pgpass. Used from the next start; `virtdeck db migrate --to URL` copies this computer&apos;s state there first.</source>
        <translation>团队共享的 PostgreSQL 数据库，用于作业、计划和实验室，例如 postgresql://anna@db.school.example/virtdeck。密码来自 ~/.pgpass。下次启动时生效；`virtdeck db migrate --to URL` 会先把本机的状态复制过去。</translation>
    </message>
    <message>
        <source>Shared &amp;database:</source>
        <translation>共享数据库(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>virtdeck::RestoreDialog</name>
    <message>
        <source>Restore %1</source>
        <translation>恢复 %1</translation>
    </message>
    <message>
        <source>As backed up</source>
        <translation>与备份时相同</translation>
    </message>
    <message>
        <source>As backed up (%1)</source>
        <translation>与备份时相同（%1）</translation>
    </message>
    <message>
        <source>qcow2</source>
        <translation>qcow2</translation>
    </message>
    <message>
        <source>raw (thin)</source>
        <translation>raw（精简）</translation>
    </message>
    <message>
        <source>The backup becomes a new VM with a new UUID and new MACs; its disks are written as new volumes in the pool. The restore runs as a job: follow it and cancel it in the Jobs pane.</source>
        <translation>备份将成为具有新 UUID 和新 MAC 的新虚拟机；其磁盘作为新卷写入存储池。恢复以作业方式运行：可在作业面板中查看进度并取消。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>New VM &amp;name:</source>
        <translation>新虚拟机名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>存储池(&amp;P)：</translation>
    </message>
    <message>
        <source>Disk &amp;format:</source>
        <translation>磁盘格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Connect the host to restore to first.</source>
        <translation>请先连接要恢复到的主机。</translation>
    </message>
    <message>
        <source>Name the new VM.</source>
        <translation>请为新虚拟机命名。</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>There is a VM named %1 on this host already.</source>
        <translation>此主机上已有名为 %1 的虚拟机。</translation>
    </message>
    <message>
        <source>The host has no active storage pool to restore into.</source>
        <translation>该主机没有可用于恢复的活动存储池。</translation>
    </message>
    <message>
        <source>Checking the host…</source>
        <translation>正在检查主机…</translation>
    </message>
</context>
<context>
    <name>virtdeck::RestoreTargetCheck</name>
    <message>
        <source>The host is not connected.</source>
        <translation>主机未连接。</translation>
    </message>
    <message>
        <source>There is a VM named %1 on this host already.</source>
        <translation>此主机上已有名为 %1 的虚拟机。</translation>
    </message>
    <message>
        <source>There is no storage pool %1 on this host.</source>
        <translation>该主机上没有存储池 %1。</translation>
    </message>
    <message>
        <source>The storage pool %1 is not active.</source>
        <translation>存储池 %1 未激活。</translation>
    </message>
    <message>
        <source>The pool %1 holds a volume named %2 already: choose another name.</source>
        <translation>存储池 %1 中已有名为 %2 的卷：请选择其他名称。</translation>
    </message>
</context>
<context>
    <name>virtdeck::ScheduleDialog</name>
    <message>
        <source>Schedule</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>VM names, separated by commas</source>
        <translation>虚拟机名称，用逗号分隔</translation>
    </message>
    <message>
        <source>Empty: named by the time it is taken</source>
        <translation>留空：以拍摄时间命名</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Do not wait</source>
        <translation>不等待</translation>
    </message>
    <message>
        <source>Then force off if still running</source>
        <translation>仍在运行则强制关机</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>立即</translation>
    </message>
    <message>
        <source>At a time</source>
        <translation>在指定时间</translation>
    </message>
    <message>
        <source>After another job</source>
        <translation>在另一个任务之后</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation>cron 表达式</translation>
    </message>
    <message>
        <source>job #</source>
        <translation>任务 #</translation>
    </message>
    <message>
        <source>Times of day as HH:MM, separated by commas</source>
        <translation>每天的时间，HH:MM 格式，用逗号分隔</translation>
    </message>
    <message>
        <source>at</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>minute hour day-of-month month weekday, e.g. &quot;0 9 * * 1-5&quot;</source>
        <translation>分 时 日 月 星期，例如“0 9 * * 1-5”</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Optional lab or batch label</source>
        <translation>可选的实验组或批次标签</translation>
    </message>
    <message>
        <source>Wait for it and retry</source>
        <translation>等待并重试</translation>
    </message>
    <message>
        <source>Fail the job</source>
        <translation>使任务失败</translation>
    </message>
    <message>
        <source>Run a missed run once when the scheduler next starts</source>
        <translation>调度器下次启动时补运行一次错过的运行</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作内容</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <source>VMs:</source>
        <translation>虚拟机：</translation>
    </message>
    <message>
        <source>&amp;Snapshot:</source>
        <translation>快照(&amp;S)：</translation>
    </message>
    <message>
        <source>Wait for power-off:</source>
        <translation>等待关闭电源：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation>运行(&amp;R)：</translation>
    </message>
    <message>
        <source>Schedule &amp;name:</source>
        <translation>计划名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <source>If the host is &amp;unreachable:</source>
        <translation>主机不可达时(&amp;U)：</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> 以及另外 %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit schedule</source>
        <translation>编辑计划</translation>
    </message>
    <message>
        <source>Select the VMs to act on first.</source>
        <translation>请先选择要操作的虚拟机。</translation>
    </message>
    <message>
        <source>Name the snapshot to delete.</source>
        <translation>请指定要删除的快照名称。</translation>
    </message>
    <message>
        <source>Runs as soon as the queue allows.</source>
        <translation>在队列允许时立即运行。</translation>
    </message>
    <message>
        <source>Runs at %1.</source>
        <translation>在 %1 运行。</translation>
    </message>
    <message>
        <source>Runs once job #%1 has finished successfully.</source>
        <translation>在任务 #%1 成功完成后运行。</translation>
    </message>
    <message>
        <source>%1. Next runs: %2</source>
        <translation>%1。接下来的运行时间：%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>All backups</source>
        <translation>全部备份</translation>
    </message>
    <message>
        <source>After each good backup, prune the repository to this many backups per VM (the Preferences&apos; repository)</source>
        <translation>每次备份成功后，将仓库修剪为每台虚拟机保留此数量的备份（首选项中的仓库）</translation>
    </message>
    <message>
        <source>Full backup (otherwise only what changed since the last)</source>
        <translation>完整备份（否则仅备份自上次以来的更改）</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>保留最近(&amp;K)：</translation>
    </message>
    <message>
        <source>Lab %1: all its students when it runs</source>
        <translation>实验室 %1：运行时的全部学生</translation>
    </message>
    <message>
        <source>qemu+ssh://root@standby/system</source>
        <translation>qemu+ssh://root@standby/system</translation>
    </message>
    <message>
        <source>The host that keeps the replica: each run copies what changed since the last (backups in the Preferences&apos; repository)</source>
        <translation>保存副本的主机：每次运行复制自上次以来的变更（备份位于首选项中的仓库）</translation>
    </message>
    <message>
        <source>S&amp;tandby host:</source>
        <translation>备用主机(&amp;T):</translation>
    </message>
    <message>
        <source>Name the standby host that keeps the replica.</source>
        <translation>请指定保存副本的备用主机。</translation>
    </message>
</context>
<context>
    <name>virtdeck::Scheduler</name>
    <message>
        <source>%1, pid %2 on %3</source>
        <translation>%1，PID %2，位于 %3</translation>
    </message>
</context>
<context>
    <name>virtdeck::SchedulerEngine</name>
    <message>
        <source>Cannot open the scheduler database %1: %2</source>
        <translation>无法打开调度器数据库 %1：%2</translation>
    </message>
    <message>
        <source>The scheduler stopped while the job ran; its outcome was not recorded.</source>
        <translation>任务运行期间调度器已停止；其结果未被记录。</translation>
    </message>
    <message>
        <source>Cannot save job %1: %2</source>
        <translation>无法保存任务 %1：%2</translation>
    </message>
    <message>
        <source>Interrupted: the process running this job ended before it finished.</source>
        <translation>已中断：运行此任务的进程在任务完成前已结束。</translation>
    </message>
    <message>
        <source>Created by the schedule &quot;%1&quot;.</source>
        <translation>由计划“%1”创建。</translation>
    </message>
    <message>
        <source>Skipped the run due %1: no scheduler was running then, and catching up is off.</source>
        <translation>已跳过原定于 %1 的运行：当时没有运行调度器，且补运行已关闭。</translation>
    </message>
    <message>
        <source>Missed its time (%1) while no scheduler was running; running it once now.</source>
        <translation>在没有运行调度器时错过了运行时间（%1）；现在运行一次。</translation>
    </message>
    <message>
        <source>Not run: the job it follows (#%1) does not exist.</source>
        <translation>未运行：其所跟随的任务（#%1）不存在。</translation>
    </message>
    <message>
        <source>Not run: the job it follows (#%1) ended %2.</source>
        <translation>未运行：其所跟随的任务（#%1）以“%2”状态结束。</translation>
    </message>
    <message>
        <source>Started (attempt %1).</source>
        <translation>已开始（第 %1 次尝试）。</translation>
    </message>
    <message>
        <source>Started.</source>
        <translation>已开始。</translation>
    </message>
    <message>
        <source>Unknown job kind &quot;%1&quot;.</source>
        <translation>未知的任务类型“%1”。</translation>
    </message>
    <message>
        <source>Queued to run at %1.</source>
        <translation>已加入队列，将于 %1 运行。</translation>
    </message>
    <message>
        <source>Queued to run after job #%1.</source>
        <translation>已加入队列，将在任务 #%1 之后运行。</translation>
    </message>
    <message>
        <source>Queued.</source>
        <translation>已加入队列。</translation>
    </message>
    <message>
        <source>Cannot save the jobs: %1</source>
        <translation>无法保存任务：%1</translation>
    </message>
    <message>
        <source>Cancelled before it ran.</source>
        <translation>在运行前已取消。</translation>
    </message>
    <message>
        <source>Retry of job #%1.</source>
        <translation>重试任务 #%1。</translation>
    </message>
    <message>
        <source>A schedule needs at least one VM.</source>
        <translation>计划至少需要一台虚拟机。</translation>
    </message>
    <message>
        <source>There is no such schedule.</source>
        <translation>不存在此计划。</translation>
    </message>
    <message>
        <source>Run now by hand.</source>
        <translation>已手动立即运行。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>失败。</translation>
    </message>
    <message>
        <source>%1 (a cancel had been requested while it ran)</source>
        <translation>%1（运行期间曾请求取消）</translation>
    </message>
    <message>
        <source>%1 Waiting; next try at %2.</source>
        <translation>%1 等待中；下次尝试时间：%2。</translation>
    </message>
    <message>
        <source>Cancel requested; the job stops where its action allows (an action already sent to the host cannot be recalled).</source>
        <translation>已请求取消；作业将在其操作允许时停止（已发送到主机的操作无法撤回）。</translation>
    </message>
    <message>
        <source>Interrupted: the runner of this job stopped answering before it finished.</source>
        <translation>已中断：此作业的运行器在完成前停止了响应。</translation>
    </message>
    <message>
        <source>The shared database %1 does not answer: %2 Virtdeck tries again every few seconds; jobs already running here go on.</source>
        <translation>共享数据库 %1 没有响应：%2 Virtdeck 每隔几秒重试一次；此处已在运行的作业继续运行。</translation>
    </message>
    <message>
        <source>The shared database %1 answers again.</source>
        <translation>共享数据库 %1 已恢复响应。</translation>
    </message>
    <message>
        <source>no runner (start `virtdeck scheduler --headless --database %1` on a server)</source>
        <translation>没有运行器（请在服务器上启动 `virtdeck scheduler --headless --database %1`）</translation>
    </message>
</context>
<context>
    <name>virtdeck::SerialConsoleSession</name>
    <message>
        <source>The host is not connected.</source>
        <translation>主机未连接。</translation>
    </message>
    <message>
        <source>The VM is not running.</source>
        <translation>虚拟机未运行。</translation>
    </message>
    <message>
        <source>Another client opened this console.</source>
        <translation>另一个客户端打开了此控制台。</translation>
    </message>
    <message>
        <source>The console closed; reconnecting…</source>
        <translation>控制台已关闭；正在重新连接…</translation>
    </message>
</context>
<context>
    <name>virtdeck::SerialConsoleWidget</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
</context>
<context>
    <name>virtdeck::SerialConsoleWindow</name>
    <message>
        <source>%1 — Serial Console</source>
        <translation>%1 — 串行控制台</translation>
    </message>
    <message>
        <source>console connected</source>
        <translation>控制台已连接</translation>
    </message>
    <message>
        <source>Connecting to the serial console…</source>
        <translation>正在连接串行控制台…</translation>
    </message>
    <message>
        <source>Connected to the serial console.</source>
        <translation>已连接到串行控制台。</translation>
    </message>
    <message>
        <source>The VM is off: the console opens when it starts.</source>
        <translation>虚拟机已关闭：它启动时控制台将打开。</translation>
    </message>
    <message>
        <source>This VM has no serial console to open.</source>
        <translation>此虚拟机没有可打开的串行控制台。</translation>
    </message>
    <message>
        <source>The console cannot be opened.</source>
        <translation>无法打开控制台。</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>已关闭。</translation>
    </message>
</context>
<context>
    <name>virtdeck::SnapshotService</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>snapshot list</source>
        <translation>快照列表</translation>
    </message>
    <message>
        <source>snapshot %1</source>
        <translation>快照 %1</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2 created</source>
        <translation>已创建 %2 的快照 %1</translation>
    </message>
    <message>
        <source>Creating snapshot %1 of %2 failed</source>
        <translation>创建 %2 的快照 %1 失败</translation>
    </message>
    <message>
        <source>%2 reverted to snapshot %1</source>
        <translation>%2 已恢复到快照 %1</translation>
    </message>
    <message>
        <source>Reverting %2 to snapshot %1 failed</source>
        <translation>将 %2 恢复到快照 %1 失败</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2 deleted</source>
        <translation>已删除 %2 的快照 %1</translation>
    </message>
    <message>
        <source>Deleting snapshot %1 of %2 failed</source>
        <translation>删除 %2 的快照 %1 失败</translation>
    </message>
</context>
<context>
    <name>virtdeck::SnapshotsDialog</name>
    <message>
        <source>Snapshots — %1</source>
        <translation>快照 — %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <source>VM was</source>
        <translation>虚拟机当时状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot…</source>
        <translation>拍摄快照(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Revert to…</source>
        <translation>还原到(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Reading snapshots…</source>
        <translation>正在读取快照…</translation>
    </message>
    <message>
        <source>Cannot read the snapshots: %1</source>
        <translation>无法读取快照：%1</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1（当前）</translation>
    </message>
    <message>
        <source>disks only</source>
        <translation>仅磁盘</translation>
    </message>
    <message>
        <source>shut off</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>external</source>
        <translation>外部</translation>
    </message>
    <message>
        <source>internal + memory</source>
        <translation>内部 + 内存</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>%1 has no snapshots yet. A snapshot keeps the VM&apos;s disks (and, when it runs, its memory) as they are now, to return to later.</source>
        <translation>%1 还没有快照。快照会保存虚拟机磁盘（如正在运行，还包括内存）的当前状态，以便日后恢复到此状态。</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s)</source>
        <translation>
            <numerusform>%n 个快照</numerusform>
        </translation>
    </message>
    <message>
        <source>Taking the snapshot</source>
        <translation>拍摄快照</translation>
    </message>
    <message>
        <source>Reverting</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation>%1“%2”失败：%3</translation>
    </message>
    <message>
        <source>Revert %1 to the snapshot &quot;%2&quot;?

Everything written to its disks since that snapshot is lost, and a running VM loses its current memory state (open programs and unsaved work). Take a snapshot first to keep the present state.</source>
        <translation>将 %1 还原到快照“%2”？

自该快照以来写入其磁盘的所有内容都将丢失，正在运行的虚拟机还会丢失其当前内存状态（已打开的程序和未保存的工作）。如需保留当前状态，请先拍摄一个快照。</translation>
    </message>
    <message>
        <source>Delete the snapshot &quot;%1&quot;?

You can no longer return %2 to the state it saved. The VM itself and its current disks are not changed.</source>
        <translation>删除快照“%1”？

您将无法再把 %2 恢复到该快照保存的状态。虚拟机本身及其当前磁盘不会改变。</translation>
    </message>
    <message numerus="yes">
        <source>It has %n later snapshot(s); they are kept unless you tick the box below.</source>
        <translation>
            <numerusform>它有 %n 个后续快照；除非勾选下面的复选框，否则它们将被保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Take Snapshot — %1</source>
        <translation>拍摄快照 — %1</translation>
    </message>
    <message>
        <source>External, disks only: the VM keeps running on new overlay files; its memory is not saved</source>
        <translation>外部，仅磁盘：虚拟机继续在新的覆盖层文件上运行；不保存其内存</translation>
    </message>
    <message>
        <source>An internal snapshot of a running VM also saves its memory; the VM pauses briefly while it is written.</source>
        <translation>运行中虚拟机的内部快照还会保存其内存；写入期间虚拟机会短暂暂停。</translation>
    </message>
    <message>
        <source>The VM is shut off: the snapshot holds its disks.</source>
        <translation>虚拟机已关机：快照保存其磁盘。</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>拍摄快照</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Taking the snapshot…</source>
        <translation>正在拍摄快照…</translation>
    </message>
    <message>
        <source>Revert to Snapshot</source>
        <translation>还原到快照</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Reverting…</source>
        <translation>正在还原…</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>删除快照</translation>
    </message>
    <message numerus="yes">
        <source>Also delete its %n later snapshot(s)</source>
        <translation>
            <numerusform>同时删除其 %n 个后续快照</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在删除…</translation>
    </message>
</context>
<context>
    <name>virtdeck::SpiceSession</name>
    <message>
        <source>The display refused the password in the VM&apos;s definition.</source>
        <translation>显示拒绝了虚拟机定义中的密码。</translation>
    </message>
    <message>
        <source>The display did not complete the SPICE handshake (the tunnel to it failed).</source>
        <translation>显示未完成 SPICE 握手（到它的隧道失败）。</translation>
    </message>
    <message>
        <source>The display closed the connection.</source>
        <translation>显示关闭了连接。</translation>
    </message>
</context>
<context>
    <name>virtdeck::StatsChartsPage</name>
    <message>
        <source>Last minute</source>
        <translation>最近 1 分钟</translation>
    </message>
    <message>
        <source>Last 10 minutes</source>
        <translation>最近 10 分钟</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>How much history the charts show</source>
        <translation>图表显示的历史时长</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory in use</source>
        <translation>内存使用</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <translation>磁盘 I/O</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Select one or more VMs, or a host, to see their charts.</source>
        <translation>选择一台或多台虚拟机，或一台主机，以查看其图表。</translation>
    </message>
    <message numerus="yes">
        <source>%n VMs compared</source>
        <translation>
            <numerusform>比较 %n 台虚拟机</numerusform>
        </translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>主机 %1</translation>
    </message>
    <message>
        <source>%1 — no data: this host reports no such statistics</source>
        <translation>%1 — 无数据：此主机未报告此项统计</translation>
    </message>
    <message>
        <source>Host CPU</source>
        <translation>主机 CPU</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>VMs: read + write</source>
        <translation>虚拟机：读取 + 写入</translation>
    </message>
    <message>
        <source>VMs: received + sent</source>
        <translation>虚拟机：接收 + 发送</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>%1 — this host reports no memory use; the allocation is shown</source>
        <translation>%1 — 此主机未报告内存使用情况；显示的是分配量</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Disk I/O (read + write)</source>
        <translation>磁盘 I/O（读取 + 写入）</translation>
    </message>
    <message>
        <source>Network (received + sent)</source>
        <translation>网络（接收 + 发送）</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Network — no data: this VM has no network device libvirt can measure (no NIC, or a user-mode one)</source>
        <translation>网络 — 无数据：此虚拟机没有 libvirt 可测量的网络设备（无网卡或用户模式网卡）</translation>
    </message>
    <message numerus="yes">
        <source>Older than %n min: %1-s averages</source>
        <translation>
            <numerusform>早于 %n 分钟：%1 秒平均值</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::StorageManager</name>
    <message>
        <source>Not connected to the host.</source>
        <translation>未连接到主机。</translation>
    </message>
    <message>
        <source>Create volume</source>
        <translation>创建卷</translation>
    </message>
    <message>
        <source>Delete volume</source>
        <translation>删除卷</translation>
    </message>
    <message>
        <source>Resize volume</source>
        <translation>调整卷大小</translation>
    </message>
    <message>
        <source>Linked clone</source>
        <translation>链接克隆</translation>
    </message>
    <message>
        <source>Clone volume</source>
        <translation>克隆卷</translation>
    </message>
    <message>
        <source>Create pool</source>
        <translation>创建存储池</translation>
    </message>
    <message>
        <source>Start pool</source>
        <translation>启动存储池</translation>
    </message>
    <message>
        <source>Stop pool</source>
        <translation>停止存储池</translation>
    </message>
    <message>
        <source>Delete pool</source>
        <translation>删除存储池</translation>
    </message>
    <message>
        <source>Autostart pool</source>
        <translation>自动启动存储池</translation>
    </message>
</context>
<context>
    <name>virtdeck::StorageService</name>
    <message>
        <source>A volume named %1 already exists in pool %2.</source>
        <translation>存储池 %2 中已存在名为 %1 的卷。</translation>
    </message>
    <message>
        <source>Create volume</source>
        <translation>创建卷</translation>
    </message>
    <message>
        <source>The size must be greater than zero.</source>
        <translation>大小必须大于零。</translation>
    </message>
    <message>
        <source>Delete volume</source>
        <translation>删除卷</translation>
    </message>
    <message>
        <source>Refused: the volume is a disk of %1. Remove it from those VMs first, or confirm to delete it anyway.</source>
        <translation>已拒绝：该卷是 %1 的磁盘。请先将其从这些虚拟机中移除，或确认仍要删除。</translation>
    </message>
    <message>
        <source>Resize volume</source>
        <translation>调整卷大小</translation>
    </message>
    <message>
        <source>Clone volume</source>
        <translation>克隆卷</translation>
    </message>
    <message>
        <source>Linked clone</source>
        <translation>链接克隆</translation>
    </message>
    <message>
        <source>The volume has no path to use as a backing file.</source>
        <translation>该卷没有可用作后备文件的路径。</translation>
    </message>
    <message>
        <source>Create pool</source>
        <translation>创建存储池</translation>
    </message>
    <message>
        <source>The pool needs a name.</source>
        <translation>存储池需要名称。</translation>
    </message>
    <message>
        <source>The pool&apos;s directory must be an absolute path.</source>
        <translation>存储池的目录必须是绝对路径。</translation>
    </message>
    <message>
        <source>Start pool</source>
        <translation>启动存储池</translation>
    </message>
    <message>
        <source>Stop pool</source>
        <translation>停止存储池</translation>
    </message>
    <message>
        <source>Delete pool</source>
        <translation>删除存储池</translation>
    </message>
    <message>
        <source>Autostart pool</source>
        <translation>自动启动存储池</translation>
    </message>
    <message>
        <source>No autostart</source>
        <translation>取消自动启动</translation>
    </message>
    <message>
        <source>Not connected to the host.</source>
        <translation>未连接到主机。</translation>
    </message>
    <message>
        <source>storage listing</source>
        <translation>存储列表</translation>
    </message>
</context>
<context>
    <name>virtdeck::TeamSettings</name>
    <message>
        <source>The team&apos;s hosts and alert rules could not be read: %1</source>
        <translation>无法读取团队的主机和告警规则：%1</translation>
    </message>
    <message>
        <source>The change was kept on this computer only; the team&apos;s database refused it: %1</source>
        <translation>更改仅保留在本机；团队数据库拒绝了它：%1</translation>
    </message>
</context>
<context>
    <name>virtdeck::TransferDialog</name>
    <message>
        <source>Upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Uploading &lt;b&gt;%1&lt;/b&gt; to %2 on %3</source>
        <translation>正在将 &lt;b&gt;%1&lt;/b&gt; 上传到 %3 上的 %2</translation>
    </message>
    <message>
        <source>Downloading &lt;b&gt;%1&lt;/b&gt; from %2 to %3</source>
        <translation>正在从 %2 下载 &lt;b&gt;%1&lt;/b&gt; 到 %3</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>%1 of %2 — %3/s</source>
        <translation>%1 / %2 — %3/s</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Cancelled; nothing was left behind.</source>
        <translation>已取消；未留下任何残余文件。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>virtdeck::VncSession</name>
    <message>
        <source>The display did not complete the VNC handshake (a wrong password, or the tunnel to it failed).</source>
        <translation>显示未完成 VNC 握手（密码错误，或到它的隧道失败）。</translation>
    </message>
    <message>
        <source>The display closed the connection.</source>
        <translation>显示关闭了连接。</translation>
    </message>
</context>
<context>
    <name>virtdeck::VolumeDialog</name>
    <message>
        <source>New Volume</source>
        <translation>新建卷</translation>
    </message>
    <message>
        <source>Upload Image</source>
        <translation>上传镜像</translation>
    </message>
    <message>
        <source>%1 on %2 (%3 free)</source>
        <translation>%2 上的 %1（可用 %3）</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>存储池(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>qcow2 (grows on demand, snapshots, overlays)</source>
        <translation>qcow2（按需增长，支持快照和覆盖层）</translation>
    </message>
    <message>
        <source>raw (plain, fastest)</source>
        <translation>raw（普通格式，最快）</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>大小(&amp;S)：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>No active storage pool on any connected host.</source>
        <translation>所有已连接的主机上都没有活动的存储池。</translation>
    </message>
    <message>
        <source>The size must be greater than zero.</source>
        <translation>大小必须大于零。</translation>
    </message>
</context>
<context>
    <name>virtdeck::VolumeTableModel</name>
    <message numerus="yes">
        <source>%n overlay(s)</source>
        <translation>
            <numerusform>%n 个覆盖层</numerusform>
        </translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Backing file of: %1</source>
        <translation>作为以下卷的后备文件：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>存储池</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Backing file</source>
        <translation>后备文件</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
</context>
<context>
    <name>virtdeck::VolumeTransfer</name>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Not connected to the host.</source>
        <translation>未连接到主机。</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 不是普通文件。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>The partial volume %1 could not be removed: %2</source>
        <translation>无法删除不完整的卷 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write</source>
        <translation>无法写入</translation>
    </message>
    <message>
        <source>Cannot rename to</source>
        <translation>无法重命名为</translation>
    </message>
</context>
<context>
    <name>virtdeck::Workspace</name>
    <message>
        <source>The demo hosts are not built into this program.</source>
        <translation>此程序未内置演示主机。</translation>
    </message>
    <message>
        <source>Cannot create a folder for the demo hosts: %1</source>
        <translation>无法为演示主机创建文件夹：%1</translation>
    </message>
    <message>
        <source>Cannot write the demo host %1.</source>
        <translation>无法写入演示主机 %1。</translation>
    </message>
    <message>
        <source>demo: %1</source>
        <translation>演示：%1</translation>
    </message>
    <message>
        <source>%1 reaches the same host as %2; its VMs are shown once.</source>
        <translation>%1 与 %2 连接的是同一主机；其虚拟机只显示一次。</translation>
    </message>
</context>
<context>
    <name>virtdeck::XmlDefinitionService</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
</context>
<context>
    <name>virtdeck::XmlEditorDialog</name>
    <message>
        <source>VM</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>storage pool</source>
        <translation>存储池</translation>
    </message>
    <message>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Edit XML — %1</source>
        <translation>编辑 XML — %1</translation>
    </message>
    <message>
        <source>Loading the definition…</source>
        <translation>正在加载定义…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Discard your edits and read the definition again</source>
        <translation>放弃编辑并重新读取定义</translation>
    </message>
    <message>
        <source>&amp;Back to Editing</source>
        <translation>返回编辑(&amp;B)</translation>
    </message>
    <message>
        <source>Re&amp;view Changes…</source>
        <translation>查看更改(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>The persistent definition of this %1. libvirt checks it against its schema before storing it; a running VM uses the new definition from its next boot.</source>
        <translation>此%1的持久定义。libvirt 会在保存前根据其模式进行校验；运行中的虚拟机将从下次启动起使用新定义。</translation>
    </message>
    <message>
        <source>The persistent definition of this %1. libvirt checks it against its schema before storing it; an active %1 uses it once restarted.</source>
        <translation>此%1的持久定义。libvirt 会在保存前根据其模式进行校验；处于活动状态的%1将在重新启动后使用它。</translation>
    </message>
    <message>
        <source>Nothing to apply: the text is the current definition.</source>
        <translation>无需应用：文本即为当前定义。</translation>
    </message>
    <message>
        <source>Discard your edits and read the definition again?</source>
        <translation>放弃编辑并重新读取定义？</translation>
    </message>
    <message numerus="yes">
        <source>Your edit removes %n line(s)</source>
        <translation>
            <numerusform>您的编辑删除了 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>adds %n line(s)</source>
        <translation>
            <numerusform>添加了 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply stores the new definition if libvirt accepts it.</source>
        <translation>如果 libvirt 接受，“应用”将保存新定义。</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>正在应用…</translation>
    </message>
    <message>
        <source>Cannot read the definition: %1</source>
        <translation>无法读取定义：%1</translation>
    </message>
    <message>
        <source>libvirt did not accept the definition: %1</source>
        <translation>libvirt 未接受该定义：%1</translation>
    </message>
    <message>
        <source>Definition stored.</source>
        <translation>定义已保存。</translation>
    </message>
    <message>
        <source>The definition has unsaved edits. Apply them before closing?</source>
        <translation>定义有未保存的修改。关闭前应用吗？</translation>
    </message>
</context>
</TS>
