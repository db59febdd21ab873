<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>steward::Application</name>
    <message>
        <source>See and safely change the state of an application&apos;s database.</source>
        <translation>Den Zustand der Datenbank einer Anwendung sehen und sicher ändern.</translation>
    </message>
    <message>
        <source>Open the demo database (created on first use).</source>
        <translation>Die Demo-Datenbank öffnen (wird beim ersten Mal angelegt).</translation>
    </message>
    <message>
        <source>The SQLite database to open.</source>
        <translation>Die zu öffnende SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>Only one database can be given.</source>
        <translation>Es kann nur eine Datenbank angegeben werden.</translation>
    </message>
</context>
<context>
    <name>steward::BackupBrowserPanel</name>
    <message>
        <source>Create backup…</source>
        <translation>Sicherung anlegen …</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen …</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Verify all</source>
        <translation>Alle prüfen</translation>
    </message>
    <message>
        <source>Compare with current</source>
        <translation>Mit aktueller vergleichen</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Filter backups…</source>
        <translation>Sicherungen filtern …</translation>
    </message>
    <message>
        <source>Scheduled backup</source>
        <translation>Geplante Sicherung</translation>
    </message>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation>Die geplante Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The live database is read-only</source>
        <translation>Die aktive Datenbank ist schreibgeschützt</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>&lt;p&gt;No backup selected. Backups of this database go to &lt;code&gt;%1&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Sicherung ausgewählt. Sicherungen dieser Datenbank werden in &lt;code&gt;%1&lt;/code&gt; abgelegt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>user_version %1, migration %2</source>
        <translation>user_version %1, Migration %2</translation>
    </message>
    <message>
        <source>user_version %1</source>
        <translation>user_version %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <source>SQLite %1, Steward %2</source>
        <translation>SQLite %1, Steward %2</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Copy restarts</source>
        <translation>Neustarts des Kopierens</translation>
    </message>
    <message>
        <source>%1 (the database changed while it was copied)</source>
        <translation>%1 (die Datenbank hat sich während des Kopierens geändert)</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>yes: retention never deletes it</source>
        <translation>ja: die Aufbewahrungsregel löscht sie nie</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Create Backup</source>
        <translation>Sicherung anlegen</translation>
    </message>
    <message>
        <source>Why are you taking this backup?</source>
        <translation>Warum legen Sie diese Sicherung an?</translation>
    </message>
    <message>
        <source>manual backup</source>
        <translation>manuelle Sicherung</translation>
    </message>
    <message>
        <source>Creating a backup…</source>
        <translation>Sicherung wird angelegt …</translation>
    </message>
    <message>
        <source>Backup %1 created</source>
        <translation>Sicherung %1 angelegt</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <source>%1 failed verification.</source>
        <translation>%1 hat die Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>%1 is valid</source>
        <translation>%1 ist gültig</translation>
    </message>
    <message>
        <source>Verifying all backups…</source>
        <translation>Alle Sicherungen werden geprüft …</translation>
    </message>
    <message>
        <source>All backups are valid</source>
        <translation>Alle Sicherungen sind gültig</translation>
    </message>
    <message>
        <source>Comparing %1 with the live database…</source>
        <translation>%1 wird mit der aktiven Datenbank verglichen …</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Compared with the live database&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Verglichen mit der aktiven Datenbank&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>%1 %2 exists only in the live database</source>
        <translation>%1 %2 gibt es nur in der aktiven Datenbank</translation>
    </message>
    <message>
        <source>%1 %2 exists only in the backup</source>
        <translation>%1 %2 gibt es nur in der Sicherung</translation>
    </message>
    <message>
        <source>%1 %2 differs</source>
        <translation>%1 %2 unterscheidet sich</translation>
    </message>
    <message>
        <source>Preparing the restore of %1…</source>
        <translation>Wiederherstellung von %1 wird vorbereitet …</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>%1 wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>Restored %1. The previous state is in the safety backup %2.</source>
        <translation>%1 wiederhergestellt. Der vorherige Zustand liegt in der Sicherheitskopie %2.</translation>
    </message>
    <message>
        <source>The restore finished, but quick_check reports problems.</source>
        <translation>Die Wiederherstellung ist abgeschlossen, aber quick_check meldet Probleme.</translation>
    </message>
    <message>
        <source>Delete Backup</source>
        <translation>Sicherung löschen</translation>
    </message>
    <message>
        <source>Delete the backup %1? Its file and metadata are removed from the disk.</source>
        <translation>Die Sicherung %1 löschen? Ihre Datei und ihre Metadaten werden vom Datenträger entfernt.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Some backups failed verification or are incomplete.</source>
        <translation>Einige Sicherungen haben die Prüfung nicht bestanden oder sind unvollständig.</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>Ordner ändern …</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Backups Folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Backups of this database now go to %1</source>
        <translation>Sicherungen dieser Datenbank werden jetzt in %1 abgelegt</translation>
    </message>
    <message>
        <source>Import a Database as a Backup</source>
        <translation>Eine Datenbank als Sicherung importieren</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3 *.db3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3 *.db3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>Imported as %1</source>
        <translation>Als %1 importiert</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Sicherungen werden gelesen …</translation>
    </message>
    <message>
        <source>Pinning %1…</source>
        <translation>%1 wird angeheftet …</translation>
    </message>
    <message>
        <source>Unpinning %1…</source>
        <translation>%1 wird gelöst …</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht …</translation>
    </message>
    <message>
        <source>&lt;p&gt;Same schema and rows.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Gleiches Schema und gleiche Zeilen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Added since</source>
        <translation>Seitdem hinzugefügt</translation>
    </message>
    <message>
        <source>Deleted since</source>
        <translation>Seitdem gelöscht</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>Seitdem geändert</translation>
    </message>
    <message>
        <source>not compared: %1</source>
        <translation>nicht verglichen: %1</translation>
    </message>
    <message>
        <source>added %1: %2</source>
        <translation>hinzugefügt %1: %2</translation>
    </message>
    <message>
        <source>deleted %1: %2</source>
        <translation>gelöscht %1: %2</translation>
    </message>
    <message>
        <source>changed %1: %2 → %3</source>
        <translation>geändert %1: %2 → %3</translation>
    </message>
    <message>
        <source>Move Backups</source>
        <translation>Sicherungen verschieben</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) of this database are in %1.

Move them to %2, so that they stay listed, counted by health and kept by retention?</source>
        <translation>
            <numerusform>%n Sicherung dieser Datenbank liegt in %1.

Sie nach %2 verschieben, damit sie weiter aufgeführt, vom Zustand gezählt und von der Aufbewahrung behalten wird?</numerusform>
            <numerusform>%n Sicherungen dieser Datenbank liegen in %1.

Sie nach %2 verschieben, damit sie weiter aufgeführt, vom Zustand gezählt und von der Aufbewahrung behalten werden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Moving the backups to %1…</source>
        <translation>Die Sicherungen werden nach %1 verschoben…</translation>
    </message>
    <message>
        <source>The backups were not moved: %1</source>
        <translation>Die Sicherungen wurden nicht verschoben: %1</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n backup(s) to %1; backups of this database now go there.</source>
        <translation>
            <numerusform>%n Sicherung nach %1 verschoben; Sicherungen dieser Datenbank kommen jetzt dorthin.</numerusform>
            <numerusform>%n Sicherungen nach %1 verschoben; Sicherungen dieser Datenbank kommen jetzt dorthin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backups of this database now go to %1. The %n backup(s) in %2 stay there; choose that folder again to see them.</source>
        <translation>
            <numerusform>Sicherungen dieser Datenbank kommen jetzt nach %1. Die %n Sicherung in %2 bleibt dort; wählen Sie diesen Ordner wieder, um sie zu sehen.</numerusform>
            <numerusform>Sicherungen dieser Datenbank kommen jetzt nach %1. Die %n Sicherungen in %2 bleiben dort; wählen Sie diesen Ordner wieder, um sie zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 pages of %3 bytes)</source>
        <translation>%1 (%2 Seiten zu %3 Bytes)</translation>
    </message>
    <message>
        <source>The backups were not moved: %1.</source>
        <translation>Die Sicherungen wurden nicht verschoben: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n backup(s) to %1, then stopped (%2); the others stay in %3.</source>
        <translation>
            <numerusform>%n Sicherung nach %1 verschoben, dann angehalten (%2); die übrigen bleiben in %3.</numerusform>
            <numerusform>%n Sicherungen nach %1 verschoben, dann angehalten (%2); die übrigen bleiben in %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose Change Folder again to move the rest.</source>
        <translation>Wählen Sie erneut „Ordner ändern“, um den Rest zu verschieben.</translation>
    </message>
</context>
<context>
    <name>steward::BackupListModel</name>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <source>Corrupt</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>%1 (migration %2)</source>
        <translation>%1 (Migration %2)</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>angeheftet</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
</context>
<context>
    <name>steward::BackupManager</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a backup name: %2.</source>
        <translation>„%1“ ist kein Sicherungsname: %2.</translation>
    </message>
    <message>
        <source>Use a file name from the backup list, such as app-2026-01-31-120000.db.</source>
        <translation>Verwenden Sie einen Dateinamen aus der Liste der Sicherungen, etwa app-2026-01-31-120000.db.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>er ist leer</translation>
    </message>
    <message>
        <source>it is too long</source>
        <translation>er ist zu lang</translation>
    </message>
    <message>
        <source>it must be a plain file name, without a folder</source>
        <translation>es muss ein einfacher Dateiname ohne Ordner sein</translation>
    </message>
    <message>
        <source>it must not start with a dot</source>
        <translation>er darf nicht mit einem Punkt beginnen</translation>
    </message>
    <message>
        <source>it contains control characters</source>
        <translation>er enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>backup files end in .db</source>
        <translation>Sicherungsdateien enden auf .db</translation>
    </message>
    <message>
        <source>it is a link, and backups are never read through links</source>
        <translation>er ist eine Verknüpfung, und Sicherungen werden nie über Verknüpfungen gelesen</translation>
    </message>
    <message>
        <source>There is no backup %1 in %2.</source>
        <translation>In %2 gibt es keine Sicherung %1.</translation>
    </message>
    <message>
        <source>List the backups to see their names.</source>
        <translation>Lassen Sie die Sicherungen auflisten, um ihre Namen zu sehen.</translation>
    </message>
    <message>
        <source>it is not a file inside the backups folder</source>
        <translation>er ist keine Datei im Sicherungsordner</translation>
    </message>
    <message>
        <source>The backups folder %1 cannot be created.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Check that its parent folder is writable, or choose another backups folder.</source>
        <translation>Prüfen Sie, ob der übergeordnete Ordner beschreibbar ist, oder wählen Sie einen anderen Sicherungsordner.</translation>
    </message>
    <message>
        <source>There is not enough free space for the backup: %1 needed, %2 free.</source>
        <translation>Für die Sicherung ist nicht genug Platz frei: %1 nötig, %2 frei.</translation>
    </message>
    <message>
        <source>Free some space on that disk, delete old backups, or choose another backups folder.</source>
        <translation>Geben Sie auf diesem Datenträger Platz frei, löschen Sie alte Sicherungen, oder wählen Sie einen anderen Sicherungsordner.</translation>
    </message>
    <message>
        <source>The backup of %1 failed: %2</source>
        <translation>Die Sicherung von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>its metadata file is missing</source>
        <translation>ihre Metadatendatei fehlt</translation>
    </message>
    <message>
        <source>the backup file is missing</source>
        <translation>die Sicherungsdatei fehlt</translation>
    </message>
    <message>
        <source>its size (%1 bytes) differs from its metadata (%2 bytes)</source>
        <translation>ihre Größe (%1 Bytes) weicht von den Metadaten ab (%2 Bytes)</translation>
    </message>
    <message>
        <source>verification failed: %1</source>
        <translation>Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>verified %1</source>
        <translation>geprüft am %1</translation>
    </message>
    <message>
        <source>the file changed after it was verified; verify it again</source>
        <translation>die Datei wurde nach der Prüfung geändert; prüfen Sie sie erneut</translation>
    </message>
    <message>
        <source>not verified yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>The backups folder %1 cannot be read.</source>
        <translation>Der Sicherungsordner %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check its permissions.</source>
        <translation>Prüfen Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <source>The metadata file is missing or unreadable, so the checksum cannot be compared.</source>
        <translation>Die Metadatendatei fehlt oder ist unlesbar, daher kann die Prüfsumme nicht verglichen werden.</translation>
    </message>
    <message>
        <source>The SHA-256 checksum does not match: the file changed after the backup was made.</source>
        <translation>Die SHA-256-Prüfsumme stimmt nicht: Die Datei wurde nach dem Anlegen der Sicherung geändert.</translation>
    </message>
    <message>
        <source>integrity_check: %1</source>
        <translation>integrity_check: %1</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2.</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2.</translation>
    </message>
    <message>
        <source>Only complete backups with metadata can be restored. Choose another backup.</source>
        <translation>Nur vollständige Sicherungen mit Metadaten können wiederhergestellt werden. Wählen Sie eine andere Sicherung.</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <source>%1 was not restored: it failed verification (%2).</source>
        <translation>%1 wurde nicht wiederhergestellt: Die Prüfung ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>Choose another backup. The live database was not changed.</source>
        <translation>Wählen Sie eine andere Sicherung. Die aktive Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Taking a safety backup of the live database…</source>
        <translation>Sicherheitskopie der aktiven Datenbank wird angelegt …</translation>
    </message>
    <message>
        <source>Nothing was restored: the safety backup failed. %1</source>
        <translation>Nichts wurde wiederhergestellt: Die Sicherheitskopie ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>%1 wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>The restore failed and was rolled back; the live database is as it was. %1</source>
        <translation>Die Wiederherstellung ist fehlgeschlagen und wurde zurückgerollt; die aktive Datenbank ist unverändert. %1</translation>
    </message>
    <message>
        <source>%1 is pinned and was not deleted.</source>
        <translation>%1 ist angeheftet und wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>Unpin it first if you really want to delete it.</source>
        <translation>Lösen Sie sie zuerst, wenn Sie sie wirklich löschen wollen.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted.</source>
        <translation>%1 kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Check that the backups folder is writable.</source>
        <translation>Prüfen Sie, ob der Sicherungsordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>%1 cannot be pinned: %2.</source>
        <translation>%1 kann nicht angeheftet werden: %2.</translation>
    </message>
    <message>
        <source>%1 was not imported: it fails the integrity check (%2).</source>
        <translation>%1 wurde nicht importiert: Die Integritätsprüfung schlägt fehl (%2).</translation>
    </message>
    <message>
        <source>Only an intact database can become a backup.</source>
        <translation>Nur eine intakte Datenbank kann eine Sicherung werden.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Choose a folder you may write.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>%1 already has a file named %2; nothing was moved.</source>
        <translation>%1 enthält schon eine Datei namens %2; nichts wurde verschoben.</translation>
    </message>
    <message>
        <source>Choose another folder, or move that file away.</source>
        <translation>Wählen Sie einen anderen Ordner, oder verschieben Sie diese Datei.</translation>
    </message>
    <message>
        <source>Moving %1…</source>
        <translation>Verschiebe %1…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 could not be moved</source>
        <translation>%1 konnte nicht verschoben werden</translation>
    </message>
    <message>
        <source>the metadata of %1 could not be moved</source>
        <translation>die Metadaten von %1 konnten nicht verschoben werden</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Restores</source>
        <translation>Wiederherstellungen</translation>
    </message>
    <message>
        <source>Comparing backups</source>
        <translation>Der Vergleich von Sicherungen</translation>
    </message>
</context>
<context>
    <name>steward::CircuitTimelineChart</name>
    <message>
        <source>Circuit since the database was opened</source>
        <translation>Schaltkreis seit dem Öffnen der Datenbank</translation>
    </message>
    <message>
        <source>CLOSED</source>
        <translation>GESCHLOSSEN</translation>
    </message>
    <message>
        <source>HALF_OPEN</source>
        <translation>HALB OFFEN</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OFFEN</translation>
    </message>
    <message>
        <source>ISOLATED</source>
        <translation>ISOLIERT</translation>
    </message>
</context>
<context>
    <name>steward::ConnectDialog</name>
    <message>
        <source>&amp;Remember the password (in Steward&apos;s own file, readable only by you)</source>
        <translation>Passwort &amp;merken (in Stewards eigener Datei, nur für Sie lesbar)</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>a host name, an IP address, or the folder of the server&apos;s socket</source>
        <translation>ein Hostname, eine IP-Adresse oder der Ordner des Server-Sockets</translation>
    </message>
    <message>
        <source>empty: from a password file (~/.pgpass or PGPASSFILE)</source>
        <translation>leer: aus einer Passwortdatei (~/.pgpass oder PGPASSFILE)</translation>
    </message>
    <message>
        <source>Automatic: none on this machine, required to any other</source>
        <translation>Automatisch: keine auf diesem Rechner, Pflicht zu jedem anderen</translation>
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
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;TLS mode:</source>
        <translation>&amp;TLS-Modus:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Give a database and a user.</source>
        <translation>Geben Sie eine Datenbank und einen Benutzer an.</translation>
    </message>
