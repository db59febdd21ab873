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
</context>
<context>
    <name>steward::InlineBanner</name>
    <message>
        <source>Dismiss (Esc)</source>
        <translation>Schließen (Esc)</translation>
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
        <source>Schema version: %1</source>
        <translation>Schemaversion: %1</translation>
    </message>
    <message>
        <source>PRAGMA user_version</source>
        <translation>PRAGMA user_version</translation>
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
        <source>The rows of %1 cannot be read: %2</source>
        <translation>Die Zeilen von %1 können nicht gelesen werden: %2</translation>
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
</context>
<context>
    <name>steward::TableDataModel</name>
    <message>
        <source>BLOB (%1)</source>
        <translation>BLOB (%1)</translation>
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
        <source>
Global options:
  --db PATH   The database file to work on.
  --demo      Work on the demo database (created on first use).
  --json      Print machine-readable JSON.
  --yes       Answer yes to confirmations (for scripts).
  -h, --help  Show this help.
  -v, --version  Show the version.

Exit codes: 0 success, 1 the operation failed, 2 usage error, 3 the database cannot be opened.
</source>
        <translation>
Allgemeine Optionen:
  --db PFAD   Die Datenbankdatei, mit der gearbeitet wird.
  --demo      Mit der Demo-Datenbank arbeiten (wird beim ersten Mal angelegt).
  --json      Maschinenlesbares JSON ausgeben.
  --yes       Rückfragen mit Ja beantworten (für Skripte).
  -h, --help  Diese Hilfe anzeigen.
  -v, --version  Die Version anzeigen.

Exit-Codes: 0 Erfolg, 1 Vorgang fehlgeschlagen, 2 falscher Aufruf, 3 Datenbank kann nicht geöffnet werden.
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
</context>
</TS>
