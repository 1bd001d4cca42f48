<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AgeText</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertRule</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Host CPU</source>
        <translation>Host-CPU</translation>
    </message>
    <message>
        <source>Host memory</source>
        <translation>Host-Arbeitsspeicher</translation>
    </message>
    <message>
        <source>VM CPU</source>
        <translation>VM-CPU</translation>
    </message>
    <message>
        <source>VM memory</source>
        <translation>VM-Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Host disconnected</source>
        <translation>Host getrennt</translation>
    </message>
    <message>
        <source>%1 above %2 %</source>
        <translation>%1 über %2 %</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>read error at %1: %2</source>
        <translation>Lesefehler bei %1: %2</translation>
    </message>
    <message>
        <source>not a Virtdeck backup manifest</source>
        <translation>kein Virtdeck-Backup-Manifest</translation>
    </message>
    <message>
        <source>manifest version %1 is newer than this program understands</source>
        <translation>Manifest-Version %1 ist neuer, als dieses Programm unterstützt</translation>
    </message>
    <message>
        <source>manifest lacks id or chunk size</source>
        <translation>dem Manifest fehlt die ID oder die Chunk-Größe</translation>
    </message>
    <message>
        <source>disk %1 lists %2 chunks, its size needs %3</source>
        <translation>Datenträger %1 führt %2 Chunks auf, seine Größe erfordert %3</translation>
    </message>
    <message>
        <source>zstd: %1</source>
        <translation>zstd: %1</translation>
    </message>
    <message>
        <source>chunk %1 is missing</source>
        <translation>Chunk %1 fehlt</translation>
    </message>
    <message>
        <source>chunk %1 is damaged (not a zstd frame)</source>
        <translation>Chunk %1 ist beschädigt (kein zstd-Frame)</translation>
    </message>
    <message>
        <source>chunk %1 is damaged (it claims %2 bytes, more than any chunk)</source>
        <translation>Chunk %1 ist beschädigt (er gibt %2 Bytes an, mehr als jeder Chunk haben kann)</translation>
    </message>
    <message>
        <source>chunk %1 is damaged (%2)</source>
        <translation>Chunk %1 ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>chunk %1 is damaged (checksum mismatch)</source>
        <translation>Chunk %1 ist beschädigt (Prüfsumme stimmt nicht überein)</translation>
    </message>
    <message>
        <source>incremental data for %1 without a previous backup</source>
        <translation>inkrementelle Daten für %1 ohne vorheriges Backup</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>reading %1 at offset %2: %3</source>
        <translation>Lesen von %1 an Position %2: %3</translation>
    </message>
    <message>
        <source>chunk %1 has the wrong size for disk %2</source>
        <translation>Chunk %1 hat die falsche Größe für Datenträger %2</translation>
    </message>
    <message>
        <source>internal error: position outside the chunk</source>
        <translation>interner Fehler: Position außerhalb des Chunks</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>write error on %1: %2</source>
        <translation>Schreibfehler bei %1: %2</translation>
    </message>
    <message>
        <source>cannot finish %1: %2</source>
        <translation>%1 kann nicht abgeschlossen werden: %2</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>%1 has no disks to back up</source>
        <translation>%1 hat keine zu sichernden Datenträger</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>no VM named &apos;%1&apos; on %2</source>
        <translation>keine VM namens „%1“ auf %2</translation>
    </message>
    <message>
        <source>give the restored VM a name</source>
        <translation>der wiederhergestellten VM einen Namen geben</translation>
    </message>
    <message>
        <source>a VM named &apos;%1&apos; already exists</source>
        <translation>eine VM namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>the original VM %1 (%2) is not on this host; restore it as a new VM</source>
        <translation>die ursprüngliche VM %1 (%2) ist nicht auf diesem Host; als neue VM wiederherstellen</translation>
    </message>
    <message>
        <source>shut %1 down before restoring over it</source>
        <translation>%1 vor dem Überschreiben durch die Wiederherstellung herunterfahren</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <source>disk %1 (%2) is not a volume of a storage pool on the host: %3</source>
        <translation>Datenträger %1 (%2) ist kein Volume eines Speicherpools auf dem Host: %3</translation>
    </message>
    <message>
        <source>hypervisor copying</source>
        <translation>Hypervisor kopiert</translation>
    </message>
    <message>
        <source>the hypervisor&apos;s backup job failed</source>
        <translation>der Backup-Job des Hypervisors ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the backing file %1 of %2 is not a volume of a storage pool on the host: %3</source>
        <translation>die Basisdatei %1 von %2 ist kein Volume eines Speicherpools auf dem Host: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>backing chain of %1 is too deep</source>
        <translation>Basisdatei-Kette von %1 ist zu tief</translation>
    </message>
    <message>
        <source>disk format &apos;%1&apos; of %2 cannot be backed up</source>
        <translation>Datenträgerformat „%1“ von %2 kann nicht gesichert werden</translation>
    </message>
    <message>
        <source>not a qcow2 image</source>
        <translation>kein qcow2-Abbild</translation>
    </message>
    <message>
        <source>qcow2 version %1 is not supported</source>
        <translation>qcow2-Version %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>encrypted qcow2 images are not supported</source>
        <translation>verschlüsselte qcow2-Abbilder werden nicht unterstützt</translation>
    </message>
    <message>
        <source>the qcow2 image is marked corrupt</source>
        <translation>das qcow2-Abbild ist als beschädigt markiert</translation>
    </message>
    <message>
        <source>qcow2 images with an external data file are not supported</source>
        <translation>qcow2-Abbilder mit externer Datendatei werden nicht unterstützt</translation>
    </message>
    <message>
        <source>qcow2 images with extended L2 entries are not supported</source>
        <translation>qcow2-Abbilder mit erweiterten L2-Einträgen werden nicht unterstützt</translation>
    </message>
    <message>
        <source>the qcow2 image uses unknown incompatible features</source>
        <translation>das qcow2-Abbild verwendet unbekannte inkompatible Funktionen</translation>
    </message>
    <message>
        <source>the qcow2 L1 table is too small for the image size</source>
        <translation>die qcow2-L1-Tabelle ist zu klein für die Abbildgröße</translation>
    </message>
    <message>
        <source>compressed qcow2 clusters are not supported (convert the image with qemu-img convert first)</source>
        <translation>komprimierte qcow2-Cluster werden nicht unterstützt (das Abbild zuerst mit qemu-img convert umwandeln)</translation>
    </message>
    <message>
        <source>%1 is not a Virtdeck backup repository</source>
        <translation>%1 ist kein Virtdeck-Backup-Repository</translation>
    </message>
    <message>
        <source>%1 is not empty and not a Virtdeck backup repository</source>
        <translation>%1 ist nicht leer und kein Virtdeck-Backup-Repository</translation>
    </message>
    <message>
        <source>cannot create the repository folders in %1</source>
        <translation>die Repository-Ordner in %1 können nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1 is not a Virtdeck backup repository of a known version</source>
        <translation>%1 ist kein Virtdeck-Backup-Repository einer bekannten Version</translation>
    </message>
    <message>
        <source>cannot open the lock file of %1: %2</source>
        <translation>die Sperrdatei von %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>manifest %1 is unreadable: %2</source>
        <translation>Manifest %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>no backup named &apos;%1&apos; in %2</source>
        <translation>kein Backup namens „%1“ in %2</translation>
    </message>
    <message>
        <source>cannot remove backup %1</source>
        <translation>Backup %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>wird überprüft</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a chunk name (64 lowercase hex digits)</source>
        <translation>„%1“ ist kein Chunk-Name (64 hexadezimale Ziffern in Kleinbuchstaben)</translation>
    </message>
    <message>
        <source>chunk %1 is damaged (the file is %2 bytes, more than any chunk)</source>
        <translation>Chunk %1 ist beschädigt (die Datei hat %2 Bytes, mehr als jeder Chunk haben kann)</translation>
    </message>
    <message>
        <source>the previous backup&apos;s chunk of %1 is unusable (%2); take a full backup</source>
        <translation>der Chunk des vorherigen Backups von %1 ist unbrauchbar (%2); erstellen Sie ein vollständiges Backup</translation>
    </message>
    <message>
        <source>wrong size</source>
        <translation>falsche Größe</translation>
    </message>
    <message>
        <source>disk size</source>
        <translation>Datenträgergröße</translation>
    </message>
    <message>
        <source>chunk size</source>
        <translation>Chunk-Größe</translation>
    </message>
    <message>
        <source>%1 exists already; restore with --force to replace it</source>
        <translation>%1 existiert bereits; stellen Sie mit --force wieder her, um es zu ersetzen</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>ein FIFO</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 is %2: only image files and block devices can be backed up</source>
        <translation>%1 ist %2: Nur Abbilddateien und Blockgeräte können gesichert werden</translation>
    </message>
    <message>
        <source>the file ended at %1, before its size %2 (it changed while it was read)</source>
        <translation>die Datei endete bei %1, vor Erreichen ihrer Größe %2 (sie wurde während des Lesens geändert)</translation>
    </message>
    <message>
        <source>the storage pool &apos;%1&apos; is not active; start it first</source>
        <translation>der Speicherpool „%1“ ist nicht aktiv; starten Sie ihn zuerst</translation>
    </message>
    <message>
        <source>there is no storage pool &apos;%1&apos;: the host has no storage pool</source>
        <translation>es gibt keinen Speicherpool „%1“: Der Host hat keinen Speicherpool</translation>
    </message>
    <message>
        <source>there is no storage pool &apos;%1&apos;; the host has: %2</source>
        <translation>es gibt keinen Speicherpool „%1“; der Host hat: %2</translation>
    </message>
    <message>
        <source>a volume named %1 exists already in the pool &apos;%2&apos;; restore with --force to write the disk under a fresh name, or choose another name</source>
        <translation>ein Volume namens %1 existiert bereits im Pool „%2“; stellen Sie mit --force wieder her, um den Datenträger unter einem neuen Namen zu schreiben, oder wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>the volume %1 exists already and was left alone; disk %2 is restored as %3</source>
        <translation>das Volume %1 existiert bereits und wurde nicht angetastet; Datenträger %2 wird als %3 wiederhergestellt</translation>
    </message>
    <message>
        <source>scratch images in the storage pool &apos;%1&apos;</source>
        <translation>temporäre Abbilder im Speicherpool „%1“</translation>
    </message>
    <message>
        <source>there is no pool &apos;%1&apos;</source>
        <translation>es gibt keinen Pool „%1“</translation>
    </message>
    <message>
        <source>the disk %1 is in no storage pool and there is no pool &apos;%2&apos; (name one with --scratch-pool)</source>
        <translation>der Datenträger %1 liegt in keinem Speicherpool und es gibt keinen Pool „%2“ (geben Sie einen mit --scratch-pool an)</translation>
    </message>
    <message>
        <source>no storage pool for the scratch images: %1; pools on the host: %2</source>
        <translation>kein Speicherpool für die temporären Abbilder: %1; Pools auf dem Host: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>disk target</source>
        <translation>Datenträgerziel</translation>
    </message>
    <message>
        <source>disk %1 names chunk &apos;%2&apos;, not 64 lowercase hex digits</source>
        <translation>Datenträger %1 nennt den Chunk „%2“, nicht 64 hexadezimale Ziffern in Kleinbuchstaben</translation>
    </message>
    <message>
        <source>backup id</source>
        <translation>Backup-ID</translation>
    </message>
    <message>
        <source>VM name</source>
        <translation>VM-Name</translation>
    </message>
    <message>
        <source>parent backup id</source>
        <translation>ID des übergeordneten Backups</translation>
    </message>
    <message>
        <source>chunk_size %1 is not a multiple of %2</source>
        <translation>chunk_size %1 ist kein Vielfaches von %2</translation>
    </message>
    <message>
        <source>disk target %1 appears twice</source>
        <translation>das Datenträgerziel %1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>%1 is %2; it must be between 0 and %3</source>
        <translation>%1 ist %2; es muss zwischen 0 und %3 liegen</translation>
    </message>
    <message>
        <source>%1 is %2, not a multiple of the cluster size %3</source>
        <translation>%1 ist %2, kein Vielfaches der Cluster-Größe %3</translation>
    </message>
    <message>
        <source>the qcow2 backing file name contains a NUL byte</source>
        <translation>der Name der qcow2-Basisdatei enthält ein NUL-Byte</translation>
    </message>
    <message>
        <source>qcow2 L1 entry %1 points at %2, not at a cluster</source>
        <translation>qcow2-L1-Eintrag %1 zeigt auf %2, nicht auf einen Cluster</translation>
    </message>
    <message>
        <source>qcow2 L2 entry of cluster %1 points at %2, not at a cluster</source>
        <translation>qcow2-L2-Eintrag von Cluster %1 zeigt auf %2, nicht auf einen Cluster</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 allowed</source>
        <translation>%1 hat %2 Bytes, mehr als die erlaubten %3</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>the repository is busy: %1 is being created or pruned by another process; try again when it has finished</source>
        <translation>das Repository ist belegt: %1 wird von einem anderen Prozess erstellt oder ausgedünnt; versuchen Sie es erneut, wenn dieser fertig ist</translation>
    </message>
    <message>
        <source>%1 declares an invalid chunk size: %2</source>
        <translation>%1 gibt eine ungültige Chunk-Größe an: %2</translation>
    </message>
    <message>
        <source>the repository is busy: %1 is in use by a backup, restore or verify; try again when it has finished</source>
        <translation>das Repository ist belegt: %1 wird von einem Backup, einer Wiederherstellung oder einer Prüfung verwendet; versuchen Sie es erneut, wenn diese fertig ist</translation>
    </message>
    <message>
        <source>the repository is busy: %1 is being pruned; try again when it has finished</source>
        <translation>das Repository ist belegt: %1 wird gerade ausgedünnt; versuchen Sie es erneut, wenn dies fertig ist</translation>
    </message>
    <message>
        <source>the manifest %1.json names itself &apos;%2&apos;</source>
        <translation>das Manifest %1.json nennt sich selbst „%2“</translation>
    </message>
    <message>
        <source>the backup&apos;s manifest would not read back: %1</source>
        <translation>das Manifest des Backups ließ sich nicht zurücklesen: %1</translation>
    </message>
    <message>
        <source>%1 exists already: another backup took the same id</source>
        <translation>%1 existiert bereits: Ein anderes Backup hat dieselbe ID erhalten</translation>
    </message>
    <message>
        <source>%1 is %2; it must be between %3 and %4</source>
        <translation>%1 ist %2; es muss zwischen %3 und %4 liegen</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;; it must be a whole number between %3 and %4</source>
        <translation>%1 ist „%2“; es muss eine ganze Zahl zwischen %3 und %4 sein</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;; it must be a number between %3 and %4</source>
        <translation>%1 ist „%2“; es muss eine Zahl zwischen %3 und %4 sein</translation>
    </message>
    <message>
        <source>%1 is %2; it must be a whole number between %3 and %4</source>
        <translation>%1 ist %2; es muss eine ganze Zahl zwischen %3 und %4 sein</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; must have 1 to %3 characters</source>
        <translation>%1 „%2“ muss 1 bis %3 Zeichen haben</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a plain name (no &apos;/&apos;, &apos;\&apos;, &apos;.&apos; or &apos;..&apos;)</source>
        <translation>%1 „%2“ ist kein einfacher Name (kein &apos;/&apos;, &apos;\&apos;, &apos;.&apos; oder &apos;..&apos;)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; contains a control character</source>
        <translation>%1 „%2“ enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>%1 is on this host already</source>
        <translation>%1 ist bereits auf diesem Host</translation>
    </message>
    <message>
        <source>the standby has another VM named %1</source>
        <translation>der Standby-Host hat eine andere VM namens %1</translation>
    </message>
    <message>
        <source>%1 on the standby is not a replica: it may be the VM itself, after a failover or a migration</source>
        <translation>%1 auf dem Standby-Host ist kein Replikat: Es kann nach einem Failover oder einer Migration die VM selbst sein</translation>
    </message>
    <message>
        <source>the replica of %1 on the standby was started by a failover: it is the VM now, and is not written over</source>
        <translation>das Replikat von %1 auf dem Standby-Host wurde durch ein Failover gestartet: Es ist jetzt die VM und wird nicht überschrieben</translation>
    </message>
    <message>
        <source>replicating %1</source>
        <translation>%1 wird repliziert</translation>
    </message>
    <message>
        <source>the standby is the VM&apos;s own host: a replica must be on another</source>
        <translation>der Standby-Host ist der eigene Host der VM: Ein Replikat muss auf einem anderen Host liegen</translation>
    </message>
    <message>
        <source>the backup failed: %1</source>
        <translation>das Backup ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>there is no replica of %1 on this host</source>
        <translation>es gibt kein Replikat von %1 auf diesem Host</translation>
    </message>
    <message>
        <source>the replica of %1 is not whole (%2)</source>
        <translation>das Replikat von %1 ist nicht vollständig (%2)</translation>
    </message>
    <message>
        <source>Replica from %1, data of %2</source>
        <translation>Replikat von %1, Daten vom %2</translation>
    </message>
    <message>
        <source>No checkpoint was made, so the next backup is a full one too (%1). A qcow2 version 2 disk holds none: convert it with `qemu-img amend -f qcow2 -o compat=1.1 IMAGE` while the VM is off.</source>
        <translation>Es wurde kein Checkpoint angelegt, daher wird auch das nächste Backup ein vollständiges (%1). Ein Datenträger im Format qcow2 Version 2 kann keinen aufnehmen: Wandeln Sie ihn bei ausgeschalteter VM mit `qemu-img amend -f qcow2 -o compat=1.1 IMAGE` um.</translation>
    </message>
    <message>
        <source>writing %1 to the standby: %2</source>
        <translation>%1 wird auf den Standby-Host geschrieben: %2</translation>
    </message>
    <message>
        <source>marking the replica on the standby: %1</source>
        <translation>Markieren des Replikats auf dem Standby-Host: %1</translation>
    </message>
    <message>
        <source>defining the replica on the standby: %1</source>
        <translation>Definieren des Replikats auf dem Standby-Host: %1</translation>
    </message>