</context>
<context>
    <name>steward::ConsoleResultModel</name>
    <message numerus="yes">
        <source>BLOB (%n bytes)</source>
        <translation>
            <numerusform>BLOB (%n Byte)</numerusform>
            <numerusform>BLOB (%n Bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::Db</name>
    <message>
        <source>%1 on %2 as %3</source>
        <translation>%1 auf %2 als %3</translation>
    </message>
    <message>
        <source>The connection to %1 may travel unencrypted (sslmode=%2): the password and the data can be read on the network. Use sslmode=verify-full (or require) if the server offers TLS.</source>
        <translation>Die Verbindung zu %1 läuft womöglich unverschlüsselt (sslmode=%2): Passwort und Daten können im Netz mitgelesen werden. Verwenden Sie sslmode=verify-full (oder require), wenn der Server TLS anbietet.</translation>
    </message>
</context>
<context>
    <name>steward::Diff</name>
    <message>
        <source>The comparison was cancelled.</source>
        <translation>Der Vergleich wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Its primary key differs between the two databases, so its rows cannot be matched.</source>
        <translation>Ihr Primärschlüssel unterscheidet sich zwischen den beiden Datenbanken, daher lassen sich ihre Zeilen nicht zuordnen.</translation>
    </message>
    <message>
        <source>Comparing %1…</source>
        <translation>Vergleiche %1…</translation>
    </message>
    <message>
        <source>The two databases store text differently (%1 and %2), so rows cannot be matched in key order.</source>
        <translation>Die beiden Datenbanken speichern Text unterschiedlich (%1 und %2), daher lassen sich Zeilen nicht in Schlüsselreihenfolge zuordnen.</translation>
    </message>
</context>
<context>
    <name>steward::Errors</name>
    <message>
        <source>The audit trail cannot be written.</source>
        <translation>Das Prüfprotokoll kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Check that Steward&apos;s data folder is writable and not full.</source>
        <translation>Prüfen Sie, ob der Datenordner von Steward beschreibbar und nicht voll ist.</translation>
    </message>
    <message>
        <source>Free some disk space.</source>
        <translation>Geben Sie Speicherplatz frei.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check that it exists and that you may read it.</source>
        <translation>Prüfen Sie, ob sie existiert und Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>Reading %1 failed.</source>
        <translation>Das Lesen von %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Check the path. Steward does not create a database when opening one.</source>
        <translation>Prüfen Sie den Pfad. Beim Öffnen legt Steward keine Datenbank an.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>Choose the database file inside the folder.</source>
        <translation>Wählen Sie die Datenbankdatei in diesem Ordner.</translation>
    </message>
    <message>
        <source>Check that you have permission to read it.</source>
        <translation>Prüfen Sie, ob Sie die Berechtigung zum Lesen haben.</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database.</source>
        <translation>%1 ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>Choose an SQLite database file; an encrypted database cannot be opened.</source>
        <translation>Wählen Sie eine SQLite-Datenbankdatei; eine verschlüsselte Datenbank kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The header of %1 is damaged.</source>
        <translation>Der Dateikopf von %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>Restore the database from a backup.</source>
        <translation>Stellen Sie die Datenbank aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is incomplete: the file is shorter than its header says.</source>
        <translation>%1 ist unvollständig: Die Datei ist kürzer, als ihr Dateikopf angibt.</translation>
    </message>
    <message>
        <source>It was probably copied or downloaded only in part. Copy it again, or restore it from a backup.</source>
        <translation>Sie wurde vermutlich nur teilweise kopiert oder heruntergeladen. Kopieren Sie sie erneut oder stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The table %1 does not exist.</source>
        <translation>Die Tabelle %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The table %1 was used before its columns were read.</source>
        <translation>Die Tabelle %1 wurde benutzt, bevor ihre Spalten gelesen wurden.</translation>
    </message>
    <message>
        <source>The table %1 has no column %2.</source>
        <translation>Die Tabelle %1 hat keine Spalte %2.</translation>
    </message>
    <message>
        <source>Nothing to insert into %1.</source>
        <translation>Nichts zum Einfügen in %1.</translation>
    </message>
    <message>
        <source>Nothing to change in %1.</source>
        <translation>Nichts zum Ändern in %1.</translation>
    </message>
    <message>
        <source>%1 is locked by another program.</source>
        <translation>%1 ist von einem anderen Programm gesperrt.</translation>
    </message>
    <message>
        <source>The database is locked by another program.</source>
        <translation>Die Datenbank ist von einem anderen Programm gesperrt.</translation>
    </message>
    <message>
        <source>Wait until the other program finishes or close it, then try again.</source>
        <translation>Warten Sie, bis das andere Programm fertig ist, oder schließen Sie es, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The database cannot be changed: the file or its folder is read-only.</source>
        <translation>Die Datenbank kann nicht geändert werden: Die Datei oder ihr Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Check the permissions of the file and its folder, or work on a copy you can write.</source>
        <translation>Prüfen Sie die Berechtigungen der Datei und ihres Ordners, oder arbeiten Sie mit einer beschreibbaren Kopie.</translation>
    </message>
    <message>
        <source>The file is not an SQLite database.</source>
        <translation>Die Datei ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>Die Datenbankdatei ist beschädigt.</translation>
    </message>
    <message>
        <source>Do not write to it; restore it from a backup or recover its data with the sqlite3 tool.</source>
        <translation>Schreiben Sie nicht hinein; stellen Sie sie aus einer Sicherung wieder her oder retten Sie die Daten mit dem Werkzeug sqlite3.</translation>
    </message>
    <message>
        <source>The disk is full, or the database has reached its size limit.</source>
        <translation>Der Datenträger ist voll, oder die Datenbank hat ihre Größengrenze erreicht.</translation>
    </message>
    <message>
        <source>Free some disk space, then try again.</source>
        <translation>Geben Sie Speicherplatz frei und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The operating system reported a read or write error.</source>
        <translation>Das Betriebssystem hat einen Lese- oder Schreibfehler gemeldet.</translation>
    </message>
    <message>
        <source>Check that the disk or network folder is still available, then try again.</source>
        <translation>Prüfen Sie, ob der Datenträger oder Netzwerkordner noch verfügbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The database file cannot be opened.</source>
        <translation>Die Datenbankdatei kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Check that the file exists, is not a folder, and that you may read it.</source>
        <translation>Prüfen Sie, ob die Datei existiert, kein Ordner ist und Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the database: %1</source>
        <translation>Die Änderung verletzt eine Regel der Datenbank: %1</translation>
    </message>
    <message>
        <source>Change the values so that they satisfy the table&apos;s constraints.</source>
        <translation>Ändern Sie die Werte so, dass sie die Bedingungen der Tabelle erfüllen.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>A value is too large or out of range: %1</source>
        <translation>Ein Wert ist zu groß oder außerhalb des zulässigen Bereichs: %1</translation>
    </message>
    <message>
        <source>Check the values passed to the statement.</source>
        <translation>Prüfen Sie die an die Anweisung übergebenen Werte.</translation>
    </message>
    <message>
        <source>SQLite reported an internal problem: %1</source>
        <translation>SQLite hat ein internes Problem gemeldet: %1</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, report it with the log file.</source>
        <translation>Versuchen Sie es erneut; wenn es wieder auftritt, melden Sie es mit der Protokolldatei.</translation>
    </message>
    <message>
        <source>The SQL statement failed: %1</source>
        <translation>Die SQL-Anweisung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Check the statement&apos;s syntax and the names of its tables and columns.</source>
        <translation>Prüfen Sie die Syntax der Anweisung und die Namen ihrer Tabellen und Spalten.</translation>
    </message>
    <message>
        <source>The database connection is not open.</source>
        <translation>Die Datenbankverbindung ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Demo migration %1 failed: %2</source>
        <translation>Demo-Migration %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The demo folder %1 cannot be created.</source>
        <translation>Der Demo-Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Check that the folder is writable, or set STEWARD_DATA_DIR to another folder.</source>
        <translation>Prüfen Sie, ob der Ordner beschreibbar ist, oder setzen Sie STEWARD_DATA_DIR auf einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The demo migration %1 cannot be written.</source>
        <translation>Die Demo-Migration %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Check that the folder is writable and the disk is not full.</source>
        <translation>Prüfen Sie, ob der Ordner beschreibbar und der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <source>The demo database cannot be moved into place.</source>
        <translation>Die Demo-Datenbank kann nicht an ihren Platz verschoben werden.</translation>
    </message>
    <message>
        <source>Check that the demo folder is writable.</source>
        <translation>Prüfen Sie, ob der Demo-Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>The operation failed unexpectedly.</source>
        <translation>Der Vorgang ist unerwartet fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Report this with the log file.</source>
        <translation>Melden Sie dies mit der Protokolldatei.</translation>
    </message>
    <message>
        <source>%1: the file name must start with a version number, as in 001_create_users.sql.</source>
        <translation>%1: Der Dateiname muss mit einer Versionsnummer beginnen, etwa 001_create_users.sql.</translation>
    </message>
    <message>
        <source>%1: the version number is too large.</source>
        <translation>%1: Die Versionsnummer ist zu groß.</translation>
    </message>
    <message>
        <source>%1, line %2: a second &quot;-- migrate:up&quot; section.</source>
        <translation>%1, Zeile %2: ein zweiter Abschnitt „-- migrate:up“.</translation>
    </message>
    <message>
        <source>%1, line %2: a second &quot;-- migrate:down&quot; section.</source>
        <translation>%1, Zeile %2: ein zweiter Abschnitt „-- migrate:down“.</translation>
    </message>
    <message>
        <source>%1, line %2: SQL before the &quot;-- migrate:up&quot; line.</source>
        <translation>%1, Zeile %2: SQL vor der Zeile „-- migrate:up“.</translation>
    </message>
    <message>
        <source>%1: the &quot;-- migrate:up&quot; section is missing or empty.</source>
        <translation>%1: Der Abschnitt „-- migrate:up“ fehlt oder ist leer.</translation>
    </message>
    <message>
        <source>The migration file %1 cannot be read.</source>
        <translation>Die Migrationsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check that the folder is writable.</source>
        <translation>Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Check that the disk is still available, then try again.</source>
        <translation>Prüfen Sie, ob der Datenträger noch verfügbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be flushed to disk.</source>
        <translation>%1 kann nicht auf den Datenträger geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 cannot be created.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The backup&apos;s metadata is unreadable: %1</source>
        <translation>Die Metadaten der Sicherung sind unlesbar: %1</translation>
    </message>
    <message>
        <source>Another program kept the database locked for more than %1 ms. Try again when it is idle.</source>
        <translation>Ein anderes Programm hielt die Datenbank länger als %1 ms gesperrt. Versuchen Sie es erneut, wenn es untätig ist.</translation>
    </message>
    <message>
        <source>A program stopped in the middle of writing to this database, and its unfinished change must be rolled back before the database can be read.</source>
        <translation>Ein Programm wurde mitten im Schreiben in diese Datenbank beendet; seine unvollendete Änderung muss zurückgerollt werden, bevor die Datenbank gelesen werden kann.</translation>
    </message>
    <message>
        <source>Open the database once with write access, so that SQLite can roll it back.</source>
        <translation>Öffnen Sie die Datenbank einmal mit Schreibzugriff, damit SQLite sie zurückrollen kann.</translation>
    </message>
    <message>
        <source>Rename the file: a version number, an underscore, a name, .sql.</source>
        <translation>Benennen Sie die Datei um: eine Versionsnummer, ein Unterstrich, ein Name, .sql.</translation>
    </message>
    <message>
        <source>Use a version number of at most 18 digits.</source>
        <translation>Verwenden Sie eine Versionsnummer mit höchstens 18 Ziffern.</translation>
    </message>
    <message>
        <source>Keep one up section and one down section per file.</source>
        <translation>Behalten Sie je Datei einen up-Abschnitt und einen down-Abschnitt.</translation>
    </message>
    <message>
        <source>Move the SQL below the &quot;-- migrate:up&quot; line, or make it a comment.</source>
        <translation>Verschieben Sie das SQL unter die Zeile „-- migrate:up“ oder machen Sie es zu einem Kommentar.</translation>
    </message>
    <message>
        <source>Start the file with a &quot;-- migrate:up&quot; line followed by the SQL that applies the migration.</source>
        <translation>Beginnen Sie die Datei mit einer Zeile „-- migrate:up“, gefolgt von dem SQL, das die Migration anwendet.</translation>
    </message>
    <message>
        <source>The SQL console</source>
        <translation>Die SQL-Konsole</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed.</source>
        <translation>Qts PostgreSQL-Treiber ist nicht installiert.</translation>
    </message>
    <message>
        <source>Install the package libqt6sql6-psql.</source>
        <translation>Installieren Sie das Paket libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The %1 value contains &apos;;&apos;, which Qt&apos;s PostgreSQL driver cannot pass on.</source>
        <translation>Der Wert von %1 enthält &apos;;&apos;, das Qts PostgreSQL-Treiber nicht weitergeben kann.</translation>
    </message>
    <message>
        <source>Rename the file or folder.</source>
        <translation>Benennen Sie die Datei oder den Ordner um.</translation>
    </message>
    <message>
        <source>The index %1 on %2 is INVALID (a concurrent build failed): queries do not use it, but every write still updates it.</source>
        <translation>Der Index %1 auf %2 ist INVALID (ein nebenläufiger Aufbau ist gescheitert): Abfragen nutzen ihn nicht, aber jeder Schreibvorgang aktualisiert ihn weiter.</translation>
    </message>
    <message>
        <source>%1 of a PostgreSQL database: not available yet.</source>
        <translation>%1 einer PostgreSQL-Datenbank: noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>Steward shows this server&apos;s schema, data and health; backups, migrations, the SQL console and statement charts for PostgreSQL come in a later version. Use psql or pg_dump meanwhile.</source>
        <translation>Steward zeigt Schema, Daten und Zustand dieses Servers; Sicherungen, Migrationen, die SQL-Konsole und Anweisungsdiagramme für PostgreSQL kommen in einer späteren Version. Verwenden Sie bis dahin psql oder pg_dump.</translation>
    </message>
    <message>
        <source>Write it as postgresql://user@host:port/database?sslmode=require.</source>
        <translation>Schreiben Sie sie als postgresql://benutzer@host:port/datenbank?sslmode=require.</translation>
    </message>
    <message>
        <source>The password file %1 cannot be written.</source>
        <translation>Die Passwortdatei %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Check that Steward&apos;s data folder can be written.</source>
        <translation>Prüfen Sie, ob Stewards Datenordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Check that Steward&apos;s data folder can be written and the disk is not full.</source>
        <translation>Prüfen Sie, ob Stewards Datenordner beschreibbar und der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address.</source>
        <translation>%1 ist keine PostgreSQL-Adresse.</translation>
    </message>
    <message>
        <source>The PostgreSQL address contains a control character (a line break, a tab, …).</source>
        <translation>Die PostgreSQL-Adresse enthält ein Steuerzeichen (einen Zeilenumbruch, einen Tabulator, …).</translation>
    </message>
    <message>
        <source>The address names more than one server (%1).</source>
        <translation>Die Adresse nennt mehr als einen Server (%1).</translation>
    </message>
    <message>
        <source>Steward connects to one server at a time: libpq would switch to the next one without a word. Give the one you mean.</source>
        <translation>Steward verbindet sich mit genau einem Server: libpq würde kommentarlos zum nächsten wechseln. Geben Sie den gemeinten an.</translation>
    </message>
    <message>
        <source>The server&apos;s IPv6 address is missing its closing &apos;]&apos;.</source>
        <translation>Der IPv6-Adresse des Servers fehlt die schließende &apos;]&apos;.</translation>
    </message>
    <message>
        <source>Unexpected text after the server&apos;s address: %1.</source>
        <translation>Unerwarteter Text nach der Adresse des Servers: %1.</translation>
    </message>
    <message>
        <source>Steward does not accept the connection option &apos;%1&apos;.</source>
        <translation>Steward nimmt die Verbindungsoption &apos;%1&apos; nicht an.</translation>
    </message>
    <message>
        <source>Options that could send the connection elsewhere or change the session are refused. Accepted: %1.</source>
        <translation>Optionen, die die Verbindung umleiten oder die Sitzung ändern könnten, werden abgelehnt. Angenommen: %1.</translation>
    </message>
    <message>
        <source>The port &apos;%1&apos; is not a number from 1 to 65535.</source>
        <translation>Der Port &apos;%1&apos; ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>connect_timeout &apos;%1&apos; is not a number of seconds from 1 to 3600.</source>
        <translation>connect_timeout &apos;%1&apos; ist keine Sekundenzahl von 1 bis 3600.</translation>
    </message>
    <message>
        <source>sslmode &apos;%1&apos; is not a TLS mode PostgreSQL knows.</source>
        <translation>sslmode &apos;%1&apos; ist kein TLS-Modus, den PostgreSQL kennt.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Verwenden Sie einen davon: %1.</translation>
    </message>
    <message>
        <source>The address names no database or no user.</source>
        <translation>Die Adresse nennt keine Datenbank oder keinen Benutzer.</translation>
    </message>
    <message>
        <source>The password file %1 does not exist.</source>
        <translation>Die Passwortdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Check the path given in passfile= or PGPASSFILE.</source>
        <translation>Prüfen Sie den Pfad in passfile= oder PGPASSFILE.</translation>
    </message>
    <message>
        <source>The password file %1 is not a regular file.</source>
        <translation>Die Passwortdatei %1 ist keine gewöhnliche Datei.</translation>
    </message>
    <message>
        <source>Point passfile= or PGPASSFILE at the file that holds the password.</source>
        <translation>Lassen Sie passfile= oder PGPASSFILE auf die Datei mit dem Passwort zeigen.</translation>
    </message>
    <message>
        <source>The password file %1 can be read by other users, so PostgreSQL would ignore it.</source>
        <translation>Die Passwortdatei %1 ist für andere Benutzer lesbar, daher würde PostgreSQL sie ignorieren.</translation>
    </message>
    <message>
        <source>Make it private: chmod 600 %1</source>
        <translation>Machen Sie sie privat: chmod 600 %1</translation>
    </message>
    <message>
        <source>The server asks for a password, and none was given.</source>
        <translation>Der Server verlangt ein Passwort, und es wurde keines angegeben.</translation>
    </message>
    <message>
        <source>The server refused the password.</source>
        <translation>Der Server hat das Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>Put the password in a password file (chmod 600) and point passfile= or PGPASSFILE at it, or type it when Steward asks. Retrying with the same password cannot help.</source>
        <translation>Legen Sie das Passwort in eine Passwortdatei (chmod 600) und lassen Sie passfile= oder PGPASSFILE darauf zeigen, oder geben Sie es ein, wenn Steward fragt. Ein neuer Versuch mit demselben Passwort hilft nicht.</translation>
    </message>
    <message>
        <source>The server does not let this user connect from here.</source>
        <translation>Der Server lässt diesen Benutzer von hier aus nicht zu.</translation>
    </message>
    <message>
        <source>Check the user name, and ask the server&apos;s administrator for an entry in pg_hba.conf for this user, database and address.</source>
        <translation>Prüfen Sie den Benutzernamen und bitten Sie die Administration des Servers um einen Eintrag in pg_hba.conf für diesen Benutzer, diese Datenbank und Adresse.</translation>
    </message>
    <message>
        <source>The database does not exist on this server.</source>
        <translation>Die Datenbank existiert auf diesem Server nicht.</translation>
    </message>
    <message>
        <source>Check the database name in the address (psql -l lists them).</source>
        <translation>Prüfen Sie den Datenbanknamen in der Adresse (psql -l listet sie auf).</translation>
    </message>
    <message>
        <source>The encrypted (TLS) connection could not be made.</source>
        <translation>Die verschlüsselte (TLS-)Verbindung kam nicht zustande.</translation>
    </message>
    <message>
        <source>Check sslmode and the certificates; sslmode=disable connects without encryption (only on a network you trust).</source>
        <translation>Prüfen Sie sslmode und die Zertifikate; sslmode=disable verbindet ohne Verschlüsselung (nur in einem Netz, dem Sie vertrauen).</translation>
    </message>
    <message>
        <source>The database server is starting up or shutting down.</source>
        <translation>Der Datenbankserver fährt gerade hoch oder herunter.</translation>
    </message>
    <message>
        <source>Steward tries again by itself; wait a moment.</source>
        <translation>Steward versucht es von selbst erneut; warten Sie einen Moment.</translation>
    </message>
    <message>
        <source>The database server has no free connection slots (max_connections reached).</source>
        <translation>Der Datenbankserver hat keine freien Verbindungsplätze (max_connections erreicht).</translation>
    </message>
    <message>
        <source>Close idle connections or raise max_connections; Steward tries again by itself.</source>
        <translation>Schließen Sie untätige Verbindungen oder erhöhen Sie max_connections; Steward versucht es von selbst erneut.</translation>
    </message>
    <message>
        <source>The server ended the connection.</source>
        <translation>Der Server hat die Verbindung beendet.</translation>
    </message>
    <message>
        <source>An administrator or a restart ended it; Steward reconnects by itself.</source>
        <translation>Eine Administratorin, ein Administrator oder ein Neustart hat sie beendet; Steward verbindet sich von selbst neu.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost.</source>
        <translation>Die Verbindung zum Datenbankserver ist abgebrochen.</translation>
    </message>
    <message>
        <source>Check that the server is running and reachable; Steward reconnects by itself.</source>
        <translation>Prüfen Sie, ob der Server läuft und erreichbar ist; Steward verbindet sich von selbst neu.</translation>
    </message>
    <message>
        <source>The database cannot be changed on this connection (a read-only transaction or a standby server).</source>
        <translation>Die Datenbank kann über diese Verbindung nicht geändert werden (eine schreibgeschützte Transaktion oder ein Standby-Server).</translation>
    </message>
    <message>
        <source>Connect to the primary server, or open the database for writing.</source>
        <translation>Verbinden Sie sich mit dem Primärserver oder öffnen Sie die Datenbank zum Schreiben.</translation>
    </message>
    <message>
        <source>Another session holds a lock this statement needs.</source>
        <translation>Eine andere Sitzung hält eine Sperre, die diese Anweisung braucht.</translation>
    </message>
    <message>
        <source>Wait until the other session finishes, then try again.</source>
        <translation>Warten Sie, bis die andere Sitzung fertig ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full.</source>
        <translation>Der Datenträger des Datenbankservers ist voll.</translation>
    </message>
    <message>
        <source>Free space on the server, then try again.</source>
        <translation>Schaffen Sie Platz auf dem Server und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server found damaged data.</source>
        <translation>Der Server hat beschädigte Daten gefunden.</translation>
    </message>
    <message>
        <source>Do not write to it; ask the server&apos;s administrator to check it (amcheck) or restore a backup.</source>
        <translation>Schreiben Sie nichts hinein; bitten Sie die Administration des Servers, sie zu prüfen (amcheck) oder eine Sicherung wiederherzustellen.</translation>
    </message>
    <message>
        <source>The database server reported a system error.</source>
        <translation>Der Datenbankserver hat einen Systemfehler gemeldet.</translation>
    </message>
    <message>
        <source>See the server&apos;s log.</source>
        <translation>Siehe das Protokoll des Servers.</translation>
    </message>
    <message>
        <source>A rule of the database refused the change: %1</source>
        <translation>Eine Regel der Datenbank hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Change the values so that they satisfy the constraint.</source>
        <translation>Ändern Sie die Werte so, dass sie die Bedingung erfüllen.</translation>
    </message>
    <message>
        <source>This user may not do that: %1</source>
        <translation>Dieser Benutzer darf das nicht: %1</translation>
    </message>
    <message>
        <source>Ask the database&apos;s owner for the privilege, or connect as a user who has it.</source>
        <translation>Bitten Sie den Eigentümer der Datenbank um das Recht oder verbinden Sie sich als Benutzer, der es hat.</translation>
    </message>
    <message>
        <source>The statement failed: %1</source>
        <translation>Die Anweisung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Check the statement.</source>
        <translation>Prüfen Sie die Anweisung.</translation>
    </message>
    <message>
        <source>The database server cannot be reached.</source>
        <translation>Der Datenbankserver ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Check the host and port, and that the server is running and accepts TCP connections.</source>
        <translation>Prüfen Sie Host und Port und ob der Server läuft und TCP-Verbindungen annimmt.</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not well formed.</source>
        <translation>Die PostgreSQL-Adresse ist nicht wohlgeformt.</translation>
    </message>
    <message>
        <source>A user name or password with &apos;@&apos;, &apos;/&apos;, &apos;?&apos;, &apos;:&apos; or &apos;#&apos; in it must be percent-encoded (%40, %2F, %3F, %3A, %23).</source>
        <translation>Ein Benutzername oder Passwort mit &apos;@&apos;, &apos;/&apos;, &apos;?&apos;, &apos;:&apos; oder &apos;#&apos; muss prozentkodiert sein (%40, %2F, %3F, %3A, %23).</translation>
    </message>
    <message>
        <source>The server answers, but refused this connection.</source>
        <translation>Der Server antwortet, hat diese Verbindung aber abgelehnt.</translation>
    </message>
    <message>
        <source>Check the user&apos;s privileges and connection limit, and the database&apos;s settings; the server&apos;s own words are in Steward&apos;s log.</source>
        <translation>Prüfen Sie die Rechte und das Verbindungslimit des Benutzers sowie die Einstellungen der Datenbank; die Meldung des Servers steht in Stewards Protokoll.</translation>
    </message>
    <message>
        <source>The statement collided with another session&apos;s work (a deadlock or a serialization failure) and was rolled back.</source>
        <translation>Die Anweisung ist mit der Arbeit einer anderen Sitzung kollidiert (ein Deadlock oder ein Serialisierungsfehler) und wurde zurückgerollt.</translation>
    </message>
    <message>
        <source>Run it again.</source>
        <translation>Führen Sie sie erneut aus.</translation>
    </message>
