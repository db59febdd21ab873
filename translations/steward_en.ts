<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>steward::BackupBrowserPanel</name>
    <message numerus="yes">
        <source>%n backup(s) of this database are in %1.

Move them to %2, so that they stay listed, counted by health and kept by retention?</source>
        <translation>
            <numerusform>%n backup of this database are in %1.

Move them to %2, so that they stay listed, counted by health and kept by retention?</numerusform>
            <numerusform>%n backups of this database are in %1.

Move them to %2, so that they stay listed, counted by health and kept by retention?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n backup(s) to %1; backups of this database now go there.</source>
        <translation>
            <numerusform>Moved %n backup to %1; backups of this database now go there.</numerusform>
            <numerusform>Moved %n backups to %1; backups of this database now go there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backups of this database now go to %1. The %n backup(s) in %2 stay there; choose that folder again to see them.</source>
        <translation>
            <numerusform>Backups of this database now go to %1. The %n backup in %2 stay there; choose that folder again to see them.</numerusform>
            <numerusform>Backups of this database now go to %1. The %n backups in %2 stay there; choose that folder again to see them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n backup(s) to %1, then stopped (%2); the others stay in %3.</source>
        <translation>
            <numerusform>Moved %n backup to %1, then stopped (%2); the others stay in %3.</numerusform>
            <numerusform>Moved %n backups to %1, then stopped (%2); the others stay in %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ConsoleResultModel</name>
    <message numerus="yes">
        <source>BLOB (%n bytes)</source>
        <translation>
            <numerusform>BLOB (%n byte)</numerusform>
            <numerusform>BLOB (%n bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::Health</name>
    <message numerus="yes">
        <source>The database failed %n times in a row, so Steward stopped using it for now.</source>
        <translation>
            <numerusform>The database failed %n time in a row, so Steward stopped using it for now.</numerusform>
            <numerusform>The database failed %n times in a row, so Steward stopped using it for now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n probes succeeded</source>
        <translation>
            <numerusform>%n probe succeeded</numerusform>
            <numerusform>%n probes succeeded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failures within %1 s: %2</source>
        <translation>
            <numerusform>%n failure within %1 s: %2</numerusform>
            <numerusform>%n failures within %1 s: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SQLite found %n problems, the first: %1. Restore a valid backup.</source>
        <translation>
            <numerusform>SQLite found %n problem: %1. Restore a valid backup.</numerusform>
            <numerusform>SQLite found %n problems, the first: %1. Restore a valid backup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest backup is older than %n hours. Create a new one.</source>
        <translation>
            <numerusform>The newest backup is older than %n hour. Create a new one.</numerusform>
            <numerusform>The newest backup is older than %n hours. Create a new one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours old</source>
        <translation>
            <numerusform>%n hour old</numerusform>
            <numerusform>%n hours old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited after being applied</source>
        <translation>
            <numerusform>%n edited after being applied</numerusform>
            <numerusform>%n edited after being applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statements running for more than 5 minutes</source>
        <translation>
            <numerusform>%n statement running for more than 5 minutes</numerusform>
            <numerusform>%n statements running for more than 5 minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions idle in a transaction for more than a minute</source>
        <translation>
            <numerusform>%n session idle in a transaction for more than a minute</numerusform>
            <numerusform>%n sessions idle in a transaction for more than a minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The primary server, streaming to %n replicas.</source>
        <translation>
            <numerusform>The primary server, streaming to %n replica.</numerusform>
            <numerusform>The primary server, streaming to %n replicas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::HealthPanel</name>
    <message numerus="yes">
        <source>Next attempt in %n s.</source>
        <translation>
            <numerusform>Next attempt in %n s.</numerusform>
            <numerusform>Next attempt in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::RestoreDialog</name>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) added since the backup: the restore removes them</source>
        <translation>
            <numerusform>%n row added since the backup: the restore removes them</numerusform>
            <numerusform>%n rows added since the backup: the restore removes them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) deleted since the backup: the restore brings them back</source>
        <translation>
            <numerusform>%n row deleted since the backup: the restore brings them back</numerusform>
            <numerusform>%n rows deleted since the backup: the restore brings them back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed since the backup: the restore puts the old values back</source>
        <translation>
            <numerusform>%n row changed since the backup: the restore puts the old values back</numerusform>
            <numerusform>%n rows changed since the backup: the restore puts the old values back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exist only in the live database</source>
        <translation>
            <numerusform>%n row exists only in the live database</numerusform>
            <numerusform>%n rows exist only in the live database</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have other values now</source>
        <translation>
            <numerusform>%n row has other values now</numerusform>
            <numerusform>%n rows have other values now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::SlowQueryWidget</name>
    <message numerus="yes">
        <source>%n statements</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slow</source>
        <translation>
            <numerusform>%n slow</numerusform>
            <numerusform>%n slow</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded by the application</source>
        <translation>
            <numerusform>%n recorded by the application</numerusform>
            <numerusform>%n recorded by the application</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slow statements could not be stored (the database stayed locked)</source>
        <translation>
            <numerusform>%n slow statement could not be stored (the database stayed locked)</numerusform>
            <numerusform>%n slow statements could not be stored (the database stayed locked)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows of query_performance do not fit and are not shown</source>
        <translation>
            <numerusform>%n row of query_performance does not fit and is not shown</numerusform>
            <numerusform>%n rows of query_performance do not fit and are not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n statements to %1</source>
        <translation>
            <numerusform>Exported %n statement to %1</numerusform>
            <numerusform>Exported %n statements to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared; %n slow statements Steward had recorded were forgotten.</source>
        <translation>
            <numerusform>Cleared; %n slow statement Steward had recorded was forgotten.</numerusform>
            <numerusform>Cleared; %n slow statements Steward had recorded were forgotten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::SqlConsoleWidget</name>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows changed</source>
        <translation>
            <numerusform>%n row changed</numerusform>
            <numerusform>%n rows changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statements in %1</source>
        <translation>
            <numerusform>%n statement in %1</numerusform>
            <numerusform>%n statements in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Profile of %1 — %n runs</source>
        <translation>
            <numerusform>Profile of %1 — %n run</numerusform>
            <numerusform>Profile of %1 — %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every statement of the script, traced over %n runs; the database was left as it was.</source>
        <translation>
            <numerusform>Every statement of the script, traced over %n run; the database was left as it was.</numerusform>
            <numerusform>Every statement of the script, traced over %n runs; the database was left as it was.</numerusform>
        </translation>
    </message>
</context>
</TS>