</context>
<context>
    <name>BackupJobs</name>
    <message>
        <source>%1: %2 of %3, %4 MiB/s</source>
        <translation>%1: %2 von %3, %4 MiB/s</translation>
    </message>
    <message>
        <source>The host is not connected.</source>
        <translation>Der Host ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Retention was not applied this time: %1</source>
        <translation>Die Aufbewahrungsregel wurde diesmal nicht angewendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retention removed %n backup(s)</source>
        <translation>
            <numerusform>Die Aufbewahrungsregel hat %n Backup entfernt</numerusform>
            <numerusform>Die Aufbewahrungsregel hat %n Backups entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>and freed %1.</source>
        <translation>und %1 freigegeben.</translation>
    </message>
    <message>
        <source>Backing up %1 into %2.</source>
        <translation>%1 wird in %2 gesichert.</translation>
    </message>
    <message>
        <source>Backup %1 (%2): %3 read, %4 new in the repository.</source>
        <translation>Backup %1 (%2): %3 gelesen, %4 neu im Repository.</translation>
    </message>
    <message>
        <source>A restore job needs the backup&apos;s id and a name for the new VM.</source>
        <translation>Ein Wiederherstellungsjob braucht die ID des Backups und einen Namen für die neue VM.</translation>
    </message>
    <message>
        <source>Restoring %1 as %2.</source>
        <translation>%1 wird als %2 wiederhergestellt.</translation>
    </message>
    <message numerus="yes">
        <source>Restored as %1 (%n volume(s)).</source>
        <translation>
            <numerusform>Als %1 wiederhergestellt (%n Volume).</numerusform>
            <numerusform>Als %1 wiederhergestellt (%n Volumes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Backup wiederherstellen</translation>
    </message>
    <message>
        <source>The job&apos;s retention is invalid: %1</source>
        <translation>Die Aufbewahrungsregel des Jobs ist ungültig: %1</translation>
    </message>
    <message>
        <source>A restore job&apos;s format is raw, qcow2 or original, not &apos;%1&apos;.</source>
        <translation>Das Format eines Wiederherstellungsjobs ist raw, qcow2 oder original, nicht „%1“.</translation>
    </message>
    <message>
        <source>Replica of %1 copied whole (backup %2): %3 read, %4 written to the standby.</source>
        <translation>Replikat von %1 vollständig kopiert (Backup %2): %3 gelesen, %4 auf den Standby-Host geschrieben.</translation>
    </message>
    <message>
        <source>Replica of %1 updated (backup %2): %3 read, %4 written to the standby.</source>
        <translation>Replikat von %1 aktualisiert (Backup %2): %3 gelesen, %4 auf den Standby-Host geschrieben.</translation>
    </message>
    <message>
        <source>The standby host is not connected.</source>
        <translation>Der Standby-Host ist nicht verbunden.</translation>
    </message>
    <message>
        <source>A replicate job needs the standby host&apos;s URI.</source>
        <translation>Ein Replikationsjob braucht die URI des Standby-Hosts.</translation>
    </message>
    <message>
        <source>Replicating %1 to %2.</source>
        <translation>%1 wird auf %2 repliziert.</translation>
    </message>
    <message>
        <source>Cannot connect to the standby %1: %2</source>
        <translation>Verbindung zum Standby-Host %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Replicate to a standby</source>
        <translation>Auf einen Standby-Host replizieren</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>libvirt URI.</source>
        <translation>libvirt-URI.</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Repository folder.</source>
        <translation>Repository-Ordner.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Back up a local disk image file.</source>
        <translation>Eine lokale Festplattenabbild-Datei sichern.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Name of the restored VM (or of an image).</source>
        <translation>Name der wiederhergestellten VM (oder eines Abbilds).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Storage pool for restored disks.</source>
        <translation>Speicherpool für wiederhergestellte Datenträger.</translation>
    </message>
    <message>
        <source>POOL</source>
        <translation>POOL</translation>
    </message>
    <message>
        <source>Pool for scratch images of running VMs.</source>
        <translation>Pool für temporäre Abbilder laufender VMs.</translation>
    </message>
    <message>
        <source>Take a full backup, not an incremental.</source>
        <translation>Ein vollständiges statt eines inkrementellen Backups erstellen.</translation>
    </message>
    <message>
        <source>Restore over the original VM (it must be shut off; its current disks are kept, not deleted).</source>
        <translation>Die ursprüngliche VM überschreiben (sie muss ausgeschaltet sein; ihre aktuellen Datenträger bleiben erhalten und werden nicht gelöscht).</translation>
    </message>
    <message>
        <source>Confirm --to-original.</source>
        <translation>--to-original bestätigen.</translation>
    </message>
    <message>
        <source>Restore the disks as raw files into DIR.</source>
        <translation>Die Datenträger als raw-Dateien in DIR wiederherstellen.</translation>
    </message>
    <message>
        <source>Verify only PERCENT of the chunks.</source>
        <translation>Nur PERCENT Prozent der Chunks überprüfen.</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>PERCENT</translation>
    </message>
    <message>
        <source>Keep the newest N backups.</source>
        <translation>Die neuesten N Backups behalten.</translation>
    </message>
    <message>
        <source>Keep one backup for each of N days.</source>
        <translation>Für jeden von N Tagen ein Backup behalten.</translation>
    </message>
    <message>
        <source>Keep one backup for each of N weeks.</source>
        <translation>Für jede von N Wochen ein Backup behalten.</translation>
    </message>
    <message>
        <source>Keep one backup for each of N months.</source>
        <translation>Für jeden von N Monaten ein Backup behalten.</translation>
    </message>
    <message>
        <source>Only show what prune would remove.</source>
        <translation>Nur anzeigen, was prune entfernen würde.</translation>
    </message>
    <message>
        <source>Compression threads (2).</source>
        <translation>Threads für die Komprimierung (2).</translation>
    </message>
    <message>
        <source>Connection timeout (60).</source>
        <translation>Zeitbegrenzung für die Verbindung (60).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>no answer before the timeout</source>
        <translation>keine Antwort vor Ablauf der Zeitbegrenzung</translation>
    </message>
    <message>
        <source>cannot connect to %1: connection closed</source>
        <translation>Verbindung zu %1 nicht möglich: Verbindung geschlossen</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>read %1 in %2 s (%3/s), stored %4 new</source>
        <translation>%1 in %2 s gelesen (%3/s), %4 neu gespeichert</translation>
    </message>
    <message>
        <source>%1 backups, %2 of data in %3 stored (%4 chunks): dedup ratio %5
</source>
        <translation>%1 Backups, %2 Daten in %3 gespeichert (%4 Chunks): Deduplizierungsrate %5
</translation>
    </message>
    <message>
        <source>%1 backups, %2 chunks checked of %3 (%4), %5 damaged, %6 missing
</source>
        <translation>%1 Backups, %2 von %3 Chunks geprüft (%4), %5 beschädigt, %6 fehlend
</translation>
    </message>
    <message>
        <source>damaged chunk %1</source>
        <translation>beschädigter Chunk %1</translation>
    </message>
    <message>
        <source>missing chunk %1</source>
        <translation>fehlender Chunk %1</translation>
    </message>
    <message>
        <source>damaged backup %1</source>
        <translation>beschädigtes Backup %1</translation>
    </message>
    <message>
        <source>%1 unreferenced chunks and %2 temp files from interrupted runs (prune removes them)
</source>
        <translation>%1 nicht referenzierte Chunks und %2 temporäre Dateien aus unterbrochenen Läufen (prune entfernt sie)
</translation>
    </message>
    <message>
        <source>would remove %1</source>
        <translation>würde %1 entfernen</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>kept %1 backups; %2 chunks (%3) %4
</source>
        <translation>%1 Backups behalten; %2 Chunks (%3) %4
</translation>
    </message>
    <message>
        <source>would be freed</source>
        <translation>würden freigegeben</translation>
    </message>
    <message>
        <source>freed</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>virtdeck: restore needs one BACKUP id</source>
        <translation>virtdeck: restore benötigt eine BACKUP-ID</translation>
    </message>
    <message>
        <source>virtdeck: %1 needs --connect URI</source>
        <translation>virtdeck: %1 benötigt --connect URI</translation>
    </message>
    <message>
        <source>virtdeck: name the VMs to back up</source>
        <translation>virtdeck: die zu sichernden VMs angeben</translation>
    </message>
    <message>
        <source>virtdeck: name the backup to restore</source>
        <translation>virtdeck: das wiederherzustellende Backup angeben</translation>
    </message>
    <message>
        <source>virtdeck: --to-original replaces the disks of the VM in the backup with the backed-up ones; its current disks are kept as volumes. Add --yes to confirm.</source>
        <translation>virtdeck: --to-original ersetzt die Datenträger der VM im Backup durch die gesicherten; ihre aktuellen Datenträger bleiben als Volumes erhalten. Zum Bestätigen --yes hinzufügen.</translation>
    </message>
    <message>
        <source>virtdeck: restore as a new VM needs --name NEW (or --to-original --yes)</source>
        <translation>virtdeck: Wiederherstellen als neue VM benötigt --name NEW (oder --to-original --yes)</translation>
    </message>
    <message>
        <source>virtdeck: backup of %1 failed: %2</source>
        <translation>virtdeck: Backup von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>virtdeck: restore failed: %1</source>
        <translation>virtdeck: Wiederherstellung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>restored %1 as VM %2 (%3)</source>
        <translation>%1 als VM %2 (%3) wiederhergestellt</translation>
    </message>
    <message>
        <source>  previous disk kept: %1</source>
        <translation>  bisheriger Datenträger behalten: %1</translation>
    </message>
    <message>
        <source>virtdeck: %1 needs --repo DIR</source>
        <translation>virtdeck: %1 benötigt --repo DIR</translation>
    </message>
    <message>
        <source>Show version information.</source>
        <translation>Versionsinformationen anzeigen.</translation>
    </message>
    <message>
        <source>Open the libvirt URI (repeatable). Default: the saved connections.</source>
        <translation>Die libvirt-URI öffnen (mehrfach möglich). Standard: die gespeicherten Verbindungen.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>Give up on hosts that do not answer in SECONDS (60).</source>
        <translation>Hosts aufgeben, die nicht innerhalb von SECONDS Sekunden antworten (60).</translation>
    </message>
    <message>
        <source>Open the built-in demo hosts (window only).</source>
        <translation>Die eingebauten Demo-Hosts öffnen (nur im Fenster).</translation>
    </message>
    <message>
        <source>list, hosts, volumes or pools; none opens the window.</source>
        <translation>list, hosts, volumes oder pools; ohne Befehl wird das Fenster geöffnet.</translation>
    </message>
    <message>
        <source>virtdeck: cannot connect to %1: %2</source>
        <translation>virtdeck: Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>virtdeck: unknown command &apos;%1&apos;.</source>
        <translation>virtdeck: Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>virtdeck: no connection given; use --connect URI (e.g. qemu:///system).</source>
        <translation>virtdeck: Keine Verbindung angegeben; verwenden Sie --connect URI (z. B. qemu:///system).</translation>
    </message>
    <message>
        <source>virtdeck: the storage listing did not finish before the timeout</source>
        <translation>virtdeck: Die Speicherauflistung wurde nicht vor Ablauf der Zeitbegrenzung fertig</translation>
    </message>
    <message>
        <source>The scheduler database (default: %1).</source>
        <translation>Die Scheduler-Datenbank (Standard: %1).</translation>
    </message>
    <message>
        <source>virtdeck: cannot open the scheduler database %1: %2</source>
        <translation>virtdeck: Die Scheduler-Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Include every finished job kept in the history.</source>
        <translation>Alle im Verlauf gespeicherten beendeten Jobs einbeziehen.</translation>
    </message>
    <message>
        <source>List the recurring schedules instead of jobs.</source>
        <translation>Die wiederkehrenden Zeitpläne statt der Jobs auflisten.</translation>
    </message>
    <message>
        <source>Queue an action on VMs for the scheduler (the window or `virtdeck scheduler --headless` runs it). Without --at, --after or a recurrence it runs as soon as a runner is free.

Actions: %1</source>
        <translation>Eine Aktion für VMs beim Scheduler einreihen (das Fenster oder `virtdeck scheduler --headless` führt sie aus). Ohne --at, --after oder eine Wiederholung läuft sie, sobald ein Ausführer frei ist.

Aktionen: %1</translation>
    </message>
    <message>
        <source>The host&apos;s libvirt URI.</source>
        <translation>Die libvirt-URI des Hosts.</translation>
    </message>
    <message>
        <source>What to do (start, shutdown, snapshot-create, …).</source>
        <translation>Was zu tun ist (start, shutdown, snapshot-create, …).</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>A VM by name (repeatable: one job per VM).</source>
        <translation>Eine VM nach Name (mehrfach möglich: ein Job pro VM).</translation>
    </message>
    <message>
        <source>Run at this local time (ISO 8601, e.g. 2026-12-01T09:00).</source>
        <translation>Zu dieser Ortszeit ausführen (ISO 8601, z. B. 2026-12-01T09:00).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>Run after job ID has finished successfully.</source>
        <translation>Ausführen, nachdem Job ID erfolgreich beendet wurde.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Recurring: every day at these times (HH:MM,…).</source>
        <translation>Wiederkehrend: jeden Tag zu diesen Uhrzeiten (HH:MM,…).</translation>
    </message>
    <message>
        <source>TIMES</source>
        <translation>TIMES</translation>
    </message>
    <message>
        <source>Recurring: on these days at these times (&quot;mon,fri 07:30&quot;).</source>
        <translation>Wiederkehrend: an diesen Tagen zu diesen Uhrzeiten („mon,fri 07:30“).</translation>
    </message>
    <message>
        <source>DAYS TIMES</source>
        <translation>DAYS TIMES</translation>
    </message>
    <message>
        <source>Recurring: a cron expression (&quot;0 9 * * 1-5&quot;).</source>
        <translation>Wiederkehrend: ein Cron-Ausdruck („0 9 * * 1-5“).</translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation>EXPR</translation>
    </message>
    <message>
        <source>The name of a recurring schedule.</source>
        <translation>Der Name eines wiederkehrenden Zeitplans.</translation>
    </message>
    <message>
        <source>Recurring: skip a run missed while no scheduler was running.</source>
        <translation>Wiederkehrend: einen verpassten Lauf überspringen, wenn kein Scheduler lief.</translation>
    </message>
    <message>
        <source>Higher runs first under the priority policy.</source>
        <translation>Höhere Werte laufen bei der Prioritätsstrategie zuerst.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>A lab or batch label (the round-robin key).</source>
        <translation>Eine Labor- oder Stapelbezeichnung (der Schlüssel für Reihum).</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>The snapshot name for snapshot actions.</source>
        <translation>Der Snapshot-Name für Snapshot-Aktionen.</translation>
    </message>
    <message>
        <source>A parameter for the action (repeatable), e.g. wait=120.</source>
        <translation>Ein Parameter für die Aktion (mehrfach möglich), z. B. wait=120.</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>Fail at once when the host is unreachable (default: wait).</source>
        <translation>Sofort fehlschlagen, wenn der Host nicht erreichbar ist (Standard: warten).</translation>
    </message>
    <message>
        <source>Print what was added as JSON.</source>
        <translation>Das Hinzugefügte als JSON ausgeben.</translation>
    </message>
    <message>
        <source>--param takes KEY=VALUE, not &apos;%1&apos;.</source>
        <translation>--param erwartet KEY=VALUE, nicht „%1“.</translation>
    </message>
    <message>
        <source>give one of --daily, --weekly or --cron.</source>
        <translation>eines von --daily, --weekly oder --cron angeben.</translation>
    </message>
    <message>
        <source>--at and --after are for one-off jobs, not recurring schedules.</source>
        <translation>--at und --after sind für einmalige Jobs, nicht für wiederkehrende Zeitpläne.</translation>
    </message>
    <message>
        <source>give the host with --connect URI.</source>
        <translation>den Host mit --connect URI angeben.</translation>
    </message>
    <message>
        <source>unknown or missing --action &apos;%1&apos;.</source>
        <translation>unbekannte oder fehlende --action „%1“.</translation>
    </message>
    <message>
        <source>name the VM with --vm NAME.</source>
        <translation>die VM mit --vm NAME angeben.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>virtdeck: cannot save the schedule: %1</source>
        <translation>virtdeck: Der Zeitplan kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Added schedule %1 (%2); next run %3.</source>
        <translation>Zeitplan %1 (%2) hinzugefügt; nächster Lauf %3.</translation>
    </message>
    <message>
        <source>--at takes a time like 2026-12-01T09:00, not &apos;%1&apos;.</source>
        <translation>--at erwartet eine Zeit wie 2026-12-01T09:00, nicht „%1“.</translation>
    </message>
    <message>
        <source>--after names no job: &apos;%1&apos;.</source>
        <translation>--after bezeichnet keinen Job: „%1“.</translation>
    </message>
    <message>
        <source>Queued from the command line.</source>
        <translation>Über die Befehlszeile eingereiht.</translation>
    </message>
    <message>
        <source>Queued job %1: %2 %3 on %4%5.</source>
        <translation>Job %1 eingereiht: %2 %3 auf %4%5.</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> um %1</translation>
    </message>
    <message>
        <source> after job %1</source>
        <translation> nach Job %1</translation>
    </message>
    <message>
        <source>virtdeck: cannot save the jobs: %1</source>
        <translation>virtdeck: Die Jobs können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Note: no scheduler is running now; the jobs run when the window or `virtdeck scheduler --headless` starts.</source>
        <translation>Hinweis: Derzeit läuft kein Scheduler; die Jobs laufen, sobald das Fenster oder `virtdeck scheduler --headless` startet.</translation>
    </message>
    <message>
        <source>The jobs to cancel.</source>
        <translation>Die abzubrechenden Jobs.</translation>
    </message>
    <message>
        <source>ID…</source>
        <translation>ID…</translation>
    </message>
    <message>
        <source>virtdeck jobs cancel: give the job ids.</source>
        <translation>virtdeck jobs cancel: die Job-IDs angeben.</translation>
    </message>
    <message>
        <source>Job %1: %2.</source>
        <translation>Job %1: %2.</translation>
    </message>
    <message>
        <source>virtdeck: job %1: %2</source>
        <translation>virtdeck: Job %1: %2</translation>
    </message>
    <message>
        <source>not a job id</source>
        <translation>keine Job-ID</translation>
    </message>
    <message numerus="yes">
        <source>Scheduler running on %1 (%n schedule(s)).</source>
        <translation>
            <numerusform>Scheduler läuft auf %1 (%n Zeitplan).</numerusform>
            <numerusform>Scheduler läuft auf %1 (%n Zeitpläne).</numerusform>
        </translation>
    </message>
    <message>
        <source>This process runs the jobs.</source>
        <translation>Dieser Prozess führt die Jobs aus.</translation>
    </message>
    <message>
        <source>Standing by: %1 runs the jobs.</source>
        <translation>In Bereitschaft: %1 führt die Jobs aus.</translation>
    </message>
    <message>
        <source>Job %1 %2: %3 %4 on %5: %6</source>
        <translation>Job %1 %2: %3 %4 auf %5: %6</translation>
    </message>
    <message>
        <source>usage: virtdeck jobs list|add|cancel [options]   (each takes --help)</source>
        <translation>Aufruf: virtdeck jobs list|add|cancel [Optionen]   (jeweils mit --help)</translation>
    </message>
    <message>
        <source>Run the scheduler without a window, so schedules run while the window is closed. The window and this runner share the database; only one of them runs jobs at a time.</source>
        <translation>Den Scheduler ohne Fenster ausführen, damit Zeitpläne auch bei geschlossenem Fenster laufen. Fenster und dieser Ausführer teilen sich die Datenbank; nur einer von beiden führt jeweils Jobs aus.</translation>
    </message>
    <message>
        <source>Run without a window (required).</source>
        <translation>Ohne Fenster ausführen (erforderlich).</translation>
    </message>
    <message>
        <source>virtdeck scheduler: only --headless is supported; the window runs the scheduler itself.</source>
        <translation>virtdeck scheduler: Nur --headless wird unterstützt; das Fenster führt den Scheduler selbst aus.</translation>
    </message>
    <message>
        <source>headless runner</source>
        <translation>Ausführer ohne Fenster</translation>
    </message>
    <message>
        <source>interrupted by %1: nothing was finished, no backup or restored file was left looking complete</source>
        <translation>unterbrochen durch %1: Nichts wurde abgeschlossen, kein Backup und keine wiederhergestellte Datei wurde scheinbar vollständig zurückgelassen</translation>
    </message>
    <message>
        <source>Let prune remove every backup when all --keep-* values are 0.</source>
        <translation>prune alle Backups entfernen lassen, wenn alle --keep-*-Werte 0 sind.</translation>
    </message>
    <message>
        <source>Let restore replace files or volumes that exist.</source>
        <translation>restore vorhandene Dateien oder Volumes ersetzen lassen.</translation>
    </message>
    <message>
        <source>the backing chain of the image is deeper than 16 files (a loop?)</source>
        <translation>die Basisdatei-Kette des Abbilds ist länger als 16 Dateien (eine Schleife?)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>backup of %1 failed: %2</source>
        <translation>Backup von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>these --keep-* values keep no backup at all; give one above 0, leave them out to only collect garbage, or add --remove-all to remove every backup</source>
        <translation>diese --keep-*-Werte behalten überhaupt kein Backup; geben Sie einen Wert über 0 an, lassen Sie sie weg, um nur nicht mehr benötigte Daten zu entfernen, oder fügen Sie --remove-all hinzu, um alle Backups zu entfernen</translation>
    </message>
    <message>
        <source>%1 exists already; add --force to replace it (it is replaced only once the restored disk is complete)</source>
        <translation>%1 existiert bereits; fügen Sie --force hinzu, um es zu ersetzen (es wird erst ersetzt, wenn der wiederhergestellte Datenträger vollständig ist)</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>--priority takes a whole number from %1 to %2.</source>
        <translation>--priority erwartet eine ganze Zahl von %1 bis %2.</translation>
    </message>
    <message>
        <source>virtdeck: --timeout takes a whole number from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>virtdeck: --timeout erwartet eine ganze Zahl von 1 bis 3600, nicht „%1“.</translation>
    </message>
    <message>
        <source>replicate: the standby host&apos;s libvirt URI.</source>
        <translation>replicate: die libvirt-URI des Standby-Hosts.</translation>
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
        <translation>Backups von libvirt-VMs in einen deduplizierten, überprüfbaren Repository-Ordner.

  backup   --connect URI --repo DIR VM…   (oder --image FILE… für Datenträgerabbilder)
  backups  --repo DIR [--json]
  restore  --repo DIR BACKUP --connect URI [--name NEW] [--pool POOL]
           [--to-original --yes] [--to-dir DIR]
           [--force]
  verify   --repo DIR [--sample PERCENT]
  prune    --repo DIR [--keep-last N] [--keep-daily N] [--keep-weekly N]
           [--keep-monthly N] [--dry-run] [--remove-all]
  replicate --connect URI --standby URI --repo DIR VM…   [--pool POOL]
  replicas  --connect URI [--json]   (die Replikate, die ein Standby-Host enthält)</translation>
    </message>
    <message>
        <source>backup, backups, restore, verify, prune, replicate or replicas.</source>
        <translation>backup, backups, restore, verify, prune, replicate oder replicas.</translation>
    </message>
    <message>
        <source>virtdeck: replicate needs --standby URI</source>
        <translation>virtdeck: replicate benötigt --standby URI</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>No replicas on %1.</source>
        <translation>Keine Replikate auf %1.</translation>
    </message>
    <message>
        <source>virtdeck: replication of %1 failed: %2</source>
        <translation>virtdeck: Replikation von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 replicated to %2 (%3): backup %4, %5 read, %6 written</source>
        <translation>%1 auf %2 repliziert (%3): Backup %4, %5 gelesen, %6 geschrieben</translation>
    </message>
    <message>
        <source>whole</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>The VM&apos;s host (libvirt URI).</source>
        <translation>Der Host der VM (libvirt-URI).</translation>
    </message>
    <message>
        <source>Failover order: higher first (0).</source>
        <translation>Failover-Reihenfolge: höhere Werte zuerst (0).</translation>
    </message>
    <message>
        <source>A host to fail over to, best first (repeatable).</source>
        <translation>Ein Host, auf den per Failover verschoben werden kann, der beste zuerst (mehrfach möglich).</translation>
    </message>
    <message>
        <source>The VM&apos;s backup repository, for a restore when no replica is whole.</source>
        <translation>Das Backup-Repository der VM, für eine Wiederherstellung, wenn kein Replikat vollständig ist.</translation>
    </message>
    <message>
        <source>Seconds the host may be lost before a failover (120).</source>
        <translation>Sekunden, die der Host ausgefallen sein darf, bevor ein Failover erfolgt (120).</translation>
    </message>
    <message>
        <source>resolve: the host whose copy of the VM stays (URI).</source>
        <translation>resolve: der Host, dessen Kopie der VM bleibt (URI).</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>there is no VM %1 on %2</source>
        <translation>es gibt keine VM %1 auf %2</translation>
    </message>
    <message>
        <source>mark needs --connect URI (the VM&apos;s host)</source>
        <translation>mark benötigt --connect URI (den Host der VM)</translation>
    </message>
    <message>
        <source>--priority takes a whole number from -1000 to 1000</source>
        <translation>--priority erwartet eine ganze Zahl von -1000 bis 1000</translation>
    </message>
    <message>
        <source>--grace takes a whole number of seconds from 5 to 86400</source>
        <translation>--grace erwartet eine ganze Zahl von Sekunden von 5 bis 86400</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) is high-availability: it fails over if %3 is lost for %n second(s).</source>
        <translation>
            <numerusform>%1 (%2) ist hochverfügbar: Die VM wird per Failover verschoben, wenn %3 %n Sekunde lang ausgefallen ist.</numerusform>
            <numerusform>%1 (%2) ist hochverfügbar: Die VM wird per Failover verschoben, wenn %3 %n Sekunden lang ausgefallen ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>failed over to %1 at %2</source>
        <translation>um %2 per Failover auf %1 verschoben</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>geschützt</translation>
    </message>
    <message>
        <source>No high-availability VMs.</source>
        <translation>Keine hochverfügbaren VMs.</translation>
    </message>
    <message>
        <source>%1 is not a high-availability VM</source>
        <translation>%1 ist keine hochverfügbare VM</translation>
    </message>
    <message>
        <source>%1 was not failed over: nothing to resolve</source>
        <translation>%1 wurde nicht per Failover verschoben: Es gibt nichts aufzulösen</translation>
    </message>
    <message>
        <source>resolve needs --keep %1 or --keep %2</source>
        <translation>resolve benötigt --keep %1 oder --keep %2</translation>
    </message>
    <message>
        <source>%1 stays on %2; its copy on %3 was discarded (its disks are kept).</source>
        <translation>%1 bleibt auf %2; die Kopie auf %3 wurde verworfen (ihre Datenträger bleiben erhalten).</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>unknown verb &apos;%1&apos;: status, mark, unmark or resolve</source>
        <translation>unbekannter Unterbefehl „%1“: status, mark, unmark oder resolve</translation>
    </message>
    <message>
        <source>%1 takes one VM</source>
        <translation>%1 erwartet genau eine VM</translation>
    </message>
    <message>
        <source>mark: the VM&apos;s disks are on storage its hosts share, and their libvirt locks disks with virtlockd: a failover starts it on them.</source>
        <translation>mark: Die Datenträger der VM liegen auf Speicher, den ihre Hosts teilen, und deren libvirt sperrt Datenträger mit virtlockd: Ein Failover startet sie auf ihnen.</translation>
    </message>
    <message>
        <source>cannot read the definition of %1: %2</source>
        <translation>die Definition von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>High availability: VMs started elsewhere when their host is lost.

  ha status [--connect URI] [--json]
  ha mark VM --connect URI [--priority N] [--prefer URI]… [--repo DIR] [--grace S]
          [--shared-disks]
  ha unmark VM
  ha resolve VM --keep URI   (after a failover: which copy stays)

The runner of the scheduler (the window, or `virtdeck scheduler --headless`) watches the hosts and fails the VMs over.</source>
        <translation>Hochverfügbarkeit: VMs werden anderswo gestartet, wenn ihr Host ausfällt.

  ha status [--connect URI] [--json]
  ha mark VM --connect URI [--priority N] [--prefer URI]… [--repo DIR] [--grace S]
          [--shared-disks]
  ha unmark VM
  ha resolve VM --keep URI   (nach einem Failover: welche Kopie bleibt)

Der Ausführer des Schedulers (das Fenster oder `virtdeck scheduler --headless`) überwacht die Hosts und verschiebt die VMs per Failover.</translation>
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
        <translation>Virtdeck, eine Desktop-Konsole für libvirt-Hypervisoren.

Ohne Befehl wird das Fenster geöffnet. Befehle geben aus, was die Konsole sieht:
  list     die VMs der angegebenen Hosts
  hosts    die Hosts selbst
  volumes  die Speicher-Volumes (Abbilder) jedes Pools
  pools    die Speicherpools
  jobs     geplante Jobs auflisten, hinzufügen oder abbrechen (virtdeck jobs add --help)
  scheduler --headless   den Scheduler ohne Fenster ausführen
  lab      die VMs einer Klasse erstellen, bereitstellen, starten, zurücksetzen oder löschen (virtdeck lab --help)
  backup, backups, restore, verify, prune   die Backup-Engine (siehe jeweils --help)
  replicate, replicas, ha                   Replikate auf einem Standby-Host, Failover
  db migrate --to postgresql://…            den Stand dieses Rechners in eine gemeinsame Datenbank kopieren</translation>
    </message>
    <message>
        <source>virtdeck db migrate: --to needs a postgresql:// URL.</source>
        <translation>virtdeck db migrate: --to braucht eine postgresql://-URL.</translation>
    </message>
    <message>
        <source>scheduler</source>
        <translation>Scheduler</translation>
    </message>
    <message>
        <source>labs</source>
        <translation>Labore</translation>
    </message>
    <message>
        <source>virtdeck db migrate: there is nothing to copy (no %1, no %2).</source>
        <translation>virtdeck db migrate: Es gibt nichts zu kopieren (weder %1 noch %2).</translation>
    </message>
    <message>
        <source>virtdeck db migrate: %1 (%2): %3</source>
        <translation>virtdeck db migrate: %1 (%2): %3</translation>
    </message>
    <message>
        <source>Copied %1 from %2: %3.</source>
        <translation>%1 aus %2 kopiert: %3.</translation>
    </message>
    <message>
        <source>Done. Use it with --database %1, or set it under Preferences → Shared database.</source>
        <translation>Fertig. Verwenden Sie sie mit --database %1 oder stellen Sie sie unter Einstellungen → Gemeinsame Datenbank ein.</translation>
    </message>
    <message>
        <source>The PostgreSQL database (postgresql://…).</source>
        <translation>Die PostgreSQL-Datenbank (postgresql://…).</translation>
    </message>
    <message>
        <source>The scheduler&apos;s SQLite file.</source>
        <translation>Die SQLite-Datei des Schedulers.</translation>
    </message>
    <message>
        <source>The labs&apos; SQLite file.</source>
        <translation>Die SQLite-Datei der Labore.</translation>
    </message>
    <message>
        <source>migrate</source>
        <translation>migrate</translation>
    </message>
    <message>
        <source>usage: virtdeck db migrate --to postgresql://user@host/db [--scheduler FILE] [--labs FILE]</source>
        <translation>Aufruf: virtdeck db migrate --to postgresql://user@host/db [--scheduler DATEI] [--labs DATEI]</translation>
    </message>
    <message>
        <source>This runner takes jobs from the shared queue, fires the schedules and watches the failovers.</source>
        <translation>Dieser Ausführer nimmt Jobs aus der gemeinsamen Warteschlange, löst die Zeitpläne aus und überwacht die Failover.</translation>
    </message>
    <message>
        <source>This runner takes jobs from the shared queue; %1 fires the schedules and watches the failovers.</source>
        <translation>Dieser Ausführer nimmt Jobs aus der gemeinsamen Warteschlange; %1 löst die Zeitpläne aus und überwacht die Failover.</translation>
    </message>
    <message>
        <source>The team&apos;s list of hosts could not be read (%1); this computer&apos;s copy is used.</source>
        <translation>Die Host-Liste des Teams konnte nicht gelesen werden (%1); die Kopie dieses Rechners wird verwendet.</translation>
    </message>
    <message>
        <source>The team has its own %1 already; this computer&apos;s were not copied.</source>
        <translation>Das Team hat bereits eigene %1; die dieses Rechners wurden nicht kopiert.</translation>
    </message>
    <message>
        <source>Copied %1 from this computer&apos;s settings.</source>
        <translation>%1 aus den Einstellungen dieses Rechners kopiert.</translation>
    </message>
    <message>
        <source>the list of hosts</source>
        <translation>Host-Liste</translation>
    </message>
    <message>
        <source>the alert rules</source>
        <translation>Alarmregeln</translation>
    </message>
    <message>
        <source>virtdeck db migrate: the hosts and alert rules: %1</source>
        <translation>virtdeck db migrate: Hosts und Alarmregeln: %1</translation>
    </message>
    <message>
        <source>The shared database.

  db migrate --to postgresql://user@host/db [--scheduler FILE] [--labs FILE]

Copies the jobs, schedules, job history, high-availability marks and labs of this computer&apos;s SQLite files into a PostgreSQL database a team shares. The target must hold none of them yet; the files stay as they are. This user&apos;s list of hosts and alert rules become the team&apos;s where the team has none yet.</source>
        <translation>Die gemeinsame Datenbank.

  db migrate --to postgresql://user@host/db [--scheduler FILE] [--labs FILE]

Kopiert die Jobs, Zeitpläne, den Job-Verlauf, die Hochverfügbarkeits-Markierungen und die Labore aus den SQLite-Dateien dieses Rechners in eine PostgreSQL-Datenbank, die ein Team teilt. Das Ziel darf noch keine davon enthalten; die Dateien bleiben unverändert. Die Host-Liste und die Alarmregeln dieses Benutzers werden die des Teams, wo das Team noch keine hat.</translation>
    </message>
</context>
<context>
    <name>ConnectionConfig</name>
    <message>
        <source>QEMU/KVM (system)</source>
        <translation>QEMU/KVM (System)</translation>
    </message>
    <message>
        <source>QEMU/KVM (user session)</source>
        <translation>QEMU/KVM (Benutzersitzung)</translation>
    </message>
    <message>
        <source>Enter the host name or address of the remote hypervisor.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des entfernten Hypervisors ein.</translation>
    </message>
    <message>
        <source>The host name may not contain spaces, &apos;/&apos; or &apos;@&apos;.</source>
        <translation>Der Hostname darf keine Leerzeichen, „/“ oder „@“ enthalten.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>Enter a libvirt URI, for example qemu+ssh://user@host/system.</source>
        <translation>Geben Sie eine libvirt-URI ein, zum Beispiel qemu+ssh://user@host/system.</translation>
    </message>
    <message>
        <source>This is not a valid libvirt URI.</source>
        <translation>Dies ist keine gültige libvirt-URI.</translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>CronExpression</name>
    <message numerus="yes">
        <source>A cron expression has five fields (minute hour day month weekday); got %n.</source>
        <translation>
            <numerusform>Ein Cron-Ausdruck hat fünf Felder (Minute Stunde Tag Monat Wochentag); angegeben wurde %n.</numerusform>
            <numerusform>Ein Cron-Ausdruck hat fünf Felder (Minute Stunde Tag Monat Wochentag); angegeben wurden %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bad minute field &apos;%1&apos; (0-59).</source>
        <translation>Ungültiges Minutenfeld „%1“ (0-59).</translation>
    </message>
    <message>
        <source>Bad hour field &apos;%1&apos; (0-23).</source>
        <translation>Ungültiges Stundenfeld „%1“ (0-23).</translation>
    </message>
    <message>
        <source>Bad day-of-month field &apos;%1&apos; (1-31).</source>
        <translation>Ungültiges Feld für den Monatstag „%1“ (1-31).</translation>
    </message>
    <message>
        <source>Bad month field &apos;%1&apos; (1-12 or jan-dec).</source>
        <translation>Ungültiges Monatsfeld „%1“ (1-12 oder jan-dec).</translation>
    </message>
    <message>
        <source>Bad weekday field &apos;%1&apos; (0-7 or sun-sat).</source>
        <translation>Ungültiges Wochentagsfeld „%1“ (0-7 oder sun-sat).</translation>
    </message>
</context>
<context>
    <name>DefaultPool</name>
    <message>
        <source>started the storage pool &apos;%1&apos;, which was inactive</source>
        <translation>der inaktive Speicherpool „%1“ wurde gestartet</translation>
    </message>
    <message>
        <source>cannot create the storage pool &apos;%1&apos; at %2: %3</source>
        <translation>der Speicherpool „%1“ kann nicht unter %2 erstellt werden: %3</translation>
    </message>
    <message>
        <source>created the storage pool &apos;%1&apos; (a directory pool at %2, built, started and set to start with the host)</source>
        <translation>der Speicherpool „%1“ wurde erstellt (ein Verzeichnis-Pool unter %2, aufgebaut, gestartet und so eingestellt, dass er mit dem Host startet)</translation>
    </message>
</context>
<context>
    <name>DomainAction</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>Herunterfahren</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Force off</source>
        <translation>Ausschalten erzwingen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete with storage</source>
        <translation>Mit Speicher löschen</translation>
    </message>
    <message>
        <source>Define</source>
        <translation>Definieren</translation>
    </message>
</context>
<context>
    <name>DomainState</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation>Wird heruntergefahren</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>Abgestürzt</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Im Ruhezustand</translation>
    </message>
</context>
<context>
    <name>EvacuationPlan</name>
    <message>
        <source>The host to evacuate is unknown.</source>
        <translation>Der zu räumende Host ist unbekannt.</translation>
    </message>
    <message>
        <source>There is no other host to move the VMs to.</source>
        <translation>Es gibt keinen anderen Host, auf den die VMs verschoben werden können.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3 vCPUs, %4): %5 → %6</source>
        <translation>%1 (%2, %3 vCPUs, %4): %5 → %6</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>Nothing to move.</source>
        <translation>Nichts zu verschieben.</translation>
    </message>
    <message>
        <source>Cannot move %1</source>
        <translation>%1 kann nicht verschoben werden</translation>
    </message>
</context>
<context>
    <name>Failover</name>
    <message>
        <source>the repository %1 has no backup of it</source>
        <translation>das Repository %1 enthält kein Backup davon</translation>
    </message>
    <message>
        <source>The replica that was not whole was undefined (its volumes are kept)</source>
        <translation>Die Definition des unvollständigen Replikats wurde entfernt (seine Volumes bleiben erhalten)</translation>
    </message>
    <message>
        <source>no whole replica on this host, and no backup repository is named for the VM</source>
        <translation>kein vollständiges Replikat auf diesem Host, und für die VM ist kein Backup-Repository angegeben</translation>
    </message>
    <message>
        <source>restoring backup %1 failed: %2</source>
        <translation>Wiederherstellen von Backup %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the restored VM did not start: %1</source>
        <translation>die wiederhergestellte VM ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>The replica was not used: %1</source>
        <translation>Das Replikat wurde nicht verwendet: %1</translation>
    </message>
    <message>
        <source>the host to keep has no copy of the VM</source>
        <translation>der zu behaltende Host hat keine Kopie der VM</translation>
    </message>
    <message>
        <source>%1 has copies on %2 and %3 only</source>
        <translation>%1 hat nur Kopien auf %2 und %3</translation>
    </message>
    <message>
        <source>Its shared disks were not used: no definition of it was recorded while its host answered</source>
        <translation>Ihre gemeinsamen Datenträger wurden nicht verwendet: Solange ihr Host antwortete, wurde keine Definition von ihr erfasst</translation>
    </message>
    <message>
        <source>Its shared disks were not used: this host has no pool with %1</source>
        <translation>Ihre gemeinsamen Datenträger wurden nicht verwendet: Dieser Host hat keinen Pool mit %1</translation>
    </message>
    <message>
        <source>its disks are locked, so a copy of it still runs elsewhere; nothing else was started (%1)</source>
        <translation>ihre Datenträger sind gesperrt, also läuft anderswo noch eine Kopie von ihr; nichts anderes wurde gestartet (%1)</translation>
    </message>
    <message>
        <source>It did not start on its shared disks: %1</source>
        <translation>Sie startete nicht auf ihren gemeinsamen Datenträgern: %1</translation>
    </message>
</context>
<context>
    <name>FailoverConflict</name>
    <message>
        <source>%1 runs twice</source>
        <translation>%1 läuft doppelt</translation>
    </message>
    <message>
        <source>The copy you keep runs on; the other is forced off and undefined. Its disks are kept.</source>
        <translation>Die behaltene Kopie läuft weiter; die andere wird zwangsweise ausgeschaltet und ihre Definition entfernt. Ihre Datenträger bleiben erhalten.</translation>
    </message>
    <message>
        <source>Keep the copy on %1</source>
        <translation>Kopie auf %1 behalten</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>Nicht aufgelöst</translation>
    </message>
</context>
<context>
    <name>FailoverJobs</name>
    <message>
        <source>%1 started on %2 from its replica (backup %3): data of %4, %5 old.</source>
        <translation>%1 auf %2 aus dem Replikat gestartet (Backup %3): Daten vom %4, %5 alt.</translation>
    </message>
    <message>
        <source>%1 started on %2 from its newest backup %3: data of %4, %5 old.</source>
        <translation>%1 auf %2 aus dem neuesten Backup %3 gestartet: Daten vom %4, %5 alt.</translation>
    </message>
    <message>
        <source>A failover job needs the lost host (from) and the VM&apos;s UUID.</source>
        <translation>Ein Failover-Job braucht den ausgefallenen Host (from) und die UUID der VM.</translation>
    </message>
    <message>
        <source>A failover starts the VM on another host than %1.</source>
        <translation>Ein Failover startet die VM auf einem anderen Host als %1.</translation>
    </message>
    <message>
        <source>%1 answers: %2 is not started elsewhere while its host is up.</source>
        <translation>%1 antwortet: %2 wird nicht anderswo gestartet, solange ihr Host läuft.</translation>
    </message>
    <message>
        <source>Failing %1 over from %2 to %3.</source>
        <translation>%1 wird per Failover von %2 auf %3 verschoben.</translation>
    </message>
    <message>
        <source>%1 was not failed over: %2</source>
        <translation>%1 wurde nicht per Failover verschoben: %2</translation>
    </message>
    <message>
        <source>Fail over</source>
        <translation>Failover</translation>
    </message>
    <message>
        <source>%1 started on %2 on its shared disks, with its data as its host left it.</source>
        <translation>%1 wurde auf %2 auf ihren gemeinsamen Datenträgern gestartet, mit den Daten, wie ihr Host sie hinterlassen hat.</translation>
    </message>
</context>
<context>
    <name>FileModes</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
</context>
<context>
    <name>GraphicsConnector</name>
    <message>
        <source>The host is not connected.</source>
        <translation>Der Host ist nicht verbunden.</translation>
    </message>
    <message>
        <source>The VM is not running.</source>
        <translation>Die VM läuft nicht.</translation>
    </message>
    <message>
        <source>This VM has no graphical display.</source>
        <translation>Diese VM hat keine grafische Anzeige.</translation>
    </message>
    <message>
        <source>The embedded console reaches local and qemu+ssh hosts only; use &quot;Open in virt-viewer&quot;.</source>
        <translation>Die eingebettete Konsole erreicht nur lokale und qemu+ssh-Hosts; verwenden Sie „In virt-viewer öffnen“.</translation>
    </message>
    <message>
        <source>This VM&apos;s display is %1 now; reopen the console to show it.</source>
        <translation>Die Anzeige dieser VM ist jetzt %1; öffnen Sie die Konsole erneut, um sie zu sehen.</translation>
    </message>
</context>
<context>
    <name>HaStore</name>
    <message>
        <source>the scheduler database</source>
        <translation>die Scheduler-Datenbank</translation>
    </message>
</context>
<context>
    <name>JobKinds</name>
    <message>
        <source>The parameter %1 takes a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>Der Parameter %1 erwartet eine ganze Zahl von %2 bis %3, nicht „%4“.</translation>
    </message>
    <message>
        <source>The parameter %1 takes true or false, not &apos;%2&apos;.</source>
        <translation>Der Parameter %1 erwartet true oder false, nicht „%2“.</translation>
    </message>
    <message>
        <source>The parameter %1 is longer than %2 characters.</source>
        <translation>Der Parameter %1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The parameter %1 contains a control character.</source>
        <translation>Der Parameter %1 enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>The action %1 takes no parameters (&apos;%2&apos; given).</source>
        <translation>Die Aktion %1 hat keine Parameter („%2“ angegeben).</translation>
    </message>
    <message>
        <source>The action %1 takes no parameter &apos;%2&apos; (it takes: %3).</source>
        <translation>Die Aktion %1 hat keinen Parameter „%2“ (sie hat: %3).</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>There is no job %1.</source>
        <translation>Es gibt keinen Job %1.</translation>
    </message>
    <message>
        <source>Job %1 is already %2.</source>
        <translation>Job %1 ist bereits %2.</translation>
    </message>
    <message>
        <source>Cancel requested from the command line.</source>
        <translation>Abbruch über die Befehlszeile angefordert.</translation>
    </message>
    <message>
        <source>cancel requested (running)</source>
        <translation>Abbruch angefordert (läuft)</translation>
    </message>
    <message>
        <source>Cancelled before it ran.</source>
        <translation>Vor der Ausführung abgebrochen.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the scheduler database</source>
        <translation>die Scheduler-Datenbank</translation>
    </message>
</context>
<context>
    <name>JobsView</name>
    <message>
        <source>All jobs</source>
        <translation>Alle Jobs</translation>
    </message>
    <message>
        <source>Queued and running</source>
        <translation>Eingereiht und laufend</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Failed or interrupted</source>
        <translation>Fehlgeschlagen oder unterbrochen</translation>
    </message>
</context>
<context>
    <name>Lab</name>
    <message>
        <source>Provision</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>Herunterfahren</translation>
    </message>
    <message>
        <source>Force off</source>
        <translation>Ausschalten erzwingen</translation>
    </message>
    <message>
        <source>Snapshot all</source>
        <translation>Snapshot von allen</translation>
    </message>
    <message>
        <source>Revert all</source>
        <translation>Alle zurücksetzen</translation>
    </message>
    <message>
        <source>Reset to template</source>
        <translation>Auf Vorlage zurücksetzen</translation>
    </message>
    <message>
        <source>Delete VMs</source>
        <translation>VMs löschen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start exam</source>
        <translation>Prüfung beginnen</translation>
    </message>
    <message>
        <source>End exam</source>
        <translation>Prüfung beenden</translation>
    </message>
    <message>
        <source>Move to new template</source>
        <translation>Auf neue Vorlage umstellen</translation>
    </message>
    <message>
        <source>Check disks</source>
        <translation>Datenträger prüfen</translation>
    </message>
    <message>
        <source>Stop idle VMs</source>
        <translation>Untätige VMs stoppen</translation>
    </message>
    <message>
        <source>Collect files</source>
        <translation>Dateien einsammeln</translation>
    </message>
    <message>
        <source>The naming pattern must contain {student}.</source>
        <translation>Das Namensmuster muss {student} enthalten.</translation>
    </message>
    <message>
        <source>A lab with several roles needs {role} in its naming pattern.</source>
        <translation>Ein Labor mit mehreren Rollen braucht {role} in seinem Namensmuster.</translation>
    </message>
    <message>
        <source>The naming pattern gives two VMs the name &quot;%1&quot;.</source>
        <translation>Das Namensmuster gibt zwei VMs den Namen „%1“.</translation>
    </message>
    <message>
        <source>The lab has no role &quot;%1&quot;.</source>
        <translation>Das Labor hat keine Rolle „%1“.</translation>
    </message>
    <message>
        <source>Name the template VM of the new version.</source>
        <translation>Die Vorlagen-VM der neuen Version angeben.</translation>
    </message>
    <message>
        <source>%1 is version %2 of role %3 already. Students&apos; disks are built on it, so a new version is a new template VM: clone the template, change the clone, publish the clone.</source>
        <translation>%1 ist bereits Version %2 der Rolle %3. Die Datenträger der Studierenden bauen darauf auf, daher ist eine neue Version eine neue Vorlagen-VM: die Vorlage klonen, den Klon ändern, den Klon veröffentlichen.</translation>
    </message>
    <message>
        <source>The lab needs a name.</source>
        <translation>Das Labor braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is no student &quot;%1&quot; in lab %2.</source>
        <translation>Im Labor %2 gibt es keinen Studenten „%1“.</translation>
    </message>
    <message>
        <source>Student %1 has VMs on %2: delete them first (virtdeck lab delete --lab %3 --students %1).</source>
        <translation>Student %1 hat VMs auf %2: Diese zuerst löschen (virtdeck lab delete --lab %3 --students %1).</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 ist %2 Zeichen lang; höchstens %3 sind erlaubt.</translation>
    </message>
    <message>
        <source>%1 may use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starts with a letter or digit and has no &quot;..&quot;.</source>
        <translation>%1 darf nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; enthalten, muss mit einem Buchstaben oder einer Ziffer beginnen und darf kein „..“ enthalten.</translation>
    </message>
    <message>
        <source>The naming pattern has an unknown field %1: use {lab}, {student}, {role}, {group} and {name}.</source>
        <translation>Das Namensmuster enthält ein unbekanntes Feld %1: Verwenden Sie {lab}, {student}, {role}, {group} und {name}.</translation>
    </message>
    <message>
        <source>The naming pattern gives student %1 a VM name that cannot be used. %2</source>
        <translation>Das Namensmuster gibt Studierendem %1 einen unbrauchbaren VM-Namen. %2</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot;</source>
        <translation>Der Name „%1“</translation>
    </message>
    <message>
        <source>The student id &quot;%1&quot;</source>
        <translation>Die Studenten-ID „%1“</translation>
    </message>
    <message>
        <source>A name is empty.</source>
        <translation>Ein Name ist leer.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains &apos;/&apos; or a control character.</source>
        <translation>Der Name „%1“ enthält &apos;/&apos; oder ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>The name &quot;%1…&quot; is longer than 200 characters.</source>
        <translation>Der Name „%1…“ ist länger als 200 Zeichen.</translation>
    </message>
</context>
<context>
    <name>LabCapacityPlan</name>
    <message>
        <source>Migrate %1 (student %2) from %3 to %4, live.</source>
        <translation>%1 (Studierende/r %2) von %3 nach %4 migrieren, live.</translation>
    </message>
    <message>
        <source>Migrate %1 (student %2) from %3 to %4, offline (shut off).</source>
        <translation>%1 (Studierende/r %2) von %3 nach %4 migrieren, offline (ausgeschaltet).</translation>
    </message>
    <message>
        <source>Place student %1 on %2 (no VM yet).</source>
        <translation>Studierende/n %1 auf %2 platzieren (noch keine VM).</translation>
    </message>
    <message>
        <source>Place student %1 on %2 instead of %3 (no VM yet).</source>
        <translation>Studierende/n %1 auf %2 statt auf %3 platzieren (noch keine VM).</translation>
    </message>
</context>
<context>
    <name>LabCommandLine</name>
    <message>
        <source>virtdeck lab: cannot open the labs database %1: %2</source>
        <translation>virtdeck lab: Die Labor-Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>--network is template, shared, student or group.</source>
        <translation>--network ist template, shared, student oder group.</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; is given twice.</source>
        <translation>Die Rolle „%1“ ist zweimal angegeben.</translation>
    </message>
    <message>
        <source>Name the template VM with --template VM or --role ROLE=VM.</source>
        <translation>Die Vorlagen-VM mit --template VM oder --role ROLE=VM angeben.</translation>
    </message>
    <message>
        <source>Name the lab&apos;s hosts with --connect URI (repeatable).</source>
        <translation>Die Hosts des Labors mit --connect URI angeben (mehrfach möglich).</translation>
    </message>
    <message>
        <source>--placement is first-fit, best-fit or spread.</source>
        <translation>--placement ist first-fit, best-fit oder spread.</translation>
    </message>
    <message>
        <source>Give the class roster with --roster FILE.csv.</source>
        <translation>Die Teilnehmerliste der Klasse mit --roster FILE.csv angeben.</translation>
    </message>
    <message>
        <source>virtdeck lab: the roster %1 has errors; nothing was imported:</source>
        <translation>virtdeck lab: Die Teilnehmerliste %1 enthält Fehler; nichts wurde importiert:</translation>
    </message>
    <message>
        <source>virtdeck lab: cannot save the lab: %1</source>
        <translation>virtdeck lab: Das Labor kann nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Lab %1 created: %n student(s)</source>
        <translation>
            <numerusform>Labor %1 erstellt: %n Studierende(r)</numerusform>
            <numerusform>Labor %1 erstellt: %n Studierende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n VM(s) each.</source>
        <translation>
            <numerusform>, je %n VM.</numerusform>
            <numerusform>, je %n VMs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n Studierende(r)</numerusform>
            <numerusform>%n Studierende</numerusform>
        </translation>
    </message>
    <message>
        <source>ENDED %1: flagged for deletion</source>
        <translation>BEENDET %1: zum Löschen vorgemerkt</translation>
    </message>
    <message>
        <source>Name the lab with --lab NAME.</source>
        <translation>Das Labor mit --lab NAME angeben.</translation>
    </message>
    <message>
        <source>There is no lab &quot;%1&quot;.</source>
        <translation>Es gibt kein Labor „%1“.</translation>
    </message>
    <message>
        <source>There is no student &quot;%1&quot; in lab %2.</source>
        <translation>Im Labor %2 gibt es keinen Studenten „%1“.</translation>
    </message>
    <message>
        <source>Reverting needs --snapshot NAME.</source>
        <translation>Zurücksetzen benötigt --snapshot NAME.</translation>
    </message>
    <message>
        <source>Collecting needs --to FOLDER.</source>
        <translation>Einsammeln benötigt --to ORDNER.</translation>
    </message>
    <message>
        <source>%1 on lab %2: %3 VM(s) ok, %4 failed.</source>
        <translation>%1 für Labor %2: %3 VM(s) erfolgreich, %4 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Lab %1 removed from the database.</source>
        <translation>Labor %1 aus der Datenbank entfernt.</translation>
    </message>
    <message>
        <source>Give --add FILE.csv or --drop IDS.</source>
        <translation>--add FILE.csv oder --drop IDS angeben.</translation>
    </message>
    <message>
        <source>Lab %1: %2 added, %3 dropped, %4 student(s) now.</source>
        <translation>Labor %1: %2 hinzugefügt, %3 entfernt, jetzt %4 Student(en).</translation>
    </message>
    <message>
        <source>virtdeck lab: cannot write %1: %2</source>
        <translation>virtdeck lab: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Name the new version&apos;s template VM with --template VM.</source>
        <translation>Die Vorlagen-VM der neuen Version mit --template VM angeben.</translation>
    </message>
    <message>
        <source>The lab has several roles: name one with --role ROLE.</source>
        <translation>Das Labor hat mehrere Rollen: eine mit --role ROLLE angeben.</translation>
    </message>
    <message>
        <source>Lab %1: %2 is version %3 of role %4. Students without changes move now; the others at their next reset.</source>
        <translation>Labor %1: %2 ist Version %3 der Rolle %4. Studierende ohne Änderungen wechseln jetzt, die anderen beim nächsten Zurücksetzen.</translation>
    </message>
    <message>
        <source>Lab %1 can run at %2.</source>
        <translation>Labor %1 kann um %2 laufen.</translation>
    </message>
    <message>
        <source>Lab %1 does not fit at %2.</source>
        <translation>Labor %1 passt um %2 nicht.</translation>
    </message>
    <message>
        <source>--format is csv or html.</source>
        <translation>--format ist csv oder html.</translation>
    </message>
    <message>
        <source>The labs database (default: %1).</source>
        <translation>Die Labor-Datenbank (Standard: %1).</translation>
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
        <translation>create: die Vorlagen-VM eines Labors mit einer Rolle; publish: die Vorlagen-VM der neuen Version.</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>create: a role and its template VM, ROLE=VM (repeatable); publish: the role.</source>
        <translation>create: eine Rolle und ihre Vorlagen-VM, ROLLE=VM (mehrfach möglich); publish: die Rolle.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>create: the class roster (CSV: id, name, email, group).</source>
        <translation>create: die Teilnehmerliste der Klasse (CSV: id, name, email, group).</translation>
    </message>
    <message>
        <source>create: a target host (repeatable).</source>
        <translation>create: ein Ziel-Host (mehrfach möglich).</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>create: VM names, from {lab} {student} {role} {group} {name}.</source>
        <translation>create: VM-Namen, aus {lab} {student} {role} {group} {name}.</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>PATTERN</translation>
    </message>
    <message>
        <source>create: first-fit, best-fit or spread (default).</source>
        <translation>create: first-fit, best-fit oder spread (Standard).</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>POLICY</translation>
    </message>
    <message>
        <source>Only these students (comma-separated ids).</source>
        <translation>Nur diese Studenten (kommagetrennte IDs).</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>snapshot/revert: the snapshot&apos;s name.</source>
        <translation>snapshot/revert: der Name des Snapshots.</translation>
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
        <translation>delete: das Labor auch aus der Datenbank entfernen.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>roster: add (or update) the students of a CSV roster.</source>
        <translation>roster: die Studenten einer CSV-Teilnehmerliste hinzufügen (oder aktualisieren).</translation>
    </message>
    <message>
        <source>roster: drop these students (comma-separated ids; VMs deleted first).</source>
        <translation>roster: diese Studenten entfernen (kommagetrennte IDs; ihre VMs werden zuerst gelöscht).</translation>
    </message>
    <message>
        <source>report: csv (default) or html.</source>
        <translation>report: csv (Standard) oder html.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>create/settings: template (keep the template&apos;s), shared (one existing network), student or group (an isolated network each, made with the lab).</source>
        <translation>create/settings: template (die der Vorlage behalten), shared (ein vorhandenes Netz), student oder group (je ein isoliertes Netz, mit dem Labor angelegt).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>create/settings: the shared network&apos;s name.</source>
        <translation>create/settings: der Name des gemeinsamen Netzes.</translation>
    </message>
    <message>
        <source>create/settings: fixed addresses on the shared network start here.</source>
        <translation>create/settings: feste Adressen im gemeinsamen Netz beginnen hier.</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>create/settings: student and group networks are PREFIX.N.0/24 (10.213).</source>
        <translation>create/settings: Studierenden- und Gruppennetze sind PRÄFIX.N.0/24 (10.213).</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PRÄFIX</translation>
    </message>
    <message>
        <source>create/settings: the template disk (target, like vdb) that holds student data; resets keep it (repeatable).</source>
        <translation>create/settings: die Vorlagenplatte (Ziel, z. B. vdb) mit Studierendendaten; Zurücksetzen behält sie (wiederholbar).</translation>
    </message>
    <message>
        <source>DEV</source>
        <translation>GERÄT</translation>
    </message>
    <message>
        <source>N[:SECONDS]</source>
        <translation>N[:SEKUNDEN]</translation>
    </message>
    <message>
        <source>create/settings: the lab&apos;s last day; after it, it is flagged.</source>
        <translation>create/settings: der letzte Tag des Labors; danach wird es markiert.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>create/settings: a path inside the guests to collect (repeatable).</source>
        <translation>create/settings: ein einzusammelnder Pfad in den Gästen (mehrfach möglich).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>collect: the folder for the files (a folder per student).</source>
        <translation>collect: der Ordner für die Dateien (ein Ordner je Studierendem).</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>collect: a path inside the guests, instead of the lab&apos;s (repeatable).</source>
        <translation>collect: ein Pfad in den Gästen statt der des Labors (mehrfach möglich).</translation>
    </message>
    <message>
        <source>publish: what changed in this version.</source>
        <translation>publish: was sich in dieser Version geändert hat.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>capacity: the class&apos;s start (HH:MM or ISO date and time; default now).</source>
        <translation>capacity: Beginn des Kurses (HH:MM oder ISO-Datum mit Uhrzeit; Standard: jetzt).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>capacity: the scheduler database (default: its usual place).</source>
        <translation>capacity: die Datenbank des Planers (Standard: ihr üblicher Ort).</translation>
    </message>
    <message>
        <source>report: write to FILE instead of the terminal.</source>
        <translation>report: in FILE statt ins Terminal schreiben.</translation>
    </message>
    <message>
        <source>One command at a time (got: %1).</source>
        <translation>Nur ein Befehl auf einmal (erhalten: %1).</translation>
    </message>
    <message>
        <source>usage: virtdeck lab create|list|report|roster|settings|addresses|capacity|publish|versions|provision|start|stop|forceoff|snapshot|revert|reset|delete|status|exam-start|exam-end|update|check|idle-stop|collect [options]   (see virtdeck lab --help)</source>
        <translation>Aufruf: virtdeck lab create|list|report|roster|settings|addresses|capacity|publish|versions|provision|start|stop|forceoff|snapshot|revert|reset|delete|status|exam-start|exam-end|update|check|idle-stop|collect [Optionen]   (siehe virtdeck lab --help)</translation>
    </message>
    <message>
        <source>virtdeck lab: the labs database failed: %1</source>
        <translation>virtdeck lab: Fehler in der Labor-Datenbank: %1</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 erwartet eine ganze Zahl von %2 bis %3, nicht „%4“.</translation>
    </message>
    <message>
        <source>--connect takes a libvirt URI, not &quot;%1&quot;.</source>
        <translation>--connect erwartet eine libvirt-URI, nicht „%1“.</translation>
    </message>
    <message>
        <source>--pattern is at most 200 characters long.</source>
        <translation>--pattern ist höchstens 200 Zeichen lang.</translation>
    </message>
    <message>
        <source>--note is one line of at most 500 characters.</source>
        <translation>--note ist eine Zeile mit höchstens 500 Zeichen.</translation>
    </message>
    <message>
        <source>--stagger takes N or N:SECONDS: N from 0 to %1 VMs per host at a time, SECONDS from 0 to %2 between them; not &quot;%3&quot;.</source>
        <translation>--stagger erwartet N oder N:SECONDS: N von 0 bis %1 VMs pro Host gleichzeitig, SECONDS von 0 bis %2 dazwischen; nicht „%3“.</translation>
    </message>
    <message>
        <source>--lab and --name name the same thing; give one.</source>
        <translation>--lab und --name benennen dasselbe; geben Sie nur eines an.</translation>
    </message>
    <message>
        <source>--role takes ROLE=VM (a role name of letters and digits, the name of an existing VM), not &quot;%1&quot;.</source>
        <translation>--role erwartet ROLE=VM (ein Rollenname aus Buchstaben und Ziffern, der Name einer vorhandenen VM), nicht „%1“.</translation>
    </message>
    <message>
        <source>virtdeck lab: %1&apos;s host was not recorded: %2</source>
        <translation>virtdeck lab: Der Host von %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>--at takes HH:MM or an ISO date and time from now to a year ahead, not &quot;%1&quot;.</source>
        <translation>--at erwartet HH:MM oder ein ISO-Datum mit Uhrzeit von jetzt bis ein Jahr im Voraus, nicht „%1“.</translation>
    </message>
    <message>
        <source>create/settings: start N VMs per host at a time (0 to 500; 0: all at once), SECONDS apart (0 to 3600; 30).</source>
        <translation>create/settings: N VMs pro Host gleichzeitig starten (0 bis 500; 0: alle auf einmal), im Abstand von SECONDS (0 bis 3600; 30).</translation>
    </message>
    <message>
        <source>create/settings: idle-stop shuts down VMs idle this many minutes (0: never; at most 10080).</source>
        <translation>create/settings: idle-stop fährt VMs herunter, die so viele Minuten untätig sind (0: nie; höchstens 10080).</translation>
    </message>
    <message>
        <source>create: the lab&apos;s name (the same as --lab).</source>
        <translation>create: der Name des Labors (wie --lab).</translation>
    </message>
    <message>
        <source>The lab to act on (create: the new lab&apos;s name).</source>
        <translation>Das zu bearbeitende Labor (create: der Name des neuen Labors).</translation>
    </message>
    <message>
        <source>VMs handled at once per host, 1 to 64 (default: the scheduler&apos;s limit).</source>
        <translation>Gleichzeitig bearbeitete VMs pro Host, 1 bis 64 (Standard: das Limit des Schedulers).</translation>
    </message>
    <message>
        <source>Seconds to wait for the hosts to connect, 1 to 3600 (30).</source>
        <translation>Wartezeit in Sekunden auf die Verbindung der Hosts, 1 bis 3600 (30).</translation>
    </message>
    <message>
        <source>provision: refuse students no host has room for when all run at once (by default they are placed anyway, with a warning per host).</source>
        <translation>provision: Studierende ablehnen, für die kein Host Platz hat, wenn alle gleichzeitig laufen (standardmäßig werden sie trotzdem platziert, mit einer Warnung pro Host).</translation>
    </message>
    <message>
        <source>stop: seconds the guests get to power off; those still running then fail, or are forced off with --force (0 to 86400; %1).</source>
        <translation>stop: Sekunden, die die Gäste zum Ausschalten bekommen; danach noch laufende schlagen fehl oder werden mit --force hart ausgeschaltet (0 bis 86400; %1).</translation>
    </message>
    <message>
        <source>stop: force off the guests still running after --wait.</source>
        <translation>stop: die Gäste, die nach --wait noch laufen, hart ausschalten.</translation>
    </message>
    <message>
        <source>Nothing queued: no host has room for %1, even after the moves.</source>
        <translation>Nichts eingereiht: Kein Host hat Platz für %1, auch nicht nach den Verschiebungen.</translation>
    </message>
    <message>
        <source>Nothing to move.</source>
        <translation>Nichts zu verschieben.</translation>
    </message>
    <message>
        <source>The plan:</source>
        <translation>Der Plan:</translation>
    </message>
    <message>
        <source>Carry out these moves?</source>
        <translation>Diese Verschiebungen ausführen?</translation>
    </message>
    <message>
        <source>Nothing queued (add --yes to carry out the plan when the input is not a terminal).</source>
        <translation>Nichts eingereiht (mit --yes wird der Plan ausgeführt, wenn die Eingabe kein Terminal ist).</translation>
    </message>
    <message>
        <source>virtdeck: cannot queue the migrations: %1</source>
        <translation>virtdeck: Die Migrationen können nicht eingereiht werden: %1</translation>
    </message>
    <message>
        <source>Queued job %1: move %2 from %3 to %4.</source>
        <translation>Auftrag %1 eingereiht: %2 von %3 nach %4 verschieben.</translation>
    </message>
    <message>
        <source>Student %1 now belongs on %2.</source>
        <translation>Studierende/r %1 gehört jetzt auf %2.</translation>
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
        <translation>Labore: Aus einer Vorlagen-VM pro Rolle und einer Teilnehmerliste der Klasse wird je eine VM pro Studierendem und Rolle, als qcow2-Overlays auf der Vorlage, verteilt auf die Hosts des Labors.

  virtdeck lab create --lab NAME --template VM [--role ROLE=VM]… --roster FILE.csv --connect URI… [--pattern P]
  virtdeck lab list [--json]
  virtdeck lab provision|start|stop|forceoff|snapshot|revert|reset|delete|status --lab NAME [--students a,b] [--json]
  virtdeck lab stop --lab NAME [--wait SECONDS] [--force]   (wartet, bis die Gäste ausgeschaltet sind)
  virtdeck lab provision --lab NAME [--strict-capacity]   (ein Vorlagenordner, der kein Speicherpool ist, wird zu einem)
  virtdeck lab report --lab NAME [--format csv|html] [--output FILE]   (das Teilnehmerblatt: wer welche VM hat und wie man sie erreicht)
  virtdeck lab capacity --lab NAME [--at HH:MM|ISO-TIME] [--json]
  virtdeck lab capacity --lab NAME --apply [--yes]   (reiht die Migrationen ein, mit denen es passt)
  virtdeck lab addresses --lab NAME [--output FILE]
  virtdeck lab settings --lab NAME [--network MODE] [--data-disk DEV]… [--stagger N[:S]]
  virtdeck lab exam-start|exam-end --lab NAME [--snapshot NAME]
  virtdeck lab publish --lab NAME [--role ROLE] --template VM [--note TEXT]   (eine neue Vorlagenversion)
  virtdeck lab versions --lab NAME [--json]
  virtdeck lab update|check|idle-stop --lab NAME
  virtdeck lab collect --lab NAME --to FOLDER [--path GUEST-PATH]…
  virtdeck lab roster --lab NAME [--add FILE.csv] [--drop IDS]

Exit-Codes: 0 erledigt, 1 einige VMs fehlgeschlagen, 2 falscher Aufruf oder fehlerhafte Teilnehmerliste.</translation>
    </message>
    <message>
        <source>capacity: carry out the plan: queue a migration job per VM that moves and record the new hosts of students without VMs.</source>
        <translation>capacity: den Plan ausführen: für jede zu verschiebende VM einen Migrationsauftrag einreihen und die neuen Hosts der Studierenden ohne VMs speichern.</translation>
    </message>
    <message>
        <source>capacity --apply: do not ask (needed when the input is not a terminal).</source>
        <translation>capacity --apply: nicht nachfragen (nötig, wenn die Eingabe kein Terminal ist).</translation>
    </message>
</context>
<context>
    <name>LabReport</name>
    <message>
        <source>not provisioned</source>
        <translation>nicht bereitgestellt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt %1</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Fixed address</source>
        <translation>Feste Adresse</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Lab %1: student sheet</source>
        <translation>Labor %1: Teilnehmerblatt</translation>
    </message>
</context>
<context>
    <name>LabSettings</name>
    <message>
        <source>The lab&apos;s settings cannot be read: %1</source>
        <translation>Die Einstellungen des Labors können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Unknown network mode &quot;%1&quot;.</source>
        <translation>Unbekannter Netzmodus „%1“.</translation>
    </message>
    <message>
        <source>A shared network needs the name of a libvirt network.</source>
        <translation>Ein gemeinsames Netz braucht den Namen eines libvirt-Netzes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address.</source>
        <translation>„%1“ ist keine IPv4-Adresse.</translation>
    </message>
    <message>
        <source>The subnet prefix &quot;%1&quot; is not two numbers like 10.213.</source>
        <translation>Das Subnetzpräfix „%1“ besteht nicht aus zwei Zahlen wie 10.213.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a disk&apos;s target name (like vdb).</source>
        <translation>„%1“ ist kein Zielname einer Platte (wie vdb).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like 2026-12-18.</source>
        <translation>„%1“ ist kein Datum wie 2026-12-18.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute path inside the guest.</source>
        <translation>„%1“ ist kein absoluter Pfad im Gast.</translation>
    </message>
    <message numerus="yes">
        <source>%n networks are too many: a lab&apos;s networks are numbered 0 to 255 in its subnet prefix.</source>
        <translation>
            <numerusform>%n Netz ist zu viel: die Netze eines Labors werden in seinem Subnetzpräfix von 0 bis 255 nummeriert.</numerusform>
            <numerusform>%n Netze sind zu viele: die Netze eines Labors werden in seinem Subnetzpräfix von 0 bis 255 nummeriert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Network %1 would need more than 90 addresses.</source>
        <translation>Netz %1 bräuchte mehr als 90 Adressen.</translation>
    </message>
    <message>
        <source>Place %1 on %2.</source>
        <translation>%1 auf %2 platzieren.</translation>
    </message>
    <message>
        <source>Move %1 from %2 to %3.</source>
        <translation>%1 von %2 nach %3 verschieben.</translation>
    </message>
    <message>
        <source>No host has room for: %1.</source>
        <translation>Kein Host hat Platz für: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not reachable: its %n student(s) cannot start.</source>
        <translation>
            <numerusform>%1 ist nicht erreichbar: sein(e) %n Studierende(r) kann nicht starten.</numerusform>
            <numerusform>%1 ist nicht erreichbar: seine %n Studierenden können nicht starten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 fits: %2 of %3 memory and %4 of %5 vCPUs with the lab&apos;s %n student(s).</source>
        <translation>
            <numerusform>%1 passt: %2 von %3 Speicher und %4 von %5 vCPUs mit %n Studierenden des Labors.</numerusform>
            <numerusform>%1 passt: %2 von %3 Speicher und %4 von %5 vCPUs mit den %n Studierenden des Labors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is short: %2 of %3 memory and %4 of %5 vCPUs would be committed; it holds %n of its students.</source>
        <translation>
            <numerusform>%1 reicht nicht: %2 von %3 Speicher und %4 von %5 vCPUs wären vergeben; es fasst %n seiner Studierenden.</numerusform>
            <numerusform>%1 reicht nicht: %2 von %3 Speicher und %4 von %5 vCPUs wären vergeben; es fasst %n seiner Studierenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; must be a text.</source>
        <translation>Die Einstellung „%1“ muss ein Text sein.</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; must be a list of at most 64 texts.</source>
        <translation>Die Einstellung „%1“ muss eine Liste mit höchstens 64 Texten sein.</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; (%2) is %3; it takes a whole number from %4 to %5.</source>
        <translation>Die Einstellung „%1“ (%2) ist %3; erlaubt ist eine ganze Zahl von %4 bis %5.</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; is true or false.</source>
        <translation>Die Einstellung „%1“ ist true oder false.</translation>
    </message>
    <message>
        <source>VMs started per host at a time</source>
        <translation>gleichzeitig gestartete VMs pro Host</translation>
    </message>
    <message>
        <source>the pause between start batches</source>
        <translation>die Pause zwischen Startstapeln</translation>
    </message>
    <message>
        <source>the idle time in minutes</source>
        <translation>die Leerlaufzeit in Minuten</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; must be an object.</source>
        <translation>Die Einstellung „%1“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>A start batch is 0 (all at once) to %1 VMs per host with a pause of 0 to %2 seconds.</source>
        <translation>Ein Startstapel umfasst 0 (alle auf einmal) bis %1 VMs pro Host mit einer Pause von 0 bis %2 Sekunden.</translation>
    </message>
    <message>
        <source>The idle time is 0 (never) to %1 minutes.</source>
        <translation>Die Leerlaufzeit beträgt 0 (nie) bis %1 Minuten.</translation>
    </message>
    <message>
        <source>The groups &quot;%1&quot; and &quot;%2&quot; would share the network %3: rename one.</source>
        <translation>Die Gruppen „%1“ und „%2“ würden sich das Netz %3 teilen: Benennen Sie eine um.</translation>
    </message>
    <message>
        <source>The fixed addresses from %1 run past 255.255.255.255.</source>
        <translation>Die festen Adressen ab %1 gehen über 255.255.255.255 hinaus.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n student(s); running all at once needs %2 vCPUs of %3 allowed and %4 of memory of %5 allowed.</source>
        <translation>
            <numerusform>%1 nimmt %n Studierenden auf; laufen alle gleichzeitig, werden %2 von %3 erlaubten vCPUs und %4 von %5 erlaubtem Arbeitsspeicher benötigt.</numerusform>
            <numerusform>%1 nimmt %n Studierende auf; laufen alle gleichzeitig, werden %2 von %3 erlaubten vCPUs und %4 von %5 erlaubtem Arbeitsspeicher benötigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n student(s); running all at once needs %2 vCPUs of %3 allowed.</source>
        <translation>
            <numerusform>%1 nimmt %n Studierenden auf; laufen alle gleichzeitig, werden %2 von %3 erlaubten vCPUs benötigt.</numerusform>
            <numerusform>%1 nimmt %n Studierende auf; laufen alle gleichzeitig, werden %2 von %3 erlaubten vCPUs benötigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n student(s); running all at once needs %2 of memory of %3 allowed.</source>
        <translation>
            <numerusform>%1 nimmt %n Studierenden auf; laufen alle gleichzeitig, werden %2 von %3 erlaubtem Arbeitsspeicher benötigt.</numerusform>
            <numerusform>%1 nimmt %n Studierende auf; laufen alle gleichzeitig, werden %2 von %3 erlaubtem Arbeitsspeicher benötigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>That counts the other VMs running there.</source>
        <translation>Dabei sind die anderen dort laufenden VMs mitgezählt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is in maintenance: it takes no students, and its %n student(s) must move.</source>
        <translation>
            <numerusform>%1 ist in Wartung: Der Host nimmt keine Teilnehmenden auf, und %n Teilnehmende/r darauf muss umziehen.</numerusform>
            <numerusform>%1 ist in Wartung: Der Host nimmt keine Teilnehmenden auf, und %n Teilnehmende darauf müssen umziehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabStore</name>
    <message>
        <source>the labs database</source>
        <translation>die Labor-Datenbank</translation>
    </message>
    <message>
        <source>A lab named %1 exists already.</source>
        <translation>Ein Labor namens %1 existiert bereits.</translation>
    </message>
    <message>
        <source>There is no lab &quot;%1&quot;.</source>
        <translation>Es gibt kein Labor „%1“.</translation>
    </message>
</context>
<context>
    <name>LabVm</name>
    <message>
        <source>guestfish does not start: %1</source>
        <translation>guestfish startet nicht: %1</translation>
    </message>
    <message>
        <source>Collecting was cancelled.</source>
        <translation>Das Einsammeln wurde abgebrochen.</translation>
    </message>
    <message>
        <source>guestfish did not finish in 15 minutes.</source>
        <translation>guestfish wurde nicht innerhalb von 15 Minuten fertig.</translation>
    </message>
    <message>
        <source>Nothing collected: %1</source>
        <translation>Nichts eingesammelt: %1</translation>
    </message>
    <message>
        <source>Collected %1 into %2.</source>
        <translation>%1 nach %2 eingesammelt.</translation>
    </message>
    <message>
        <source>Collected %1; not found: %2.</source>
        <translation>Eingesammelt: %1; nicht gefunden: %2.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Collecting files needs guestfish (Debian package libguestfs-tools), which is not installed.</source>
        <translation>Das Einsammeln von Dateien benötigt guestfish (Debian-Paket libguestfs-tools), das nicht installiert ist.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The template&apos;s definition cannot be read.</source>
        <translation>Die Definition der Vorlage kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No paths to collect: name them in the lab&apos;s settings.</source>
        <translation>Keine Pfade zum Einsammeln: sie in den Einstellungen des Labors angeben.</translation>
    </message>
    <message>
        <source>Running: files are collected from a shut-off VM&apos;s disk; shut it down first.</source>
        <translation>Läuft: Dateien werden vom Datenträger einer ausgeschalteten VM eingesammelt; sie zuerst herunterfahren.</translation>
    </message>
    <message numerus="yes">
        <source>Idle for %n minute(s): shutdown requested.</source>
        <translation>
            <numerusform>Seit %n Minute untätig: Herunterfahren angefordert.</numerusform>
            <numerusform>Seit %n Minuten untätig: Herunterfahren angefordert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle and still running %n second(s) after the shutdown request: forced off.</source>
        <translation>
            <numerusform>Untätig und %n Sekunde nach der Aufforderung zum Herunterfahren noch aktiv: zwangsweise ausgeschaltet.</numerusform>
            <numerusform>Untätig und %n Sekunden nach der Aufforderung zum Herunterfahren noch aktiv: zwangsweise ausgeschaltet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle; shutdown requested, waiting for the guest.</source>
        <translation>Untätig; Herunterfahren angefordert, warte auf den Gast.</translation>
    </message>
    <message>
        <source>First sample taken; idle time counts from now.</source>
        <translation>Erste Messung genommen; die Leerlaufzeit zählt ab jetzt.</translation>
    </message>
    <message>
        <source>In use.</source>
        <translation>In Benutzung.</translation>
    </message>
    <message numerus="yes">
        <source>Idle for %n minute(s); shut down after %1.</source>
        <translation>
            <numerusform>Seit %n Minute untätig; Herunterfahren nach %1.</numerusform>
            <numerusform>Seit %n Minuten untätig; Herunterfahren nach %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation>Läuft nicht.</translation>
    </message>
    <message>
        <source>The network %1 does not exist on this host.</source>
        <translation>Das Netz %1 gibt es auf diesem Host nicht.</translation>
    </message>
    <message>
        <source>The network %1 does not take the fixed address %2: %3</source>
        <translation>Das Netz %1 nimmt die feste Adresse %2 nicht an: %3</translation>
    </message>
    <message>
        <source>The network %1 does not start: %2</source>
        <translation>Das Netz %1 startet nicht: %2</translation>
    </message>
    <message>
        <source>The VM&apos;s definition cannot be read.</source>
        <translation>Die Definition der VM kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Already off.</source>
        <translation>Bereits ausgeschaltet.</translation>
    </message>
    <message>
        <source>Already running.</source>
        <translation>Läuft bereits.</translation>
    </message>
    <message>
        <source>Not started, its disks are broken: %1</source>
        <translation>Nicht gestartet, ihre Datenträger sind beschädigt: %1</translation>
    </message>
    <message>
        <source>Started.</source>
        <translation>Gestartet.</translation>
    </message>
    <message>
        <source>Forced off.</source>
        <translation>Ausschalten erzwungen.</translation>
    </message>
    <message>
        <source>Lab snapshot</source>
        <translation>Labor-Snapshot</translation>
    </message>
    <message>
        <source>Snapshot &quot;%1&quot; taken.</source>
        <translation>Snapshot „%1“ erstellt.</translation>
    </message>
    <message>
        <source>Reverted to &quot;%1&quot;.</source>
        <translation>Auf „%1“ zurückgesetzt.</translation>
    </message>
    <message>
        <source>Exam snapshot</source>
        <translation>Prüfungs-Snapshot</translation>
    </message>
    <message>
        <source>Snapshot &quot;%1&quot; taken, but the network stays up: %2</source>
        <translation>Snapshot „%1“ erstellt, aber das Netz bleibt verbunden: %2</translation>
    </message>
    <message>
        <source>Snapshot &quot;%1&quot; taken; network cut.</source>
        <translation>Snapshot „%1“ erstellt; Netz getrennt.</translation>
    </message>
    <message>
        <source>Network restored.</source>
        <translation>Netz wiederhergestellt.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n leftover overlay(s).</source>
        <translation>
            <numerusform>%n übrig gebliebenes Overlay entfernt.</numerusform>
            <numerusform>%n übrig gebliebene Overlays entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not there.</source>
        <translation>Nicht vorhanden.</translation>
    </message>
    <message>
        <source>The VM is gone but an overlay stayed: %1</source>
        <translation>Die VM ist entfernt, aber ein Overlay ist geblieben: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted with %n overlay(s).</source>
        <translation>
            <numerusform>Mit %n Overlay gelöscht.</numerusform>
            <numerusform>Mit %n Overlays gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The volume %1 exists with another backing file (%2).</source>
        <translation>Das Volume %1 existiert mit einer anderen Basisdatei (%2).</translation>
    </message>
    <message>
        <source>Already provisioned.</source>
        <translation>Bereits bereitgestellt.</translation>
    </message>
    <message>
        <source>The template VM %1 does not exist on this host.</source>
        <translation>Die Vorlagen-VM %1 existiert auf diesem Host nicht.</translation>
    </message>
    <message>
        <source>Created from %1 (template version %2).</source>
        <translation>Aus %1 erstellt (Vorlagenversion %2).</translation>
    </message>
    <message>
        <source>Moved from template version %1 to %2 (%3).</source>
        <translation>Von Vorlagenversion %1 auf %2 umgestellt (%3).</translation>
    </message>
    <message>
        <source>Reset to the template and started again.</source>
        <translation>Auf die Vorlage zurückgesetzt und wieder gestartet.</translation>
    </message>
    <message>
        <source>Reset to the template.</source>
        <translation>Auf die Vorlage zurückgesetzt.</translation>
    </message>
    <message>
        <source>%1 has no disk that is an overlay on %2.</source>
        <translation>%1 hat keinen Datenträger, der ein Overlay auf %2 ist.</translation>
    </message>
    <message>
        <source>Reset, but it did not start again: %1</source>
        <translation>Zurückgesetzt, aber nicht wieder gestartet: %1</translation>
    </message>
    <message>
        <source>The VM does not exist; provision the lab first.</source>
        <translation>Die VM existiert nicht; zuerst das Labor bereitstellen.</translation>
    </message>
    <message>
        <source>The host is not connected.</source>
        <translation>Der Host ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Not started: the work was cancelled.</source>
        <translation>Nicht gestartet: die Arbeit wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1: the backing chain is longer than 16 files.</source>
        <translation>%1: die Basiskette ist länger als 16 Dateien.</translation>
    </message>
    <message>
        <source>%1: the backing file %2 is missing (or in no storage pool).</source>
        <translation>%1: die Basisdatei %2 fehlt (oder liegt in keinem Speicherpool).</translation>
    </message>
    <message>
        <source>%1: the template disk %2 was changed after this overlay was made; the overlay no longer matches it (reset the student to rebuild on the current version).</source>
        <translation>%1: der Vorlagen-Datenträger %2 wurde nach dem Anlegen dieses Overlays geändert; das Overlay passt nicht mehr dazu (den Studierenden zurücksetzen, um auf der aktuellen Version neu aufzubauen).</translation>
    </message>
    <message>
        <source>%1: %2 is missing (or in no storage pool).</source>
        <translation>%1: %2 fehlt (oder liegt in keinem Speicherpool).</translation>
    </message>
    <message>
        <source>%1: %2 no longer has a backing file.</source>
        <translation>%1: %2 hat keine Basisdatei mehr.</translation>
    </message>
    <message>
        <source>%1: built on %2 but now backed by %3.</source>
        <translation>%1: auf %2 aufgebaut, jetzt aber auf %3 gestützt.</translation>
    </message>
    <message>
        <source>Not provisioned; it will be made on version %1.</source>
        <translation>Nicht bereitgestellt; sie wird auf Version %1 angelegt.</translation>
    </message>
    <message>
        <source>Already on template version %1.</source>
        <translation>Bereits auf Vorlagenversion %1.</translation>
    </message>
    <message>
        <source>Running: stays on version %1 until its next reset.</source>
        <translation>Läuft: bleibt bis zum nächsten Zurücksetzen auf Version %1.</translation>
    </message>
    <message>
        <source>Has changes: stays on version %1 until its next reset.</source>
        <translation>Hat Änderungen: bleibt bis zum nächsten Zurücksetzen auf Version %1.</translation>
    </message>
    <message>
        <source>template version %1</source>
        <translation>Vorlagenversion %1</translation>
    </message>
    <message>
        <source>template version %1 (version %2 applies at its next reset)</source>
        <translation>Vorlagenversion %1 (Version %2 gilt ab dem nächsten Zurücksetzen)</translation>
    </message>
    <message>
        <source>Disks intact, %1: %2</source>
        <translation>Datenträger intakt, %1: %2</translation>
    </message>
    <message>
        <source>BROKEN, %1: %2</source>
        <translation>BESCHÄDIGT, %1: %2</translation>
    </message>
    <message>
        <source>A VM named %1 exists but does not belong to a lab; it was left alone.</source>
        <translation>Eine VM namens %1 existiert, gehört aber zu keinem Labor; sie wurde nicht angetastet.</translation>
    </message>
    <message>
        <source>A VM named %1 belongs to lab %2 (student %3, role %4); it was left alone.</source>
        <translation>Eine VM namens %1 gehört zum Labor %2 (Student %3, Rolle %4); sie wurde nicht angetastet.</translation>
    </message>
    <message>
        <source>Not provisioned.</source>
        <translation>Nicht bereitgestellt.</translation>
    </message>
    <message>
        <source>%1 is in no storage pool of this host (define or refresh its pool).</source>
        <translation>%1 liegt in keinem Speicherpool dieses Hosts (seinen Pool definieren oder aktualisieren).</translation>
    </message>
    <message>
        <source>%1 is not a disk the lab made; it was left alone.</source>
        <translation>%1 ist kein vom Labor angelegter Datenträger; er bleibt unberührt.</translation>
    </message>
    <message>
        <source>%1: the storage pool %2 on %3 does not start: %4</source>
        <translation>%1: Der Speicherpool %2 auf %3 startet nicht: %4</translation>
    </message>
    <message>
        <source>%1: no storage pool could be defined on %2: %3</source>
        <translation>%1: Auf %2 konnte kein Speicherpool definiert werden: %3</translation>
    </message>
    <message>
        <source>%1: started the storage pool %2 on %3 (autostarted from now on).</source>
        <translation>%1: Speicherpool %2 auf %3 gestartet (ab jetzt mit Autostart).</translation>
    </message>
    <message>
        <source>%1: defined the storage pool %2 on %3 (a directory pool, started and autostarted); the students&apos; disks go there.</source>
        <translation>%1: Speicherpool %2 auf %3 definiert (ein Verzeichnis-Pool, gestartet und mit Autostart); dort liegen die Datenträger der Studierenden.</translation>
    </message>
    <message>
        <source>%1: %2 is still in no storage pool.</source>
        <translation>%1: %2 liegt noch immer in keinem Speicherpool.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Snapshot &quot;%1&quot; taken; no network interface — nothing to cut.</source>
        <translation>Snapshot „%1“ erstellt; keine Netzwerkschnittstelle – nichts zu trennen.</translation>
    </message>
    <message>
        <source>No network interface — nothing to restore.</source>
        <translation>Keine Netzwerkschnittstelle – nichts wiederherzustellen.</translation>
    </message>
    <message numerus="yes">
        <source>Shut down after %n second(s).</source>
        <translation>
            <numerusform>Nach %n Sekunde heruntergefahren.</numerusform>
            <numerusform>Nach %n Sekunden heruntergefahren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still running: the wait was cancelled.</source>
        <translation>Läuft noch: Das Warten wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Not stopped after %n second(s): the guest ignored the shutdown request.</source>
        <translation>
            <numerusform>Nach %n Sekunde nicht gestoppt: Der Gast hat die Aufforderung zum Herunterfahren ignoriert.</numerusform>
            <numerusform>Nach %n Sekunden nicht gestoppt: Der Gast hat die Aufforderung zum Herunterfahren ignoriert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forced off after %n second(s): the guest ignored the shutdown request.</source>
        <translation>
            <numerusform>Nach %n Sekunde hart ausgeschaltet: Der Gast hat die Aufforderung zum Herunterfahren ignoriert.</numerusform>
            <numerusform>Nach %n Sekunden hart ausgeschaltet: Der Gast hat die Aufforderung zum Herunterfahren ignoriert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template has no network interface: no network or address was made for this VM.</source>
        <translation>Die Vorlage hat keine Netzwerkschnittstelle: Für diese VM wurde weder ein Netzwerk noch eine Adresse angelegt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>Abgestürzt</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Läuft nicht</translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message>
        <source>Starting it needs %1 of memory, but %2 has only %3 left of %4 (%5 in use by running VMs, overcommit ratio %6).</source>
        <translation>Zum Starten werden %1 Arbeitsspeicher benötigt, aber %2 hat von %4 nur noch %3 frei (%5 durch laufende VMs belegt, Overcommit-Verhältnis %6).</translation>
    </message>
    <message>
        <source>No host is configured.</source>
        <translation>Es ist kein Host eingerichtet.</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 ist nicht verbunden</translation>
    </message>
    <message>
        <source>%1 has %2 of memory left, %3 needed</source>
        <translation>%1 hat noch %2 Arbeitsspeicher frei, %3 benötigt</translation>
    </message>
    <message>
        <source>%1 has %2 vCPUs left, %3 needed</source>
        <translation>%1 hat noch %2 vCPUs frei, %3 benötigt</translation>
    </message>
    <message>
        <source>No host can take the VM: %1.</source>
        <translation>Kein Host kann die VM aufnehmen: %1.</translation>
    </message>
    <message>
        <source>%1 is in maintenance.</source>
        <translation>%1 ist in Wartung.</translation>
    </message>
    <message>
        <source>%1 is in maintenance</source>
        <translation>%1 ist in Wartung</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>%1: no host can take VMs (every one is disconnected or in maintenance).</source>
        <translation>%1: Kein Host kann VMs aufnehmen (alle sind getrennt oder in Wartung).</translation>
    </message>
    <message>
        <source>%1: it is pinned to a host that takes no VMs.</source>
        <translation>%1: Sie ist an einen Host gebunden, der keine VMs aufnimmt.</translation>
    </message>
    <message>
        <source>%1: no host has %2 of memory left for it.</source>
        <translation>%1: Kein Host hat noch %2 Arbeitsspeicher dafür frei.</translation>
    </message>
    <message>
        <source>%1: no host with the memory for it has %2 vCPUs left.</source>
        <translation>%1: Kein Host mit genug Arbeitsspeicher hat noch %2 vCPUs frei.</translation>
    </message>
    <message>
        <source>%1: room is left only where its pin, group or pair forbids it.</source>
        <translation>%1: Platz ist nur dort frei, wo ihre Bindung, Gruppe oder Paarregel es verbietet.</translation>
    </message>
    <message>
        <source>The solver found the best plan.</source>
        <translation>Der Solver hat den besten Plan gefunden.</translation>
    </message>
    <message>
        <source>The solver&apos;s best plan within its time limit (not proven the best).</source>
        <translation>Der beste Plan des Solvers innerhalb seines Zeitlimits (nicht als bester bewiesen).</translation>
    </message>
    <message>
        <source>The solver found no plan in time; the greedy rules made this one.</source>
        <translation>Der Solver hat rechtzeitig keinen Plan gefunden; diesen haben die Greedy-Regeln erstellt.</translation>
    </message>
</context>
<context>
    <name>PoolState</name>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Wird aufgebaut</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Inaccessible</source>
        <translation>Nicht zugänglich</translation>
    </message>
</context>
<context>
    <name>QueuePolicy</name>
    <message>
        <source>First come, first served</source>
        <translation>Reihenfolge des Eingangs</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Shortest expected first</source>
        <translation>Kürzeste erwartete Dauer zuerst</translation>
    </message>
    <message>
        <source>Round-robin across hosts and labs</source>
        <translation>Reihum über Hosts und Labore</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>Give the times of day as HH:MM, separated by commas.</source>
        <translation>Die Uhrzeiten als HH:MM angeben, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Give the days as mon,tue,… followed by the times, e.g. &quot;weekly mon,fri 07:30&quot;.</source>
        <translation>Die Tage als mon,tue,… gefolgt von den Uhrzeiten angeben, z. B. „weekly mon,fri 07:30“.</translation>
    </message>
    <message>
        <source>Unknown recurrence &apos;%1&apos;: use daily, weekly or cron.</source>
        <translation>Unbekannte Wiederholung „%1“: daily, weekly oder cron verwenden.</translation>
    </message>
    <message>
        <source>Every day at %1</source>
        <translation>Jeden Tag um %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>cron: %1</source>
        <translation>cron: %1</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The file is UTF-16; save it as UTF-8 CSV.</source>
        <translation>Die Datei ist UTF-16-kodiert; bitte als UTF-8-CSV speichern.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8 (save the roster as UTF-8 CSV).</source>
        <translation>Der Text ist kein gültiges UTF-8 (die Teilnehmerliste als UTF-8-CSV speichern).</translation>
    </message>
    <message>
        <source>The roster is empty.</source>
        <translation>Die Teilnehmerliste ist leer.</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; (expected id, name, email, group).</source>
        <translation>Unbekannte Spalte „%1“ (erwartet: id, name, email, group).</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice.</source>
        <translation>Die Spalte „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>The header row lacks the column &quot;%1&quot;.</source>
        <translation>In der Kopfzeile fehlt die Spalte „%1“.</translation>
    </message>
    <message>
        <source>the student id is empty</source>
        <translation>die Studenten-ID ist leer</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the student id &quot;%1&quot; is already used on line %2</source>
        <translation>die Studenten-ID „%1“ wird bereits in Zeile %2 verwendet</translation>
    </message>
    <message>
        <source>A quoted field is not closed.</source>
        <translation>Ein Feld in Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>%1 field(s) where the header has %2.</source>
        <translation>%1 Feld(er), wo die Kopfzeile %2 hat.</translation>
    </message>
    <message>
        <source>The roster has a header but no students.</source>
        <translation>Die Teilnehmerliste hat eine Kopfzeile, aber keine Studenten.</translation>
    </message>
    <message>
        <source>the name has more than %1 characters or a control character</source>
        <translation>der Name hat mehr als %1 Zeichen oder ein Steuerzeichen</translation>
    </message>
    <message>
        <source>the group has more than %1 characters or a control character</source>
        <translation>die Gruppe hat mehr als %1 Zeichen oder ein Steuerzeichen</translation>
    </message>
    <message>
        <source>the student id &quot;%1&quot; may use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit, without &quot;..&quot; (at most %2)</source>
        <translation>die Studenten-ID „%1“ darf nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; enthalten, muss mit einem Buchstaben oder einer Ziffer beginnen, ohne „..“ (höchstens %2)</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB: that is no class roster.</source>
        <translation>%1 ist größer als %2 MiB: Das ist keine Teilnehmerliste.</translation>
    </message>
</context>
<context>
    <name>SparseStreamSource</name>
    <message>
        <source>internal error: non-sequential read</source>
        <translation>interner Fehler: nicht sequenzieller Lesezugriff</translation>
    </message>
</context>
<context>
    <name>SqliteDatabase</name>
    <message>
        <source>Cannot open %1 (%2): %3</source>
        <translation>%1 (%2) kann nicht geöffnet werden: %3</translation>
    </message>
    <message>
        <source>Cannot prepare %1 (%2): %3</source>
        <translation>%1 (%2) kann nicht vorbereitet werden: %3</translation>
    </message>
    <message numerus="yes">
        <source>The file %1 (%2) stayed locked by another program for %n second(s): %3</source>
        <translation>
            <numerusform>Die Datei %1 (%2) blieb %n Sekunde lang von einem anderen Programm gesperrt: %3</numerusform>
            <numerusform>Die Datei %1 (%2) blieb %n Sekunden lang von einem anderen Programm gesperrt: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 (%2) is not a readable database: %3. Move it aside; Virtdeck then starts a new, empty one.</source>
        <translation>Die Datei %1 (%2) ist keine lesbare Datenbank: %3. Verschieben Sie sie; Virtdeck legt dann eine neue, leere an.</translation>
    </message>
    <message>
        <source>The file %1 (%2) is damaged (%3). Nothing was read from it. Move it aside and restore a copy from a backup, or let Virtdeck start a new, empty one.</source>
        <translation>Die Datei %1 (%2) ist beschädigt (%3). Es wurde nichts aus ihr gelesen. Verschieben Sie sie und stellen Sie eine Kopie aus einer Sicherung wieder her, oder lassen Sie Virtdeck eine neue, leere anlegen.</translation>
    </message>
</context>
<context>
    <name>SshTunnel</name>
    <message>
        <source>Cannot create a socket pair for the ssh tunnel.</source>
        <translation>Für den ssh-Tunnel kann kein Socket-Paar angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot start ssh for the display tunnel: %1</source>
        <translation>ssh für den Anzeige-Tunnel kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The ssh tunnel to the display failed: %1</source>
        <translation>Der SSH-Tunnel zur Anzeige ist fehlgeschlagen: %1</translation>
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
        <translation>kein &lt;pool&gt;-Dokument</translation>
    </message>
    <message>
        <source>not a &lt;volume&gt; document</source>
        <translation>kein &lt;volume&gt;-Dokument</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Der Name ist leer.</translation>
    </message>
    <message>
        <source>The name must not contain &apos;/&apos;.</source>
        <translation>Der Name darf kein „/“ enthalten.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file name.</source>
        <translation>„%1“ ist kein Dateiname.</translation>
    </message>
</context>
<context>
    <name>StoreDatabase</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL URL of the form postgresql://user@host:port/database.</source>
        <translation>„%1“ ist keine PostgreSQL-URL der Form postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>This computer has no PostgreSQL driver for Qt; install the package libqt6sql6-psql.</source>
        <translation>Dieser Rechner hat keinen PostgreSQL-Treiber für Qt; installieren Sie das Paket libqt6sql6-psql.</translation>
    </message>
    <message numerus="yes">
        <source>The table %1 of the target holds %n row(s) already; nothing was copied.</source>
        <translation>
            <numerusform>Die Tabelle %1 des Ziels enthält bereits %n Zeile; nichts wurde kopiert.</numerusform>
            <numerusform>Die Tabelle %1 des Ziels enthält bereits %n Zeilen; nichts wurde kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying %1: %2</source>
        <translation>Beim Kopieren von %1: %2</translation>
    </message>
    <message>
        <source>Copying %1: the source changed while it was copied; nothing was copied.</source>
        <translation>Beim Kopieren von %1: Die Quelle hat sich währenddessen geändert; nichts wurde kopiert.</translation>
    </message>
    <message>
        <source>Cannot open %1 (%2): %3</source>
        <translation>%1 (%2) lässt sich nicht öffnen: %3</translation>
    </message>
    <message>
        <source>it was written by a newer Virtdeck (schema %1 of &quot;%2&quot;; this version knows up to %3). Update Virtdeck on this computer.</source>
        <translation>sie wurde von einem neueren Virtdeck geschrieben (Schema %1 von „%2“; diese Version kennt bis %3). Aktualisieren Sie Virtdeck auf diesem Rechner.</translation>
    </message>
    <message>
        <source>migration %1 of &quot;%2&quot; failed, nothing was changed: %3</source>
        <translation>Migration %1 von „%2“ ist fehlgeschlagen, nichts wurde geändert: %3</translation>
    </message>
</context>
<context>
    <name>TeamStore</name>
    <message>
        <source>the team&apos;s settings</source>
        <translation>die Einstellungen des Teams</translation>
    </message>
</context>
<context>
    <name>ViewerCommand</name>
    <message>
        <source>The graphical console needs virt-viewer, which is not installed. Install the package &quot;virt-viewer&quot; and try again.</source>
        <translation>Die grafische Konsole benötigt virt-viewer, das nicht installiert ist. Bitte das Paket „virt-viewer“ installieren und erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the libvirt URI.</source>
        <translation>Die libvirt-URI öffnen.</translation>
    </message>
    <message>
        <source>Open the demo hosts.</source>
        <translation>Die Demo-Hosts öffnen.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once the hosts have answered, then quit (for documentation).</source>
        <translation>Ein Bild des Fensters in FILE speichern, sobald die Hosts geantwortet haben, und dann beenden (für die Dokumentation).</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x760.</source>
        <translation>Fenstergröße, z. B. 1280x760.</translation>
    </message>
    <message>
        <source>Open on a page: vms or images.</source>
        <translation>Auf einer Seite öffnen: vms oder images.</translation>
    </message>
    <message>
        <source>Show the Jobs view.</source>
        <translation>Die Job-Ansicht anzeigen.</translation>
    </message>
    <message>
        <source>GUI</source>
        <translation>GUI</translation>
    </message>
    <message>
        <source>With --screenshot: wait MS more once the hosts have answered (live statistics need a few samples).</source>
        <translation>Mit --screenshot: nach der Antwort der Hosts noch MS Millisekunden warten (Live-Statistiken brauchen einige Messwerte).</translation>
    </message>
    <message>
        <source>Select the VMs of these names (comma-separated) once they are listed.</source>
        <translation>Die VMs dieser Namen (durch Kommas getrennt) auswählen, sobald sie aufgelistet sind.</translation>
    </message>
    <message>
        <source>Show the Labs pane.</source>
        <translation>Den Labor-Bereich anzeigen.</translation>
    </message>
    <message>
        <source>Show the Backups pane.</source>
        <translation>Den Backup-Bereich anzeigen.</translation>
    </message>
    <message>
        <source>Select the job of this number in the Jobs view once it is listed, so that its log shows.</source>
        <translation>Den Job mit dieser Nummer in der Jobs-Ansicht auswählen, sobald er aufgeführt ist, damit sein Protokoll erscheint.</translation>
    </message>
    <message>
        <source>Show the Performance pane.</source>
        <translation>Den Leistungsbereich anzeigen.</translation>
    </message>
    <message>
        <source>The scheduler&apos;s database: a file, or a PostgreSQL database a team shares (postgresql://user@host/db).</source>
        <translation>Die Datenbank des Schedulers: eine Datei oder eine PostgreSQL-Datenbank, die ein Team teilt (postgresql://user@host/db).</translation>
    </message>
</context>
<context>
    <name>virtdeck::AlertEngine</name>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>virtdeck::AlertLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>VM or host</source>
        <translation>VM oder Host</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
</context>
<context>
    <name>virtdeck::AlertRulesDialog</name>
    <message>
        <source>Alert Rules</source>
        <translation>Alarmregeln</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wenn</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>For at least</source>
        <translation>Für mindestens</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Rule</source>
        <translation>Regel &amp;entfernen</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>&amp;Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Each rule raises a desktop notification and a line in the alerts log once its condition has held for the time given, and again only after it cleared. VM memory needs the guest&apos;s balloon driver.</source>
        <translation>Jede Regel löst eine Desktop-Benachrichtigung und einen Eintrag im Alarmprotokoll aus, sobald ihre Bedingung für die angegebene Zeit erfüllt ist, und erst wieder, nachdem sie aufgehoben wurde. Der VM-Arbeitsspeicher erfordert den Balloon-Treiber im Gastsystem.</translation>
    </message>
    <message>
        <source>Whether the rule is checked</source>
        <translation>Ob die Regel geprüft wird</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>sofort</translation>
    </message>
</context>
<context>
    <name>virtdeck::BackupCatalogModel</name>
    <message>
        <source>incremental</source>
        <translation>inkrementell</translation>
    </message>
    <message>
        <source>full</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Dedup</source>
        <translation>Dedup</translation>
    </message>
</context>
<context>
    <name>virtdeck::BackupsPane</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Re&amp;store…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore the selected backup as a new VM on a connected host</source>
        <translation>Das ausgewählte Backup als neue VM auf einem verbundenen Host wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Re-read and re-hash every chunk of the repository</source>
        <translation>Jeden Chunk des Repositorys erneut lesen und prüfen</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>No repository at %1 yet: back up a VM (Virtual Machine → Back Up Now) to create it, or choose another folder in Preferences.</source>
        <translation>Unter %1 gibt es noch kein Repository: Sichern Sie eine VM (Virtuelle Maschine → Jetzt sichern), um es anzulegen, oder wählen Sie in den Einstellungen einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Cannot read the repository %1: %2</source>
        <translation>Das Repository %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1</source>
        <translation>
            <numerusform>%n Backup in %1</numerusform>
            <numerusform>%n Backups in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of data stored in %2 (%3×)</source>
        <translation>%1 Daten in %2 gespeichert (%3×)</translation>
    </message>
    <message>
        <source>Restoring %1 as %2: see the Jobs pane.</source>
        <translation>%1 wird als %2 wiederhergestellt: siehe Job-Bereich.</translation>
    </message>
    <message>
        <source>Stop &amp;Verifying</source>
        <translation>Prüfung &amp;anhalten</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Verifying: %1 of %2 checked…</source>
        <translation>Prüfung: %1 von %2 geprüft…</translation>
    </message>
    <message>
        <source>Verification stopped.</source>
        <translation>Prüfung angehalten.</translation>
    </message>
    <message>
        <source>Cannot verify: %1</source>
        <translation>Prüfung nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n backup(s) verified: %1 in %2 chunks re-read, no damage.</source>
        <translation>
            <numerusform>%n Backup geprüft: %1 in %2 Chunks erneut gelesen, keine Schäden.</numerusform>
            <numerusform>Alle %n Backups geprüft: %1 in %2 Chunks erneut gelesen, keine Schäden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Damaged: %1. Missing chunks: %2. Backups that cannot be restored: %3.</source>
        <translation>Beschädigt: %1. Fehlende Chunks: %2. Nicht wiederherstellbare Backups: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Restore over the &amp;Original…</source>
        <translation>Über das &amp;Original wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore the selected backup over the VM it was taken from, on its own host, replacing its disks</source>
        <translation>Das ausgewählte Backup über die VM wiederherstellen, von der es stammt, auf ihrem eigenen Host, wobei ihre Datenträger ersetzt werden</translation>
    </message>
    <message>
        <source>Restore the backup of %1 taken %2 over the VM %1 on %3?

Its disks (%4) are replaced by the backup&apos;s and its definition by the one backed up; the VM must be shut off. Its current disk volumes are kept, no longer used.</source>
        <translation>Das Backup von %1 vom %2 über die VM %1 auf %3 wiederherstellen?

Ihre Datenträger (%4) werden durch die des Backups ersetzt und ihre Definition durch die gesicherte; die VM muss ausgeschaltet sein. Ihre aktuellen Datenträger-Volumes bleiben erhalten, werden aber nicht mehr verwendet.</translation>
    </message>
    <message>
        <source>Connect %1 first: the backup of %2 is restored on its own host.</source>
        <translation>Verbinden Sie zuerst %1: Das Backup von %2 wird auf seinem eigenen Host wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restore over %1</source>
        <translation>Über %1 wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Replace %1</source>
        <translation>%1 &amp;ersetzen</translation>
    </message>
    <message>
        <source>Restoring %1 over itself on %2: see the Jobs pane.</source>
        <translation>%1 wird auf %2 über sich selbst wiederhergestellt: siehe Job-Bereich.</translation>
    </message>
    <message>
        <source>Name the new VM.</source>
        <translation>Geben Sie der neuen VM einen Namen.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Der Name</translation>
    </message>
    <message>
        <source>There is a VM named %1 on this host already.</source>
        <translation>Auf diesem Host gibt es bereits eine VM namens %1.</translation>
    </message>
</context>
<context>
    <name>virtdeck::ClassroomWall</name>
    <message>
        <source>Waiting for the screen…</source>
        <translation>Warten auf den Bildschirm…</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Cannot start %1.</source>
        <translation>%1 kann nicht gestartet werden.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Ask every VM for its screen again, those that failed too</source>
        <translation>Jede VM erneut nach ihrem Bildschirm fragen, auch die fehlgeschlagenen</translation>
    </message>
    <message>
        <source>Classroom Wall — %1</source>
        <translation>Klassenzimmer-Wand — %1</translation>
    </message>
    <message>
        <source>group %1 · %2</source>
        <translation>Gruppe %1 · %2</translation>
    </message>
    <message>
        <source>No VM of lab %1 exists on its hosts.</source>
        <translation>Keine VM des Labors %1 existiert auf seinen Hosts.</translation>
    </message>
    <message>
        <source>Running: %1 of %2 VMs. Right-click a tile for Start, Reset and Console; double-click opens the console.</source>
        <translation>Laufend: %1 von %2 VMs. Rechtsklick auf eine Kachel für Starten, Zurücksetzen und Konsole; Doppelklick öffnet die Konsole.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Reset to Template…</source>
        <translation>Auf Vorlage &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>&amp;Konsole</translation>
    </message>
    <message>
        <source>Open in &amp;virt-viewer</source>
        <translation>In &amp;virt-viewer öffnen</translation>
    </message>
</context>
<context>
    <name>virtdeck::CloneDialog</name>
    <message>
        <source>Clone — %1</source>
        <translation>Klonen – %1</translation>
    </message>
    <message>
        <source>&amp;Full clone: copy every disk (independent, takes time and space)</source>
        <translation>&amp;Vollständiger Klon: jeden Datenträger kopieren (unabhängig, braucht Zeit und Platz)</translation>
    </message>
    <message>
        <source>&amp;Linked clone: new qcow2 disks that read from the original (instant, small; the original&apos;s disks must stay unchanged)</source>
        <translation>Ver&amp;knüpfter Klon: neue qcow2-Datenträger, die vom Original lesen (sofort, klein; die Datenträger des Originals müssen unverändert bleiben)</translation>
    </message>
    <message numerus="yes">
        <source>The clone gets a new UUID and new MAC addresses. %n writable disk(s) are cloned; read-only and shared disks (installation media) are used by both.</source>
        <translation>
            <numerusform>Der Klon erhält eine neue UUID und neue MAC-Adressen. %n beschreibbarer Datenträger wird geklont; schreibgeschützte und gemeinsam genutzte Datenträger (Installationsmedien) werden von beiden verwendet.</numerusform>
            <numerusform>Der Klon erhält eine neue UUID und neue MAC-Adressen. %n beschreibbare Datenträger werden geklont; schreibgeschützte und gemeinsam genutzte Datenträger (Installationsmedien) werden von beiden verwendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Klonen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
</context>
<context>
    <name>virtdeck::Connection</name>
    <message>
        <source>Not connected to %1</source>
        <translation>Nicht mit %1 verbunden</translation>
    </message>
    <message>
        <source>the host closed the connection</source>
        <translation>der Host hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>the host stopped answering (keepalive timeout)</source>
        <translation>der Host antwortet nicht mehr (Keepalive-Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>connection error</source>
        <translation>Verbindungsfehler</translation>
    </message>
    <message>
        <source>Use defineDomain() to define a domain</source>
        <translation>Verwenden Sie defineDomain(), um eine Domain zu definieren</translation>
    </message>
    <message>
        <source>Cannot read the VM&apos;s disks: %1</source>
        <translation>Die Datenträger der VM können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>VM deleted, but some storage was not: %1</source>
        <translation>VM gelöscht, ein Teil ihres Speichers jedoch nicht: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n storage volume(s)</source>
        <translation>
            <numerusform>%n Speicher-Volume gelöscht</numerusform>
            <numerusform>%n Speicher-Volumes gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>virtdeck::ConnectionDialog</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>QEMU/KVM on this computer (system)</source>
        <translation>QEMU/KVM auf diesem Computer (System)</translation>
    </message>
    <message>
        <source>QEMU/KVM on this computer (user session)</source>
        <translation>QEMU/KVM auf diesem Computer (Benutzersitzung)</translation>
    </message>
    <message>
        <source>Remote QEMU/KVM over SSH</source>
        <translation>Entferntes QEMU/KVM über SSH</translation>
    </message>
    <message>
        <source>Custom URI</source>
        <translation>Eigene URI</translation>
    </message>
    <message>
        <source>Optional; shown in the tables</source>
        <translation>Optional; wird in den Tabellen angezeigt</translation>
    </message>
    <message>
        <source>Your login on the host, e.g. root</source>
        <translation>Ihr Anmeldename auf dem Host, z. B. root</translation>
    </message>
    <message>
        <source>Host name or address</source>
        <translation>Hostname oder Adresse</translation>
    </message>
    <message>
        <source>default (22)</source>
        <translation>Standard (22)</translation>
    </message>
    <message>
        <source>Optional; otherwise your SSH agent and default keys</source>
        <translation>Optional; sonst Ihr SSH-Agent und Ihre Standardschlüssel</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>&amp;URI:</translation>
    </message>
    <message>
        <source>Connect &amp;automatically when Virtdeck starts</source>
        <translation>Beim Start von Virtdeck &amp;automatisch verbinden</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Opens: %1</source>
        <translation>Öffnet: %1</translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation>(unvollständig)</translation>
    </message>
    <message>
        <source>Choose an SSH private key</source>
        <translation>Privaten SSH-Schlüssel auswählen</translation>
    </message>
    <message>
        <source>&amp;Read-only</source>
        <translation>&amp;Schreibgeschützt</translation>
    </message>
    <message>
        <source>Only watch this host: VMs cannot be started, stopped, changed or deleted from this connection.</source>
        <translation>Diesen Host nur beobachten: Über diese Verbindung können VMs weder gestartet, gestoppt, geändert noch gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>virtdeck::ConnectionManager</name>
    <message>
        <source>The host is not connected.</source>
        <translation>Der Host ist nicht verbunden.</translation>
    </message>
</context>
<context>
    <name>virtdeck::ConsoleLauncher</name>
    <message>
        <source>ssh is not installed.</source>
        <translation>ssh ist nicht installiert.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot prepare the ssh tunnel for virt-viewer: %1</source>
        <translation>Der ssh-Tunnel für virt-viewer kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 ist abgestürzt.</translation>
    </message>
    <message>
        <source>%1 exited with code %2.</source>
        <translation>%1 wurde mit Code %2 beendet.</translation>
    </message>
</context>
<context>
    <name>virtdeck::ConsolePane</name>
    <message>
        <source>Select a VM to see its screen.</source>
        <translation>Wählen Sie eine VM, um ihren Bildschirm zu sehen.</translation>
    </message>
</context>
<context>
    <name>virtdeck::ConsoleView</name>
    <message>
        <source>Press Ctrl+Alt to release the keyboard</source>
        <translation>Strg+Alt drücken, um die Tastatur freizugeben</translation>
    </message>
    <message>
        <source>Send &amp;Key</source>
        <translation>&amp;Taste senden</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Del</source>
        <translation>Strg+Alt+Entf</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F%1</source>
        <translation>Strg+Alt+F%1</translation>
    </message>
    <message>
        <source>PrintScreen</source>
        <translation>Druck</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Scale the screen to the window; off shows it 1:1</source>
        <translation>Den Bildschirm an das Fenster anpassen; aus zeigt ihn 1:1</translation>
    </message>
    <message>
        <source>F&amp;ullscreen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Connecting to the display…</source>
        <translation>Verbindung zur Anzeige wird hergestellt…</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Getrennt.</translation>
    </message>
</context>
<context>
    <name>virtdeck::ConsoleWindow</name>
    <message>
        <source>%1 — Console</source>
        <translation>%1 – Konsole</translation>
    </message>
</context>
<context>
    <name>virtdeck::CredentialDialog</name>
    <message>
        <source>Log in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>The hypervisor at &lt;b&gt;%1&lt;/b&gt; asks for credentials.</source>
        <translation>Der Hypervisor auf &lt;b&gt;%1&lt;/b&gt; fragt nach Zugangsdaten.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>Im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>The password is kept by the desktop&apos;s keyring, never in Virtdeck&apos;s settings file.</source>
        <translation>Das Passwort verwahrt der Schlüsselbund der Arbeitsumgebung, nie die Einstellungsdatei von Virtdeck.</translation>
    </message>
</context>
<context>
    <name>virtdeck::DomainOverviewWidget</name>
    <message>
        <source>unknown on this host</source>
        <translation>auf diesem Host unbekannt</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>Autostart</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Select a VM to see its details.</source>
        <translation>Eine VM auswählen, um ihre Details anzuzeigen.</translation>
    </message>
    <message>
        <source>Open &amp;Console</source>
        <translation>&amp;Konsole öffnen</translation>
    </message>
    <message>
        <source>Open the graphical console in virt-viewer</source>
        <translation>Die grafische Konsole in virt-viewer öffnen</translation>
    </message>
    <message>
        <source>Edit &amp;XML…</source>
        <translation>&amp;XML bearbeiten…</translation>
    </message>
    <message>
        <source>S&amp;napshots…</source>
        <translation>S&amp;napshots…</translation>
    </message>
    <message>
        <source>C&amp;lone…</source>
        <translation>Kl&amp;onen…</translation>
    </message>
    <message>
        <source>The VM&apos;s screen, refreshed every few seconds while it runs</source>
        <translation>Der Bildschirm der VM, wird während des Betriebs alle paar Sekunden aktualisiert</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>Betriebssystem:</translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation>Architektur:</translation>
    </message>
    <message>
        <source>Uptime:</source>
        <translation>Laufzeit:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>A short title shown in the VM list</source>
        <translation>Ein kurzer Titel, der in der VM-Liste angezeigt wird</translation>
    </message>
    <message>
        <source>Notes for whoever looks after this VM</source>
        <translation>Notizen für alle, die diese VM betreuen</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Start with the host</source>
        <translation>Mit dem Host starten</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>vCPUs:</source>
        <translation>vCPUs:</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Arbeitsspeicher:</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Abbild</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>Verbunden mit</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-Adressen</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation>Netzwerkschnittstellen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Cloned %1 as %2</source>
        <translation>%1 als %2 geklont</translation>
    </message>
    <message>
        <source>Cloning %1 failed</source>
        <translation>Klonen von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Klonen</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Cannot read the VM&apos;s details: %1</source>
        <translation>Die Details der VM können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>transient (no definition kept when it stops)</source>
        <translation>transient (keine Definition bleibt nach dem Anhalten erhalten)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>The VM carries no libosinfo metadata</source>
        <translation>Die VM enthält keine libosinfo-Metadaten</translation>
    </message>
    <message>
        <source>%1, machine %2</source>
        <translation>%1, Maschine %2</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>unknown (no DHCP lease, no guest agent)</source>
        <translation>unbekannt (keine DHCP-Zuweisung, kein Gast-Agent)</translation>
    </message>
    <message>
        <source>%1 (guest agent)</source>
        <translation>%1 (Gast-Agent)</translation>
    </message>
    <message>
        <source>This VM has no graphical display</source>
        <translation>Diese VM hat keine grafische Anzeige</translation>
    </message>
    <message>
        <source>Start the VM to see its console</source>
        <translation>Die VM starten, um ihre Konsole zu sehen</translation>
    </message>
    <message>
        <source>Shut the VM off to clone it</source>
        <translation>Die VM zum Klonen ausschalten</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Läuft nicht</translation>
    </message>
    <message>
        <source>No display</source>
        <translation>Keine Anzeige</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Applied now: %1.</source>
        <translation>Sofort angewendet: %1.</translation>
    </message>
    <message>
        <source>Applies at the next boot: %1 (the running VM cannot change it now).</source>
        <translation>Wird beim nächsten Start angewendet: %1 (die laufende VM kann dies jetzt nicht ändern).</translation>
    </message>
    <message>
        <source>Not changed — %1</source>
        <translation>Nicht geändert – %1</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation>Einstellungen von %1</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>No picture: %1</source>
        <translation>Kein Bild: %1</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Console opened for %1</source>
        <translation>Konsole für %1 geöffnet</translation>
    </message>
    <message>
        <source>Cloning %1 as %2…</source>
        <translation>%1 wird als %2 geklont…</translation>
    </message>
    <message>
        <source>This host is connected read-only</source>
        <translation>Dieser Host ist schreibgeschützt verbunden</translation>
    </message>
    <message>
        <source>from next boot</source>
        <translation>ab dem nächsten Start</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Ask for the VM&apos;s screen again</source>
        <translation>Die VM erneut nach ihrem Bildschirm fragen</translation>
    </message>
    <message>
        <source>The console of %1 did not open</source>
        <translation>Die Konsole von %1 wurde nicht geöffnet</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>The VM&apos;s maximum; raise it in the XML definition for more.</source>
        <translation>Das Maximum der VM; für mehr in der XML-Definition erhöhen.</translation>
    </message>
    <message>
        <source>Running now with %1</source>
        <translation>Läuft jetzt mit %1</translation>
    </message>
    <message>
        <source>Running now with %1 MiB</source>
        <translation>Läuft jetzt mit %1 MiB</translation>
    </message>
    <message>
        <source>Replica:</source>
        <translation>Replikat:</translation>
    </message>
    <message>
        <source>ready to fail over to</source>
        <translation>bereit für ein Failover</translation>
    </message>
    <message>
        <source>not whole: a replication was cut short</source>
        <translation>nicht vollständig: eine Replikation wurde abgebrochen</translation>
    </message>
    <message>
        <source>started by a failover</source>
        <translation>durch ein Failover gestartet</translation>
    </message>
    <message>
        <source>from %1, data of %2 (%3), %4; %5</source>
        <translation>von %1, Daten von %2 (%3), %4; %5</translation>
    </message>
    <message>
        <source>%1 old</source>
        <translation>%1 alt</translation>
    </message>
</context>
<context>
    <name>virtdeck::DomainService</name>
    <message>
        <source>The running VM cannot change this now (%1); it applies at the next boot.</source>
        <translation>Die laufende VM kann dies jetzt nicht ändern (%1); es wird beim nächsten Start angewendet.</translation>
    </message>
    <message>
        <source>This VM has no persistent definition whose maximum could be raised.</source>
        <translation>Diese VM hat keine dauerhafte Definition, deren Maximum angehoben werden könnte.</translation>
    </message>
    <message>
        <source>Above the running VM&apos;s maximum; it applies at the next boot.</source>
        <translation>Über dem Maximum der laufenden VM; wird beim nächsten Start angewendet.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Shut the VM off before cloning it, so its disks are consistent.</source>
        <translation>Die VM vor dem Klonen ausschalten, damit ihre Datenträger konsistent sind.</translation>
    </message>
    <message>
        <source>The disk %1 is not a storage volume libvirt knows, so it cannot be copied: %2</source>
        <translation>Der Datenträger %1 ist kein libvirt bekanntes Speicher-Volume und kann daher nicht kopiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n disk(s) copied</source>
        <translation>
            <numerusform>%n Datenträger kopiert</numerusform>
            <numerusform>%n Datenträger kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disk(s) linked to the original</source>
        <translation>
            <numerusform>%n Datenträger mit dem Original verknüpft</numerusform>
            <numerusform>%n Datenträger mit dem Original verknüpft</numerusform>
        </translation>
    </message>
    <message>
        <source>details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>settings change</source>
        <translation>Einstellungsänderung</translation>
    </message>
    <message>
        <source>screenshot</source>
        <translation>Bildschirmfoto</translation>
    </message>
    <message>
        <source>clone</source>
        <translation>Klonen</translation>
    </message>
</context>
<context>
    <name>virtdeck::DomainTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>Autostart</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
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
        <translation>Speichernutzung</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <translation>Datenträger-E/A</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>This host reports no such statistics for the VM</source>
        <translation>Dieser Host liefert keine solchen Statistiken für die VM</translation>
    </message>
    <message>
        <source>Waiting for the first statistics</source>
        <translation>Warten auf die ersten Statistiken</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Read %1 (%2 IOPS), write %3 (%4 IOPS)</source>
        <translation>Lesen %1 (%2 IOPS), Schreiben %3 (%4 IOPS)</translation>
    </message>
    <message>
        <source>Received %1, sent %2</source>
        <translation>Empfangen %1, gesendet %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>virtdeck::ExamBadge</name>
    <message>
        <source>Exam running — %1</source>
        <translation>Prüfung läuft – %1</translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>endet am %1</translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation>noch %1 Min.</translation>
    </message>
    <message>
        <source>ending now</source>
        <translation>endet jetzt</translation>
    </message>
</context>
<context>
    <name>virtdeck::ExamStartDialog</name>
    <message>
        <source>Start Exam</source>
        <translation>Prüfung starten</translation>
    </message>
    <message>
        <source>Start the exam for %1: snapshot every VM and cut its network?</source>
        <translation>Prüfung für %1 beginnen: jede VM per Snapshot sichern und ihr Netz trennen?</translation>
    </message>
    <message>
        <source>No end time</source>
        <translation>Kein Ende</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>A timed exam ends by itself (End exam runs as a scheduled job, also with this window closed when the headless scheduler runs); the pane warns %1 minutes before.</source>
        <translation>Eine Prüfung mit Dauer endet von selbst („Prüfung beenden“ läuft als geplanter Auftrag, auch bei geschlossenem Fenster, wenn der Hintergrund-Planer läuft); der Bereich warnt %1 Minuten vorher.</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
</context>
<context>
    <name>virtdeck::FailoverWatch</name>
    <message>
        <source>%1 answers again.</source>
        <translation>%1 antwortet wieder.</translation>
    </message>
    <message>
        <source>%1 runs again on %2, which was lost, and on %3, where a failover started it. The old copy was paused: keep one and discard the other.</source>
        <translation>%1 läuft wieder auf %2, der ausgefallen war, und auf %3, wo ein Failover die VM gestartet hat. Die alte Kopie wurde angehalten: Behalten Sie eine und verwerfen Sie die andere.</translation>
    </message>
    <message>
        <source>%1 does not answer; its high-availability VMs fail over if it stays lost.</source>
        <translation>%1 antwortet nicht; seine hochverfügbaren VMs werden per Failover verschoben, wenn er ausgefallen bleibt.</translation>
    </message>
    <message>
        <source>libvirt on %1 does not answer, but its ssh does: no failover while the host is up.</source>
        <translation>libvirt auf %1 antwortet nicht, ssh aber schon: kein Failover, solange der Host läuft.</translation>
    </message>
    <message>
        <source>No connected host to fail %1 over to.</source>
        <translation>Kein verbundener Host, auf den %1 per Failover verschoben werden kann.</translation>
    </message>
    <message>
        <source>%1 is lost: failing %2 over to %3.</source>
        <translation>%1 ist ausgefallen: %2 wird per Failover auf %3 verschoben.</translation>
    </message>
    <message>
        <source>%1 and %2 must both be connected to settle %3.</source>
        <translation>%1 und %2 müssen beide verbunden sein, um den Konflikt von %3 aufzulösen.</translation>
    </message>
    <message>
        <source>%1 stays on %2; its copy on %3 was discarded (its disks are kept).</source>
        <translation>%1 bleibt auf %2; die Kopie auf %3 wurde verworfen (ihre Datenträger bleiben erhalten).</translation>
    </message>
    <message>
        <source>%1 was not settled: %2</source>
        <translation>Der Konflikt von %1 wurde nicht aufgelöst: %2</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n high-availability VM(s).</source>
        <translation>
            <numerusform>%n hochverfügbare VM wird überwacht.</numerusform>
            <numerusform>%n hochverfügbare VMs werden überwacht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::HostTableModel</name>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>Hypervisor</translation>
    </message>
    <message>
        <source>libvirt</source>
        <translation>libvirt</translation>
    </message>
    <message>
        <source>CPU model</source>
        <translation>CPU-Modell</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Free memory</source>
        <translation>Freier Speicher</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>VMs</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory use</source>
        <translation>Speichernutzung</translation>
    </message>
    <message>
        <source>VM vCPUs busy</source>
        <translation>Ausgelastete VM-vCPUs</translation>
    </message>
    <message>
        <source>VM disk I/O</source>
        <translation>VM-Datenträger-E/A</translation>
    </message>
    <message>
        <source>VM network</source>
        <translation>VM-Netzwerk</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2 in use</source>
        <translation>%1 von %2 belegt</translation>
    </message>
    <message numerus="yes">
        <source>vCPUs kept busy by the host&apos;s %n reporting VM(s)</source>
        <translation>
            <numerusform>Durch die %n meldende VM des Hosts ausgelastete vCPUs</numerusform>
            <numerusform>Durch die %n meldenden VMs des Hosts ausgelastete vCPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>This host reports no such statistics</source>
        <translation>Dieser Host liefert keine solchen Statistiken</translation>
    </message>
    <message>
        <source>Same host as %1: its VMs are shown there</source>
        <translation>Derselbe Host wie %1: seine VMs werden dort angezeigt</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>%1, in maintenance</source>
        <translation>%1, in Wartung</translation>
    </message>
    <message>
        <source>In maintenance: this host takes no VMs until maintenance ends.</source>
        <translation>In Wartung: Dieser Host nimmt bis zum Ende der Wartung keine VMs auf.</translation>
    </message>
</context>
<context>
    <name>virtdeck::ImagesPane</name>
    <message>
        <source>Filter by name, pool, host, path or VM</source>
        <translation>Nach Name, Pool, Host, Pfad oder VM filtern</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Alle Hosts</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>Alle Abbilder</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Verwendung</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Unbenutzt</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Abbilder</translation>
    </message>
    <message>
        <source>&lt;b&gt;Storage pools&lt;/b&gt;</source>
        <translation>&lt;b&gt;Speicherpools&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;New Volume…</source>
        <translation>&amp;Neues Volume…</translation>
    </message>
    <message>
        <source>Create an empty qcow2 or raw disk image</source>
        <translation>Ein leeres qcow2- oder raw-Festplattenabbild erstellen</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>&amp;Hochladen…</translation>
    </message>
    <message>
        <source>Upload a local ISO or disk image into a pool</source>
        <translation>Ein lokales ISO- oder Festplattenabbild in einen Pool hochladen</translation>
    </message>
    <message>
        <source>Do&amp;wnload…</source>
        <translation>Herunterla&amp;den…</translation>
    </message>
    <message>
        <source>Save the selected volume to a local file</source>
        <translation>Das ausgewählte Volume in eine lokale Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Clone…</source>
        <translation>&amp;Klonen…</translation>
    </message>
    <message>
        <source>A full, independent copy of the selected volume</source>
        <translation>Eine vollständige, unabhängige Kopie des ausgewählten Volumes</translation>
    </message>
    <message>
        <source>&amp;Linked Clone…</source>
        <translation>Verknüpfter Kl&amp;on…</translation>
    </message>
    <message>
        <source>A qcow2 overlay that starts from the selected image and stores only changes</source>
        <translation>Ein qcow2-Overlay, das auf dem ausgewählten Abbild aufbaut und nur Änderungen speichert</translation>
    </message>
    <message>
        <source>&amp;Resize…</source>
        <translation>&amp;Größe ändern…</translation>
    </message>
    <message>
        <source>Change the volume&apos;s virtual size</source>
        <translation>Die virtuelle Größe des Volumes ändern</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected volumes (asks first)</source>
        <translation>Die ausgewählten Volumes löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <source>Mark the image as a template to base new VMs on</source>
        <translation>Das Abbild als Vorlage für neue VMs markieren</translation>
    </message>
    <message>
        <source>&amp;Backing Chain…</source>
        <translation>&amp;Basisdatei-Kette…</translation>
    </message>
    <message>
        <source>Show the files this image is built on</source>
        <translation>Die Dateien anzeigen, auf denen dieses Abbild aufbaut</translation>
    </message>
    <message>
        <source>Re&amp;scan</source>
        <translation>Neu &amp;einlesen</translation>
    </message>
    <message>
        <source>Re-scan every pool of every host for files added outside Virtdeck</source>
        <translation>Alle Pools aller Hosts nach außerhalb von Virtdeck hinzugefügten Dateien durchsuchen</translation>
    </message>
    <message>
        <source>New Pool…</source>
        <translation>Neuer Pool…</translation>
    </message>
    <message>
        <source>Create a directory pool</source>
        <translation>Einen Verzeichnis-Pool erstellen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start the selected pool</source>
        <translation>Den ausgewählten Pool starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop the selected pool</source>
        <translation>Den ausgewählten Pool stoppen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Re-scan the selected pool</source>
        <translation>Den ausgewählten Pool neu einlesen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected pool (asks first)</source>
        <translation>Den ausgewählten Pool löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>Autostart</translation>
    </message>
    <message>
        <source>Start the pool when the host boots</source>
        <translation>Den Pool beim Hochfahren des Hosts starten</translation>
    </message>
    <message>
        <source>Stop pool</source>
        <translation>Pool stoppen</translation>
    </message>
    <message>
        <source>Stop the pool %1? Its volumes disappear from the list until it is started again; VMs using them cannot start.</source>
        <translation>Pool %1 stoppen? Seine Volumes verschwinden aus der Liste, bis er wieder gestartet wird; VMs, die sie verwenden, können nicht starten.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), %1 on disk</source>
        <translation>
            <numerusform>%n Abbild, %1 auf dem Datenträger</numerusform>
            <numerusform>%n Abbilder, %1 auf dem Datenträger</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload Image</source>
        <translation>Abbild hochladen</translation>
    </message>
    <message>
        <source>Disk images and ISOs (*.iso *.qcow2 *.img *.raw);;All files (*)</source>
        <translation>Festplattenabbilder und ISOs (*.iso *.qcow2 *.img *.raw);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>Hochladen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not connected to the host.</source>
        <translation>Nicht mit dem Host verbunden.</translation>
    </message>
    <message>
        <source>Download Image</source>
        <translation>Abbild herunterladen</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Herunterladen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Linked Clone</source>
        <translation>Verknüpfter Klon</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Klonen</translation>
    </message>
    <message>
        <source>Name of the overlay on %1 (it stores only what changes; %1 must stay):</source>
        <translation>Name des Overlays auf %1 (es speichert nur Änderungen; %1 muss erhalten bleiben):</translation>
    </message>
    <message>
        <source>Name of the full copy of %1:</source>
        <translation>Name der vollständigen Kopie von %1:</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Größe ändern</translation>
    </message>
    <message>
        <source>New virtual size of %1 in GiB (growing only; the guest must grow its file system):</source>
        <translation>Neue virtuelle Größe von %1 in GiB (nur vergrößern; das Gastsystem muss sein Dateisystem selbst vergrößern):</translation>
    </message>
    <message>
        <source>%1 is a disk of %2: they will no longer start.</source>
        <translation>%1 ist ein Datenträger von %2: Diese starten dann nicht mehr.</translation>
    </message>
    <message>
        <source>%1 is the backing file of %2: they become unreadable.</source>
        <translation>%1 ist die Basisdatei von %2: Diese werden dann unlesbar.</translation>
    </message>
    <message>
        <source>Delete images</source>
        <translation>Abbilder löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n volume(s)? The data is gone for good.</source>
        <translation>
            <numerusform>%n Volume löschen? Die Daten sind dann endgültig verloren.</numerusform>
            <numerusform>%n Volumes löschen? Die Daten sind dann endgültig verloren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiteres</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>This breaks:</source>
        <translation>Dadurch funktioniert Folgendes nicht mehr:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete Anyway</source>
        <translation>Trotzdem löschen</translation>
    </message>
    <message>
        <source>Marked as template: %1</source>
        <translation>Als Vorlage markiert: %1</translation>
    </message>
    <message>
        <source>No longer a template: %1</source>
        <translation>Keine Vorlage mehr: %1</translation>
    </message>
    <message>
        <source>Backing chain</source>
        <translation>Basisdatei-Kette</translation>
    </message>
    <message>
        <source>%1 stands alone: it has no backing file.</source>
        <translation>%1 ist eigenständig: Es hat keine Basisdatei.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is built on %n file(s):</source>
        <translation>
            <numerusform>%1 baut auf %n Datei auf:</numerusform>
            <numerusform>%1 baut auf %n Dateien auf:</numerusform>
        </translation>
    </message>
    <message>
        <source>New Directory Pool</source>
        <translation>Neuer Verzeichnis-Pool</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation>&amp;Verzeichnis:</translation>
    </message>
    <message>
        <source>Delete pool</source>
        <translation>Pool löschen</translation>
    </message>
    <message>
        <source>Delete the pool %1 on %2?</source>
        <translation>Pool %1 auf %2 löschen?</translation>
    </message>
    <message numerus="yes">
        <source>It holds %n volume(s). They stay on disk, but Virtdeck and libvirt no longer list them; VMs using them keep their paths.</source>
        <translation>
            <numerusform>Er enthält %n Volume. Es bleibt auf dem Datenträger erhalten, wird aber von Virtdeck und libvirt nicht mehr aufgeführt; VMs, die es verwenden, behalten ihre Pfade.</numerusform>
            <numerusform>Er enthält %n Volumes. Sie bleiben auf dem Datenträger erhalten, werden aber von Virtdeck und libvirt nicht mehr aufgeführt; VMs, die sie verwenden, behalten ihre Pfade.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pool is stopped and forgotten; its directory stays on disk.</source>
        <translation>Der Pool wird gestoppt und vergessen; sein Verzeichnis bleibt auf dem Datenträger erhalten.</translation>
    </message>
    <message>
        <source>Also remove its directory (only possible when it is empty)</source>
        <translation>Auch sein Verzeichnis entfernen (nur möglich, wenn es leer ist)</translation>
    </message>
    <message>
        <source>Delete Pool</source>
        <translation>Pool löschen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <source>Uploaded %1 to %2 (%3)</source>
        <translation>%1 nach %2 hochgeladen (%3)</translation>
    </message>
    <message>
        <source>Downloaded %1 to %2 (%3)</source>
        <translation>%1 nach %2 heruntergeladen (%3)</translation>
    </message>
    <message>
        <source>Upload cancelled: %1</source>
        <translation>Hochladen abgebrochen: %1</translation>
    </message>
    <message>
        <source>Download cancelled: %1</source>
        <translation>Herunterladen abgebrochen: %1</translation>
    </message>
    <message>
        <source>Upload failed: %1</source>
        <translation>Hochladen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation>Herunterladen fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>virtdeck::JobExecutor</name>
    <message>
        <source>The host disconnected while the job ran%1; its outcome is unknown.</source>
        <translation>Die Verbindung zum Host wurde während des Jobs getrennt%1; das Ergebnis ist unbekannt.</translation>
    </message>
    <message>
        <source>The connection was removed while the job ran.</source>
        <translation>Die Verbindung wurde während des Jobs entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>No answer from the host within %n minute(s).</source>
        <translation>
            <numerusform>Keine Antwort vom Host innerhalb von %n Minute.</numerusform>
            <numerusform>Keine Antwort vom Host innerhalb von %n Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>Nicht gestartet: %1</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: erledigt.</translation>
    </message>
    <message numerus="yes">
        <source>Shutdown requested; waiting up to %n second(s) for the guest to power off.</source>
        <translation>
            <numerusform>Herunterfahren angefordert; bis zu %n Sekunde wird auf das Ausschalten des Gastsystems gewartet.</numerusform>
            <numerusform>Herunterfahren angefordert; bis zu %n Sekunden wird auf das Ausschalten des Gastsystems gewartet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The guest powered off.</source>
        <translation>Das Gastsystem hat sich ausgeschaltet.</translation>
    </message>
    <message numerus="yes">
        <source>The guest was still running after %n second(s).</source>
        <translation>
            <numerusform>Das Gastsystem lief nach %n Sekunde noch.</numerusform>
            <numerusform>Das Gastsystem lief nach %n Sekunden noch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still running after %n second(s); forcing it off.</source>
        <translation>
            <numerusform>Läuft nach %n Sekunde noch; Ausschalten wird erzwungen.</numerusform>
            <numerusform>Läuft nach %n Sekunden noch; Ausschalten wird erzwungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forced off after %n second(s) without shutting down.</source>
        <translation>
            <numerusform>Nach %n Sekunde ohne Herunterfahren zwangsweise ausgeschaltet.</numerusform>
            <numerusform>Nach %n Sekunden ohne Herunterfahren zwangsweise ausgeschaltet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot &quot;%1&quot; created.</source>
        <translation>Snapshot „%1“ erstellt.</translation>
    </message>
    <message>
        <source>Reverted to snapshot &quot;%1&quot;.</source>
        <translation>Auf Snapshot „%1“ zurückgesetzt.</translation>
    </message>
    <message>
        <source>Snapshot &quot;%1&quot; deleted.</source>
        <translation>Snapshot „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>This program cannot run jobs of the kind &quot;%1&quot;.</source>
        <translation>Dieses Programm kann keine Jobs der Art „%1“ ausführen.</translation>
    </message>
    <message>
        <source>Opening a connection to %1.</source>
        <translation>Verbindung zu %1 wird geöffnet.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no VM %1 on %2.</source>
        <translation>Es gibt keine VM %1 auf %2.</translation>
    </message>
    <message>
        <source>Lab: %1</source>
        <translation>Labor: %1</translation>
    </message>
    <message>
        <source>Cannot open the labs database: %1</source>
        <translation>Die Labor-Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>There is no lab &quot;%1&quot;.</source>
        <translation>Es gibt kein Labor „%1“.</translation>
    </message>
    <message>
        <source>%1: %2 VM(s) done, %3 failed.</source>
        <translation>%1: %2 VM(s) erledigt, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>No destination: %1</source>
        <translation>Kein Ziel: %1</translation>
    </message>
    <message>
        <source>Placement chose %1.</source>
        <translation>Die Platzierung hat %1 gewählt.</translation>
    </message>
    <message>
        <source>Cannot connect to the destination %1: %2</source>
        <translation>Keine Verbindung zum Ziel %1 möglich: %2</translation>
    </message>
    <message>
        <source>Cloned as %1.</source>
        <translation>Als %1 geklont.</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migrieren</translation>
    </message>
    <message>
        <source>Create snapshot</source>
        <translation>Snapshot erstellen</translation>
    </message>
    <message>
        <source>Revert to snapshot</source>
        <translation>Auf Snapshot zurücksetzen</translation>
    </message>
    <message>
        <source>Delete snapshot</source>
        <translation>Snapshot löschen</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Klonen</translation>
    </message>
    <message>
        <source>Cannot read the labs database: %1</source>
        <translation>Die Labor-Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1&apos;s host was not recorded: %2</source>
        <translation>Der Host von %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>The exam&apos;s end was not recorded: %1</source>
        <translation>Das Ende der Prüfung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1: %2 VM(s) done, %3 with nothing to do, %4 failed.</source>
        <translation>%1: %2 VM(s) erledigt, %3 ohne Arbeit, %4 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Lab: move a student&apos;s VM</source>
        <translation>Labor: VM einer/eines Studierenden verschieben</translation>
    </message>
    <message>
        <source>Migration is not available.</source>
        <translation>Migration ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>virtdeck::JobTableModel</name>
    <message>
        <source>after #%1</source>
        <translation>nach #%1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>virtdeck::JobsView</name>
    <message>
        <source>Filter by action, VM, host or result</source>
        <translation>Nach Aktion, VM, Host oder Ergebnis filtern</translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>Job &amp;abbrechen</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Select a job to see its log.</source>
        <translation>Einen Job auswählen, um sein Protokoll anzuzeigen.</translation>
    </message>
    <message>
        <source>Queue and History</source>
        <translation>Warteschlange und Verlauf</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>VMs</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Run &amp;Now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>New schedules: select VMs, then Virtual Machine ▸ Schedule…</source>
        <translation>Neue Zeitpläne: VMs auswählen, dann Virtuelle Maschine ▸ Planen…</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Zeitpläne</translation>
    </message>
    <message>
        <source>Delete schedule</source>
        <translation>Zeitplan löschen</translation>
    </message>
    <message>
        <source>Delete this schedule? Jobs it already queued stay in the queue.</source>
        <translation>Diesen Zeitplan löschen? Bereits von ihm eingereihte Jobs bleiben in der Warteschlange.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>This window runs the jobs (%1).</source>
        <translation>Dieses Fenster führt die Jobs aus (%1).</translation>
    </message>
    <message>
        <source>Jobs are run by another process: %1. This window shows them.</source>
        <translation>Jobs werden von einem anderen Prozess ausgeführt: %1. Dieses Fenster zeigt sie an.</translation>
    </message>
    <message>
        <source>The scheduler is starting…</source>
        <translation>Der Scheduler startet…</translation>
    </message>
    <message>
        <source>Read-only: your database role can change nothing here.</source>
        <translation>Nur lesen: Ihre Datenbankrolle kann hier nichts ändern.</translation>
    </message>
</context>
<context>
    <name>virtdeck::LabCapacityDialog</name>
    <message>
        <source>Capacity Check — %1</source>
        <translation>Kapazitätsprüfung — %1</translation>
    </message>
    <message>
        <source>Class &amp;starts at:</source>
        <translation>Unterricht &amp;beginnt um:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Studierende</translation>
    </message>
    <message>
        <source>Memory (needed / allowed)</source>
        <translation>Speicher (benötigt / erlaubt)</translation>
    </message>
    <message>
        <source>vCPUs (needed / allowed)</source>
        <translation>vCPUs (benötigt / erlaubt)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What would make it fit, and what the hosts said:</source>
        <translation>Was es passend machen würde, und was die Hosts meldeten:</translation>
    </message>
    <message>
        <source>Asking the lab&apos;s hosts…</source>
        <translation>Frage die Hosts des Labors…</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>Die Prüfung konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>no host answered.</source>
        <translation>kein Host hat geantwortet.</translation>
    </message>
    <message>
        <source>Lab %1 can run at %2.</source>
        <translation>Labor %1 kann um %2 laufen.</translation>
    </message>
    <message>
        <source>Lab %1 can run at %2 with its new students placed as below.</source>
        <translation>Labor %1 kann um %2 laufen, wenn die neuen Studierenden wie unten verteilt werden.</translation>
    </message>
    <message>
        <source>Lab %1 does not fit at %2 as placed; the moves below make it fit.</source>
        <translation>Labor %1 passt um %2 so nicht; mit den Verschiebungen unten passt es.</translation>
    </message>
    <message>
        <source>Lab %1 does not fit at %2, not even after moving students.</source>
        <translation>Labor %1 passt um %2 nicht, auch nicht nach Verschieben von Studierenden.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>passt</translation>
    </message>
    <message numerus="yes">
        <source>fits, room for %n more</source>
        <translation>
            <numerusform>passt, Platz für %n weitere</numerusform>
            <numerusform>passt, Platz für %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>vCPUs %1 of %2 allowed</source>
        <translation>vCPUs %1 von %2 erlaubt</translation>
    </message>
    <message>
        <source>memory %1 of %2</source>
        <translation>Arbeitsspeicher %1 von %2</translation>
    </message>
    <message>
        <source>does not fit: %1</source>
        <translation>passt nicht: %1</translation>
    </message>
    <message>
        <source>&amp;Apply Moves…</source>
        <translation>Verschiebungen &amp;ausführen…</translation>
    </message>
    <message>
        <source>Apply Moves — %1</source>
        <translation>Verschiebungen ausführen – %1</translation>
    </message>
    <message>
        <source>Carry out these moves? Each migration is a job in the Jobs view; a student&apos;s new host is recorded once its VMs are there.</source>
        <translation>Diese Verschiebungen ausführen? Jede Migration ist ein Auftrag in der Auftragsansicht; der neue Host einer/eines Studierenden wird gespeichert, sobald die VMs dort sind.</translation>
    </message>
    <message>
        <source>Even then, no host has room for: %1.</source>
        <translation>Selbst dann hat kein Host Platz für: %1.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) queued (the Jobs view shows their progress); %1.</source>
        <translation>
            <numerusform>%n Migration eingereiht (die Auftragsansicht zeigt den Fortschritt); %1.</numerusform>
            <numerusform>%n Migrationen eingereiht (die Auftragsansicht zeigt den Fortschritt); %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new host(s) recorded</source>
        <translation>
            <numerusform>%n neuer Host gespeichert</numerusform>
            <numerusform>%n neue Hosts gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::LabDialog</name>
    <message>
        <source>New Lab</source>
        <translation>Neues Labor</translation>
    </message>
    <message>
        <source>e.g. net101</source>
        <translation>z. B. net101</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The VM every student&apos;s VM is a linked clone of. It must exist under this name on every target host.</source>
        <translation>Die VM, von der die VM jedes Studenten ein verknüpfter Klon ist. Sie muss unter diesem Namen auf jedem Ziel-Host existieren.</translation>
    </message>
    <message>
        <source>&amp;Template VM:</source>
        <translation>&amp;Vorlagen-VM:</translation>
    </message>
    <message>
        <source>CSV with columns id, name, email, group</source>
        <translation>CSV mit den Spalten id, name, email, group</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Class Roster</source>
        <translation>Teilnehmerliste der Klasse</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Roster:</source>
        <translation>&amp;Teilnehmerliste:</translation>
    </message>
    <message>
        <source>VM names from {lab}, {student}, {role}, {group} and {name}.</source>
        <translation>VM-Namen aus {lab}, {student}, {role}, {group} und {name}.</translation>
    </message>
    <message>
        <source>&amp;Naming pattern:</source>
        <translation>Namens&amp;muster:</translation>
    </message>
    <message>
        <source>Target &amp;hosts:</source>
        <translation>Ziel-&amp;Hosts:</translation>
    </message>
    <message>
        <source>Create Lab</source>
        <translation>Labor erstellen</translation>
    </message>
    <message>
        <source>Choose the template VM.</source>
        <translation>Die Vorlagen-VM auswählen.</translation>
    </message>
    <message>
        <source>Check at least one target host.</source>
        <translation>Mindestens einen Ziel-Host ankreuzen.</translation>
    </message>
    <message>
        <source>Choose the class roster (a CSV file).</source>
        <translation>Die Teilnehmerliste der Klasse auswählen (eine CSV-Datei).</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Kurs</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>A shut-off VM</source>
        <translation>Eine ausgeschaltete VM</translation>
    </message>
    <message>
        <source>Add a network card (virtio) on the lab&apos;s network to each student&apos;s VM</source>
        <translation>Jeder Studierenden-VM eine Netzwerkkarte (virtio) im Netzwerk des Labors hinzufügen</translation>
    </message>
    <message>
        <source>The template VM %1 has no network interface: the lab&apos;s networks would not reach any VM, and no network or address will be made. Check &quot;Add a network card&quot; to give each student&apos;s VM one on the lab&apos;s network, then create the lab.</source>
        <translation>Die Vorlagen-VM %1 hat keine Netzwerkschnittstelle: Die Netzwerke des Labors würden keine VM erreichen, und es wird weder ein Netzwerk noch eine Adresse angelegt. Aktivieren Sie „Netzwerkkarte hinzufügen“, um jeder Studierenden-VM eine im Netzwerk des Labors zu geben, und legen Sie dann das Labor an.</translation>
    </message>
</context>
<context>
    <name>virtdeck::LabExecutor</name>
    <message>
        <source>Reverting needs the name of a snapshot.</source>
        <translation>Zurücksetzen benötigt den Namen eines Snapshots.</translation>
    </message>
    <message>
        <source>There is no student &quot;%1&quot; in lab %2.</source>
        <translation>Im Labor %2 gibt es keinen Studenten „%1“.</translation>
    </message>
    <message>
        <source>Lab %1 has no target host or no template.</source>
        <translation>Labor %1 hat keinen Ziel-Host oder keine Vorlage.</translation>
    </message>
    <message>
        <source>%1 is not connected; its students are skipped.</source>
        <translation>%1 ist nicht verbunden; seine Studenten werden übersprungen.</translation>
    </message>
    <message>
        <source>%1 lacks the template VM(s) %2: no student is placed there (an overlay must be on the same host as its template; copy the template there under the same name).</source>
        <translation>Auf %1 fehlen die Vorlagen-VM(s) %2: Dort wird kein Student platziert (ein Overlay muss auf demselben Host liegen wie seine Vorlage; die Vorlage unter demselben Namen dorthin kopieren).</translation>
    </message>
    <message>
        <source>No connected host holds the lab&apos;s templates.</source>
        <translation>Kein verbundener Host hat die Vorlagen des Labors.</translation>
    </message>
    <message>
        <source>No host has room: %1</source>
        <translation>Kein Host hat Platz: %1</translation>
    </message>
    <message>
        <source>Not provisioned yet.</source>
        <translation>Noch nicht bereitgestellt.</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Lab %1: %2</source>
        <translation>Labor %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: batch %2 of %3 done; the next in %n second(s).</source>
        <translation>
            <numerusform>%1: Stapel %2 von %3 fertig; der nächste in %n Sekunde.</numerusform>
            <numerusform>%1: Stapel %2 von %3 fertig; der nächste in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>A lab network was not removed: %1</source>
        <translation>Ein Labornetz wurde nicht entfernt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: starting batch %2 of %3 (%n VM(s)).</source>
        <translation>
            <numerusform>%1: Stapel %2 von %3 wird gestartet (%n VM).</numerusform>
            <numerusform>%1: Stapel %2 von %3 wird gestartet (%n VMs).</numerusform>
        </translation>
    </message>
    <message>
        <source>Lab %1 has no idle time set; nothing is stopped.</source>
        <translation>Für Labor %1 ist keine Leerlaufzeit eingestellt; nichts wird gestoppt.</translation>
    </message>
    <message>
        <source>Lab %1 names no paths to collect.</source>
        <translation>Labor %1 nennt keine einzusammelnden Pfade.</translation>
    </message>
    <message>
        <source>Collecting needs a folder to put the files in.</source>
        <translation>Zum Einsammeln wird ein Ordner für die Dateien benötigt.</translation>
    </message>
    <message>
        <source>What was collected: %1</source>
        <translation>Was eingesammelt wurde: %1</translation>
    </message>
    <message>
        <source>The collection report %1 was not written: %2</source>
        <translation>Der Sammelbericht %1 wurde nicht geschrieben: %2</translation>
    </message>
    <message>
        <source>Not provisioned; it will be made on version %1.</source>
        <translation>Nicht bereitgestellt; sie wird auf Version %1 angelegt.</translation>
    </message>
    <message>
        <source>%1: the template&apos;s disk %2 is in %3, which is no storage pool of this host, so no new student is placed there. Let Virtdeck define it as a pool (virtdeck lab provision does; in the window, Provision asks) or define one there yourself.</source>
        <translation>%1: Der Vorlagen-Datenträger %2 liegt in %3, das kein Speicherpool dieses Hosts ist, daher wird dort kein neuer Studierender platziert. Lassen Sie Virtdeck es als Pool definieren (virtdeck lab provision tut das; im Fenster fragt „Bereitstellen“ nach) oder definieren Sie dort selbst einen.</translation>
    </message>
    <message numerus="yes">
        <source>The guests get %n second(s) to power off; then those still running are forced off.</source>
        <translation>
            <numerusform>Die Gäste bekommen %n Sekunde zum Ausschalten; danach werden noch laufende hart ausgeschaltet.</numerusform>
            <numerusform>Die Gäste bekommen %n Sekunden zum Ausschalten; danach werden noch laufende hart ausgeschaltet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The guests get %n second(s) to power off; those still running then are reported as not stopped.</source>
        <translation>
            <numerusform>Die Gäste bekommen %n Sekunde zum Ausschalten; danach noch laufende werden als nicht gestoppt gemeldet.</numerusform>
            <numerusform>Die Gäste bekommen %n Sekunden zum Ausschalten; danach noch laufende werden als nicht gestoppt gemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No host can take students: %1</source>
        <translation>Kein Host kann Teilnehmende aufnehmen: %1</translation>
    </message>
</context>
<context>
    <name>virtdeck::LabListModel</name>
    <message>
        <source>Lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Studierende</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
</context>
<context>
    <name>virtdeck::LabManageActions</name>
    <message>
        <source>Delete Lab</source>
        <translation>Labor löschen</translation>
    </message>
    <message>
        <source>Lab %1 removed from the database.</source>
        <translation>Labor %1 aus der Datenbank entfernt.</translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation>&amp;Verwalten</translation>
    </message>
    <message>
        <source>&amp;Add Students…</source>
        <translation>Studierende &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Drop Students…</source>
        <translation>Studierende &amp;entfernen…</translation>
    </message>
    <message>
        <source>Add &amp;Role…</source>
        <translation>&amp;Rolle hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Placement…</source>
        <translation>&amp;Platzierung…</translation>
    </message>
    <message>
        <source>D&amp;elete Lab…</source>
        <translation>Labor &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete Lab VMs</source>
        <translation>Labor-VMs löschen</translation>
    </message>
    <message>
        <source>The VMs were not all deleted, so the lab&apos;s records stay: %1</source>
        <translation>Nicht alle VMs wurden gelöscht, daher bleiben die Einträge des Labors: %1</translation>
    </message>
    <message>
        <source>Deleting the VMs of lab %1; the Jobs view shows its progress.</source>
        <translation>Die VMs des Labors %1 werden gelöscht; die Auftragsansicht zeigt den Fortschritt.</translation>
    </message>
    <message>
        <source>Add Students</source>
        <translation>Studierende hinzufügen</translation>
    </message>
    <message>
        <source>Students of %1 added to lab %2.</source>
        <translation>Studierende aus %1 zum Labor %2 hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) dropped from lab %1.</source>
        <translation>
            <numerusform>%n Studierende(r) aus dem Labor %1 entfernt.</numerusform>
            <numerusform>%n Studierende aus dem Labor %1 entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop Students</source>
        <translation>Studierende entfernen</translation>
    </message>
    <message>
        <source>Add Role</source>
        <translation>Rolle hinzufügen</translation>
    </message>
    <message>
        <source>Role %1 added to lab %2: provision to make its VMs.</source>
        <translation>Rolle %1 zum Labor %2 hinzugefügt: Bereitstellen legt ihre VMs an.</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <source>Lab %1 places new students by %2.</source>
        <translation>Labor %1 platziert neue Studierende nach %2.</translation>
    </message>
    <message numerus="yes">
        <source>Delete lab %1 with the VMs and disks of its %n student(s)? This cannot be undone.

Or forget the lab: its VMs stay as they are, no longer managed as a lab.</source>
        <translation>
            <numerusform>Labor %1 mit den VMs und Datenträgern seiner %n Studierenden löschen? Das kann nicht rückgängig gemacht werden.

Oder das Labor vergessen: Seine VMs bleiben, wie sie sind, werden aber nicht mehr als Labor verwaltet.</numerusform>
            <numerusform>Labor %1 mit den VMs und Datenträgern seiner %n Studierenden löschen? Das kann nicht rückgängig gemacht werden.

Oder das Labor vergessen: Seine VMs bleiben, wie sie sind, werden aber nicht mehr als Labor verwaltet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Lab and VMs</source>
        <translation>Labor und VMs löschen</translation>
    </message>
    <message>
        <source>Forget Lab, Keep VMs</source>
        <translation>Labor vergessen, VMs behalten</translation>
    </message>
    <message>
        <source>Add Students from a Roster</source>
        <translation>Studierende aus einer Teilnehmerliste hinzufügen</translation>
    </message>
    <message>
        <source>CSV roster (*.csv)</source>
        <translation>CSV-Teilnehmerliste (*.csv)</translation>
    </message>
    <message>
        <source>Students to drop (ids, separated by commas):</source>
        <translation>Zu entfernende Studierende (IDs, durch Kommas getrennt):</translation>
    </message>
    <message>
        <source>Drop %1 from lab %2?

Delete their VMs and disks too, or keep the VMs (no longer the lab&apos;s)?</source>
        <translation>%1 aus dem Labor %2 entfernen?

Auch ihre VMs und Datenträger löschen, oder die VMs behalten (nicht mehr Teil des Labors)?</translation>
    </message>
    <message>
        <source>Drop and Delete VMs</source>
        <translation>Entfernen und VMs löschen</translation>
    </message>
    <message>
        <source>Drop, Keep VMs</source>
        <translation>Entfernen, VMs behalten</translation>
    </message>
    <message>
        <source>Add Role — %1</source>
        <translation>Rolle hinzufügen – %1</translation>
    </message>
    <message>
        <source>e.g. server</source>
        <translation>z. B. server</translation>
    </message>
    <message>
        <source>The same name on every host of the lab</source>
        <translation>Derselbe Name auf jedem Host des Labors</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Template VM:</source>
        <translation>&amp;Vorlagen-VM:</translation>
    </message>
    <message>
        <source>Placement — %1</source>
        <translation>Platzierung – %1</translation>
    </message>
    <message>
        <source>Where new students&apos; VMs go among the lab&apos;s hosts:</source>
        <translation>Wohin die VMs neuer Studierender unter den Hosts des Labors kommen:</translation>
    </message>
</context>
<context>
    <name>virtdeck::LabService</name>
    <message>
        <source>The roster has errors; nothing was imported:
</source>
        <translation>Die Teilnehmerliste enthält Fehler; nichts wurde importiert:
</translation>
    </message>
    <message>
        <source>Cannot open the labs database: %1</source>
        <translation>Die Labor-Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the lab: %1</source>
        <translation>Das Labor kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>the lab %1 is gone</source>
        <translation>das Labor %1 gibt es nicht mehr</translation>
    </message>
    <message>
        <source>The lab %1 already has a role &quot;%2&quot;.</source>
        <translation>Das Labor %1 hat bereits eine Rolle „%2“.</translation>
    </message>
    <message>
        <source>Unknown placement &quot;%1&quot;.</source>
        <translation>Unbekannte Platzierung „%1“.</translation>
    </message>
    <message>
        <source>The shared database does not answer: %1 Virtdeck tries again every few seconds.</source>
        <translation>Die gemeinsame Datenbank antwortet nicht: %1 Virtdeck versucht es alle paar Sekunden erneut.</translation>
    </message>
</context>
<context>
    <name>virtdeck::LabSettingsForm</name>
    <message>
        <source>The template&apos;s own interfaces</source>
        <translation>Die Schnittstellen der Vorlage</translation>
    </message>
    <message>
        <source>One shared network</source>
        <translation>Ein gemeinsames Netzwerk</translation>
    </message>
    <message>
        <source>An isolated network per student</source>
        <translation>Ein isoliertes Netzwerk pro Studierendem</translation>
    </message>
    <message>
        <source>An isolated network per group</source>
        <translation>Ein isoliertes Netzwerk pro Gruppe</translation>
    </message>
    <message>
        <source>Each student keeps the same MAC address in every mode; isolated networks are created and removed with the lab.</source>
        <translation>Jeder Studierende behält in jedem Modus dieselbe MAC-Adresse; isolierte Netzwerke werden mit dem Labor angelegt und entfernt.</translation>
    </message>
    <message>
        <source>Student &amp;network:</source>
        <translation>Studierenden-&amp;Netzwerk:</translation>
    </message>
    <message>
        <source>e.g. default (on every host)</source>
        <translation>z. B. default (auf jedem Host)</translation>
    </message>
    <message>
        <source>Shared net&amp;work:</source>
        <translation>Gemeinsames Netz&amp;werk:</translation>
    </message>
    <message>
        <source>empty: from the DHCP range</source>
        <translation>leer: aus dem DHCP-Bereich</translation>
    </message>
    <message>
        <source>Fixed addresses are handed out from here, in roster order.</source>
        <translation>Feste Adressen werden ab hier in der Reihenfolge der Liste vergeben.</translation>
    </message>
    <message>
        <source>First fixed &amp;address:</source>
        <translation>Erste feste &amp;Adresse:</translation>
    </message>
    <message>
        <source>Network N of the lab is PREFIX.N.0/24.</source>
        <translation>Netzwerk N des Labors ist PRÄFIX.N.0/24.</translation>
    </message>
    <message>
        <source>Subnet &amp;prefix:</source>
        <translation>Subnetz-&amp;Präfix:</translation>
    </message>
    <message>
        <source>e.g. vdb</source>
        <translation>z. B. vdb</translation>
    </message>
    <message>
        <source>The template&apos;s disks (by target) that hold student data: resets and template versions keep them. Separate several with commas.</source>
        <translation>Die Datenträger der Vorlage (nach Ziel), die Studierendendaten enthalten: Zurücksetzen und Vorlagenversionen behalten sie. Mehrere durch Kommas trennen.</translation>
    </message>
    <message>
        <source>Student &amp;data disks:</source>
        <translation>Studierenden-&amp;Datenträger:</translation>
    </message>
    <message>
        <source>all at once</source>
        <translation>alle auf einmal</translation>
    </message>
    <message>
        <source> VMs per host</source>
        <translation> VMs pro Host</translation>
    </message>
    <message>
        <source> s apart</source>
        <translation> s Abstand</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source> min idle</source>
        <translation> Min. untätig</translation>
    </message>
    <message>
        <source>Stop idle VMs shuts down VMs that used no CPU for this long.</source>
        <translation>„Untätige VMs stoppen“ fährt VMs herunter, die so lange keine CPU genutzt haben.</translation>
    </message>
    <message>
        <source>Shut down after:</source>
        <translation>Herunterfahren nach:</translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation>&amp;Endet am</translation>
    </message>
    <message>
        <source>End date:</source>
        <translation>Enddatum:</translation>
    </message>
    <message>
        <source>paths inside the guests to collect, one per line</source>
        <translation>einzusammelnde Pfade in den Gästen, einer pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Collect paths:</source>
        <translation>&amp;Einzusammelnde Pfade:</translation>
    </message>
    <message>
        <source>Start in &amp;batches of:</source>
        <translation>In &amp;Gruppen starten zu:</translation>
    </message>
    <message>
        <source>&amp;Refuse students the hosts cannot all run at once</source>
        <translation>&amp;Studierende ablehnen, deren VMs die Hosts nicht alle gleichzeitig ausführen können</translation>
    </message>
    <message>
        <source>Off: provisioning places every student by the placement policy and warns, per host, when running all at once would need more than the host allows. On: students without room are not provisioned.</source>
        <translation>Aus: Die Bereitstellung platziert alle Studierenden gemäß der Platzierungsstrategie und warnt pro Host, wenn der gleichzeitige Betrieb aller mehr bräuchte, als der Host erlaubt. Ein: Studierende ohne Platz werden nicht bereitgestellt.</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Kapazität:</translation>
    </message>
</context>
<context>
    <name>virtdeck::LabShutdownDialog</name>
    <message>
        <source>Then force off those still running</source>
        <translation>Danach noch laufende hart ausschalten</translation>
    </message>
    <message>
        <source>Shut Down</source>
        <translation>Herunterfahren</translation>
    </message>
    <message>
        <source>Ask the guests of %1 to shut down, and wait for them to power off. A guest still running then is reported as not stopped, or forced off (unsaved work in it is lost).</source>
        <translation>Die Gäste von %1 zum Herunterfahren auffordern und warten, bis sie ausgeschaltet sind. Ein Gast, der dann noch läuft, wird als nicht gestoppt gemeldet oder hart ausgeschaltet (ungespeicherte Arbeit darin geht verloren).</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Wait up to:</source>
        <translation>&amp;Warten bis zu:</translation>
    </message>
</context>
<context>
    <name>virtdeck::LabStudentModel</name>
    <message>
        <source>not provisioned</source>
        <translation>nicht bereitgestellt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
</context>
<context>
    <name>virtdeck::LabTargetBar</name>
    <message>
        <source>All Students</source>
        <translation>Alle Studierenden</translation>
    </message>
    <message>
        <source>Clear the selection: the buttons act on every student of the lab (Esc in the table does the same)</source>
        <translation>Auswahl aufheben: Die Schaltflächen wirken auf alle Studierenden des Labors (Esc in der Tabelle bewirkt dasselbe)</translation>
    </message>
    <message>
        <source>the lab&apos;s one student</source>
        <translation>die einzige Studierende des Labors</translation>
    </message>
    <message>
        <source>all %1 students</source>
        <translation>alle %1 Studierenden</translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation>nur %1</translation>
    </message>
    <message>
        <source>%1 selected students</source>
        <translation>%1 ausgewählte Studierende</translation>
    </message>
    <message>
        <source>Acts on: %1</source>
        <translation>Wirkt auf: %1</translation>
    </message>
</context>
<context>
    <name>virtdeck::LabTimetableDialog</name>
    <message>
        <source>Timetable — %1</source>
        <translation>Stundenplan – %1</translation>
    </message>
    <message>
        <source>Lab %1: each entry acts on the whole lab, on the students it has when it runs (also those added later).</source>
        <translation>Labor %1: Jeder Eintrag wirkt auf das ganze Labor, auf die Studierenden, die es bei der Ausführung hat (auch später hinzugefügte).</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>New Timetable Entry — %1</source>
        <translation>Neuer Stundenplaneintrag – %1</translation>
    </message>
    <message>
        <source>Delete Timetable Entry</source>
        <translation>Stundenplaneintrag löschen</translation>
    </message>
    <message>
        <source>Delete &quot;%1, %2&quot; from the timetable of lab %3?</source>
        <translation>„%1, %2“ aus dem Stundenplan des Labors %3 löschen?</translation>
    </message>
</context>
<context>
    <name>virtdeck::LabTimetableModel</name>
    <message>
        <source>snapshot %1</source>
        <translation>Snapshot %1</translation>
    </message>
    <message>
        <source>wait %1 s, then force off</source>
        <translation>%1 s warten, dann hart ausschalten</translation>
    </message>
    <message>
        <source>wait %1 s</source>
        <translation>%1 s warten</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>nur %1</translation>
    </message>
    <message>
        <source>Every day %1</source>
        <translation>Täglich %1</translation>
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
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wenn</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>virtdeck::LabsPane</name>
    <message>
        <source>No labs yet</source>
        <translation>Noch keine Labore</translation>
    </message>
    <message>
        <source>&amp;Lab:</source>
        <translation>&amp;Labor:</translation>
    </message>
    <message>
        <source>&amp;New Lab…</source>
        <translation>&amp;Neues Labor…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the students, their VMs, hosts, states and addresses as CSV or HTML</source>
        <translation>Die Studenten, ihre VMs, Hosts, Zustände und Adressen als CSV oder HTML speichern</translation>
    </message>
    <message>
        <source>&amp;Wall…</source>
        <translation>&amp;Wand…</translation>
    </message>
    <message>
        <source>Live screens of the lab&apos;s running VMs</source>
        <translation>Live-Bildschirme der laufenden VMs des Labors</translation>
    </message>
    <message>
        <source>%1 for the selected students, or the whole lab when none is selected</source>
        <translation>%1 für die ausgewählten Studenten oder das ganze Labor, wenn keiner ausgewählt ist</translation>
    </message>
    <message>
        <source>No lab chosen. A lab turns a template VM and a class roster into one linked-clone VM per student: create one with New Lab…</source>
        <translation>Kein Labor ausgewählt. Ein Labor macht aus einer Vorlagen-VM und einer Teilnehmerliste eine VM als verknüpften Klon pro Student. Ein neues Labor erstellen mit Neues Labor…</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s); </source>
        <translation>
            <numerusform>%n Student; </numerusform>
            <numerusform>%n Studenten; </numerusform>
        </translation>
    </message>
    <message>
        <source>%1; hosts: %2; names: %3</source>
        <translation>%1; Hosts: %2; Namen: %3</translation>
    </message>
    <message>
        <source>Export Lab Report</source>
        <translation>Laborbericht exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;HTML page (*.html)</source>
        <translation>CSV (*.csv);;HTML-Seite (*.html)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Bericht unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>all %n student(s) of lab %1</source>
        <translation>
            <numerusform>den %n Studenten des Labors %1</numerusform>
            <numerusform>alle %n Studenten des Labors %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected student(s) of lab %1</source>
        <translation>
            <numerusform>%n ausgewählten Studenten des Labors %1</numerusform>
            <numerusform>%n ausgewählte Studenten des Labors %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot name:</source>
        <translation>Snapshot-Name:</translation>
    </message>
    <message>
        <source>Reset %1 to the template? Their changes are thrown away.</source>
        <translation>%1 auf die Vorlage zurücksetzen? Deren Änderungen werden verworfen.</translation>
    </message>
    <message>
        <source>Delete the VMs and disks of %1? This cannot be undone.</source>
        <translation>VMs und Datenträger für %1 löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Revert %1 to snapshot &quot;%2&quot;? Later changes are lost.</source>
        <translation>%1 auf Snapshot „%2“ zurücksetzen? Spätere Änderungen gehen verloren.</translation>
    </message>
    <message>
        <source>Force off %1? Unsaved work in the guests is lost.</source>
        <translation>%1 zwangsweise ausschalten? Ungespeicherte Arbeit in den Gästen geht verloren.</translation>
    </message>
    <message>
        <source>%1 submitted for %2; the Jobs view shows its progress.</source>
        <translation>%1 für %2 übermittelt; die Job-Ansicht zeigt den Fortschritt.</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Mehr</translation>
    </message>
    <message>
        <source>&amp;Publish Template Version…</source>
        <translation>Vorlagenversion &amp;veröffentlichen…</translation>
    </message>
    <message>
        <source> (version %1)</source>
        <translation> (Version %1)</translation>
    </message>
    <message>
        <source>This lab ended on %1: delete its VMs when its work is saved.</source>
        <translation>Dieses Labor endete am %1: seine VMs löschen, sobald die Arbeit gesichert ist.</translation>
    </message>
    <message>
        <source>Collect Files Into</source>
        <translation>Dateien einsammeln nach</translation>
    </message>
    <message>
        <source>Paths inside each guest to copy (one per line). The VMs must be shut off.</source>
        <translation>Zu kopierende Pfade in jedem Gast (einer je Zeile). Die VMs müssen ausgeschaltet sein.</translation>
    </message>
    <message>
        <source>Publish Template Version — %1</source>
        <translation>Vorlagenversion veröffentlichen — %1</translation>
    </message>
    <message>
        <source>%1 (now version %2: %3)</source>
        <translation>%1 (jetzt Version %2: %3)</translation>
    </message>
    <message>
        <source>What changed (optional)</source>
        <translation>Was sich geändert hat (optional)</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>New &amp;template VM:</source>
        <translation>Neue &amp;Vorlagen-VM:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>A version is never changed in place: clone the template, change the clone, shut it off and publish it here (the same name on every host of the lab). Students without changes move to it now; the others on their next reset.</source>
        <translation>Eine Version wird nie an Ort und Stelle geändert: die Vorlage klonen, den Klon ändern, ihn ausschalten und hier veröffentlichen (derselbe Name auf jedem Host des Labors). Studierende ohne Änderungen wechseln jetzt, die anderen beim nächsten Zurücksetzen.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Publish Template Version</source>
        <translation>Vorlagenversion veröffentlichen</translation>
    </message>
    <message>
        <source>Version published; moving the students without changes (the Jobs view shows who moved).</source>
        <translation>Version veröffentlicht; Studierende ohne Änderungen werden umgestellt (die Job-Ansicht zeigt, wer gewechselt ist).</translation>
    </message>
    <message>
        <source>Check &amp;Capacity…</source>
        <translation>&amp;Kapazität prüfen…</translation>
    </message>
    <message>
        <source>Lab &amp;Settings…</source>
        <translation>Labor-&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Lab Settings — %1</source>
        <translation>Labor-Einstellungen — %1</translation>
    </message>
    <message>
        <source>Networks, data disks and addresses of VMs already provisioned change at their next reset.</source>
        <translation>Netzwerke, Datenträger und Adressen bereits bereitgestellter VMs ändern sich bei ihrem nächsten Zurücksetzen.</translation>
    </message>
    <message>
        <source>Cannot save the lab: %1</source>
        <translation>Das Labor kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>shared network %1</source>
        <translation>gemeinsames Netzwerk %1</translation>
    </message>
    <message>
        <source>a network per student</source>
        <translation>ein Netzwerk pro Studierendem</translation>
    </message>
    <message>
        <source>a network per group</source>
        <translation>ein Netzwerk pro Gruppe</translation>
    </message>
    <message>
        <source>data disks %1</source>
        <translation>Datenträger %1</translation>
    </message>
    <message>
        <source>starts %1 per host every %2 s</source>
        <translation>startet %1 pro Host alle %2 s</translation>
    </message>
    <message numerus="yes">
        <source>idle VMs stop after %n min</source>
        <translation>
            <numerusform>untätige VMs stoppen nach %n Min.</numerusform>
            <numerusform>untätige VMs stoppen nach %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>endet am %1</translation>
    </message>
    <message>
        <source>The labs cannot be read: %1</source>
        <translation>Die Labore können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: %2 (holds %3)</source>
        <translation>%1: %2 (enthält %3)</translation>
    </message>
    <message>
        <source>%1: %2 (the storage pool %3 there is stopped)</source>
        <translation>%1: %2 (der Speicherpool %3 dort ist gestoppt)</translation>
    </message>
    <message>
        <source>The template disks of lab %1 are in folders that are no running storage pool of their host:

%2

Define a directory pool on each (started and autostarted) so that the students&apos; disks can be made there? Without one, those hosts get no new students.</source>
        <translation>Die Vorlagen-Datenträger von Labor %1 liegen in Ordnern, die kein laufender Speicherpool ihres Hosts sind:

%2

Auf jedem einen Verzeichnis-Pool definieren (gestartet und mit Autostart), damit die Datenträger der Studierenden dort angelegt werden können? Ohne einen erhalten diese Hosts keine neuen Studierenden.</translation>
    </message>
    <message>
        <source>Looking at the storage pools of lab %1&apos;s hosts…</source>
        <translation>Die Speicherpools der Hosts von Labor %1 werden geprüft…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>&amp;Timetable…</source>
        <translation>S&amp;tundenplan…</translation>
    </message>
    <message>
        <source>The lab&apos;s recurring jobs: start, shut down, reset, snapshot, exam</source>
        <translation>Die wiederkehrenden Aufträge des Labors: Starten, Herunterfahren, Zurücksetzen, Snapshot, Prüfung</translation>
    </message>
    <message>
        <source>all students of lab %1 (%2)</source>
        <translation>alle Studierenden des Labors %1 (%2)</translation>
    </message>
    <message>
        <source>all %1 students of lab %2</source>
        <translation>alle %1 Studierenden des Labors %2</translation>
    </message>
    <message>
        <source>%1 selected students of lab %2</source>
        <translation>%1 ausgewählte Studierende des Labors %2</translation>
    </message>
    <message>
        <source>Start the VMs of %1?</source>
        <translation>Die VMs von %1 starten?</translation>
    </message>
    <message>
        <source>End the exam for %1? Their VMs get their network back.</source>
        <translation>Die Prüfung für %1 beenden? Ihre VMs bekommen ihr Netzwerk zurück.</translation>
    </message>
    <message>
        <source>Read-only: your database role can change no lab here.</source>
        <translation>Nur lesen: Ihre Datenbankrolle kann hier kein Labor ändern.</translation>
    </message>
</context>
<context>
    <name>virtdeck::ListenerWorker</name>
    <message>
        <source>the shared database</source>
        <translation>die gemeinsame Datenbank</translation>
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
        <translation>Nach Name, Titel, UUID oder Host filtern (Strg+F)</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Alle Hosts</translation>
    </message>
    <message>
        <source>Virtual Machines</source>
        <translation>Virtuelle Maschinen</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Abbilder</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>VM Details</source>
        <translation>VM-Details</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Mit %1 verbunden</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <source>Disconnected; reconnecting</source>
        <translation>Getrennt; Verbindung wird wiederhergestellt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>%1 von %2 fehlgeschlagen: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n host(s) connected</source>
        <translation>
            <numerusform>%1 von %n Host verbunden</numerusform>
            <numerusform>%1 von %n Hosts verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s): %1 running, %2 paused</source>
        <translation>
            <numerusform>%n VM: %1 laufend, %2 pausiert</numerusform>
            <numerusform>%n VMs: %1 laufend, %2 pausiert</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <source>Start the selected VMs</source>
        <translation>Ausgewählte VMs starten</translation>
    </message>
    <message>
        <source>Ask the guests to shut down (ACPI)</source>
        <translation>Gastsysteme zum Herunterfahren auffordern (ACPI)</translation>
    </message>
    <message>
        <source>Ask the guests to reboot</source>
        <translation>Gastsysteme zum Neustart auffordern</translation>
    </message>
    <message>
        <source>Power off at once, like pulling the plug</source>
        <translation>Sofort ausschalten, als würde der Netzstecker gezogen</translation>
    </message>
    <message>
        <source>Pause the selected VMs</source>
        <translation>Ausgewählte VMs pausieren</translation>
    </message>
    <message>
        <source>Resume the selected VMs</source>
        <translation>Ausgewählte VMs fortsetzen</translation>
    </message>
    <message>
        <source>Delete the selected VMs (asks first)</source>
        <translation>Ausgewählte VMs löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Add Connection…</source>
        <translation>Verbindung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit Connection…</source>
        <translation>Verbindung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove Connection</source>
        <translation>Verbindung &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>D&amp;isconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Virtual Machine</source>
        <translation>Virtuelle &amp;Maschine</translation>
    </message>
    <message>
        <source>&amp;New Virtual Machine…</source>
        <translation>&amp;Neue virtuelle Maschine…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Virtdeck</source>
        <translation>&amp;Über Virtdeck</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 erstellt</translation>
    </message>
    <message>
        <source>Creating %1 failed</source>
        <translation>Erstellen von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Force off</source>
        <translation>Ausschalten erzwingen</translation>
    </message>
    <message numerus="yes">
        <source>Power off %n VM(s) at once? Unsaved work in the guests is lost.</source>
        <translation>
            <numerusform>Soll %n VM sofort ausgeschaltet werden? Nicht gespeicherte Daten im Gastsystem gehen verloren.</numerusform>
            <numerusform>Sollen %n VMs sofort ausgeschaltet werden? Nicht gespeicherte Daten in den Gastsystemen gehen verloren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n VM(s)…</source>
        <translation>
            <numerusform>%1: %n VM…</numerusform>
            <numerusform>%1: %n VMs…</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete virtual machines</source>
        <translation>Virtuelle Maschinen löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n virtual machine(s)? Running ones are powered off first. This cannot be undone.</source>
        <translation>
            <numerusform>Soll %n virtuelle Maschine gelöscht werden? Läuft sie, wird sie zuvor ausgeschaltet. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Sollen %n virtuelle Maschinen gelöscht werden? Laufende werden zuvor ausgeschaltet. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiteres</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Also delete their disk images (storage volumes); shared and read-only disks are kept</source>
        <translation>Auch ihre Festplattenabbilder (Speicher-Volumes) löschen; gemeinsam genutzte und schreibgeschützte Datenträger bleiben erhalten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1 %2, libvirt %3</source>
        <translation>%1 %2, libvirt %3</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>No hosts yet.</source>
        <translation>Noch keine Hosts.</translation>
    </message>
    <message>
        <source>About Virtdeck</source>
        <translation>Über Virtdeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Virtdeck %1&lt;/h3&gt;&lt;p&gt;A desktop console for libvirt hypervisors: local and remote hosts, bulk operations, scheduling, backup and teaching labs.&lt;/p&gt;&lt;p&gt;Qt %2 · libvirt library %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;Hosts&lt;/b&gt;&lt;/p&gt;&lt;table cellspacing=4&gt;%4&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Virtdeck %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Konsole für libvirt-Hypervisoren: lokale und entfernte Hosts, Massenaktionen, Zeitpläne, Backups und Schulungslabore.&lt;/p&gt;&lt;p&gt;Qt %2 · libvirt-Bibliothek %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;Hosts&lt;/b&gt;&lt;/p&gt;&lt;table cellspacing=4&gt;%4&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Open &amp;Console</source>
        <translation>&amp;Konsole öffnen</translation>
    </message>
    <message>
        <source>Edit &amp;XML…</source>
        <translation>&amp;XML bearbeiten…</translation>
    </message>
    <message>
        <source>S&amp;napshots…</source>
        <translation>S&amp;napshots…</translation>
    </message>
    <message>
        <source>C&amp;lone…</source>
        <translation>Kl&amp;onen…</translation>
    </message>
    <message>
        <source>Add Connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Edit Connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the connection %1? Its VMs stay on the host; only Virtdeck forgets the connection.</source>
        <translation>Soll die Verbindung %1 entfernt werden? Ihre VMs bleiben auf dem Host erhalten; nur Virtdeck vergisst die Verbindung.</translation>
    </message>
    <message>
        <source>The system keyring cannot be read</source>
        <translation>Der System-Schlüsselbund kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The system keyring refused the password</source>
        <translation>Der System-Schlüsselbund hat das Passwort abgelehnt</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Scheduler</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>&amp;Planen…</translation>
    </message>
    <message>
        <source>Run an action on the selected VMs later, after another job, or on a recurring schedule (Ctrl+Shift+S)</source>
        <translation>Eine Aktion für die ausgewählten VMs später, nach einem anderen Job oder nach einem wiederkehrenden Zeitplan ausführen (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Sc&amp;hedule</source>
        <translation>&amp;Zeitplanung</translation>
    </message>
    <message>
        <source>&amp;Migrate…</source>
        <translation>&amp;Migrieren…</translation>
    </message>
    <message>
        <source>Move the selected VMs to another host (Ctrl+Shift+M)</source>
        <translation>Die ausgewählten VMs auf einen anderen Host verschieben (Strg+Umschalt+M)</translation>
    </message>
    <message>
        <source>&amp;Evacuate Host…</source>
        <translation>Host &amp;räumen…</translation>
    </message>
    <message>
        <source>Move every VM of the selected host to the others, placed by the scheduler&apos;s rules</source>
        <translation>Alle VMs des ausgewählten Hosts auf die anderen verschieben, platziert nach den Regeln des Planers</translation>
    </message>
    <message>
        <source>Re&amp;balance Hosts…</source>
        <translation>Hosts aus&amp;gleichen…</translation>
    </message>
    <message>
        <source>Move running VMs from the fullest to the emptiest hosts until their memory loads are within ten points</source>
        <translation>Laufende VMs von den vollsten auf die leersten Hosts verschieben, bis ihre Speicherauslastung höchstens zehn Prozentpunkte auseinanderliegt</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Back up the selected VMs into the backup repository (incremental after the first; Ctrl+B)</source>
        <translation>Die ausgewählten VMs in das Backup-Repository sichern (nach dem ersten Mal inkrementell; Strg+B)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>Labore</translation>
    </message>
    <message>
        <source>&amp;Lab</source>
        <translation>&amp;Labor</translation>
    </message>
    <message>
        <source>&amp;Labs Pane</source>
        <translation>&amp;Labor-Bereich</translation>
    </message>
    <message>
        <source>&amp;New Lab…</source>
        <translation>&amp;Neues Labor…</translation>
    </message>
    <message>
        <source>Job %1, %2 %3: %4</source>
        <translation>Job %1, %2 %3: %4</translation>
    </message>
    <message>
        <source>Jobs: %1 running, %2 waiting</source>
        <translation>Jobs: %1 laufen, %2 warten</translation>
    </message>
    <message>
        <source>Evacuate %1</source>
        <translation>%1 räumen</translation>
    </message>
    <message>
        <source>evacuate %1</source>
        <translation>%1 räumen</translation>
    </message>
    <message>
        <source>Rebalance hosts</source>
        <translation>Hosts ausgleichen</translation>
    </message>
    <message>
        <source>rebalance</source>
        <translation>ausgleichen</translation>
    </message>
    <message>
        <source>Nothing needs to move.</source>
        <translation>Nichts muss verschoben werden.</translation>
    </message>
    <message>
        <source>No VM can be moved.</source>
        <translation>Keine VM kann verschoben werden.</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Alert &amp;Rules…</source>
        <translation>Alarm&amp;regeln…</translation>
    </message>
    <message>
        <source>Choose which thresholds raise an alert</source>
        <translation>Festlegen, welche Schwellenwerte einen Alarm auslösen</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>Regeln…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Virtdeck alert: %1</source>
        <translation>Virtdeck-Alarm: %1</translation>
    </message>
    <message>
        <source>Select one or more VMs, or a host, to see their charts.</source>
        <translation>Eine oder mehrere VMs oder einen Host auswählen, um die Diagramme anzuzeigen.</translation>
    </message>
    <message>
        <source>No storage pool</source>
        <translation>Kein Speicherpool</translation>
    </message>
    <message>
        <source>%1 has no storage pool. New VMs, backups and labs need one to keep their disks in.

Create the usual pool &quot;%2&quot; in %3?</source>
        <translation>%1 hat keinen Speicherpool. Neue VMs, Backups und Labore brauchen einen, um ihre Datenträger darin abzulegen.

Den üblichen Pool „%2“ in %3 erstellen?</translation>
    </message>
    <message>
        <source>Create Pool</source>
        <translation>Pool erstellen</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Creating storage pool &quot;%1&quot; in %2</source>
        <translation>Speicherpool „%1“ wird in %2 erstellt</translation>
    </message>
    <message>
        <source>Waiting for libvirt on %1: %2 (%3 s)</source>
        <translation>Warten auf libvirt auf %1: %2 (%3 s)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (und %n weiterer)</numerusform>
            <numerusform>%1 (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-read every VM and every storage pool of every connected host (F5)</source>
        <translation>Jede VM und jeden Speicherpool jedes verbundenen Hosts neu einlesen (F5)</translation>
    </message>
    <message>
        <source>Go to &amp;Jobs</source>
        <translation>Zu den &amp;Jobs</translation>
    </message>
    <message>
        <source>Solver</source>
        <translation>Solver</translation>
    </message>
    <message>
        <source>Greedy</source>
        <translation>Greedy</translation>
    </message>
    <message>
        <source>Planning: %1…</source>
        <translation>Planung: %1…</translation>
    </message>
    <message>
        <source>Open in &amp;virt-viewer</source>
        <translation>In &amp;virt-viewer öffnen</translation>
    </message>
    <message>
        <source>&amp;Serial Console</source>
        <translation>&amp;Serielle Konsole</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>C&amp;onsole</source>
        <translation>K&amp;onsole</translation>
    </message>
    <message>
        <source>Open the VM&apos;s screen in a window of its own</source>
        <translation>Den Bildschirm der VM in einem eigenen Fenster öffnen</translation>
    </message>
    <message>
        <source>&amp;Maintenance Mode</source>
        <translation>&amp;Wartungsmodus</translation>
    </message>
    <message>
        <source>The selected host takes no VMs until maintenance ends; entering it offers to move its VMs away</source>
        <translation>Der ausgewählte Host nimmt bis zum Ende der Wartung keine VMs auf; beim Einschalten wird angeboten, seine VMs zu verschieben</translation>
    </message>
    <message>
        <source>%1 is in maintenance: placement gives it no VMs.</source>
        <translation>%1 ist in Wartung: Die Platzierung weist ihm keine VMs zu.</translation>
    </message>
    <message>
        <source>%1 is out of maintenance.</source>
        <translation>%1 ist nicht mehr in Wartung.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Read-only: your database role can change none of the team&apos;s hosts and alert rules.</source>
        <translation>Nur lesen: Ihre Datenbankrolle kann keinen der Hosts und keine der Alarmregeln des Teams ändern.</translation>
    </message>
</context>
<context>
    <name>virtdeck::MigrateDialog</name>
    <message>
        <source>Migrate %1</source>
        <translation>%1 migrieren</translation>
    </message>
    <message numerus="yes">
        <source>Migrate %n VM(s)</source>
        <translation>
            <numerusform>%n VM migrieren</numerusform>
            <numerusform>%n VMs migrieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen by placement (the host with most room)</source>
        <translation>Von der Platzierung gewählt (der Host mit dem meisten Platz)</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 not used by running VMs</source>
        <translation>%1 — %2 von %3 nicht von laufenden VMs belegt</translation>
    </message>
    <message>
        <source>Keep the name</source>
        <translation>Namen beibehalten</translation>
    </message>
    <message>
        <source>Only a single VM can be renamed while it moves.</source>
        <translation>Nur eine einzelne VM kann beim Verschieben umbenannt werden.</translation>
    </message>
    <message>
        <source>&amp;Peer to peer (the source host&apos;s libvirtd connects to the destination itself)</source>
        <translation>&amp;Peer-to-Peer (der libvirtd des Quellhosts verbindet sich selbst mit dem Ziel)</translation>
    </message>
    <message>
        <source>&amp;Copy the disks too (for hosts without shared storage; running VMs only)</source>
        <translation>Datenträger ebenfalls &amp;kopieren (für Hosts ohne gemeinsamen Speicher; nur laufende VMs)</translation>
    </message>
    <message>
        <source>Running and paused VMs move live and keep running; shut-off VMs move their definition. Each move is a job: follow its progress and cancel it in the Jobs pane.</source>
        <translation>Laufende und pausierte VMs werden live verschoben und laufen weiter; bei ausgeschalteten VMs wird die Definition verschoben. Jede Verschiebung ist ein Job: Fortschritt und Abbruch im Job-Bereich.</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>Neuer &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Migrate</source>
        <translation>&amp;Migrieren</translation>
    </message>
    <message>
        <source>Select the VMs to migrate first.</source>
        <translation>Wählen Sie zuerst die zu migrierenden VMs aus.</translation>
    </message>
    <message>
        <source>No other connected host can take these VMs: connect the destination first.</source>
        <translation>Kein anderer verbundener Host kann diese VMs aufnehmen: Verbinden Sie zuerst das Ziel.</translation>
    </message>
    <message>
        <source>The name must not contain &apos;/&apos;.</source>
        <translation>Der Name darf kein „/“ enthalten.</translation>
    </message>
</context>
<context>
    <name>virtdeck::MigrationService</name>
    <message>
        <source>%1 exists on %2 but is smaller (%3) than the source disk (%4)</source>
        <translation>%1 existiert auf %2, ist aber kleiner (%3) als der Quelldatenträger (%4)</translation>
    </message>
    <message>
        <source>%1 is not a volume of a storage pool on the source host, so its size and format are unknown; create it on %2 first</source>
        <translation>%1 ist kein Volume eines Speicherpools auf dem Quell-Host, daher sind Größe und Format unbekannt; es zuerst auf %2 erstellen</translation>
    </message>
    <message>
        <source>%1 needs the storage pool &quot;%2&quot; on %3, which does not exist there</source>
        <translation>%1 benötigt den Speicherpool „%2“ auf %3, der dort nicht existiert</translation>
    </message>
    <message>
        <source>%1 needs the pool &quot;%2&quot; at %3 on %4, but it is at %5 there</source>
        <translation>%1 benötigt den Pool „%2“ unter %3 auf %4, aber dort liegt er unter %5</translation>
    </message>
    <message>
        <source>the storage pool &quot;%1&quot; on %2 is not active</source>
        <translation>der Speicherpool „%1“ auf %2 ist nicht aktiv</translation>
    </message>
    <message>
        <source>Copying the storage needs the disk volumes on %1: %2.</source>
        <translation>Das Kopieren des Speichers benötigt die Datenträger-Volumes auf %1: %2.</translation>
    </message>
    <message>
        <source>Cannot create %1 on %2: %3</source>
        <translation>%1 kann auf %2 nicht erstellt werden: %3</translation>
    </message>
    <message>
        <source>A migration is already running.</source>
        <translation>Es läuft bereits eine Migration.</translation>
    </message>
    <message>
        <source>Choose a connected destination host.</source>
        <translation>Einen verbundenen Ziel-Host auswählen.</translation>
    </message>
    <message>
        <source>The VM already is on %1.</source>
        <translation>Die VM ist bereits auf %1.</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 ist nicht verbunden.</translation>
    </message>
    <message>
        <source>%1 and %2 are the same host (host UUID %3): libvirt cannot migrate a VM to the host it is on.</source>
        <translation>%1 und %2 sind derselbe Host (Host-UUID %3): libvirt kann eine VM nicht auf den Host migrieren, auf dem sie sich befindet.</translation>
    </message>
    <message>
        <source>A VM named &quot;%1&quot; already exists on %2.</source>
        <translation>Auf %2 existiert bereits eine VM namens „%1“.</translation>
    </message>
    <message>
        <source>The VM&apos;s UUID is already used on %1 (by &quot;%2&quot;).</source>
        <translation>Die UUID der VM wird auf %1 bereits verwendet (von „%2“).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither running nor defined.</source>
        <translation>„%1“ läuft nicht und ist nicht definiert.</translation>
    </message>
    <message>
        <source>Copying the storage needs a running VM; an offline migration moves the definition only. Copy the disks to %1 yourself, or start the VM and migrate it live.</source>
        <translation>Das Kopieren des Speichers benötigt eine laufende VM; eine Offline-Migration verschiebt nur die Definition. Die Datenträger selbst nach %1 kopieren oder die VM starten und live migrieren.</translation>
    </message>
    <message>
        <source>Creating the disk volumes on %1…</source>
        <translation>Die Datenträger-Volumes werden auf %1 erstellt…</translation>
    </message>
    <message>
        <source>Cancelled; &quot;%1&quot; stays on %2.</source>
        <translation>Abgebrochen; „%1“ bleibt auf %2.</translation>
    </message>
    <message>
        <source>Migrating &quot;%1&quot; live to %2…</source>
        <translation>„%1“ wird live nach %2 migriert…</translation>
    </message>
    <message>
        <source>Moving the definition of &quot;%1&quot; to %2…</source>
        <translation>Die Definition von „%1“ wird nach %2 verschoben…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; stays on %2.</source>
        <translation>„%1“ bleibt auf %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer on %2.</source>
        <translation>„%1“ ist nicht mehr auf %2.</translation>
    </message>
    <message>
        <source>Cancelled; %1</source>
        <translation>Abgebrochen; %1</translation>
    </message>
    <message>
        <source>The CPU of %1 cannot run this VM as configured: %2</source>
        <translation>Die CPU von %1 kann diese VM in ihrer Konfiguration nicht ausführen: %2</translation>
    </message>
    <message>
        <source>%1 (choose &quot;Copy storage&quot;, or put the disks on storage both hosts share with cache mode &quot;none&quot;)</source>
        <translation>%1 („Speicher kopieren“ wählen oder die Datenträger auf von beiden Hosts gemeinsam genutzten Speicher mit Cache-Modus „none“ legen)</translation>
    </message>
    <message>
        <source>%1 (with peer-to-peer, %2 itself must reach %3)</source>
        <translation>%1 (bei Peer-to-Peer muss %2 selbst %3 erreichen)</translation>
    </message>
    <message>
        <source>Migration to %1 failed: %2 %3</source>
        <translation>Migration nach %1 fehlgeschlagen: %2 %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; now runs on %2 (moved in %3 s).</source>
        <translation>„%1“ läuft jetzt auf %2 (verschoben in %3 s).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now defined on %2.</source>
        <translation>„%1“ ist jetzt auf %2 definiert.</translation>
    </message>
    <message>
        <source>%1 has no storage volume at %2; unless that storage is shared, copy the disks there before starting the VM.</source>
        <translation>%1 hat kein Speicher-Volume unter %2; sofern dieser Speicher nicht gemeinsam genutzt wird, die Datenträger vor dem Start der VM dorthin kopieren.</translation>
    </message>
</context>
<context>
    <name>virtdeck::MovePlanDialog</name>
    <message>
        <source>Two plans for the same moves. Pick the one to carry out; each migration becomes a job in the Jobs view.</source>
        <translation>Zwei Pläne für dieselben Verschiebungen. Wählen Sie den auszuführenden; jede Migration wird ein Auftrag in der Auftragsansicht.</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <source>&amp;Migrate</source>
        <translation>&amp;Migrieren</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Höchste</translation>
    </message>
    <message numerus="yes">
        <source>%n move(s)</source>
        <translation>
            <numerusform>%n Verschiebung</numerusform>
            <numerusform>%n Verschiebungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n VM(s) not placed</source>
        <translation>
            <numerusform>, %n VM nicht platziert</numerusform>
            <numerusform>, %n VMs nicht platziert</numerusform>
        </translation>
    </message>
    <message>
        <source>Found by the greedy rules.</source>
        <translation>Von den Greedy-Regeln gefunden.</translation>
    </message>
    <message>
        <source>Load after the moves:</source>
        <translation>Last nach den Verschiebungen:</translation>
    </message>
</context>
<context>
    <name>virtdeck::NewVmService</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>The host&apos;s domain capabilities cannot be read</source>
        <translation>Die Domain-Fähigkeiten des Hosts können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the host&apos;s domain capabilities: %1</source>
        <translation>Die Domain-Fähigkeiten des Hosts können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot create the disk: %1</source>
        <translation>Der Datenträger kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Defined, but it did not start: %1</source>
        <translation>Definiert, aber nicht gestartet: %1</translation>
    </message>
</context>
<context>
    <name>virtdeck::NewVmWizard</name>
    <message>
        <source>New Virtual Machine</source>
        <translation>Neue virtuelle Maschine</translation>
    </message>
    <message>
        <source>Host and installation source</source>
        <translation>Host und Installationsquelle</translation>
    </message>
    <message>
        <source>Install from an ISO image</source>
        <translation>Von einem ISO-Abbild installieren</translation>
    </message>
    <message>
        <source>Import an existing disk image</source>
        <translation>Ein vorhandenes Festplattenabbild importieren</translation>
    </message>
    <message>
        <source>Start from a template image (linked clone)</source>
        <translation>Von einem Vorlagen-Abbild ausgehen (verknüpfter Klon)</translation>
    </message>
    <message>
        <source>Hardware acceleration (KVM)</source>
        <translation>Hardwarebeschleunigung (KVM)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Abbild:</translation>
    </message>
    <message>
        <source>New disks in pool:</source>
        <translation>Neue Datenträger im Pool:</translation>
    </message>
    <message>
        <source>Name and resources</source>
        <translation>Name und Ressourcen</translation>
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
        <translation>Die VM nach dem Erstellen starten</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>vCPUs:</source>
        <translation>vCPUs:</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Arbeitsspeicher:</translation>
    </message>
    <message>
        <source>Disk size:</source>
        <translation>Datenträgergröße:</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netzwerk:</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Built from the host&apos;s domain capabilities. Finish creates the disk, defines the VM (libvirt validates it) and starts it when asked.</source>
        <translation>Aus den Domain-Fähigkeiten des Hosts erstellt. „Fertigstellen“ legt den Datenträger an, definiert die VM (libvirt prüft sie) und startet sie auf Wunsch.</translation>
    </message>
    <message>
        <source>No host is connected. Connect a host first.</source>
        <translation>Kein Host ist verbunden. Zuerst einen Host verbinden.</translation>
    </message>
    <message>
        <source>Reading the host&apos;s capabilities and storage…</source>
        <translation>Fähigkeiten und Speicher des Hosts werden gelesen…</translation>
    </message>
    <message>
        <source>The VM was not created: %1</source>
        <translation>Die VM wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <source>This host cannot create VMs here: %1</source>
        <translation>Dieser Host kann hier keine VMs erstellen: %1</translation>
    </message>
    <message>
        <source>The host offers %1: %2, machine %3, up to %4 vCPUs.</source>
        <translation>Der Host bietet %1: %2, Maschine %3, bis zu %4 vCPUs.</translation>
    </message>
    <message>
        <source>KVM</source>
        <translation>KVM</translation>
    </message>
    <message>
        <source>QEMU emulation (TCG) only</source>
        <translation>Nur QEMU-Emulation (TCG)</translation>
    </message>
    <message>
        <source>User-mode networking (no host network needed)</source>
        <translation>Netzwerk im Benutzermodus (kein Host-Netzwerk nötig)</translation>
    </message>
    <message>
        <source>Network %1</source>
        <translation>Netzwerk %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>No ISO images in the host&apos;s storage pools</source>
        <translation>Keine ISO-Abbilder in den Speicherpools des Hosts</translation>
    </message>
    <message>
        <source>No disk images in the host&apos;s storage pools</source>
        <translation>Keine Festplattenabbilder in den Speicherpools des Hosts</translation>
    </message>
    <message>
        <source>No connected host has %1 free.</source>
        <translation>Kein verbundener Host hat %1 frei.</translation>
    </message>
    <message>
        <source>Suggested: %1, the host with the most free memory (%2).</source>
        <translation>Vorschlag: %1, der Host mit dem meisten freien Arbeitsspeicher (%2).</translation>
    </message>
    <message>
        <source>(new volume %1.qcow2 in pool %2)</source>
        <translation>(neues Volume %1.qcow2 im Pool %2)</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
</context>
<context>
    <name>virtdeck::PoolTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Belegung</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>Autostart</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
</context>
<context>
    <name>virtdeck::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies when Virtdeck next starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Virtdeck wirksam.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Default connection:</source>
        <translation>Standard&amp;verbindung:</translation>
    </message>
    <message>
        <source>Ask before forcing several VMs off</source>
        <translation>Vor dem erzwungenen Ausschalten mehrerer VMs nachfragen</translation>
    </message>
    <message>
        <source>Ask before removing a connection</source>
        <translation>Vor dem Entfernen einer Verbindung nachfragen</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>Bestätigungen</translation>
    </message>
    <message>
        <source>Deleting VMs always asks first: it cannot be undone.</source>
        <translation>Beim Löschen von VMs wird immer nachgefragt: Es kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>&amp;Sample every:</source>
        <translation>&amp;Messen alle:</translation>
    </message>
    <message>
        <source>&amp;Chart window:</source>
        <translation>&amp;Zeitraum der Diagramme:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Backup repository</source>
        <translation>Backup-Repository</translation>
    </message>
    <message>
        <source>Backup and scheduler</source>
        <translation>Backup und Scheduler</translation>
    </message>
    <message>
        <source>&amp;Backup repository:</source>
        <translation>&amp;Backup-Repository:</translation>
    </message>
    <message>
        <source>Jobs at once, in &amp;all:</source>
        <translation>Gleichzeitige Jobs &amp;insgesamt:</translation>
    </message>
    <message>
        <source>Jobs at once, per &amp;host:</source>
        <translation>Gleichzeitige Jobs pro &amp;Host:</translation>
    </message>
    <message>
        <source>Memory VMs may be given, as a multiple of a host&apos;s memory (placement and the lab capacity check).</source>
        <translation>Arbeitsspeicher, den VMs erhalten dürfen, als Vielfaches des Arbeitsspeichers eines Hosts (Platzierung und Kapazitätsprüfung der Labore).</translation>
    </message>
    <message>
        <source>vCPUs VMs may be given, as a multiple of a host&apos;s CPUs (placement and the lab capacity check).</source>
        <translation>vCPUs, die VMs erhalten dürfen, als Vielfaches der CPUs eines Hosts (Platzierung und Kapazitätsprüfung der Labore).</translation>
    </message>
    <message>
        <source>&amp;Memory overcommit:</source>
        <translation>&amp;Arbeitsspeicher-Überbelegung:</translation>
    </message>
    <message>
        <source>v&amp;CPU overcommit:</source>
        <translation>v&amp;CPU-Überbelegung:</translation>
    </message>
    <message>
        <source>this computer only (SQLite)</source>
        <translation>nur dieser Rechner (SQLite)</translation>
    </message>
    <message>
        <source>A PostgreSQL database the team shares for jobs, schedules and labs, e.g. postgresql://anna@db.school.example/virtdeck. The password comes from ~/.pgpass. Used from the next start; `virtdeck db migrate --to URL` copies this computer&apos;s state there first.</source>
        <translation>Eine PostgreSQL-Datenbank, die das Team für Jobs, Zeitpläne und Labore teilt, z. B. postgresql://anna@db.schule.example/virtdeck. Das Passwort kommt aus ~/.pgpass. Gilt ab dem nächsten Start; `virtdeck db migrate --to URL` kopiert vorher den Stand dieses Rechners dorthin.</translation>
    </message>
    <message>
        <source>Shared &amp;database:</source>
        <translation>Gemeinsame &amp;Datenbank:</translation>
    </message>
</context>
<context>
    <name>virtdeck::RestoreDialog</name>
    <message>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>As backed up</source>
        <translation>Wie gesichert</translation>
    </message>
    <message>
        <source>As backed up (%1)</source>
        <translation>Wie gesichert (%1)</translation>
    </message>
    <message>
        <source>qcow2</source>
        <translation>qcow2</translation>
    </message>
    <message>
        <source>raw (thin)</source>
        <translation>raw (dünn)</translation>
    </message>
    <message>
        <source>The backup becomes a new VM with a new UUID and new MACs; its disks are written as new volumes in the pool. The restore runs as a job: follow it and cancel it in the Jobs pane.</source>
        <translation>Das Backup wird zu einer neuen VM mit neuer UUID und neuen MACs; ihre Datenträger werden als neue Volumes in den Pool geschrieben. Die Wiederherstellung läuft als Job: Fortschritt und Abbruch im Job-Bereich.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>New VM &amp;name:</source>
        <translation>&amp;Name der neuen VM:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>&amp;Pool:</translation>
    </message>
    <message>
        <source>Disk &amp;format:</source>
        <translation>Platten&amp;format:</translation>
    </message>
    <message>
        <source>Connect the host to restore to first.</source>
        <translation>Verbinden Sie zuerst den Host, auf dem wiederhergestellt werden soll.</translation>
    </message>
    <message>
        <source>Name the new VM.</source>
        <translation>Geben Sie der neuen VM einen Namen.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Der Name</translation>
    </message>
    <message>
        <source>There is a VM named %1 on this host already.</source>
        <translation>Auf diesem Host gibt es bereits eine VM namens %1.</translation>
    </message>
    <message>
        <source>The host has no active storage pool to restore into.</source>
        <translation>Der Host hat keinen aktiven Speicherpool für die Wiederherstellung.</translation>
    </message>
    <message>
        <source>Checking the host…</source>
        <translation>Host wird geprüft…</translation>
    </message>
</context>
<context>
    <name>virtdeck::RestoreTargetCheck</name>
    <message>
        <source>The host is not connected.</source>
        <translation>Der Host ist nicht verbunden.</translation>
    </message>
    <message>
        <source>There is a VM named %1 on this host already.</source>
        <translation>Auf diesem Host gibt es bereits eine VM namens %1.</translation>
    </message>
    <message>
        <source>There is no storage pool %1 on this host.</source>
        <translation>Auf diesem Host gibt es keinen Speicherpool %1.</translation>
    </message>
    <message>
        <source>The storage pool %1 is not active.</source>
        <translation>Der Speicherpool %1 ist nicht aktiv.</translation>
    </message>
    <message>
        <source>The pool %1 holds a volume named %2 already: choose another name.</source>
        <translation>Der Pool %1 enthält bereits ein Volume namens %2: Bitte einen anderen Namen wählen.</translation>
    </message>
</context>
<context>
    <name>virtdeck::ScheduleDialog</name>
    <message>
        <source>Schedule</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>VM names, separated by commas</source>
        <translation>VM-Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Empty: named by the time it is taken</source>
        <translation>Leer: nach dem Aufnahmezeitpunkt benannt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Do not wait</source>
        <translation>Nicht warten</translation>
    </message>
    <message>
        <source>Then force off if still running</source>
        <translation>Danach ausschalten erzwingen, falls noch aktiv</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>At a time</source>
        <translation>Zu einem Zeitpunkt</translation>
    </message>
    <message>
        <source>After another job</source>
        <translation>Nach einem anderen Job</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation>Cron-Ausdruck</translation>
    </message>
    <message>
        <source>job #</source>
        <translation>Job #</translation>
    </message>
    <message>
        <source>Times of day as HH:MM, separated by commas</source>
        <translation>Uhrzeiten als HH:MM, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <source>minute hour day-of-month month weekday, e.g. &quot;0 9 * * 1-5&quot;</source>
        <translation>Minute Stunde Monatstag Monat Wochentag, z. B. „0 9 * * 1-5“</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Optional lab or batch label</source>
        <translation>Optionale Labor- oder Stapelbezeichnung</translation>
    </message>
    <message>
        <source>Wait for it and retry</source>
        <translation>Warten und erneut versuchen</translation>
    </message>
    <message>
        <source>Fail the job</source>
        <translation>Job fehlschlagen lassen</translation>
    </message>
    <message>
        <source>Run a missed run once when the scheduler next starts</source>
        <translation>Einen verpassten Lauf beim nächsten Start des Schedulers einmal nachholen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>VMs:</source>
        <translation>VMs:</translation>
    </message>
    <message>
        <source>&amp;Snapshot:</source>
        <translation>&amp;Snapshot:</translation>
    </message>
    <message>
        <source>Wait for power-off:</source>
        <translation>Auf Ausschalten warten:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation>Aus&amp;führen:</translation>
    </message>
    <message>
        <source>Schedule &amp;name:</source>
        <translation>&amp;Name des Zeitplans:</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>If the host is &amp;unreachable:</source>
        <translation>Wenn der Host nicht &amp;erreichbar ist:</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit schedule</source>
        <translation>Zeitplan bearbeiten</translation>
    </message>
    <message>
        <source>Select the VMs to act on first.</source>
        <translation>Zuerst die betroffenen VMs auswählen.</translation>
    </message>
    <message>
        <source>Name the snapshot to delete.</source>
        <translation>Den zu löschenden Snapshot angeben.</translation>
    </message>
    <message>
        <source>Runs as soon as the queue allows.</source>
        <translation>Läuft, sobald die Warteschlange es zulässt.</translation>
    </message>
    <message>
        <source>Runs at %1.</source>
        <translation>Läuft um %1.</translation>
    </message>
    <message>
        <source>Runs once job #%1 has finished successfully.</source>
        <translation>Läuft, sobald Job #%1 erfolgreich beendet wurde.</translation>
    </message>
    <message>
        <source>%1. Next runs: %2</source>
        <translation>%1. Nächste Läufe: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>All backups</source>
        <translation>Alle Backups</translation>
    </message>
    <message>
        <source>After each good backup, prune the repository to this many backups per VM (the Preferences&apos; repository)</source>
        <translation>Nach jedem erfolgreichen Backup das Repository auf so viele Backups je VM ausdünnen (das Repository aus den Einstellungen)</translation>
    </message>
    <message>
        <source>Full backup (otherwise only what changed since the last)</source>
        <translation>Vollständiges Backup (sonst nur, was sich seit dem letzten geändert hat)</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>Die letzten &amp;behalten:</translation>
    </message>
    <message>
        <source>Lab %1: all its students when it runs</source>
        <translation>Labor %1: alle seine Studierenden bei der Ausführung</translation>
    </message>
    <message>
        <source>qemu+ssh://root@standby/system</source>
        <translation>qemu+ssh://root@standby/system</translation>
    </message>
    <message>
        <source>The host that keeps the replica: each run copies what changed since the last (backups in the Preferences&apos; repository)</source>
        <translation>Der Host, der das Replikat hält: Jeder Lauf kopiert, was sich seit dem letzten geändert hat (Backups im Repository aus den Einstellungen)</translation>
    </message>
    <message>
        <source>S&amp;tandby host:</source>
        <translation>S&amp;tandby-Host:</translation>
    </message>
    <message>
        <source>Name the standby host that keeps the replica.</source>
        <translation>Den Standby-Host angeben, der das Replikat hält.</translation>
    </message>
</context>
<context>
    <name>virtdeck::Scheduler</name>
    <message>
        <source>%1, pid %2 on %3</source>
        <translation>%1, PID %2 auf %3</translation>
    </message>
</context>
<context>
    <name>virtdeck::SchedulerEngine</name>
    <message>
        <source>Cannot open the scheduler database %1: %2</source>
        <translation>Die Scheduler-Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The scheduler stopped while the job ran; its outcome was not recorded.</source>
        <translation>Der Scheduler wurde während des Jobs beendet; das Ergebnis wurde nicht erfasst.</translation>
    </message>
    <message>
        <source>Cannot save job %1: %2</source>
        <translation>Job %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Interrupted: the process running this job ended before it finished.</source>
        <translation>Unterbrochen: Der ausführende Prozess wurde vor dem Abschluss des Jobs beendet.</translation>
    </message>
    <message>
        <source>Created by the schedule &quot;%1&quot;.</source>
        <translation>Vom Zeitplan „%1“ erstellt.</translation>
    </message>
    <message>
        <source>Skipped the run due %1: no scheduler was running then, and catching up is off.</source>
        <translation>Den für %1 fälligen Lauf übersprungen: Zu der Zeit lief kein Scheduler, und Nachholen ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>Missed its time (%1) while no scheduler was running; running it once now.</source>
        <translation>Zeitpunkt (%1) verpasst, da kein Scheduler lief; wird jetzt einmal ausgeführt.</translation>
    </message>
    <message>
        <source>Not run: the job it follows (#%1) does not exist.</source>
        <translation>Nicht ausgeführt: Der vorausgehende Job (#%1) existiert nicht.</translation>
    </message>
    <message>
        <source>Not run: the job it follows (#%1) ended %2.</source>
        <translation>Nicht ausgeführt: Der vorausgehende Job (#%1) endete als „%2“.</translation>
    </message>
    <message>
        <source>Started (attempt %1).</source>
        <translation>Gestartet (Versuch %1).</translation>
    </message>
    <message>
        <source>Started.</source>
        <translation>Gestartet.</translation>
    </message>
    <message>
        <source>Unknown job kind &quot;%1&quot;.</source>
        <translation>Unbekannte Job-Art „%1“.</translation>
    </message>
    <message>
        <source>Queued to run at %1.</source>
        <translation>Zur Ausführung um %1 eingereiht.</translation>
    </message>
    <message>
        <source>Queued to run after job #%1.</source>
        <translation>Zur Ausführung nach Job #%1 eingereiht.</translation>
    </message>
    <message>
        <source>Queued.</source>
        <translation>Eingereiht.</translation>
    </message>
    <message>
        <source>Cannot save the jobs: %1</source>
        <translation>Die Jobs können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cancelled before it ran.</source>
        <translation>Vor der Ausführung abgebrochen.</translation>
    </message>
    <message>
        <source>Retry of job #%1.</source>
        <translation>Wiederholung von Job #%1.</translation>
    </message>
    <message>
        <source>A schedule needs at least one VM.</source>
        <translation>Ein Zeitplan benötigt mindestens eine VM.</translation>
    </message>
    <message>
        <source>There is no such schedule.</source>
        <translation>Diesen Zeitplan gibt es nicht.</translation>
    </message>
    <message>
        <source>Run now by hand.</source>
        <translation>Jetzt manuell ausgeführt.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 (a cancel had been requested while it ran)</source>
        <translation>%1 (während der Ausführung wurde ein Abbruch angefordert)</translation>
    </message>
    <message>
        <source>%1 Waiting; next try at %2.</source>
        <translation>%1 Warten; nächster Versuch um %2.</translation>
    </message>
    <message>
        <source>Cancel requested; the job stops where its action allows (an action already sent to the host cannot be recalled).</source>
        <translation>Abbruch angefordert; der Job hält an, sobald seine Aktion es zulässt (eine bereits an den Host gesendete Aktion kann nicht zurückgeholt werden).</translation>
    </message>
    <message>
        <source>Interrupted: the runner of this job stopped answering before it finished.</source>
        <translation>Unterbrochen: Der Ausführer dieses Jobs antwortete nicht mehr, bevor er fertig war.</translation>
    </message>
    <message>
        <source>The shared database %1 does not answer: %2 Virtdeck tries again every few seconds; jobs already running here go on.</source>
        <translation>Die gemeinsame Datenbank %1 antwortet nicht: %2 Virtdeck versucht es alle paar Sekunden erneut; hier bereits laufende Jobs laufen weiter.</translation>
    </message>
    <message>
        <source>The shared database %1 answers again.</source>
        <translation>Die gemeinsame Datenbank %1 antwortet wieder.</translation>
    </message>
    <message>
        <source>no runner (start `virtdeck scheduler --headless --database %1` on a server)</source>
        <translation>kein Ausführer (starten Sie `virtdeck scheduler --headless --database %1` auf einem Server)</translation>
    </message>
</context>
<context>
    <name>virtdeck::SerialConsoleSession</name>
    <message>
        <source>The host is not connected.</source>
        <translation>Der Host ist nicht verbunden.</translation>
    </message>
    <message>
        <source>The VM is not running.</source>
        <translation>Die VM läuft nicht.</translation>
    </message>
    <message>
        <source>Another client opened this console.</source>
        <translation>Ein anderer Client hat diese Konsole geöffnet.</translation>
    </message>
    <message>
        <source>The console closed; reconnecting…</source>
        <translation>Die Konsole wurde geschlossen; neue Verbindung…</translation>
    </message>
</context>
<context>
    <name>virtdeck::SerialConsoleWidget</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
</context>
<context>
    <name>virtdeck::SerialConsoleWindow</name>
    <message>
        <source>%1 — Serial Console</source>
        <translation>%1 – Serielle Konsole</translation>
    </message>
    <message>
        <source>console connected</source>
        <translation>Konsole verbunden</translation>
    </message>
    <message>
        <source>Connecting to the serial console…</source>
        <translation>Verbindung zur seriellen Konsole wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to the serial console.</source>
        <translation>Mit der seriellen Konsole verbunden.</translation>
    </message>
    <message>
        <source>The VM is off: the console opens when it starts.</source>
        <translation>Die VM ist aus: Die Konsole öffnet sich, wenn sie startet.</translation>
    </message>
    <message>
        <source>This VM has no serial console to open.</source>
        <translation>Diese VM hat keine serielle Konsole.</translation>
    </message>
    <message>
        <source>The console cannot be opened.</source>
        <translation>Die Konsole kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Geschlossen.</translation>
    </message>
</context>
<context>
    <name>virtdeck::SnapshotService</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>snapshot list</source>
        <translation>Snapshot-Liste</translation>
    </message>
    <message>
        <source>snapshot %1</source>
        <translation>Snapshot %1</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2 created</source>
        <translation>Snapshot %1 von %2 erstellt</translation>
    </message>
    <message>
        <source>Creating snapshot %1 of %2 failed</source>
        <translation>Erstellen von Snapshot %1 von %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%2 reverted to snapshot %1</source>
        <translation>%2 auf Snapshot %1 zurückgesetzt</translation>
    </message>
    <message>
        <source>Reverting %2 to snapshot %1 failed</source>
        <translation>Zurücksetzen von %2 auf Snapshot %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2 deleted</source>
        <translation>Snapshot %1 von %2 gelöscht</translation>
    </message>
    <message>
        <source>Deleting snapshot %1 of %2 failed</source>
        <translation>Löschen von Snapshot %1 von %2 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>virtdeck::SnapshotsDialog</name>
    <message>
        <source>Snapshots — %1</source>
        <translation>Snapshots – %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>VM was</source>
        <translation>VM war</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot…</source>
        <translation>Snapshot &amp;erstellen…</translation>
    </message>
    <message>
        <source>&amp;Revert to…</source>
        <translation>&amp;Zurücksetzen auf…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Reading snapshots…</source>
        <translation>Snapshots werden gelesen…</translation>
    </message>
    <message>
        <source>Cannot read the snapshots: %1</source>
        <translation>Die Snapshots können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>disks only</source>
        <translation>nur Datenträger</translation>
    </message>
    <message>
        <source>shut off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>external</source>
        <translation>extern</translation>
    </message>
    <message>
        <source>internal + memory</source>
        <translation>intern + Arbeitsspeicher</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <source>%1 has no snapshots yet. A snapshot keeps the VM&apos;s disks (and, when it runs, its memory) as they are now, to return to later.</source>
        <translation>%1 hat noch keine Snapshots. Ein Snapshot hält die Datenträger der VM (und, wenn sie läuft, ihren Arbeitsspeicher) im aktuellen Zustand fest, um später dorthin zurückzukehren.</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s)</source>
        <translation>
            <numerusform>%n Snapshot</numerusform>
            <numerusform>%n Snapshots</numerusform>
        </translation>
    </message>
    <message>
        <source>Taking the snapshot</source>
        <translation>Erstellen des Snapshots</translation>
    </message>
    <message>
        <source>Reverting</source>
        <translation>Zurücksetzen auf</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Löschen von</translation>
    </message>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Revert %1 to the snapshot &quot;%2&quot;?

Everything written to its disks since that snapshot is lost, and a running VM loses its current memory state (open programs and unsaved work). Take a snapshot first to keep the present state.</source>
        <translation>%1 auf den Snapshot „%2“ zurücksetzen?

Alles, was seit diesem Snapshot auf die Datenträger geschrieben wurde, geht verloren, und eine laufende VM verliert ihren aktuellen Arbeitsspeicherzustand (geöffnete Programme und nicht gespeicherte Arbeit). Um den jetzigen Zustand zu behalten, zuerst einen Snapshot erstellen.</translation>
    </message>
    <message>
        <source>Delete the snapshot &quot;%1&quot;?

You can no longer return %2 to the state it saved. The VM itself and its current disks are not changed.</source>
        <translation>Snapshot „%1“ löschen?

%2 kann danach nicht mehr in den darin gespeicherten Zustand zurückversetzt werden. Die VM selbst und ihre aktuellen Datenträger werden nicht verändert.</translation>
    </message>
    <message numerus="yes">
        <source>It has %n later snapshot(s); they are kept unless you tick the box below.</source>
        <translation>
            <numerusform>Es gibt %n späteren Snapshot; er bleibt erhalten, sofern das Kästchen unten nicht angekreuzt wird.</numerusform>
            <numerusform>Es gibt %n spätere Snapshots; sie bleiben erhalten, sofern das Kästchen unten nicht angekreuzt wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take Snapshot — %1</source>
        <translation>Snapshot erstellen – %1</translation>
    </message>
    <message>
        <source>External, disks only: the VM keeps running on new overlay files; its memory is not saved</source>
        <translation>Extern, nur Datenträger: Die VM läuft auf neuen Overlay-Dateien weiter; ihr Arbeitsspeicher wird nicht gesichert</translation>
    </message>
    <message>
        <source>An internal snapshot of a running VM also saves its memory; the VM pauses briefly while it is written.</source>
        <translation>Ein interner Snapshot einer laufenden VM sichert auch ihren Arbeitsspeicher; die VM pausiert kurz, während er geschrieben wird.</translation>
    </message>
    <message>
        <source>The VM is shut off: the snapshot holds its disks.</source>
        <translation>Die VM ist ausgeschaltet: Der Snapshot enthält ihre Datenträger.</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>Snapshot erstellen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Taking the snapshot…</source>
        <translation>Snapshot wird erstellt…</translation>
    </message>
    <message>
        <source>Revert to Snapshot</source>
        <translation>Auf Snapshot zurücksetzen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Reverting…</source>
        <translation>Wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>Snapshot löschen</translation>
    </message>
    <message numerus="yes">
        <source>Also delete its %n later snapshot(s)</source>
        <translation>
            <numerusform>Auch den %n späteren Snapshot löschen</numerusform>
            <numerusform>Auch die %n späteren Snapshots löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
</context>
<context>
    <name>virtdeck::SpiceSession</name>
    <message>
        <source>The display refused the password in the VM&apos;s definition.</source>
        <translation>Die Anzeige hat das Passwort aus der Definition der VM abgelehnt.</translation>
    </message>
    <message>
        <source>The display did not complete the SPICE handshake (the tunnel to it failed).</source>
        <translation>Die Anzeige hat den SPICE-Verbindungsaufbau nicht abgeschlossen (der Tunnel zu ihr ist fehlgeschlagen).</translation>
    </message>
    <message>
        <source>The display closed the connection.</source>
        <translation>Die Anzeige hat die Verbindung geschlossen.</translation>
    </message>
</context>
<context>
    <name>virtdeck::StatsChartsPage</name>
    <message>
        <source>Last minute</source>
        <translation>Letzte Minute</translation>
    </message>
    <message>
        <source>Last 10 minutes</source>
        <translation>Letzte 10 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>How much history the charts show</source>
        <translation>Wie viel Verlauf die Diagramme zeigen</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory in use</source>
        <translation>Belegter Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <translation>Datenträger-E/A</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Select one or more VMs, or a host, to see their charts.</source>
        <translation>Eine oder mehrere VMs oder einen Host auswählen, um die Diagramme anzuzeigen.</translation>
    </message>
    <message numerus="yes">
        <source>%n VMs compared</source>
        <translation>
            <numerusform>%n VM verglichen</numerusform>
            <numerusform>%n VMs verglichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>Host %1</translation>
    </message>
    <message>
        <source>%1 — no data: this host reports no such statistics</source>
        <translation>%1 – keine Daten: Dieser Host liefert keine solchen Statistiken</translation>
    </message>
    <message>
        <source>Host CPU</source>
        <translation>Host-CPU</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>VMs: read + write</source>
        <translation>VMs: Lesen + Schreiben</translation>
    </message>
    <message>
        <source>VMs: received + sent</source>
        <translation>VMs: Empfangen + Gesendet</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>%1 — this host reports no memory use; the allocation is shown</source>
        <translation>%1 – dieser Host liefert keine Speichernutzung; die Zuweisung wird angezeigt</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Disk I/O (read + write)</source>
        <translation>Datenträger-E/A (Lesen + Schreiben)</translation>
    </message>
    <message>
        <source>Network (received + sent)</source>
        <translation>Netzwerk (Empfangen + Gesendet)</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Network — no data: this VM has no network device libvirt can measure (no NIC, or a user-mode one)</source>
        <translation>Netzwerk — keine Daten: Diese VM hat kein Netzwerkgerät, das libvirt messen kann (keine Netzwerkkarte oder eine im Benutzermodus)</translation>
    </message>
    <message numerus="yes">
        <source>Older than %n min: %1-s averages</source>
        <translation>
            <numerusform>Älter als %n Min.: %1-s-Mittelwerte</numerusform>
            <numerusform>Älter als %n Min.: %1-s-Mittelwerte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::StorageManager</name>
    <message>
        <source>Not connected to the host.</source>
        <translation>Nicht mit dem Host verbunden.</translation>
    </message>
    <message>
        <source>Create volume</source>
        <translation>Volume erstellen</translation>
    </message>
    <message>
        <source>Delete volume</source>
        <translation>Volume löschen</translation>
    </message>
    <message>
        <source>Resize volume</source>
        <translation>Volume-Größe ändern</translation>
    </message>
    <message>
        <source>Linked clone</source>
        <translation>Verknüpfter Klon</translation>
    </message>
    <message>
        <source>Clone volume</source>
        <translation>Volume klonen</translation>
    </message>
    <message>
        <source>Create pool</source>
        <translation>Pool erstellen</translation>
    </message>
    <message>
        <source>Start pool</source>
        <translation>Pool starten</translation>
    </message>
    <message>
        <source>Stop pool</source>
        <translation>Pool stoppen</translation>
    </message>
    <message>
        <source>Delete pool</source>
        <translation>Pool löschen</translation>
    </message>
    <message>
        <source>Autostart pool</source>
        <translation>Pool automatisch starten</translation>
    </message>
</context>
<context>
    <name>virtdeck::StorageService</name>
    <message>
        <source>A volume named %1 already exists in pool %2.</source>
        <translation>Ein Volume namens %1 existiert bereits im Pool %2.</translation>
    </message>
    <message>
        <source>Create volume</source>
        <translation>Volume erstellen</translation>
    </message>
    <message>
        <source>The size must be greater than zero.</source>
        <translation>Die Größe muss größer als null sein.</translation>
    </message>
    <message>
        <source>Delete volume</source>
        <translation>Volume löschen</translation>
    </message>
    <message>
        <source>Refused: the volume is a disk of %1. Remove it from those VMs first, or confirm to delete it anyway.</source>
        <translation>Abgelehnt: Das Volume ist ein Datenträger von %1. Zuerst aus diesen VMs entfernen oder das Löschen trotzdem bestätigen.</translation>
    </message>
    <message>
        <source>Resize volume</source>
        <translation>Volume-Größe ändern</translation>
    </message>
    <message>
        <source>Clone volume</source>
        <translation>Volume klonen</translation>
    </message>
    <message>
        <source>Linked clone</source>
        <translation>Verknüpfter Klon</translation>
    </message>
    <message>
        <source>The volume has no path to use as a backing file.</source>
        <translation>Das Volume hat keinen Pfad, der als Basisdatei dienen könnte.</translation>
    </message>
    <message>
        <source>Create pool</source>
        <translation>Pool erstellen</translation>
    </message>
    <message>
        <source>The pool needs a name.</source>
        <translation>Der Pool benötigt einen Namen.</translation>
    </message>
    <message>
        <source>The pool&apos;s directory must be an absolute path.</source>
        <translation>Das Verzeichnis des Pools muss ein absoluter Pfad sein.</translation>
    </message>
    <message>
        <source>Start pool</source>
        <translation>Pool starten</translation>
    </message>
    <message>
        <source>Stop pool</source>
        <translation>Pool stoppen</translation>
    </message>
    <message>
        <source>Delete pool</source>
        <translation>Pool löschen</translation>
    </message>
    <message>
        <source>Autostart pool</source>
        <translation>Pool automatisch starten</translation>
    </message>
    <message>
        <source>No autostart</source>
        <translation>Kein Autostart</translation>
    </message>
    <message>
        <source>Not connected to the host.</source>
        <translation>Nicht mit dem Host verbunden.</translation>
    </message>
    <message>
        <source>storage listing</source>
        <translation>Speicherauflistung</translation>
    </message>
</context>
<context>
    <name>virtdeck::TeamSettings</name>
    <message>
        <source>The team&apos;s hosts and alert rules could not be read: %1</source>
        <translation>Die Hosts und Alarmregeln des Teams konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The change was kept on this computer only; the team&apos;s database refused it: %1</source>
        <translation>Die Änderung gilt nur auf diesem Rechner; die Datenbank des Teams hat sie abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>virtdeck::TransferDialog</name>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Uploading &lt;b&gt;%1&lt;/b&gt; to %2 on %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wird nach %2 auf %3 hochgeladen</translation>
    </message>
    <message>
        <source>Downloading &lt;b&gt;%1&lt;/b&gt; from %2 to %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wird von %2 nach %3 heruntergeladen</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1 of %2 — %3/s</source>
        <translation>%1 von %2 – %3/s</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Cancelled; nothing was left behind.</source>
        <translation>Abgebrochen; es sind keine Reste zurückgeblieben.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>virtdeck::VncSession</name>
    <message>
        <source>The display did not complete the VNC handshake (a wrong password, or the tunnel to it failed).</source>
        <translation>Die Anzeige hat den VNC-Handshake nicht abgeschlossen (ein falsches Passwort, oder der Tunnel zu ihr ist gescheitert).</translation>
    </message>
    <message>
        <source>The display closed the connection.</source>
        <translation>Die Anzeige hat die Verbindung geschlossen.</translation>
    </message>
</context>
<context>
    <name>virtdeck::VolumeDialog</name>
    <message>
        <source>New Volume</source>
        <translation>Neues Volume</translation>
    </message>
    <message>
        <source>Upload Image</source>
        <translation>Abbild hochladen</translation>
    </message>
    <message>
        <source>%1 on %2 (%3 free)</source>
        <translation>%1 auf %2 (%3 frei)</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>&amp;Pool:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>qcow2 (grows on demand, snapshots, overlays)</source>
        <translation>qcow2 (wächst bei Bedarf, Snapshots, Overlays)</translation>
    </message>
    <message>
        <source>raw (plain, fastest)</source>
        <translation>raw (einfach, am schnellsten)</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>No active storage pool on any connected host.</source>
        <translation>Auf keinem verbundenen Host gibt es einen aktiven Speicherpool.</translation>
    </message>
    <message>
        <source>The size must be greater than zero.</source>
        <translation>Die Größe muss größer als null sein.</translation>
    </message>
</context>
<context>
    <name>virtdeck::VolumeTableModel</name>
    <message numerus="yes">
        <source>%n overlay(s)</source>
        <translation>
            <numerusform>%n Overlay</numerusform>
            <numerusform>%n Overlays</numerusform>
        </translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Backing file of: %1</source>
        <translation>Basisdatei von: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Belegung</translation>
    </message>
    <message>
        <source>Backing file</source>
        <translation>Basisdatei</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
</context>
<context>
    <name>virtdeck::VolumeTransfer</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Not connected to the host.</source>
        <translation>Nicht mit dem Host verbunden.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>The partial volume %1 could not be removed: %2</source>
        <translation>Das unvollständige Volume %1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write</source>
        <translation>Schreiben nicht möglich</translation>
    </message>
    <message>
        <source>Cannot rename to</source>
        <translation>Umbenennen nicht möglich in</translation>
    </message>
</context>
<context>
    <name>virtdeck::Workspace</name>
    <message>
        <source>The demo hosts are not built into this program.</source>
        <translation>Die Demo-Hosts sind in dieses Programm nicht eingebaut.</translation>
    </message>
    <message>
        <source>Cannot create a folder for the demo hosts: %1</source>
        <translation>Ordner für die Demo-Hosts kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Cannot write the demo host %1.</source>
        <translation>Der Demo-Host %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>demo: %1</source>
        <translation>Demo: %1</translation>
    </message>
    <message>
        <source>%1 reaches the same host as %2; its VMs are shown once.</source>
        <translation>%1 erreicht denselben Host wie %2; seine VMs werden einmal angezeigt.</translation>
    </message>
</context>
<context>
    <name>virtdeck::XmlDefinitionService</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
</context>
<context>
    <name>virtdeck::XmlEditorDialog</name>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>storage pool</source>
        <translation>Speicherpool</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Edit XML — %1</source>
        <translation>XML bearbeiten – %1</translation>
    </message>
    <message>
        <source>Loading the definition…</source>
        <translation>Definition wird geladen…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Discard your edits and read the definition again</source>
        <translation>Die Änderungen verwerfen und die Definition neu einlesen</translation>
    </message>
    <message>
        <source>&amp;Back to Editing</source>
        <translation>&amp;Zurück zum Bearbeiten</translation>
    </message>
    <message>
        <source>Re&amp;view Changes…</source>
        <translation>Änderungen &amp;prüfen…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>The persistent definition of this %1. libvirt checks it against its schema before storing it; a running VM uses the new definition from its next boot.</source>
        <translation>Die dauerhafte Definition dieser %1. libvirt prüft sie vor dem Speichern anhand seines Schemas; eine laufende VM verwendet die neue Definition ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>The persistent definition of this %1. libvirt checks it against its schema before storing it; an active %1 uses it once restarted.</source>
        <translation>Die dauerhafte Definition (%1). libvirt prüft sie vor dem Speichern anhand seines Schemas; ist %1 aktiv, wird sie nach einem Neustart verwendet.</translation>
    </message>
    <message>
        <source>Nothing to apply: the text is the current definition.</source>
        <translation>Nichts anzuwenden: Der Text entspricht der aktuellen Definition.</translation>
    </message>
    <message>
        <source>Discard your edits and read the definition again?</source>
        <translation>Die Änderungen verwerfen und die Definition neu einlesen?</translation>
    </message>
    <message numerus="yes">
        <source>Your edit removes %n line(s)</source>
        <translation>
            <numerusform>Die Änderung entfernt %n Zeile</numerusform>
            <numerusform>Die Änderung entfernt %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>adds %n line(s)</source>
        <translation>
            <numerusform>fügt %n Zeile hinzu</numerusform>
            <numerusform>fügt %n Zeilen hinzu</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply stores the new definition if libvirt accepts it.</source>
        <translation>„Anwenden“ speichert die neue Definition, wenn libvirt sie akzeptiert.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <source>Cannot read the definition: %1</source>
        <translation>Die Definition kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>libvirt did not accept the definition: %1</source>
        <translation>libvirt hat die Definition nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>Definition stored.</source>
        <translation>Definition gespeichert.</translation>
    </message>
    <message>
        <source>The definition has unsaved edits. Apply them before closing?</source>
        <translation>Die Definition hat ungespeicherte Änderungen. Vor dem Schließen übernehmen?</translation>
    </message>
</context>
</TS>