</context>
<context>
    <name>steward::FingerprintModel</name>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Traced by Steward on its own connections</source>
        <translation>Von Steward auf seinen eigenen Verbindungen aufgezeichnet</translation>
    </message>
    <message>
        <source>Recorded in query_performance by the application</source>
        <translation>Von der Anwendung in query_performance festgehalten</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Total ms</source>
        <translation>Gesamt ms</translation>
    </message>
    <message>
        <source>Mean ms</source>
        <translation>Mittel ms</translation>
    </message>
    <message>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <source>Max ms</source>
        <translation>Max. ms</translation>
    </message>
</context>
<context>
    <name>steward::Health</name>
    <message>
        <source>started</source>
        <translation>gestartet</translation>
    </message>
    <message>
        <source>the open timeout passed; trying again</source>
        <translation>die Wartezeit ist abgelaufen; neuer Versuch</translation>
    </message>
    <message>
        <source>The database was isolated: Steward does not use it.</source>
        <translation>Die Datenbank wurde isoliert: Steward verwendet sie nicht.</translation>
    </message>
    <message>
        <source>Reset the circuit in the Health panel when it may be used again.</source>
        <translation>Setzen Sie den Schaltkreis im Bereich Zustand zurück, wenn sie wieder verwendet werden darf.</translation>
    </message>
    <message numerus="yes">
        <source>The database failed %n times in a row, so Steward stopped using it for now.</source>
        <translation>
            <numerusform>Die Datenbank ist %n Mal fehlgeschlagen, daher verwendet Steward sie vorerst nicht.</numerusform>
            <numerusform>Die Datenbank ist %n Mal fehlgeschlagen, daher verwendet Steward sie vorerst nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is tried again at %1; or reset the circuit in the Health panel.</source>
        <translation>Sie wird um %1 erneut versucht; oder setzen Sie den Schaltkreis im Bereich Zustand zurück.</translation>
    </message>
    <message>
        <source>The database is being tried again; this call has to wait.</source>
        <translation>Die Datenbank wird gerade erneut versucht; dieser Aufruf muss warten.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>%n probes succeeded</source>
        <translation>
            <numerusform>%n Probe erfolgreich</numerusform>
            <numerusform>%n Proben erfolgreich</numerusform>
        </translation>
    </message>
    <message>
        <source>a probe failed: %1</source>
        <translation>eine Probe ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failures within %1 s: %2</source>
        <translation>
            <numerusform>%n Fehler innerhalb von %1 s: %2</numerusform>
            <numerusform>%n Fehler innerhalb von %1 s: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>The database answered slowly.</source>
        <translation>Die Datenbank hat langsam geantwortet.</translation>
    </message>
    <message>
        <source>The database answers.</source>
        <translation>Die Datenbank antwortet.</translation>
    </message>
    <message>
        <source>Integrity (full)</source>
        <translation>Integrität (vollständig)</translation>
    </message>
    <message>
        <source>Integrity (quick)</source>
        <translation>Integrität (schnell)</translation>
    </message>
    <message>
        <source>The database is damaged: %1 Restore a valid backup.</source>
        <translation>Die Datenbank ist beschädigt: %1 Stellen Sie eine gültige Sicherung wieder her.</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>Die Prüfung konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message numerus="yes">
        <source>SQLite found %n problems, the first: %1. Restore a valid backup.</source>
        <translation>
            <numerusform>SQLite hat %n Problem gefunden: %1. Stellen Sie eine gültige Sicherung wieder her.</numerusform>
            <numerusform>SQLite hat %n Probleme gefunden, das erste: %1. Stellen Sie eine gültige Sicherung wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Database %1, write-ahead log %2.</source>
        <translation>Datenbank %1, Write-Ahead-Log %2.</translation>
    </message>
    <message>
        <source>Database %1.</source>
        <translation>Datenbank %1.</translation>
    </message>
    <message>
        <source>Free pages</source>
        <translation>Freie Seiten</translation>
    </message>
    <message>
        <source>A quarter or more of the file is unused; VACUUM would make it smaller.</source>
        <translation>Ein Viertel oder mehr der Datei ist ungenutzt; VACUUM würde sie verkleinern.</translation>
    </message>
    <message>
        <source>Little unused space.</source>
        <translation>Wenig ungenutzter Platz.</translation>
    </message>
    <message>
        <source>Not checked: the database cannot be reached.</source>
        <translation>Nicht geprüft: Die Datenbank ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Enough room for backups and growth.</source>
        <translation>Genug Platz für Sicherungen und Wachstum.</translation>
    </message>
    <message>
        <source>Less free space than the database&apos;s size: a backup or a restore cannot be made. Free some space.</source>
        <translation>Weniger freier Platz als die Größe der Datenbank: Eine Sicherung oder Wiederherstellung ist nicht möglich. Schaffen Sie Platz.</translation>
    </message>
    <message>
        <source>Little free space left: free some before the next backup.</source>
        <translation>Wenig freier Platz: Schaffen Sie vor der nächsten Sicherung Platz.</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>Freier Speicherplatz</translation>
    </message>
    <message>
        <source>Newest backup</source>
        <translation>Neueste Sicherung</translation>
    </message>
    <message>
        <source>There is no backup of this database. Create one in the Backups panel.</source>
        <translation>Von dieser Datenbank gibt es keine Sicherung. Erstellen Sie eine im Bereich Sicherungen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>The newest backup is older than %n hours. Create a new one.</source>
        <translation>
            <numerusform>Die neueste Sicherung ist älter als %n Stunde. Erstellen Sie eine neue.</numerusform>
            <numerusform>Die neueste Sicherung ist älter als %n Stunden. Erstellen Sie eine neue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recent enough.</source>
        <translation>Aktuell genug.</translation>
    </message>
    <message numerus="yes">
        <source>%n hours old</source>
        <translation>
            <numerusform>%n Stunde alt</numerusform>
            <numerusform>%n Stunden alt</numerusform>
        </translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited after being applied</source>
        <translation>
            <numerusform>%n nach dem Anwenden bearbeitet</numerusform>
            <numerusform>%n nach dem Anwenden bearbeitet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n fehlt</numerusform>
            <numerusform>%n fehlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Every migration is applied and unchanged.</source>
        <translation>Jede Migration ist angewendet und unverändert.</translation>
    </message>
    <message>
        <source>Slow statements (5 min)</source>
        <translation>Langsame Anweisungen (5 min)</translation>
    </message>
    <message>
        <source>Many slow statements: see the Performance view of the Queries panel.</source>
        <translation>Viele langsame Anweisungen: siehe die Leistungsansicht im Bereich Abfragen.</translation>
    </message>
    <message>
        <source>%1 of %2 statements took %3 ms or more.</source>
        <translation>%1 von %2 Anweisungen dauerten %3 ms oder länger.</translation>
    </message>
    <message>
        <source>%1 a minute</source>
        <translation>%1 pro Minute</translation>
    </message>
    <message>
        <source>Closed: calls go through.</source>
        <translation>Geschlossen: Aufrufe gehen durch.</translation>
    </message>
    <message>
        <source>Half-open: trying the database again.</source>
        <translation>Halb offen: Die Datenbank wird erneut versucht.</translation>
    </message>
    <message>
        <source>Open after repeated failures (%1). Tried again at %2.</source>
        <translation>Offen nach wiederholten Fehlern (%1). Neuer Versuch um %2.</translation>
    </message>
    <message>
        <source>Isolated by hand; reset it to use the database again.</source>
        <translation>Von Hand isoliert; setzen Sie ihn zurück, um die Datenbank wieder zu verwenden.</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Schaltkreis</translation>
    </message>
    <message>
        <source>CLOSED</source>
        <translation>GESCHLOSSEN</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OFFEN</translation>
    </message>
    <message>
        <source>HALF_OPEN</source>
        <translation>HALB OFFEN</translation>
    </message>
    <message>
        <source>ISOLATED</source>
        <translation>ISOLIERT</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>The server is (nearly) out of connection slots: new connections are refused. Close idle ones or raise max_connections.</source>
        <translation>Dem Server gehen die Verbindungsplätze aus: neue Verbindungen werden abgewiesen. Schließen Sie untätige oder erhöhen Sie max_connections.</translation>
    </message>
    <message>
        <source>Most connection slots are in use; a connection pool (PgBouncer) or fewer idle clients help.</source>
        <translation>Die meisten Verbindungsplätze sind belegt; ein Verbindungspool (PgBouncer) oder weniger untätige Clients helfen.</translation>
    </message>
    <message>
        <source>Enough free connection slots.</source>
        <translation>Genug freie Verbindungsplätze.</translation>
    </message>
    <message numerus="yes">
        <source>%n statements running for more than 5 minutes</source>
        <translation>
            <numerusform>%n Anweisung läuft seit mehr als 5 Minuten</numerusform>
            <numerusform>%n Anweisungen laufen seit mehr als 5 Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions idle in a transaction for more than a minute</source>
        <translation>
            <numerusform>%n Sitzung seit mehr als einer Minute untätig in einer Transaktion</numerusform>
            <numerusform>%n Sitzungen seit mehr als einer Minute untätig in einer Transaktion</numerusform>
        </translation>
    </message>
    <message>
        <source>Long sessions</source>
        <translation>Lange Sitzungen</translation>
    </message>
    <message>
        <source>No long-running statement, no session idle in a transaction.</source>
        <translation>Keine lang laufende Anweisung, keine untätige Sitzung in einer Transaktion.</translation>
    </message>
    <message>
        <source> (pid %1): they hold locks and keep VACUUM from cleaning up.</source>
        <translation> (PID %1): Sie halten Sperren und hindern VACUUM am Aufräumen.</translation>
    </message>
    <message>
        <source>Database %1 on the server.</source>
        <translation>Datenbank %1 auf dem Server.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>A standby server, in recovery: read-only. Changes must go to the primary.</source>
        <translation>Ein Standby-Server in Wiederherstellung: schreibgeschützt. Änderungen müssen an den Primärserver gehen.</translation>
    </message>
    <message numerus="yes">
        <source>The primary server, streaming to %n replicas.</source>
        <translation>
            <numerusform>Der Primärserver, repliziert an %n Replikat.</numerusform>
            <numerusform>Der Primärserver, repliziert an %n Replikate.</numerusform>
        </translation>
    </message>
    <message>
        <source>standby</source>
        <translation>Standby</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>Invalid indexes</source>
        <translation>Ungültige Indizes</translation>
    </message>
    <message>
        <source>No invalid index.</source>
        <translation>Kein ungültiger Index.</translation>
    </message>
    <message>
        <source>Rebuild it with REINDEX INDEX CONCURRENTLY, or drop it.</source>
        <translation>Bauen Sie ihn mit REINDEX INDEX CONCURRENTLY neu auf oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>pg_stat_statements</source>
        <translation>pg_stat_statements</translation>
    </message>
    <message>
        <source>The server loads it, but this database does not have it: the Performance view cannot show the server&apos;s statements. Run CREATE EXTENSION pg_stat_statements (as its owner or a superuser).</source>
        <translation>Der Server lädt es, aber diese Datenbank hat es nicht: Die Leistungsansicht kann die Anweisungen des Servers nicht zeigen. Führen Sie CREATE EXTENSION pg_stat_statements aus (als Eigentümer oder Superuser).</translation>
    </message>
    <message>
        <source>Not loaded by the server: the Performance view cannot show the server&apos;s statements. Add it to shared_preload_libraries, restart the server, then CREATE EXTENSION pg_stat_statements.</source>
        <translation>Vom Server nicht geladen: Die Leistungsansicht kann die Anweisungen des Servers nicht zeigen. Tragen Sie es in shared_preload_libraries ein, starten Sie den Server neu, dann CREATE EXTENSION pg_stat_statements.</translation>
    </message>
    <message>
        <source>Not installed in this database: the Performance view cannot show the server&apos;s statements. It needs pg_stat_statements in shared_preload_libraries (a restart), then CREATE EXTENSION pg_stat_statements.</source>
        <translation>In dieser Datenbank nicht installiert: Die Leistungsansicht kann die Anweisungen des Servers nicht zeigen. Nötig sind pg_stat_statements in shared_preload_libraries (ein Neustart), dann CREATE EXTENSION pg_stat_statements.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Installed and readable.</source>
        <translation>Installiert und lesbar.</translation>
    </message>
    <message>
        <source>Installed, but it cannot be read (%1). It must be in shared_preload_libraries.</source>
        <translation>Installiert, aber nicht lesbar (%1). Es muss in shared_preload_libraries stehen.</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
</context>
<context>
    <name>steward::HealthCheckModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Gestört</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
</context>
<context>
    <name>steward::HealthPanel</name>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Check Now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Run every check now (F5)</source>
        <translation>Alle Prüfungen jetzt ausführen (F5)</translation>
    </message>
    <message>
        <source>Full Check</source>
        <translation>Vollständige Prüfung</translation>
    </message>
    <message>
        <source>Also run integrity_check, which reads every page (slow on large databases)</source>
        <translation>Auch integrity_check ausführen, das jede Seite liest (langsam bei großen Datenbanken)</translation>
    </message>
    <message>
        <source>Circuit breaker</source>
        <translation>Schutzschalter</translation>
    </message>
    <message>
        <source>Isolate…</source>
        <translation>Isolieren…</translation>
    </message>
    <message>
        <source>Stop Steward from using this database until you reset the circuit</source>
        <translation>Steward verwendet diese Datenbank nicht mehr, bis Sie den Schaltkreis zurücksetzen</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>Zurücksetzen…</translation>
    </message>
    <message>
        <source>Close the circuit: calls go through again</source>
        <translation>Den Schaltkreis schließen: Aufrufe gehen wieder durch</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Failures:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Running the full check…</source>
        <translation>Vollständige Prüfung läuft…</translation>
    </message>
    <message>
        <source>Checked at %1</source>
        <translation>Geprüft um %1</translation>
    </message>
    <message>
        <source>%1 of %2 within %3 s</source>
        <translation>%1 von %2 innerhalb von %3 s</translation>
    </message>
    <message numerus="yes">
        <source>Next attempt in %n s.</source>
        <translation>
            <numerusform>Nächster Versuch in %n s.</numerusform>
            <numerusform>Nächster Versuch in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying again: %1 of %2 probes succeeded.</source>
        <translation>Neuer Versuch: %1 von %2 Proben erfolgreich.</translation>
    </message>
    <message>
        <source>Isolated by hand: nothing uses the database until you reset the circuit.</source>
        <translation>Von Hand isoliert: Nichts verwendet die Datenbank, bis Sie den Schaltkreis zurücksetzen.</translation>
    </message>
    <message>
        <source>Calls go through.</source>
        <translation>Aufrufe gehen durch.</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>Letzte Änderung: %1</translation>
    </message>
    <message>
        <source>Isolate the Database</source>
        <translation>Datenbank isolieren</translation>
    </message>
    <message>
        <source>Steward stops using %1 — the console, checks and every other call are refused — until you reset the circuit.</source>
        <translation>Steward verwendet %1 nicht mehr — Konsole, Prüfungen und jeder andere Aufruf werden abgewiesen —, bis Sie den Schaltkreis zurücksetzen.</translation>
    </message>
    <message>
        <source>Isolate</source>
        <translation>Isolieren</translation>
    </message>
    <message>
        <source>isolated by hand</source>
        <translation>von Hand isoliert</translation>
    </message>
    <message>
        <source>Reset the Circuit</source>
        <translation>Schaltkreis zurücksetzen</translation>
    </message>
    <message>
        <source>Calls to %1 go through again. If the database is still failing, the circuit opens again after the failure threshold.</source>
        <translation>Aufrufe an %1 gehen wieder durch. Schlägt die Datenbank weiter fehl, öffnet sich der Schaltkreis nach der Fehlerschwelle erneut.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>reset by hand</source>
        <translation>von Hand zurückgesetzt</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>steward::InlineBanner</name>
    <message>
        <source>Dismiss (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>steward::JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 — waiting for the database…</source>
        <translation>%1 — wartet auf die Datenbank …</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>steward::LogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>steward::LogPanel</name>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Debug und höher</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Search the log (Ctrl+F)</source>
        <translation>Protokoll durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
</context>
<context>
    <name>steward::MainWindow</name>
    <message>
        <source>&lt;h2&gt;No database open&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Keine Datenbank geöffnet&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Open an SQLite database with Ctrl+O, drop a database file here, or try the demo.</source>
        <translation>Öffnen Sie eine SQLite-Datenbank mit Strg+O, ziehen Sie eine Datenbankdatei hierher, oder probieren Sie die Demo aus.</translation>
    </message>
    <message>
        <source>Open Database…</source>
        <translation>Datenbank öffnen …</translation>
    </message>
    <message>
        <source>Open Demo Database</source>
        <translation>Demo-Datenbank öffnen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Demo Database</source>
        <translation>&amp;Demo-Datenbank öffnen</translation>
    </message>
    <message>
        <source>&amp;Close Database</source>
        <translation>Datenbank &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Steward</source>
        <translation>Ü&amp;ber Steward</translation>
    </message>
    <message>
        <source>About Steward</source>
        <translation>Über Steward</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Steward %1&lt;/h3&gt;&lt;p&gt;See and safely change the state of an application&apos;s database.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Steward %1&lt;/h3&gt;&lt;p&gt;Den Zustand der Datenbank einer Anwendung sehen und sicher ändern.&lt;/p&gt;&lt;p&gt;Datenordner: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This file no longer exists</source>
        <translation>Diese Datei existiert nicht mehr</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Keine zuletzt geöffneten Datenbanken</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3 *.db3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3 *.db3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 was not opened. %2</source>
        <translation>%1 wurde nicht geöffnet. %2</translation>
    </message>
    <message>
        <source>%1 The database that was open stays open.</source>
        <translation>%1 Die bisher geöffnete Datenbank bleibt geöffnet.</translation>
    </message>
    <message>
        <source>Remove from recent files</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation>%1 ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>The file or its folder cannot be written; actions that change it are disabled.</source>
        <translation>Die Datei oder ihr Ordner ist nicht beschreibbar; Aktionen, die sie ändern, sind deaktiviert.</translation>
    </message>
    <message>
        <source>%1 — Steward</source>
        <translation>%1 — Steward</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>The demo database cannot be created. %1</source>
        <translation>Die Demo-Datenbank kann nicht angelegt werden. %1</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>The database&apos;s details cannot be read: %1</source>
        <translation>Die Angaben zur Datenbank können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 pages of %2 bytes, %3 free</source>
        <translation>%1 Seiten zu %2 Bytes, %3 frei</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>The database&apos;s health; click for the details (Ctrl+5)</source>
        <translation>Der Zustand der Datenbank; klicken für Einzelheiten (Strg+5)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The database cannot be used right now. %1</source>
        <translation>Die Datenbank kann gerade nicht verwendet werden. %1</translation>
    </message>
    <message>
        <source>Steward checks again by itself and says when it is back; actions that need the database are refused meanwhile, nothing is queued.</source>
        <translation>Steward prüft von selbst erneut und meldet, wenn sie zurück ist; Aktionen, die die Datenbank brauchen, werden bis dahin abgewiesen, nichts wird vorgemerkt.</translation>
    </message>
    <message>
        <source>The database is back.</source>
        <translation>Die Datenbank ist zurück.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Reading the database&apos;s details…</source>
        <translation>Angaben zur Datenbank werden gelesen …</translation>
    </message>
    <message>
        <source>%1 can be opened now.</source>
        <translation>%1 kann jetzt geöffnet werden.</translation>
    </message>
    <message>
        <source>The database that is open is busy or has unsaved work.</source>
        <translation>Die geöffnete Datenbank ist beschäftigt oder hat ungespeicherte Arbeit.</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Fix the variable in the environment that starts Steward, or unset it.</source>
        <translation>Korrigieren Sie die Variable in der Umgebung, die Steward startet, oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>user_version: %1</source>
        <translation>user_version: %1</translation>
    </message>
    <message>
        <source>Migration: %1 · user_version: %2</source>
        <translation>Migration: %1 · user_version: %2</translation>
    </message>
    <message>
        <source>The newest applied migration (from the migrations&apos; history table) and PRAGMA user_version</source>
        <translation>Die neueste angewendete Migration (aus der Verlaufstabelle der Migrationen) und PRAGMA user_version</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Mit &amp;Server verbinden…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Enter the password…</source>
        <translation>Passwort eingeben…</translation>
    </message>
    <message>
        <source>The database&apos;s size on the server</source>
        <translation>Die Größe der Datenbank auf dem Server</translation>
    </message>
    <message>
        <source>PostgreSQL %1 · %2 of %3 connections</source>
        <translation>PostgreSQL %1 · %2 von %3 Verbindungen</translation>
    </message>
    <message>
        <source>A standby server (read-only)</source>
        <translation>Ein Standby-Server (schreibgeschützt)</translation>
    </message>
    <message>
        <source>The primary server</source>
        <translation>Der Primärserver</translation>
    </message>
    <message>
        <source>Migration: %1</source>
        <translation>Migration: %1</translation>
    </message>
    <message>
        <source>The newest applied migration (from the migrations&apos; history table)</source>
        <translation>Die neueste angewandte Migration (aus der Verlaufstabelle der Migrationen)</translation>
    </message>
</context>
<context>
    <name>steward::MigrationHistoryPanel</name>
    <message>
        <source>Apply pending…</source>
        <translation>Ausstehende anwenden …</translation>
    </message>
    <message>
        <source>Roll back to this version…</source>
        <translation>Auf diese Version zurückrollen …</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Repair…</source>
        <translation>Reparieren …</translation>
    </message>
    <message>
        <source>Baseline…</source>
        <translation>Basislinie setzen …</translation>
    </message>
    <message>
        <source>Open migrations folder</source>
        <translation>Migrationsordner öffnen</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>Ordner ändern …</translation>
    </message>
    <message>
        <source>Filter migrations…</source>
        <translation>Migrationen filtern …</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Up SQL</source>
        <translation>Up-SQL</translation>
    </message>
    <message>
        <source>Down SQL</source>
        <translation>Down-SQL</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>The migrations cannot be read: %1
Folder: %2</source>
        <translation>Die Migrationen können nicht gelesen werden: %1
Ordner: %2</translation>
    </message>
    <message>
        <source>-- no down SQL: this migration cannot be rolled back</source>
        <translation>-- kein Down-SQL: diese Migration kann nicht zurückgerollt werden</translation>
    </message>
    <message>
        <source>-- stored when the migration was applied
</source>
        <translation>-- beim Anwenden der Migration gespeichert
</translation>
    </message>
    <message>
        <source>-- from the migration file
</source>
        <translation>-- aus der Migrationsdatei
</translation>
    </message>
    <message>
        <source>Version:     %1</source>
        <translation>Version:     %1</translation>
    </message>
    <message>
        <source>Name:        %1</source>
        <translation>Name:        %1</translation>
    </message>
    <message>
        <source>File:        %1</source>
        <translation>Datei:       %1</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>Status:      %1</source>
        <translation>Status:      %1</translation>
    </message>
    <message>
        <source>Applied at:  %1</source>
        <translation>Angewendet:  %1</translation>
    </message>
    <message>
        <source>Rolled back: %1</source>
        <translation>Zurückgerollt: %1</translation>
    </message>
    <message>
        <source>Duration:    %1 ms</source>
        <translation>Dauer:       %1 ms</translation>
    </message>
    <message>
        <source>Checksum:    %1</source>
        <translation>Prüfsumme:   %1</translation>
    </message>
    <message>
        <source>The file changed after it was applied (applied checksum %1).</source>
        <translation>Die Datei wurde nach dem Anwenden geändert (angewendete Prüfsumme %1).</translation>
    </message>
    <message>
        <source>Dry run of the rollback to %1 on a scratch copy…</source>
        <translation>Probelauf des Zurückrollens auf %1 an einer Arbeitskopie …</translation>
    </message>
    <message>
        <source>Dry run of the pending migrations on a scratch copy…</source>
        <translation>Probelauf der ausstehenden Migrationen an einer Arbeitskopie …</translation>
    </message>
    <message>
        <source>Nothing to roll back</source>
        <translation>Nichts zurückzurollen</translation>
    </message>
    <message>
        <source>Nothing to apply</source>
        <translation>Nichts anzuwenden</translation>
    </message>
    <message>
        <source>Rolling back to %1…</source>
        <translation>Zurückrollen auf %1 …</translation>
    </message>
    <message>
        <source>Applying migrations…</source>
        <translation>Migrationen werden angewendet …</translation>
    </message>
    <message>
        <source>Rolled back %1. Backup taken first: %2.</source>
        <translation>%1 zurückgerollt. Vorher angelegte Sicherung: %2.</translation>
    </message>
    <message>
        <source>Applied %1. Backup taken first: %2.</source>
        <translation>%1 angewendet. Vorher angelegte Sicherung: %2.</translation>
    </message>
    <message>
        <source>All applied migrations match their files</source>
        <translation>Alle angewendeten Migrationen stimmen mit ihren Dateien überein</translation>
    </message>
    <message>
        <source>%1 migrations are modified, missing or failed.</source>
        <translation>%1 Migrationen sind geändert, fehlen oder sind fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Repair Migrations</source>
        <translation>Migrationen reparieren</translation>
    </message>
    <message>
        <source>Accept the current files&apos; checksums for modified migrations and clear failed entries? Nothing is run against the schema.</source>
        <translation>Die Prüfsummen der aktuellen Dateien für geänderte Migrationen übernehmen und fehlgeschlagene Einträge löschen? Am Schema wird nichts ausgeführt.</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparieren</translation>
    </message>
    <message>
        <source>%1 entries repaired</source>
        <translation>%1 Einträge repariert</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basislinie</translation>
    </message>
    <message>
        <source>Mark the database as migrated up to %1 without running anything?</source>
        <translation>Die Datenbank als bis %1 migriert markieren, ohne etwas auszuführen?</translation>
    </message>
    <message>
        <source>Migrations Folder</source>
        <translation>Migrationsordner</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <source>Repair accepts the file as it is. What changed (- as applied, + the file now):</source>
        <translation>Reparieren übernimmt die Datei, wie sie ist. Was sich geändert hat (- wie angewendet, + die Datei jetzt):</translation>
    </message>
    <message>
        <source>%1 migrations in %2
History table: %3%4</source>
        <translation>%1-Migrationen in %2
Verlaufstabelle: %3%4</translation>
    </message>
    <message>
        <source>Format:      %1, history table %2</source>
        <translation>Format:      %1, Verlaufstabelle %2</translation>
    </message>
    <message>
        <source>This migration runs outside a transaction, as its file says.</source>
        <translation>Diese Migration läuft außerhalb einer Transaktion, wie ihre Datei es angibt.</translation>
    </message>
    <message>
        <source>Reading the migrations…</source>
        <translation>Migrationen werden gelesen …</translation>
    </message>
    <message>
        <source>Reading the migrations was cancelled; F5 reads them again.</source>
        <translation>Das Lesen der Migrationen wurde abgebrochen; F5 liest sie erneut.</translation>
    </message>
    <message>
        <source>Validating the applied migrations…</source>
        <translation>Angewendete Migrationen werden geprüft …</translation>
    </message>
    <message>
        <source>Repairing the migration history…</source>
        <translation>Migrationsverlauf wird repariert …</translation>
    </message>
    <message>
        <source>Recording the baseline %1…</source>
        <translation>Basislinie %1 wird eingetragen …</translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No migrations folder.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Kein Migrationsordner.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>steward::MigrationListModel</name>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Außer der Reihe</translation>
    </message>
    <message>
        <source>The file of this migration is gone</source>
        <translation>Die Datei dieser Migration fehlt</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>Angewendet am</translation>
    </message>
    <message>
        <source>Rolled back at</source>
        <translation>Zurückgerollt am</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Prüfsumme</translation>
    </message>
</context>
<context>
    <name>steward::MigrationPlanDialog</name>
    <message>
        <source>Roll Back to Version %1</source>
        <translation>Auf Version %1 zurückrollen</translation>
    </message>
    <message>
        <source>Apply Pending Migrations</source>
        <translation>Ausstehende Migrationen anwenden</translation>
    </message>
    <message>
        <source>&lt;b&gt;These migrations will be undone, newest first.&lt;/b&gt; Some of them cannot run inside a transaction: if one fails, the backup taken first is the way back.</source>
        <translation>&lt;b&gt;Diese Migrationen werden rückgängig gemacht, die neueste zuerst.&lt;/b&gt; Einige können nicht in einer Transaktion laufen: Schlägt eine fehl, führt die vorher angelegte Sicherung zurück.</translation>
    </message>
    <message>
        <source>&lt;b&gt;These migrations will be undone, newest first, in one transaction&lt;/b&gt;: all of them or none.</source>
        <translation>&lt;b&gt;Diese Migrationen werden in einer Transaktion rückgängig gemacht, die neueste zuerst&lt;/b&gt;: alle oder keine.</translation>
    </message>
    <message>
        <source>&lt;b&gt;These migrations will be applied, oldest first.&lt;/b&gt; Some of them run outside a transaction: if one fails, the backup taken first is the way back.</source>
        <translation>&lt;b&gt;Diese Migrationen werden angewendet, die älteste zuerst.&lt;/b&gt; Einige laufen außerhalb einer Transaktion: Schlägt eine fehl, führt die vorher angelegte Sicherung zurück.</translation>
    </message>
    <message>
        <source>&lt;b&gt;These migrations will be applied, oldest first&lt;/b&gt;, each in its own transaction.</source>
        <translation>&lt;b&gt;Diese Migrationen werden angewendet, die älteste zuerst&lt;/b&gt;, jede in ihrer eigenen Transaktion.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>Angewendet am</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>-- down SQL stored when the migration was applied
</source>
        <translation>-- Down-SQL, beim Anwenden der Migration gespeichert
</translation>
    </message>
    <message>
        <source>-- down SQL from the migration file
</source>
        <translation>-- Down-SQL aus der Migrationsdatei
</translation>
    </message>
    <message>
        <source>Dry run on a scratch copy of the database: succeeded.</source>
        <translation>Probelauf an einer Arbeitskopie der Datenbank: erfolgreich.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dry run on a scratch copy failed:&lt;/b&gt; %1&lt;br&gt;Nothing can run until this is fixed.</source>
        <translation>&lt;b&gt;Probelauf an einer Arbeitskopie fehlgeschlagen:&lt;/b&gt; %1&lt;br&gt;Nichts kann laufen, bis das behoben ist.</translation>
    </message>
    <message>
        <source>Schema: no change.</source>
        <translation>Schema: keine Änderung.</translation>
    </message>
    <message>
        <source>Schema: %1.</source>
        <translation>Schema: %1.</translation>
    </message>
    <message>
        <source>table %1 with %2 rows will be dropped</source>
        <translation>Tabelle %1 mit %2 Zeilen wird gelöscht</translation>
    </message>
    <message>
        <source>column %1 of table %2 with %3 values will be dropped</source>
        <translation>Spalte %1 der Tabelle %2 mit %3 Werten wird gelöscht</translation>
    </message>
    <message>
        <source>%1 rows of table %2 will be deleted</source>
        <translation>%1 Zeilen der Tabelle %2 werden gelöscht</translation>
    </message>
    <message>
        <source>No data will be lost.</source>
        <translation>Es gehen keine Daten verloren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data that will be lost:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;Daten, die verloren gehen:&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <source>Before anything runs, Steward backs up the database to %1.</source>
        <translation>Bevor etwas läuft, sichert Steward die Datenbank in %1.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Type the target version, %1, to confirm:</source>
        <translation>Zur Bestätigung die Zielversion %1 eingeben:</translation>
    </message>
    <message>
        <source>Type the last version, %1, to confirm:</source>
        <translation>Zur Bestätigung die letzte Version %1 eingeben:</translation>
    </message>
    <message>
        <source>%1 rows of table %2 will get other values (the old ones are lost)</source>
        <translation>%1 Zeilen der Tabelle %2 erhalten andere Werte (die alten gehen verloren)</translation>
    </message>
    <message>
        <source>table %1 could not be compared (%2), so what it loses is unknown</source>
        <translation>Tabelle %1 konnte nicht verglichen werden (%2), daher ist unbekannt, was sie verliert</translation>
    </message>
</context>
<context>
    <name>steward::Migrations</name>
    <message>
        <source>%1 is %2 MB; migration files over 10 MB are refused.</source>
        <translation>%1 ist %2 MB groß; Migrationsdateien über 10 MB werden abgelehnt.</translation>
    </message>
    <message>
        <source>Split the migration, or load large data another way.</source>
        <translation>Teilen Sie die Migration auf, oder laden Sie große Daten auf anderem Weg.</translation>
    </message>
    <message>
        <source>The migration file %1 cannot be read.</source>
        <translation>Die Migrationsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check its permissions.</source>
        <translation>Prüfen Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>%1 is not a text file (it contains binary data).</source>
        <translation>%1 ist keine Textdatei (sie enthält Binärdaten).</translation>
    </message>
    <message>
        <source>Remove it from the migrations folder or restore its text.</source>
        <translation>Entfernen Sie sie aus dem Migrationsordner oder stellen Sie ihren Text wieder her.</translation>
    </message>
    <message>
        <source>The migrations folder %1 does not exist.</source>
        <translation>Der Migrationsordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Two migrations have the version %1: %2 and %3.</source>
        <translation>Zwei Migrationen haben die Version %1: %2 und %3.</translation>
    </message>
    <message>
        <source>Give one of them another number.</source>
        <translation>Geben Sie einer von beiden eine andere Nummer.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>The table schema_migrations has no version column.</source>
        <translation>Die Tabelle schema_migrations hat keine Spalte version.</translation>
    </message>
    <message>
        <source>Steward can adopt a schema_migrations table only when it has a version column.</source>
        <translation>Steward kann eine Tabelle schema_migrations nur übernehmen, wenn sie eine Spalte version hat.</translation>
    </message>
    <message>
        <source>%1 was changed after it was applied</source>
        <translation>%1 wurde nach dem Anwenden geändert</translation>
    </message>
    <message>
        <source>Nothing was applied: %1.</source>
        <translation>Nichts wurde angewendet: %1.</translation>
    </message>
    <message>
        <source>Restore the applied file, or accept the change with repair.</source>
        <translation>Stellen Sie die angewendete Datei wieder her oder übernehmen Sie die Änderung mit repair.</translation>
    </message>
    <message>
        <source>Cannot roll back to %1: these migrations have no down SQL: %2.</source>
        <translation>Zurückrollen auf %1 nicht möglich: Diese Migrationen haben kein Down-SQL: %2.</translation>
    </message>
    <message>
        <source>Add a -- migrate:down section, or restore a backup instead.</source>
        <translation>Ergänzen Sie einen Abschnitt -- migrate:down, oder stellen Sie stattdessen eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Nothing was changed: the backup taken first failed. %1</source>
        <translation>Nichts wurde geändert: Die vorher anzulegende Sicherung ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>Cancelled before %1; the migrations before it are applied.</source>
        <translation>Vor %1 abgebrochen; die Migrationen davor sind angewendet.</translation>
    </message>
    <message>
        <source>Applying %1…</source>
        <translation>%1 wird angewendet …</translation>
    </message>
    <message>
        <source>The failed migration was rolled back; %1 migrations before it are applied. Fix the file and migrate again. Backup taken first: %2.</source>
        <translation>Die fehlgeschlagene Migration wurde zurückgerollt; %1 Migrationen davor sind angewendet. Korrigieren Sie die Datei und migrieren Sie erneut. Vorher angelegte Sicherung: %2.</translation>
    </message>
    <message>
        <source>Nothing was rolled back: all down sections run in one transaction. Backup taken first: %1.</source>
        <translation>Nichts wurde zurückgerollt: Alle Down-Abschnitte laufen in einer Transaktion. Vorher angelegte Sicherung: %1.</translation>
    </message>
    <message>
        <source>No temporary folder for the dry run.</source>
        <translation>Kein temporärer Ordner für den Probelauf.</translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <source>%1: changed after it was applied (checksum %2, file %3)</source>
        <translation>%1: nach dem Anwenden geändert (Prüfsumme %2, Datei %3)</translation>
    </message>
    <message>
        <source>%1 (%2): applied, but its file is gone</source>
        <translation>%1 (%2): angewendet, aber ihre Datei fehlt</translation>
    </message>
    <message>
        <source>%1: failed the last time it ran</source>
        <translation>%1: beim letzten Lauf fehlgeschlagen</translation>
    </message>
    <message>
        <source>Choose the folder that holds the migration files.</source>
        <translation>Wählen Sie den Ordner mit den Migrationsdateien.</translation>
    </message>
    <message>
        <source>Unknown migration format &apos;%1&apos;.</source>
        <translation>Unbekanntes Migrationsformat „%1“.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Verwenden Sie eines dieser Formate: %1.</translation>
    </message>
    <message>
        <source>No migration tool&apos;s layout accounts for the files in %1: %2.</source>
        <translation>Die Dateien in %1 passen zum Aufbau keines Migrationswerkzeugs: %2.</translation>
    </message>
    <message>
        <source>Steward reads the folders of %1. Choose the folder your tool writes, or name the format with --format.</source>
        <translation>Steward liest die Ordner von %1. Wählen Sie den Ordner, in den Ihr Werkzeug schreibt, oder geben Sie das Format mit --format an.</translation>
    </message>
    <message>
        <source>%1 holds files that are not %2 migrations: %3.</source>
        <translation>%1 enthält Dateien, die keine %2-Migrationen sind: %3.</translation>
    </message>
    <message>
        <source>%1 reads %2. Rename or move the other files, or name the format with --format if the folder is another tool&apos;s.</source>
        <translation>%1 liest %2. Benennen Sie die anderen Dateien um oder verschieben Sie sie, oder geben Sie das Format mit --format an, wenn der Ordner zu einem anderen Werkzeug gehört.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>apply</source>
        <translation>anwenden</translation>
    </message>
    <message>
        <source>Nothing was applied: golang-migrate&apos;s table marks version %1 dirty (a run that failed part way).</source>
        <translation>Nichts wurde angewendet: Die Tabelle von golang-migrate markiert die Version %1 als „dirty“ (ein Lauf, der mittendrin fehlgeschlagen ist).</translation>
    </message>
    <message>
        <source>Check what %1 changed (or restore the backup taken before it), then clear the mark with repair (the version before it) or baseline %2 (it is complete), as golang-migrate&apos;s force does.</source>
        <translation>Prüfen Sie, was %1 geändert hat (oder stellen Sie die vorher angelegte Sicherung wieder her), und entfernen Sie dann die Markierung mit repair (die Version davor) oder baseline %2 (sie ist vollständig), wie es force von golang-migrate tut.</translation>
    </message>
    <message>
        <source>roll back</source>
        <translation>zurückrollen</translation>
    </message>
    <message>
        <source>%1 runs outside a transaction: the statements before the failing one stay applied and were not undone, and it is recorded as failed. %2 migrations before it are applied. Restore the backup taken first (%3), or finish or undo it by hand and then repair.</source>
        <translation>%1 läuft außerhalb einer Transaktion: Die Anweisungen vor der fehlgeschlagenen bleiben angewendet und wurden nicht rückgängig gemacht, und die Migration ist als fehlgeschlagen vermerkt. %2 Migrationen davor sind angewendet. Stellen Sie die vorher angelegte Sicherung (%3) wieder her, oder führen Sie die Migration von Hand zu Ende oder machen Sie sie rückgängig und führen Sie dann repair aus.</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>reparieren</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>als Basislinie setzen</translation>
    </message>
    <message>
        <source>NNN_name.sql files with a &quot;-- migrate:up&quot; line (and &quot;-- migrate:down&quot;)</source>
        <translation>Dateien NNN_name.sql mit einer Zeile „-- migrate:up“ (und „-- migrate:down“)</translation>
    </message>
    <message>
        <source>a folder per migration, {version}_{name}/up.sql and down.sql</source>
        <translation>Ordner je Migration, {version}_{name}/up.sql und down.sql</translation>
    </message>
    <message>
        <source>Steward orders diesel migrations by a numeric version (as &quot;2023-01-01-000000&quot;).</source>
        <translation>Steward ordnet diesel-Migrationen nach einer numerischen Version (etwa „2023-01-01-000000“).</translation>
    </message>
    <message>
        <source>Rename the folder with a timestamp or number before the first &apos;_&apos;.</source>
        <translation>Benennen Sie den Ordner so um, dass vor dem ersten „_“ ein Zeitstempel oder eine Zahl steht.</translation>
    </message>
    <message>
        <source>the file is empty; diesel refuses an empty up.sql.</source>
        <translation>Die Datei ist leer; diesel lehnt eine leere up.sql ab.</translation>
    </message>
    <message>
        <source>Put the migration&apos;s SQL in it, or a comment for a no-op.</source>
        <translation>Schreiben Sie das SQL der Migration hinein, oder einen Kommentar, wenn sie nichts tun soll.</translation>
    </message>
    <message>
        <source>meta/_journal.json and the {tag}.sql files it lists</source>
        <translation>meta/_journal.json und die darin aufgeführten Dateien {tag}.sql</translation>
    </message>
    <message>
        <source>the journal lists &apos;%1&apos;, and there is no such file.</source>
        <translation>Das Journal führt „%1“ auf, aber diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>Restore the file, or regenerate the journal with drizzle-kit.</source>
        <translation>Stellen Sie die Datei wieder her, oder erzeugen Sie das Journal mit drizzle-kit neu.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a drizzle journal (%2).</source>
        <translation>%1 ist kein drizzle-Journal (%2).</translation>
    </message>
    <message>
        <source>Regenerate it with drizzle-kit, or restore it from version control.</source>
        <translation>Erzeugen Sie es mit drizzle-kit neu, oder stellen Sie es aus der Versionsverwaltung wieder her.</translation>
    </message>
    <message>
        <source>V{version}__{description}.sql files (U… undo, R__… repeatable)</source>
        <translation>Dateien V{version}__{description}.sql (U… Undo, R__… wiederholbar)</translation>
    </message>
    <message>
        <source>a repeatable migration cannot have a version.</source>
        <translation>Eine wiederholbare Migration kann keine Version haben.</translation>
    </message>
    <message>
        <source>Name it R__{description}.sql.</source>
        <translation>Nennen Sie sie R__{description}.sql.</translation>
    </message>
    <message>
        <source>the version &apos;%1&apos; is not numbers separated by dots or underscores.</source>
        <translation>Die Version „%1“ besteht nicht aus Zahlen, getrennt durch Punkte oder Unterstriche.</translation>
    </message>
    <message>
        <source>Name it V{version}__{description}.sql, as V1_2__add_users.sql.</source>
        <translation>Nennen Sie sie V{version}__{description}.sql, etwa V1_2__add_users.sql.</translation>
    </message>
    <message>
        <source>an undo migration without its versioned migration.</source>
        <translation>eine Undo-Migration ohne ihre versionierte Migration.</translation>
    </message>
    <message>
        <source>Add the V file of the same version, or remove the U file.</source>
        <translation>Ergänzen Sie die V-Datei derselben Version oder entfernen Sie die U-Datei.</translation>
    </message>
    <message>
        <source>{version}_{title}.up.sql and {version}_{title}.down.sql pairs</source>
        <translation>Paare aus {version}_{title}.up.sql und {version}_{title}.down.sql</translation>
    </message>
    <message>
        <source>the version number is too large.</source>
        <translation>Die Versionsnummer ist zu groß.</translation>
    </message>
    <message>
        <source>Use a version number of at most 18 digits.</source>
        <translation>Verwenden Sie eine Versionsnummer mit höchstens 18 Ziffern.</translation>
    </message>
    <message>
        <source>Two %1 migrations have the version %2: %3 and %4.</source>
        <translation>Zwei %1-Migrationen haben die Version %2: %3 und %4.</translation>
    </message>
    <message>
        <source>golang-migrate refuses a duplicate migration file: give one of them another number.</source>
        <translation>golang-migrate lehnt doppelte Migrationsdateien ab: Geben Sie einer von beiden eine andere Nummer.</translation>
    </message>
    <message>
        <source>schema_migrations has %1 rows; golang-migrate keeps exactly one (the current version), so this table was written by another tool.</source>
        <translation>schema_migrations hat %1 Zeilen; golang-migrate führt genau eine (die aktuelle Version), also wurde diese Tabelle von einem anderen Werkzeug geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose the format that wrote it with --format (dbmate keeps a row per migration), or repair the table with golang-migrate&apos;s force command.</source>
        <translation>Nichts wurde geändert. Wählen Sie mit --format das Format, das sie geschrieben hat (dbmate führt eine Zeile je Migration), oder reparieren Sie die Tabelle mit dem Befehl force von golang-migrate.</translation>
    </message>
    <message>
        <source>schema_migrations holds the version &apos;%1&apos;, which is not a number.</source>
        <translation>schema_migrations enthält die Version „%1“, die keine Zahl ist.</translation>
    </message>
    <message>
        <source>Nothing was changed. Set the version with golang-migrate&apos;s force command.</source>
        <translation>Nichts wurde geändert. Setzen Sie die Version mit dem Befehl force von golang-migrate.</translation>
    </message>
    <message>
        <source>{version}_{name}.sql files with a &quot;-- +goose Up&quot; line</source>
        <translation>Dateien {version}_{name}.sql mit einer Zeile „-- +goose Up“</translation>
    </message>
    <message>
        <source>the file name must start with a version number, as in 00001_create_users.sql.</source>
        <translation>Der Dateiname muss mit einer Versionsnummer beginnen, etwa 00001_create_users.sql.</translation>
    </message>
    <message>
        <source>Rename the file: a version number, an underscore, a name, .sql.</source>
        <translation>Benennen Sie die Datei um: eine Versionsnummer, ein Unterstrich, ein Name, .sql.</translation>
    </message>
    <message>
        <source>goose versions are numbers from 1 to 2^63 - 1.</source>
        <translation>goose-Versionen sind Zahlen von 1 bis 2^63 - 1.</translation>
    </message>
    <message>
        <source>Rename the file with a valid version number.</source>
        <translation>Benennen Sie die Datei mit einer gültigen Versionsnummer um.</translation>
    </message>
    <message>
        <source>a goose annotation with leading white space.</source>
        <translation>eine goose-Annotation mit Leerraum am Zeilenanfang.</translation>
    </message>
    <message>
        <source>Start the line with &quot;-- +goose&quot;.</source>
        <translation>Beginnen Sie die Zeile mit „-- +goose“.</translation>
    </message>
    <message>
        <source>a second &quot;-- +goose Up&quot;.</source>
        <translation>ein zweites „-- +goose Up“.</translation>
    </message>
    <message>
        <source>Keep one Up and at most one Down annotation.</source>
        <translation>Behalten Sie eine Up- und höchstens eine Down-Annotation.</translation>
    </message>
    <message>
        <source>&quot;-- +goose Down&quot; before &quot;-- +goose Up&quot;, or a second one.</source>
        <translation>„-- +goose Down“ vor „-- +goose Up“ oder ein zweites.</translation>
    </message>
    <message>
        <source>Start the file with &quot;-- +goose Up&quot;; put one Down after it.</source>
        <translation>Beginnen Sie die Datei mit „-- +goose Up“; setzen Sie ein Down dahinter.</translation>
    </message>
    <message>
        <source>&quot;StatementBegin&quot; out of place.</source>
        <translation>„StatementBegin“ an falscher Stelle.</translation>
    </message>
    <message>
        <source>Put StatementBegin/StatementEnd inside Up or Down.</source>
        <translation>Setzen Sie StatementBegin/StatementEnd innerhalb von Up oder Down.</translation>
    </message>
    <message>
        <source>&quot;StatementEnd&quot; without StatementBegin.</source>
        <translation>„StatementEnd“ ohne StatementBegin.</translation>
    </message>
    <message>
        <source>Pair each StatementEnd with a StatementBegin.</source>
        <translation>Stellen Sie jedem StatementEnd ein StatementBegin voran.</translation>
    </message>
    <message>
        <source>the goose annotation &quot;%1&quot; is not supported.</source>
        <translation>Die goose-Annotation „%1“ wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Use Up, Down, StatementBegin, StatementEnd, NO TRANSACTION or ENVSUB ON/OFF.</source>
        <translation>Verwenden Sie Up, Down, StatementBegin, StatementEnd, NO TRANSACTION oder ENVSUB ON/OFF.</translation>
    </message>
    <message>
        <source>SQL before the &quot;-- +goose Up&quot; line.</source>
        <translation>SQL vor der Zeile „-- +goose Up“.</translation>
    </message>
    <message>
        <source>Start the file with &quot;-- +goose Up&quot;.</source>
        <translation>Beginnen Sie die Datei mit „-- +goose Up“.</translation>
    </message>
    <message>
        <source>no &quot;-- +goose Up&quot; annotation.</source>
        <translation>keine Annotation „-- +goose Up“.</translation>
    </message>
    <message>
        <source>&quot;-- +goose StatementBegin&quot; without StatementEnd.</source>
        <translation>„-- +goose StatementBegin“ ohne StatementEnd.</translation>
    </message>
    <message>
        <source>Close the block with &quot;-- +goose StatementEnd&quot;.</source>
        <translation>Schließen Sie den Block mit „-- +goose StatementEnd“.</translation>
    </message>
    <message>
        <source>a folder per migration, {timestamp}_{name}/migration.sql</source>
        <translation>Ordner je Migration, {timestamp}_{name}/migration.sql</translation>
    </message>
    <message>
        <source>Prisma&apos;s migration folders start with a timestamp.</source>
        <translation>Die Migrationsordner von Prisma beginnen mit einem Zeitstempel.</translation>
    </message>
    <message>
        <source>Name the folder {timestamp}_{name}, as prisma migrate dev does.</source>
        <translation>Nennen Sie den Ordner {timestamp}_{name}, wie es prisma migrate dev tut.</translation>
    </message>
    <message>
        <source>{version}_{description}.sql files of plain SQL (or .up.sql/.down.sql pairs)</source>
        <translation>Dateien {version}_{description}.sql mit reinem SQL (oder Paare aus .up.sql/.down.sql)</translation>
    </message>
    <message>
        <source>a down migration without its up migration.</source>
        <translation>eine Down-Migration ohne ihre Up-Migration.</translation>
    </message>
    <message>
        <source>Add the .up.sql file or remove the .down.sql file.</source>
        <translation>Ergänzen Sie die Datei .up.sql oder entfernen Sie die Datei .down.sql.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 has no repair, and its table %2 stays as it is (%3).</source>
        <translation>Nichts wurde geändert: %1 kennt keine Reparatur, und seine Tabelle %2 bleibt, wie sie ist (%3).</translation>
    </message>
    <message>
        <source>Restore the changed files from version control, or restore the backup taken before the migration.</source>
        <translation>Stellen Sie die geänderten Dateien aus der Versionsverwaltung wieder her, oder stellen Sie die vor der Migration angelegte Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Nothing of it was kept. Fix the migration so that every reference still has its row (or delete the orphans in it), then migrate again.</source>
        <translation>Nichts davon wurde behalten. Korrigieren Sie die Migration so, dass jeder Verweis seine Zeile behält (oder löschen Sie die verwaisten Zeilen darin), und migrieren Sie erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be run from the folder (%2); Steward lists every migration and its status and leaves applying and rolling back to your application.</source>
        <translation>%1 kann nicht aus dem Ordner ausgeführt werden (%2); Steward zeigt jede Migration und ihren Status und überlässt das Anwenden und Zurückrollen Ihrer Anwendung.</translation>
    </message>
    <message>
        <source>Steward reads %1 migrations and %1&apos;s %2 table but does not write them yet; use %1 itself.</source>
        <translation>Steward liest %1-Migrationen und die Tabelle %2 von %1, schreibt sie aber noch nicht; verwenden Sie %1 selbst.</translation>
    </message>
    <message>
        <source>Nothing was changed: Steward does not %1 the migrations of this folder.</source>
        <translation>Nichts wurde geändert: Steward kann die Migrationen dieses Ordners nicht %1.</translation>
    </message>
    <message>
        <source>Nothing was applied: %1 records %2 as failed (a run that stopped part way).</source>
        <translation>Nichts wurde angewendet: %1 verzeichnet %2 als fehlgeschlagen (ein Lauf, der mittendrin abbrach).</translation>
    </message>
    <message>
        <source>Check what %1 changed (or restore the backup taken before it), then clear the failed record with repair and migrate again.</source>
        <translation>Prüfen Sie, was %1 geändert hat (oder stellen Sie die davor angelegte Sicherung wieder her), entfernen Sie dann den Fehlereintrag mit „Reparieren“ und migrieren Sie erneut.</translation>
    </message>
    <message>
        <source>%1 runs outside a transaction: the statements before the failing one stay applied and were not undone. %2 keeps no record of a failed run, so it shows as pending. %3 migrations before it are applied. Restore the backup taken first (%4), or undo it by hand before migrating again.</source>
        <translation>%1 läuft außerhalb einer Transaktion: Die Anweisungen vor der fehlgeschlagenen bleiben angewendet und wurden nicht rückgängig gemacht. %2 verzeichnet keine fehlgeschlagenen Läufe, daher erscheint sie als ausstehend. %3 Migrationen davor sind angewendet. Stellen Sie die zuvor angelegte Sicherung (%4) wieder her, oder machen Sie sie von Hand rückgängig, bevor Sie erneut migrieren.</translation>
    </message>
    <message>
        <source>Add its down.sql, or restore a backup instead.</source>
        <translation>Fügen Sie ihre down.sql hinzu, oder stellen Sie stattdessen eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Drizzle has no down migrations: restore the backup taken before the migration instead.</source>
        <translation>Drizzle kennt keine Down-Migrationen: Stellen Sie stattdessen die vor der Migration angelegte Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Add its undo file, U{version}__{description}.sql, or restore a backup instead.</source>
        <translation>Fügen Sie ihre Undo-Datei U{version}__{description}.sql hinzu, oder stellen Sie stattdessen eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Add its {version}_{title}.down.sql file, or restore a backup instead.</source>
        <translation>Fügen Sie ihre Datei {version}_{title}.down.sql hinzu, oder stellen Sie stattdessen eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>goose migrations written in Go are compiled into your application: run them with its goose</source>
        <translation>in Go geschriebene goose-Migrationen sind in Ihre Anwendung kompiliert: Führen Sie sie mit deren goose aus</translation>
    </message>
    <message>
        <source>Add a -- +goose Down section, or restore a backup instead.</source>
        <translation>Fügen Sie einen Abschnitt „-- +goose Down“ hinzu, oder stellen Sie stattdessen eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Add a down.sql beside its migration.sql (prisma migrate diff --script can write one), or restore a backup instead.</source>
        <translation>Legen Sie eine down.sql neben ihre migration.sql (prisma migrate diff --script kann sie schreiben), oder stellen Sie stattdessen eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Add its .down.sql file (sqlx migrate add -r writes pairs), or restore a backup instead.</source>
        <translation>Fügen Sie ihre .down.sql-Datei hinzu (sqlx migrate add -r schreibt Paare), oder stellen Sie stattdessen eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 leaves %2 rows whose foreign key points to no row (the first: table %3, referring to %4).</source>
        <translation>%1 hinterlässt %2 Zeilen, deren Fremdschlüssel auf keine Zeile verweist (die erste: Tabelle %3, verweist auf %4).</translation>
    </message>
    <message>
        <source>Steward&apos;s journal</source>
        <translation>Stewards Journal</translation>
    </message>
    <message>
        <source>%1 runs outside a transaction: the statements before the failing one stay applied and were not undone. %2 keeps no record of a failed run; Steward&apos;s journal does, and it is listed as failed. %3 migrations before it are applied. Restore the backup taken first (%4), or finish or undo it by hand and then repair.</source>
        <translation>%1 läuft außerhalb einer Transaktion: Die Anweisungen vor der fehlgeschlagenen bleiben angewendet und wurden nicht rückgängig gemacht. %2 verzeichnet keine fehlgeschlagenen Läufe; Stewards Journal tut es, und sie wird als fehlgeschlagen angezeigt. %3 Migrationen davor sind angewendet. Stellen Sie die zuvor angelegte Sicherung (%4) wieder her, oder vollenden Sie sie oder machen Sie sie von Hand rückgängig und reparieren Sie dann.</translation>
    </message>
    <message>
        <source>There is no migrations folder at %1. The history the database records is shown; choose the folder that holds the migration files to see them, apply or roll back.</source>
        <translation>Unter %1 gibt es keinen Migrationsordner. Der Verlauf, den die Datenbank aufzeichnet, wird angezeigt; wählen Sie den Ordner mit den Migrationsdateien, um sie zu sehen, anzuwenden oder zurückzurollen.</translation>
    </message>
</context>
<context>
    <name>steward::Migrator</name>
    <message>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
</context>
<context>
    <name>steward::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Slow statement threshold:</source>
        <translation>Schwelle für langsame Anweisungen:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Wait for a locked database:</source>
        <translation>Auf eine gesperrte Datenbank warten:</translation>
    </message>
    <message>
        <source>Log level:</source>
        <translation>Protokollstufe:</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Language (when Steward starts again):</source>
        <translation>Sprache (beim nächsten Start von Steward):</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>Die des Systems</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Backups kept by retention:</source>
        <translation>Von der Aufbewahrung behaltene Sicherungen:</translation>
    </message>
    <message>
        <source>Scheduled backup every (0: off):</source>
        <translation>Geplante Sicherung alle (0: aus):</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Health warns when the newest backup is older than:</source>
        <translation>Zustand warnt, wenn die neueste Sicherung älter ist als:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Health check every:</source>
        <translation>Zustandsprüfung alle:</translation>
    </message>
    <message>
        <source>First reconnect after:</source>
        <translation>Erste Neuverbindung nach:</translation>
    </message>
    <message>
        <source>Longest wait between reconnects:</source>
        <translation>Längste Wartezeit zwischen Neuverbindungen:</translation>
    </message>
    <message>
        <source>Failures that open the circuit:</source>
        <translation>Fehler, die den Schaltkreis öffnen:</translation>
    </message>
    <message>
        <source>Counted within:</source>
        <translation>Gezählt innerhalb von:</translation>
    </message>
    <message>
        <source>Open for:</source>
        <translation>Offen für:</translation>
    </message>
    <message>
        <source>Successful probes that close it:</source>
        <translation>Erfolgreiche Proben, die ihn schließen:</translation>
    </message>
    <message>
        <source>Probes at a time:</source>
        <translation>Proben gleichzeitig:</translation>
    </message>
    <message>
        <source>Health and Circuit</source>
        <translation>Zustand und Schaltkreis</translation>
    </message>
    <message>
        <source>This Database</source>
        <translation>Diese Datenbank</translation>
    </message>
    <message>
        <source>Changes apply at once. Stored in %1.</source>
        <translation>Änderungen gelten sofort. Gespeichert in %1.</translation>
    </message>
    <message>
        <source>Set by the environment variable %1; unset it to change the value here.</source>
        <translation>Von der Umgebungsvariablen %1 gesetzt; entfernen Sie sie, um den Wert hier zu ändern.</translation>
    </message>
    <message>
        <source>Default %1%2</source>
        <translation>Standard %1%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen …</translation>
    </message>
    <message>
        <source>Backups folder:</source>
        <translation>Sicherungsordner:</translation>
    </message>
    <message>
        <source>Backups Folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Migrations folder:</source>
        <translation>Migrationsordner:</translation>
    </message>
    <message>
        <source>Migrations Folder</source>
        <translation>Migrationsordner</translation>
    </message>
    <message>
        <source>Recognised from the folder</source>
        <translation>Aus dem Ordner erkannt</translation>
    </message>
    <message>
        <source>Migration format:</source>
        <translation>Migrationsformat:</translation>
    </message>
</context>
<context>
    <name>steward::Queries</name>
    <message>
        <source>There is no statement to explain.</source>
        <translation>Es gibt keine Anweisung zu erklären.</translation>
    </message>
    <message>
        <source>The table query_performance has no column %1, so its rows cannot be shown.</source>
        <translation>Die Tabelle query_performance hat keine Spalte %1, daher können ihre Zeilen nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Steward&apos;s folder %1 cannot be created.</source>
        <translation>Stewards Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Check the permissions of Steward&apos;s data folder (STEWARD_DATA_DIR).</source>
        <translation>Prüfen Sie die Berechtigungen von Stewards Datenordner (STEWARD_DATA_DIR).</translation>
    </message>
</context>
<context>
    <name>steward::QueriesPanel</name>
    <message>
        <source>SQL &amp;Console</source>
        <translation>SQL-&amp;Konsole</translation>
    </message>
    <message>
        <source>&amp;Performance</source>
        <translation>&amp;Leistung</translation>
    </message>
    <message>
        <source>The console&apos;s transaction was committed.</source>
        <translation>Die Transaktion der Konsole wurde festgeschrieben.</translation>
    </message>
    <message>
        <source>The SQL console has changes that are not committed; closing the database rolls them back.</source>
        <translation>Die SQL-Konsole hat nicht festgeschriebene Änderungen; beim Schließen der Datenbank werden sie zurückgenommen.</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Abfragen</translation>
    </message>
</context>
<context>
    <name>steward::QueryCharts</name>
    <message>
        <source>Statements over time</source>
        <translation>Anweisungen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Below the threshold</source>
        <translation>Unter dem Schwellenwert</translation>
    </message>
    <message>
        <source>Slow (Steward)</source>
        <translation>Langsam (Steward)</translation>
    </message>
    <message>
        <source>Recorded by the application</source>
        <translation>Von der Anwendung festgehalten</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Durations</source>
        <translation>Dauern</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>statements</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>Top statements</source>
        <translation>Häufigste Anweisungen</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>mean ms</source>
        <translation>Mittel ms</translation>
    </message>
    <message>
        <source>total ms</source>
        <translation>Gesamt ms</translation>
    </message>
    <message>
        <source>Most called</source>
        <translation>Am häufigsten aufgerufen</translation>
    </message>
    <message>
        <source>Slowest on average</source>
        <translation>Im Mittel am langsamsten</translation>
    </message>
    <message>
        <source>Most time in total</source>
        <translation>Insgesamt am meisten Zeit</translation>
    </message>
    <message>
        <source>to 10 µs</source>
        <translation>bis 10 µs</translation>
    </message>
    <message>
        <source>to 100 µs</source>
        <translation>bis 100 µs</translation>
    </message>
    <message>
        <source>to 1 ms</source>
        <translation>bis 1 ms</translation>
    </message>
    <message>
        <source>to 10 ms</source>
        <translation>bis 10 ms</translation>
    </message>
    <message>
        <source>to 100 ms</source>
        <translation>bis 100 ms</translation>
    </message>
    <message>
        <source>to 1 s</source>
        <translation>bis 1 s</translation>
    </message>
    <message>
        <source>to 10 s</source>
        <translation>bis 10 s</translation>
    </message>
    <message>
        <source>over 10 s</source>
        <translation>über 10 s</translation>
    </message>
</context>
<context>
    <name>steward::RestoreDialog</name>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restoring replaces the whole live database with this backup.&lt;/b&gt; Other programs see either the old or the restored database, never a mix.</source>
        <translation>&lt;b&gt;Die Wiederherstellung ersetzt die gesamte aktive Datenbank durch diese Sicherung.&lt;/b&gt; Andere Programme sehen entweder die alte oder die wiederhergestellte Datenbank, nie eine Mischung.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Anlass:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <source>Live database</source>
        <translation>Aktive Datenbank</translation>
    </message>
    <message>
        <source>Journal mode:</source>
        <translation>Journalmodus:</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After the restore</source>
        <translation>Nach der Wiederherstellung</translation>
    </message>
    <message>
        <source>%1 %2 will be removed (it exists only in the live database)</source>
        <translation>%1 %2 wird entfernt (gibt es nur in der aktiven Datenbank)</translation>
    </message>
    <message>
        <source>%1 %2 will come back (it exists only in the backup)</source>
        <translation>%1 %2 kommt zurück (gibt es nur in der Sicherung)</translation>
    </message>
    <message>
        <source>%1 %2 will get the backup&apos;s definition</source>
        <translation>%1 %2 erhält die Definition aus der Sicherung</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Rows of %1</source>
        <translation>Zeilen von %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data that will be lost:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Daten, die verloren gehen:&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Before restoring, Steward takes a safety backup of the live database in %1, so this restore can itself be undone.</source>
        <translation>Vor der Wiederherstellung legt Steward in %1 eine Sicherheitskopie der aktiven Datenbank an, sodass auch diese Wiederherstellung rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows of %1 could not be compared: %2</source>
        <translation>Zeilen von %1 konnten nicht verglichen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) added since the backup: the restore removes them</source>
        <translation>
            <numerusform>%n Zeile seit der Sicherung hinzugefügt: die Wiederherstellung entfernt sie</numerusform>
            <numerusform>%n Zeilen seit der Sicherung hinzugefügt: die Wiederherstellung entfernt sie</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) deleted since the backup: the restore brings them back</source>
        <translation>
            <numerusform>%n Zeile seit der Sicherung gelöscht: die Wiederherstellung bringt sie zurück</numerusform>
            <numerusform>%n Zeilen seit der Sicherung gelöscht: die Wiederherstellung bringt sie zurück</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed since the backup: the restore puts the old values back</source>
        <translation>
            <numerusform>%n Zeile seit der Sicherung geändert: die Wiederherstellung setzt die alten Werte zurück</numerusform>
            <numerusform>%n Zeilen seit der Sicherung geändert: die Wiederherstellung setzt die alten Werte zurück</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup has the same tables and rows as the live database.</source>
        <translation>Die Sicherung hat dieselben Tabellen und Zeilen wie die Live-Datenbank.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exist only in the live database</source>
        <translation>
            <numerusform>%n Zeile gibt es nur in der Live-Datenbank</numerusform>
            <numerusform>%n Zeilen gibt es nur in der Live-Datenbank</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have other values now</source>
        <translation>
            <numerusform>%n Zeile hat jetzt andere Werte</numerusform>
            <numerusform>%n Zeilen haben jetzt andere Werte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: could not be compared (%2); what it holds now may be lost</source>
        <translation>%1: konnte nicht verglichen werden (%2); was sie jetzt enthält, kann verloren gehen</translation>
    </message>
    <message>
        <source>Nothing that exists only in the live database: no row was added or changed since the backup.</source>
        <translation>Nichts, was es nur in der Live-Datenbank gibt: seit der Sicherung wurde keine Zeile hinzugefügt oder geändert.</translation>
    </message>
    <message>
        <source>Materialized view</source>
        <translation>Materialisierte Sicht</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequenz</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
</context>
<context>
    <name>steward::SchemaPanel</name>
    <message>
        <source>Count rows</source>
        <translation>Zeilen zählen</translation>
    </message>
    <message>
        <source>Filter objects…</source>
        <translation>Objekte filtern …</translation>
    </message>
    <message>
        <source>Count every row of this table (reads the whole table)</source>
        <translation>Alle Zeilen dieser Tabelle zählen (liest die ganze Tabelle)</translation>
    </message>
    <message>
        <source>Reading rows failed: %1</source>
        <translation>Das Lesen der Zeilen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>The schema cannot be read: %1</source>
        <translation>Das Schema kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>-- %1 was created automatically by SQLite and has no SQL.</source>
        <translation>-- %1 wurde von SQLite automatisch angelegt und hat kein SQL.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Not null</source>
        <translation>Nicht NULL</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>%1 rows loaded; more load as you scroll</source>
        <translation>%1 Zeilen geladen; weitere werden beim Scrollen geladen</translation>
    </message>
    <message>
        <source>Count rows of %1</source>
        <translation>Zeilen von %1 zählen</translation>
    </message>
    <message>
        <source>Counting the rows of %1 failed: %2</source>
        <translation>Das Zählen der Zeilen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 rows in %2</source>
        <translation>%1 Zeilen in %2</translation>
    </message>
    <message>
        <source>Cancel count</source>
        <translation>Zählen abbrechen</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Reading the schema…</source>
        <translation>Schema wird gelesen …</translation>
    </message>
    <message>
        <source>Reading the columns of %1…</source>
        <translation>Spalten von %1 werden gelesen …</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
</context>
<context>
    <name>steward::SchemaTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Sichten</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Created automatically by SQLite</source>
        <translation>Von SQLite automatisch angelegt</translation>
    </message>
    <message>
        <source>On table %1</source>
        <translation>Auf Tabelle %1</translation>
    </message>
    <message>
        <source>Materialized views</source>
        <translation>Materialisierte Sichten</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>Sequenzen</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>%1 (INVALID)</source>
        <translation>%1 (UNGÜLTIG)</translation>
    </message>
    <message>
        <source>INVALID: a concurrent build of this index failed. Queries do not use it; every write still updates it. Rebuild it (REINDEX INDEX CONCURRENTLY) or drop it.</source>
        <translation>UNGÜLTIG: Ein nebenläufiger Aufbau dieses Index ist gescheitert. Abfragen nutzen ihn nicht; jeder Schreibvorgang aktualisiert ihn weiter. Bauen Sie ihn neu auf (REINDEX INDEX CONCURRENTLY) oder entfernen Sie ihn.</translation>
    </message>
</context>
<context>
    <name>steward::Settings</name>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>one of trace, debug, info, warning, error, critical, off</source>
        <translation>eines von trace, debug, info, warning, error, critical, off</translation>
    </message>
    <message>
        <source>The environment variable %1 is &apos;%2&apos;, which is not valid (%3 is expected); Steward uses the default, %4.</source>
        <translation>Die Umgebungsvariable %1 ist &apos;%2&apos; und damit ungültig (erwartet wird %3); Steward verwendet den Standardwert %4.</translation>
    </message>
    <message>
        <source>en or de, or nothing for the system&apos;s language</source>
        <translation>en oder de, oder nichts für die Sprache des Systems</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>die Sprache des Systems</translation>
    </message>
</context>
<context>
    <name>steward::SlowQueryWidget</name>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Which statements the charts and the table show</source>
        <translation>Welche Anweisungen die Diagramme und die Tabelle zeigen</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Statements that take at least this long are slow. SLOW_QUERY_THRESHOLD sets the value at start; a change here applies until Steward closes.</source>
        <translation>Anweisungen, die mindestens so lange dauern, gelten als langsam. SLOW_QUERY_THRESHOLD legt den Wert beim Start fest; eine Änderung hier gilt, bis Steward geschlossen wird.</translation>
    </message>
    <message>
        <source>Statements that take at least this long are slow (exactly the threshold counts as slow).</source>
        <translation>Anweisungen, die mindestens so lange dauern, gelten als langsam (genau der Schwellenwert zählt als langsam).</translation>
    </message>
    <message>
        <source>Top by total time</source>
        <translation>Spitze nach Gesamtzeit</translation>
    </message>
    <message>
        <source>Top by mean time</source>
        <translation>Spitze nach mittlerer Zeit</translation>
    </message>
    <message>
        <source>Top by calls</source>
        <translation>Spitze nach Aufrufen</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <source>Refresh every two seconds while this view is shown</source>
        <translation>Alle zwei Sekunden aktualisieren, solange diese Ansicht sichtbar ist</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Stop filtering the charts to one statement (Esc)</source>
        <translation>Diagramme nicht mehr auf eine Anweisung filtern (Esc)</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>Leeren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Schwellenwert:</translation>
    </message>
    <message>
        <source>Click a row or a point to see the statement, its values and its plan.</source>
        <translation>Klicken Sie auf eine Zeile oder einen Punkt, um die Anweisung, ihre Werte und ihren Plan zu sehen.</translation>
    </message>
    <message>
        <source>Query plan</source>
        <translation>Abfrageplan</translation>
    </message>
    <message>
        <source>Reading query statistics</source>
        <translation>Abfragestatistik wird gelesen</translation>
    </message>
    <message>
        <source>The query statistics could not be read: %1</source>
        <translation>Die Abfragestatistik konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n statements</source>
        <translation>
            <numerusform>%n Anweisung</numerusform>
            <numerusform>%n Anweisungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slow</source>
        <translation>
            <numerusform>%n langsam</numerusform>
            <numerusform>%n langsam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded by the application</source>
        <translation>
            <numerusform>%n von der Anwendung festgehalten</numerusform>
            <numerusform>%n von der Anwendung festgehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>showing one statement</source>
        <translation>eine Anweisung wird gezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%n slow statements could not be stored (the database stayed locked)</source>
        <translation>
            <numerusform>%n langsame Anweisung konnte nicht gespeichert werden (die Datenbank blieb gesperrt)</numerusform>
            <numerusform>%n langsame Anweisungen konnten nicht gespeichert werden (die Datenbank blieb gesperrt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows of query_performance do not fit and are not shown</source>
        <translation>
            <numerusform>%n Zeile von query_performance passt nicht und wird nicht gezeigt</numerusform>
            <numerusform>%n Zeilen von query_performance passen nicht und werden nicht gezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>-- %1 calls · mean %2 ms · p95 %3 ms · max %4 ms</source>
        <translation>-- %1 Aufrufe · Mittel %2 ms · p95 %3 ms · max. %4 ms</translation>
    </message>
    <message>
        <source>-- %1 · %2 ms · %3</source>
        <translation>-- %1 · %2 ms · %3</translation>
    </message>
    <message>
        <source>traced by Steward</source>
        <translation>von Steward aufgezeichnet</translation>
    </message>
    <message>
        <source>recorded by the application</source>
        <translation>von der Anwendung festgehalten</translation>
    </message>
    <message>
        <source>with its values:</source>
        <translation>mit ihren Werten:</translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation>Kein Plan: %1</translation>
    </message>
    <message>
        <source>Clear Query Statistics</source>
        <translation>Abfragestatistik leeren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Export Statements</source>
        <translation>Anweisungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The statements were not exported: %1</source>
        <translation>Die Anweisungen wurden nicht exportiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n statements to %1</source>
        <translation>
            <numerusform>%n Anweisung nach %1 exportiert</numerusform>
            <numerusform>%n Anweisungen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Planning the statement…</source>
        <translation>Anweisung wird geplant …</translation>
    </message>
    <message>
        <source>Forget the statements Steward traced on this database. The application&apos;s own query_performance is left as it is.</source>
        <translation>Die Anweisungen vergessen, die Steward in dieser Datenbank aufgezeichnet hat. Die eigene query_performance der Anwendung bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Forget every statement Steward traced on %1?

The application&apos;s own records of slow queries (its table query_performance) are left as they are.</source>
        <translation>Alle Anweisungen vergessen, die Steward in %1 aufgezeichnet hat?

Die eigenen Aufzeichnungen der Anwendung über langsame Abfragen (ihre Tabelle query_performance) bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Clearing Steward&apos;s records of slow statements</source>
        <translation>Stewards Aufzeichnungen langsamer Anweisungen werden geleert</translation>
    </message>
    <message>
        <source>Steward&apos;s records were not cleared: %1</source>
        <translation>Stewards Aufzeichnungen wurden nicht geleert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cleared; %n slow statements Steward had recorded were forgotten.</source>
        <translation>
            <numerusform>Geleert; %n langsame Anweisung, die Steward aufgezeichnet hatte, wurde vergessen.</numerusform>
            <numerusform>Geleert; %n langsame Anweisungen, die Steward aufgezeichnet hatte, wurden vergessen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide Steward&apos;s own</source>
        <translation>Stewards eigene ausblenden</translation>
    </message>
    <message>
        <source>Leave out the statements Steward runs itself (reading the schema, its checks); show the application&apos;s and the ones run from the SQL console</source>
        <translation>Die Anweisungen weglassen, die Steward selbst ausführt (Schema lesen, seine Prüfungen); die der Anwendung und die aus der SQL-Konsole zeigen</translation>
    </message>
</context>
<context>
    <name>steward::SqlConsoleWidget</name>
    <message>
        <source>Write SQL here. Ctrl+Enter runs the statement under the cursor or the selection; Ctrl+Shift+Enter runs everything.</source>
        <translation>SQL hier schreiben. Strg+Eingabe führt die Anweisung am Cursor oder die Auswahl aus; Strg+Umschalt+Eingabe führt alles aus.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Run the statement under the cursor, or the selection</source>
        <translation>Die Anweisung am Cursor oder die Auswahl ausführen</translation>
    </message>
    <message>
        <source>Run All</source>
        <translation>Alles ausführen</translation>
    </message>
    <message>
        <source>Run every statement in the editor</source>
        <translation>Jede Anweisung im Editor ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the statement that is running</source>
        <translation>Die laufende Anweisung anhalten</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Festschreiben</translation>
    </message>
    <message>
        <source>Save the changes of the open transaction</source>
        <translation>Die Änderungen der offenen Transaktion speichern</translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <source>Undo the changes of the open transaction</source>
        <translation>Die Änderungen der offenen Transaktion rückgängig machen</translation>
    </message>
    <message>
        <source>Profile Script…</source>
        <translation>Skript messen…</translation>
    </message>
    <message>
        <source>Run a .sql file several times, traced, each run rolled back</source>
        <translation>Eine .sql-Datei mehrmals aufgezeichnet ausführen, jeden Lauf zurückgenommen</translation>
    </message>
    <message>
        <source>Statements run before; choose one to put it in the editor</source>
        <translation>Früher ausgeführte Anweisungen; wählen Sie eine, um sie in den Editor zu übernehmen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>The SQL console cannot use this database: %1</source>
        <translation>Die SQL-Konsole kann diese Datenbank nicht verwenden: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Transaction open&lt;/b&gt; — commit or roll back</source>
        <translation>&lt;b&gt;Transaktion offen&lt;/b&gt; — festschreiben oder zurücknehmen</translation>
    </message>
    <message>
        <source>Open a database first</source>
        <translation>Öffnen Sie zuerst eine Datenbank</translation>
    </message>
    <message>
        <source>There is no statement at the cursor.</source>
        <translation>Am Cursor steht keine Anweisung.</translation>
    </message>
    <message>
        <source>Change Data</source>
        <translation>Daten ändern</translation>
    </message>
    <message>
        <source>These statements change data in %1.

They run in a transaction: nothing is saved until you commit, and Roll Back undoes them.</source>
        <translation>Diese Anweisungen ändern Daten in %1.

Sie laufen in einer Transaktion: Nichts wird gespeichert, bis Sie festschreiben, und Zurücknehmen macht sie rückgängig.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows changed</source>
        <translation>
            <numerusform>%n Zeile geändert</numerusform>
            <numerusform>%n Zeilen geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source> (line %1, column %2)</source>
        <translation> (Zeile %1, Spalte %2)</translation>
    </message>
    <message>
        <source> Nothing of this run was changed.</source>
        <translation> Nichts aus diesem Lauf wurde geändert.</translation>
    </message>
    <message>
        <source>Error%1: %2</source>
        <translation>Fehler%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n statements in %1</source>
        <translation>
            <numerusform>%n Anweisung in %1</numerusform>
            <numerusform>%n Anweisungen in %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (more as you scroll)</source>
        <translation> (mehr beim Blättern)</translation>
    </message>
    <message>
        <source>A transaction is open: Commit saves the changes, Roll Back undoes them.</source>
        <translation>Eine Transaktion ist offen: Festschreiben speichert die Änderungen, Zurücknehmen macht sie rückgängig.</translation>
    </message>
    <message>
        <source>Profile Script</source>
        <translation>Skript messen</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation>SQL-Skripte (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>How many times should %1 run? Each run is rolled back.</source>
        <translation>Wie oft soll %1 laufen? Jeder Lauf wird zurückgenommen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of runs.</source>
        <translation>„%1“ ist keine Anzahl von Läufen.</translation>
    </message>
    <message>
        <source>Give a whole number from 1 to 100,000.</source>
        <translation>Geben Sie eine ganze Zahl von 1 bis 100.000 an.</translation>
    </message>
    <message>
        <source>Profiling %1</source>
        <translation>%1 wird gemessen</translation>
    </message>
    <message>
        <source>The script was not profiled: %1</source>
        <translation>Das Skript wurde nicht gemessen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Profile of %1 — %n runs</source>
        <translation>
            <numerusform>Messung von %1 — %n Lauf</numerusform>
            <numerusform>Messung von %1 — %n Läufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every statement of the script, traced over %n runs; the database was left as it was.</source>
        <translation>
            <numerusform>Jede Anweisung des Skripts, aufgezeichnet über %n Lauf; die Datenbank blieb, wie sie war.</numerusform>
            <numerusform>Jede Anweisung des Skripts, aufgezeichnet über %n Läufe; die Datenbank blieb, wie sie war.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Reading the statements…</source>
        <translation>Anweisungen werden gelesen …</translation>
    </message>
    <message>
        <source>%1 is open read-only: these statements change data, so they were not run.</source>
        <translation>%1 ist schreibgeschützt geöffnet: diese Anweisungen ändern Daten und wurden daher nicht ausgeführt.</translation>
    </message>
</context>
<context>
    <name>steward::TableDataModel</name>
    <message>
        <source>BLOB (%1)</source>
        <translation>BLOB (%1)</translation>
    </message>
    <message>
        <source>Reading rows</source>
        <translation>Zeilen werden gelesen</translation>
    </message>
</context>
<context>
    <name>steward::Workspace</name>
    <message>
        <source>The database is isolated by hand (%1); reset the circuit in the Health panel to use it again.</source>
        <translation>Die Datenbank ist von Hand isoliert (%1); setzen Sie den Schaltkreis im Bereich Zustand zurück, um sie wieder zu verwenden.</translation>
    </message>
    <message>
        <source>The database cannot be reached (%1); Steward tries again at %2.</source>
        <translation>Die Datenbank ist nicht erreichbar (%1); Steward versucht es um %2 erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation>Prüfen Sie, ob die Datei existiert und Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>%1 wird geprüft …</translation>
    </message>
</context>
<context>
    <name>steward::cli</name>
    <message>
        <source>The database file to work on.</source>
        <translation>Die Datenbankdatei, mit der gearbeitet wird.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <source>Answer yes to confirmations (for scripts).</source>
        <translation>Rückfragen mit Ja beantworten (für Skripte).</translation>
    </message>
    <message>
        <source>Work on the demo database (created on first use).</source>
        <translation>Mit der Demo-Datenbank arbeiten (wird beim ersten Mal angelegt).</translation>
    </message>
    <message>
        <source>Try &apos;steward-cli --help&apos;.</source>
        <translation>Siehe „steward-cli --help“.</translation>
    </message>
    <message>
        <source>This command needs --db PATH (or --demo).</source>
        <translation>Dieser Befehl braucht --db PFAD (oder --demo).</translation>
    </message>
    <message>
        <source>Database:       %1</source>
        <translation>Datenbank:      %1</translation>
    </message>
    <message>
        <source>Engine:         SQLite %1</source>
        <translation>Engine:         SQLite %1</translation>
    </message>
    <message>
        <source>File size:      %1 (%2 bytes)</source>
        <translation>Dateigröße:     %1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>Pages:          %1 × %2 bytes, %3 free</source>
        <translation>Seiten:         %1 × %2 Bytes, %3 frei</translation>
    </message>
    <message>
        <source>Journal mode:   %1</source>
        <translation>Journalmodus:   %1</translation>
    </message>
    <message>
        <source>user_version:   %1</source>
        <translation>user_version:   %1</translation>
    </message>
    <message>
        <source>Tables:         %1</source>
        <translation>Tabellen:       %1</translation>
    </message>
    <message>
        <source>Show the database&apos;s engine, size, pages, journal mode, user_version and tables.</source>
        <translation>Engine, Größe, Seiten, Journalmodus, user_version und Tabellen der Datenbank anzeigen.</translation>
    </message>
    <message>
        <source>Usage: steward-cli [--db PATH | --demo] [--json] [--yes] COMMAND [OPTIONS]

Steward&apos;s command-line twin: see and safely change the state of an application&apos;s database.

Commands:
</source>
        <translation>Aufruf: steward-cli [--db PFAD | --demo] [--json] [--yes] BEFEHL [OPTIONEN]

Die Kommandozeile von Steward: den Zustand der Datenbank einer Anwendung sehen und sicher ändern.

Befehle:
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>The backups folder (default: backups/ next to the database).</source>
        <translation>Der Sicherungsordner (Standard: backups/ neben der Datenbank).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Why the backup is taken.</source>
        <translation>Warum die Sicherung angelegt wird.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Verify every backup.</source>
        <translation>Jede Sicherung prüfen.</translation>
    </message>
    <message>
        <source>How many backups retention keeps.</source>
        <translation>Wie viele Sicherungen die Aufbewahrungsregel behält.</translation>
    </message>
    <message>
        <source>Only say what would be deleted.</source>
        <translation>Nur anzeigen, was gelöscht würde.</translation>
    </message>
    <message>
        <source>%1% done</source>
        <translation>%1 % erledigt</translation>
    </message>
    <message>
        <source>backup needs a subcommand: %1.</source>
        <translation>backup braucht einen Unterbefehl: %1.</translation>
    </message>
    <message>
        <source>Unknown backup subcommand &apos;%1&apos;.</source>
        <translation>Unbekannter backup-Unterbefehl „%1“.</translation>
    </message>
    <message>
        <source>backup %1 needs a backup ID (its file name).</source>
        <translation>backup %1 braucht eine Sicherungs-ID (ihren Dateinamen).</translation>
    </message>
    <message>
        <source>backup verify needs a backup ID or --all.</source>
        <translation>backup verify braucht eine Sicherungs-ID oder --all.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Die Datenbank %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Check the --db path.</source>
        <translation>Prüfen Sie den Pfad bei --db.</translation>
    </message>
    <message>
        <source>backup %1 changes data and needs --yes when no one can be asked (standard input is not a terminal).</source>
        <translation>backup %1 ändert Daten und braucht --yes, wenn niemand gefragt werden kann (die Standardeingabe ist kein Terminal).</translation>
    </message>
    <message>
        <source>manual backup</source>
        <translation>manuelle Sicherung</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importiert aus %1</translation>
    </message>
    <message>
        <source>Created backup %1 (%2) in %3</source>
        <translation>Sicherung %1 (%2) in %3 angelegt</translation>
    </message>
    <message>
        <source>No backups in %1</source>
        <translation>Keine Sicherungen in %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>CREATED (UTC)</source>
        <translation>ANGELEGT (UTC)</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>PINNED</source>
        <translation>ANGEHEFTET</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>ANLASS</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED — %1</source>
        <translation>FEHLGESCHLAGEN — %1</translation>
    </message>
    <message>
        <source>Some backups failed verification.</source>
        <translation>Einige Sicherungen haben die Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>Restore %1 (%2) into %3? A safety backup of the live database is taken first.</source>
        <translation>%1 (%2) in %3 wiederherstellen? Zuerst wird eine Sicherheitskopie der aktiven Datenbank angelegt.</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restored %1 into %2. Safety backup of the previous state: %3. quick_check: %4</source>
        <translation>%1 in %2 wiederhergestellt. Sicherheitskopie des vorherigen Zustands: %3. quick_check: %4</translation>
    </message>
    <message>
        <source>--keep takes a whole number of at least 1.</source>
        <translation>--keep erwartet eine ganze Zahl von mindestens 1.</translation>
    </message>
    <message>
        <source>would delete %1</source>
        <translation>würde %1 löschen</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>%1 kept (%2 protected: pinned, newest valid, or before a migration)</source>
        <translation>%1 behalten (%2 geschützt: angeheftet, neueste gültige oder vor einer Migration)</translation>
    </message>
    <message>
        <source>Delete the backup %1?</source>
        <translation>Die Sicherung %1 löschen?</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>Pinned %1: retention will keep it.</source>
        <translation>%1 angeheftet: die Aufbewahrungsregel behält sie.</translation>
    </message>
    <message>
        <source>Unpinned %1.</source>
        <translation>%1 gelöst.</translation>
    </message>
    <message>
        <source>Create, list, verify, restore, compare, pin and clean up backups.</source>
        <translation>Sicherungen anlegen, auflisten, prüfen, wiederherstellen, vergleichen, anheften und aufräumen.</translation>
    </message>
    <message>
        <source>Type yes to continue:</source>
        <translation>Zum Fortfahren yes eingeben:</translation>
    </message>
    <message>
        <source>The migrations folder (default: migrations/ next to the database).</source>
        <translation>Der Migrationsordner (Standard: migrations/ neben der Datenbank).</translation>
    </message>
    <message>
        <source>Migrate up to this version.</source>
        <translation>Bis zu dieser Version migrieren.</translation>
    </message>
    <message>
        <source>Run on a scratch copy and report; the database is not touched.</source>
        <translation>An einer Arbeitskopie ausführen und berichten; die Datenbank wird nicht berührt.</translation>
    </message>
    <message>
        <source>Dry run on a scratch copy: succeeded.</source>
        <translation>Probelauf an einer Arbeitskopie: erfolgreich.</translation>
    </message>
    <message>
        <source>Dry run on a scratch copy: FAILED — %1</source>
        <translation>Probelauf an einer Arbeitskopie: FEHLGESCHLAGEN — %1</translation>
    </message>
    <message>
        <source>  data lost: table %1 with %2 rows</source>
        <translation>  Datenverlust: Tabelle %1 mit %2 Zeilen</translation>
    </message>
    <message>
        <source>  data lost: column %1.%2 with %3 values</source>
        <translation>  Datenverlust: Spalte %1.%2 mit %3 Werten</translation>
    </message>
    <message>
        <source>  data lost: %1 rows of table %2</source>
        <translation>  Datenverlust: %1 Zeilen der Tabelle %2</translation>
    </message>
    <message>
        <source>  no data would be lost</source>
        <translation>  es gingen keine Daten verloren</translation>
    </message>
    <message>
        <source>migrations needs a subcommand: %1.</source>
        <translation>migrations braucht einen Unterbefehl: %1.</translation>
    </message>
    <message>
        <source>Unknown migrations subcommand &apos;%1&apos;.</source>
        <translation>Unbekannter migrations-Unterbefehl „%1“.</translation>
    </message>
    <message>
        <source>migrations %1 needs a version number.</source>
        <translation>migrations %1 braucht eine Versionsnummer.</translation>
    </message>
    <message>
        <source>--to takes a version number.</source>
        <translation>--to erwartet eine Versionsnummer.</translation>
    </message>
    <message>
        <source>All applied migrations match their files.</source>
        <translation>Alle angewendeten Migrationen stimmen mit ihren Dateien überein.</translation>
    </message>
    <message>
        <source>%1 migrations are modified, missing or failed.</source>
        <translation>%1 Migrationen sind geändert, fehlen oder sind fehlgeschlagen.</translation>
    </message>
    <message>
        <source>migrations repair changes recorded checksums and needs --yes when no one can be asked.</source>
        <translation>migrations repair ändert gespeicherte Prüfsummen und braucht --yes, wenn niemand gefragt werden kann.</translation>
    </message>
    <message>
        <source>Accept the current files&apos; checksums and clear failed entries?</source>
        <translation>Die Prüfsummen der aktuellen Dateien übernehmen und fehlgeschlagene Einträge löschen?</translation>
    </message>
    <message>
        <source>%1 entries repaired.</source>
        <translation>%1 Einträge repariert.</translation>
    </message>
    <message>
        <source>Marked as migrated up to %1 (nothing was run).</source>
        <translation>Als bis %1 migriert markiert (nichts wurde ausgeführt).</translation>
    </message>
    <message>
        <source>would undo %1 %2</source>
        <translation>würde %1 %2 rückgängig machen</translation>
    </message>
    <message>
        <source>would apply %1 %2</source>
        <translation>würde %1 %2 anwenden</translation>
    </message>
    <message>
        <source>migrations rollback changes data and needs --yes when no one can be asked (standard input is not a terminal).</source>
        <translation>migrations rollback ändert Daten und braucht --yes, wenn niemand gefragt werden kann (die Standardeingabe ist kein Terminal).</translation>
    </message>
    <message>
        <source>Undo migrations %1? A backup is taken first.</source>
        <translation>Migrationen %1 rückgängig machen? Vorher wird eine Sicherung angelegt.</translation>
    </message>
    <message>
        <source>Nothing to roll back.</source>
        <translation>Nichts zurückzurollen.</translation>
    </message>
    <message>
        <source>Nothing to apply: the database is up to date.</source>
        <translation>Nichts anzuwenden: Die Datenbank ist aktuell.</translation>
    </message>
    <message>
        <source>Rolled back %1. Backup taken first: %2.</source>
        <translation>%1 zurückgerollt. Vorher angelegte Sicherung: %2.</translation>
    </message>
    <message>
        <source>Applied %1. Backup taken first: %2.</source>
        <translation>%1 angewendet. Vorher angelegte Sicherung: %2.</translation>
    </message>
    <message>
        <source>List, apply, roll back, validate, repair and baseline migrations.</source>
        <translation>Migrationen auflisten, anwenden, zurückrollen, prüfen, reparieren und eine Basislinie setzen.</translation>
    </message>
    <message>
        <source>How many rows to show (default 20).</source>
        <translation>Wie viele Zeilen angezeigt werden (Standard 20).</translation>
    </message>
    <message>
        <source>Order top statements by total, mean or calls.</source>
        <translation>Häufigste Anweisungen nach total, mean oder calls ordnen.</translation>
    </message>
    <message>
        <source>How many times to run the script (default 1).</source>
        <translation>Wie oft das Skript läuft (Standard 1).</translation>
    </message>
    <message>
        <source>queries needs a subcommand: %1.</source>
        <translation>queries braucht einen Unterbefehl: %1.</translation>
    </message>
    <message>
        <source>Unknown queries subcommand &apos;%1&apos;.</source>
        <translation>Unbekannter queries-Unterbefehl „%1“.</translation>
    </message>
    <message>
        <source>queries explain needs an SQL statement.</source>
        <translation>queries explain braucht eine SQL-Anweisung.</translation>
    </message>
    <message>
        <source>queries profile needs a .sql file.</source>
        <translation>queries profile braucht eine .sql-Datei.</translation>
    </message>
    <message>
        <source>--limit takes a whole number of at least 1.</source>
        <translation>--limit erwartet eine ganze Zahl von mindestens 1.</translation>
    </message>
    <message>
        <source>--runs takes a whole number of at least 1.</source>
        <translation>--runs erwartet eine ganze Zahl von mindestens 1.</translation>
    </message>
    <message>
        <source>--by takes total, mean or calls.</source>
        <translation>--by erwartet total, mean oder calls.</translation>
    </message>
    <message>
        <source>%1 rows of query_performance have an unexpected shape and were skipped.</source>
        <translation>%1 Zeilen von query_performance haben eine unerwartete Form und wurden übersprungen.</translation>
    </message>
    <message>
        <source>No slow queries recorded.</source>
        <translation>Keine langsamen Abfragen aufgezeichnet.</translation>
    </message>
    <message>
        <source>   CALLS   TOTAL ms    MEAN ms     MAX ms  STATEMENT</source>
        <translation>  AUFRUFE  GESAMT ms  MITTEL ms     MAX ms  ANWEISUNG</translation>
    </message>
    <message>
        <source>The script %1 cannot be read.</source>
        <translation>Das Skript %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>%1 runs, rolled back after each; the database is unchanged.</source>
        <translation>%1 Läufe, nach jedem zurückgerollt; die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>   CALLS   TOTAL ms    MEAN ms  P95 ms&lt;=     MAX ms  STATEMENT</source>
        <translation>  AUFRUFE  GESAMT ms  MITTEL ms  P95 ms&lt;=     MAX ms  ANWEISUNG</translation>
    </message>
    <message>
        <source>Show recorded slow queries, top statements, query plans; profile a script.</source>
        <translation>Aufgezeichnete langsame Abfragen, häufigste Anweisungen und Abfragepläne zeigen; ein Skript vermessen.</translation>
    </message>
    <message>
        <source>              queries slow [--limit N] | top [--by total|mean|calls] [--limit N] | clear [--yes]
              queries explain SQL | profile FILE [--runs N]
</source>
        <translation>              queries slow [--limit N] | top [--by total|mean|calls] [--limit N] | clear [--yes]
              queries explain SQL | profile DATEI [--runs N]
</translation>
    </message>
    <message>
        <source>Run the full integrity_check instead of quick_check.</source>
        <translation>Das vollständige integrity_check statt quick_check ausführen.</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>Check the database&apos;s health; exit code 0 healthy, 4 degraded, 5 unhealthy.</source>
        <translation>Den Zustand der Datenbank prüfen; Exit-Code 0 gesund, 4 eingeschränkt, 5 gestört.</translation>
    </message>
    <message>
        <source>              health [--full] [--backups DIR] [--json]
</source>
        <translation>              health [--full] [--backups DIR] [--json]
</translation>
    </message>
    <message>
        <source>The migration tool whose folder and history table to use: dbmate, golang-migrate, goose, diesel, sqlx, flyway, prisma, drizzle (default: detected from the folder).</source>
        <translation>Das Migrationswerkzeug, dessen Ordner und Verlaufstabelle verwendet werden: dbmate, golang-migrate, goose, diesel, sqlx, flyway, prisma, drizzle (Standard: am Ordner erkannt).</translation>
    </message>
    <message>
        <source>%1 migrations in %2; history: %3</source>
        <translation>%1-Migrationen in %2; Verlauf: %3</translation>
    </message>
    <message>
        <source>%1 migrations in %2; history: %3 (read only: apply with %1)</source>
        <translation>%1-Migrationen in %2; Verlauf: %3 (nur lesend: anwenden mit %1)</translation>
    </message>
    <message>
        <source>              migrations list | migrate [--to V] [--dry-run] | rollback V [--dry-run] [--yes]
              migrations validate | repair [--yes] | baseline V   (all take --migrations DIR, --format TOOL)
</source>
        <translation>              migrations list | migrate [--to V] [--dry-run] | rollback V [--dry-run] [--yes]
              migrations validate | repair [--yes] | baseline V   (alle mit --migrations ORDNER, --format WERKZEUG)
</translation>
    </message>
    <message>
        <source>%1 has the same schema and rows as the live database.</source>
        <translation>%1 hat dasselbe Schema und dieselben Zeilen wie die Live-Datenbank.</translation>
    </message>
    <message>
        <source>TABLE  BACKUP ROWS  LIVE ROWS  ADDED  REMOVED  CHANGED</source>
        <translation>TABELLE  ZEILEN SICHERUNG  ZEILEN LIVE  HINZUGEFÜGT  ENTFERNT  GEÄNDERT</translation>
    </message>
    <message>
        <source>%1  not compared: %2</source>
        <translation>%1  nicht verglichen: %2</translation>
    </message>
    <message>
        <source>  data lost: %1 rows of table %2 get other values</source>
        <translation>  Datenverlust: %1 Zeilen der Tabelle %2 erhalten andere Werte</translation>
    </message>
    <message>
        <source>  unknown: table %1 could not be compared (%2)</source>
        <translation>  unbekannt: Tabelle %1 konnte nicht verglichen werden (%2)</translation>
    </message>
    <message>
        <source>queries clear forgets the slow queries Steward recorded and needs --yes when no one can be asked.</source>
        <translation>queries clear vergisst die langsamen Abfragen, die Steward aufgezeichnet hat, und braucht --yes, wenn niemand gefragt werden kann.</translation>
    </message>
    <message>
        <source>Forget the slow queries Steward recorded for this database (query_performance is left as it is)?</source>
        <translation>Die langsamen Abfragen vergessen, die Steward für diese Datenbank aufgezeichnet hat (query_performance bleibt, wie sie ist)?</translation>
    </message>
    <message>
        <source>Forgot %1 slow queries Steward had recorded.</source>
        <translation>%1 langsame Abfragen, die Steward aufgezeichnet hatte, vergessen.</translation>
    </message>
    <message>
        <source>backup move needs the folder to move to.</source>
        <translation>backup move braucht den Ordner, in den verschoben werden soll.</translation>
    </message>
    <message>
        <source>Moved %1 backups from %2 to %3; backups of this database now go there.</source>
        <translation>%1 Sicherungen von %2 nach %3 verschoben; Sicherungen dieser Datenbank kommen jetzt dorthin.</translation>
    </message>
    <message>
        <source>              backup create [--reason TEXT] | list | verify ID|--all | restore ID [--yes]
              backup cleanup [--keep N] [--dry-run] | delete ID [--yes] | compare ID
              backup pin ID | unpin ID | import FILE [--reason TEXT] | move DIR   (all take --backups DIR)
</source>
        <translation>              backup create [--reason TEXT] | list | verify ID|--all | restore ID [--yes]
              backup cleanup [--keep N] [--dry-run] | delete ID [--yes] | compare ID
              backup pin ID | unpin ID | import DATEI [--reason TEXT] | move ORDNER   (alle mit --backups ORDNER)
</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>stopped (%1); %2 backups stay in %3.</source>
        <translation>angehalten (%1); %2 Sicherungen bleiben in %3.</translation>
    </message>
    <message>
        <source>Server:         PostgreSQL %1 at %2 (libpq %3)</source>
        <translation>Server:         PostgreSQL %1 auf %2 (libpq %3)</translation>
    </message>
    <message>
        <source>User:           %1</source>
        <translation>Benutzer:       %1</translation>
    </message>
    <message>
        <source>Size:           %1 (%2 bytes)</source>
        <translation>Größe:          %1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>Connections:    %1 of %2</source>
        <translation>Verbindungen:   %1 von %2</translation>
    </message>
    <message>
        <source>Role:           %1</source>
        <translation>Rolle:          %1</translation>
    </message>
    <message>
        <source>standby (in recovery, read-only)</source>
        <translation>Standby (in Wiederherstellung, schreibgeschützt)</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>Extensions:     %1</source>
        <translation>Erweiterungen:  %1</translation>
    </message>
    <message>
        <source>
Global options:
  --db PATH   The database file to work on, or a PostgreSQL server&apos;s database as
              postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE (info and health for now).
  --demo      Work on the demo database (created on first use).
  --json      Print machine-readable JSON.
  --yes       Answer yes to confirmations (for scripts).
  -h, --help  Show this help.
  -v, --version  Show the version.

Exit codes: 0 success, 1 the operation failed, 2 usage error, 3 the database cannot be opened,
            4 health degraded, 5 health unhealthy (health only).
</source>
        <translation>
Allgemeine Optionen:
  --db PFAD   Die Datenbankdatei, mit der gearbeitet wird, oder die Datenbank eines PostgreSQL-Servers als
              postgresql://BENUTZER@HOST:PORT/DATENBANK?sslmode=MODUS (vorerst info und health).
  --demo      Mit der Demo-Datenbank arbeiten (wird beim ersten Mal angelegt).
  --json      Maschinenlesbares JSON ausgeben.
  --yes       Rückfragen mit Ja beantworten (für Skripte).
  -h, --help  Diese Hilfe anzeigen.
  -v, --version  Die Version anzeigen.

Exit-Codes: 0 Erfolg, 1 Vorgang fehlgeschlagen, 2 falscher Aufruf, 3 Datenbank kann nicht geöffnet werden,
            4 Zustand beeinträchtigt, 5 Zustand kritisch (nur health).
</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>The address holds a password, which every user of this machine can read on the command line (ps). Leave it out: steward-cli asks for it, or reads a 0600 password file given as ?passfile=FILE or PGPASSFILE.</source>
        <translation>Die Adresse enthält ein Passwort, das jeder Benutzer dieses Rechners in der Befehlszeile lesen kann (ps). Lassen Sie es weg: steward-cli fragt danach oder liest eine Passwortdatei mit Modus 0600, angegeben als ?passfile=DATEI oder PGPASSFILE.</translation>
    </message>
    <message>
        <source>This command does not work on a PostgreSQL database yet.</source>
        <translation>Dieser Befehl funktioniert mit einer PostgreSQL-Datenbank noch nicht.</translation>
    </message>
    <message>
        <source>info and health do; backups, migrations and query charts for PostgreSQL come next.</source>
        <translation>info und health schon; Sicherungen, Migrationen und Abfragediagramme für PostgreSQL folgen.</translation>
    </message>
</context>
</TS>
