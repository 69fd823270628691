<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+86"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid database</source>
        <translation>Ungültige Datenbank</translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Core</name>
    <message>
        <location filename="../core/backup/backupfiles.cpp" line="+33"/>
        <source>The backup location exists but is not a folder</source>
        <translation>Der Sicherungsort existiert, ist aber kein Ordner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the parent folder of the backup folder</source>
        <translation>Der übergeordnete Ordner des Sicherungsordners kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create the backup folder</source>
        <translation>Der Sicherungsordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write the backup metadata</source>
        <translation>Die Metadaten der Sicherung können nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the backup metadata failed</source>
        <translation>Das Schreiben der Sicherungs-Metadaten ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Flushing the backup metadata to disk failed</source>
        <translation>Das Schreiben der Sicherungs-Metadaten auf die Platte ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot move the backup file into place</source>
        <translation>Die Sicherungsdatei kann nicht an ihren Platz verschoben werden</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmetadata.cpp" line="+54"/>
        <source>The backup metadata has a missing or invalid &quot;%1&quot; field; it was edited or damaged</source>
        <translation>In den Sicherungs-Metadaten fehlt das Feld „%1“ oder es ist ungültig; sie wurden bearbeitet oder beschädigt</translation>
    </message>
    <message>
        <location filename="../core/backup/backupstore.cpp" line="+47"/>
        <source>Cannot read the backup metadata</source>
        <translation>Die Sicherungs-Metadaten können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup metadata is not valid JSON; it was edited or damaged</source>
        <translation>Die Sicherungs-Metadaten sind kein gültiges JSON; sie wurden bearbeitet oder beschädigt</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&quot;%1&quot; is not a backup id (expected e.g. 20261125T181530123Z-manual-3fa9c1; `backup list` shows them)</source>
        <translation>„%1“ ist keine Sicherungskennung (erwartet z. B. 20261125T181530123Z-manual-3fa9c1; `backup list` zeigt sie an)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Backups of %1 databases are not supported yet</source>
        <translation>Sicherungen von %1-Datenbanken werden noch nicht unterstützt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A %1 backup engine cannot back up a %2 database</source>
        <translation>Eine %1-Sicherungs-Engine kann keine %2-Datenbank sichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An encrypted backup needs a passphrase</source>
        <translation>Eine verschlüsselte Sicherung braucht eine Passphrase</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The new backup failed its own check: %1</source>
        <translation>Die neue Sicherung hat ihre eigene Prüfung nicht bestanden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The encrypted backup reads back differently from what was written</source>
        <translation>Die verschlüsselte Sicherung liest sich anders zurück, als sie geschrieben wurde</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>ok: integrity check passed when the backup was made</source>
        <translation>ok: Integritätsprüfung beim Anlegen der Sicherung bestanden</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+241"/>
        <location line="+18"/>
        <source>There is no backup %1 in this folder; `backup list` shows the ids</source>
        <translation>In diesem Ordner gibt es keine Sicherung %1; `backup list` zeigt die Kennungen</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>its metadata file %1.json is missing, so its checksum cannot be checked</source>
        <translation>ihre Metadatendatei %1.json fehlt, daher kann ihre Prüfsumme nicht geprüft werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its metadata file cannot be used: %1</source>
        <translation>ihre Metadatendatei ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its metadata file names another backup (%1)</source>
        <translation>ihre Metadatendatei nennt eine andere Sicherung (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is a %1 backup and cannot be checked as %2</source>
        <translation>sie ist eine %1-Sicherung und kann nicht als %2 geprüft werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its metadata file was modified after the backup was made (metadata checksum mismatch)</source>
        <translation>ihre Metadatendatei wurde nach dem Anlegen der Sicherung verändert (Metadaten-Prüfsumme stimmt nicht)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/dialects/mysql/mysqlbackup.cpp" line="+124"/>
        <source>the backup file %1 is missing</source>
        <translation>die Sicherungsdatei %1 fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the backup file has %1 bytes but had %2 when it was made (truncated or altered)</source>
        <translation>die Sicherungsdatei hat %1 Bytes, beim Anlegen waren es %2 (gekürzt oder verändert)</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+22"/>
        <source>the backup file&apos;s SHA-256 does not match its metadata (the file was changed or corrupted)</source>
        <translation>der SHA-256 der Sicherungsdatei passt nicht zu ihren Metadaten (die Datei wurde verändert oder beschädigt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the integrity check passed</source>
        <translation>die Integritätsprüfung war erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the quick integrity check passed</source>
        <translation>die schnelle Integritätsprüfung war erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ok: decrypted and authenticated, SHA-256 matches and %1</source>
        <translation>ok: entschlüsselt und authentifiziert, SHA-256 stimmt überein und %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ok: SHA-256 matches and %1</source>
        <translation>ok: SHA-256 stimmt überein und %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup %1 is not usable: %2</source>
        <translation>Sicherung %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Backup %1 is encrypted: its passphrase is needed to verify or restore it</source>
        <translation>Sicherung %1 ist verschlüsselt: zum Prüfen oder Wiederherstellen wird ihre Passphrase gebraucht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the encrypted file was changed (its header and SHA-256 no longer match the metadata)</source>
        <translation>die verschlüsselte Datei wurde verändert (Kopf und SHA-256 passen nicht mehr zu den Metadaten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong passphrase or the backup was changed: backup %1 cannot be decrypted with it</source>
        <translation>Falsche Passphrase oder die Sicherung wurde verändert: Sicherung %1 lässt sich damit nicht entschlüsseln</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its metadata says it is encrypted but %1 is not an encrypted backup</source>
        <translation>laut Metadaten ist sie verschlüsselt, aber %1 ist keine verschlüsselte Sicherung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its metadata file was changed after the backup was made (it fails authentication with the passphrase)</source>
        <translation>ihre Metadatendatei wurde nach dem Erstellen verändert (die Authentifizierung mit der Passphrase schlägt fehl)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Backup %1 is a %2 backup; it cannot be restored into a %3 database</source>
        <translation>Sicherung %1 ist eine %2-Sicherung; sie kann nicht in eine %3-Datenbank wiederhergestellt werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup %1 is not usable, nothing was restored: %2</source>
        <translation>Sicherung %1 ist unbrauchbar, nichts wurde wiederhergestellt: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup %1 is not usable, nothing was restored: the backup file&apos;s SHA-256 does not match its metadata</source>
        <translation>Sicherung %1 ist unbrauchbar, nichts wurde wiederhergestellt: der SHA-256 der Sicherungsdatei passt nicht zu ihren Metadaten</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Backup %1 has no signature (%2.json.sig is missing)</source>
        <translation>Sicherung %1 hat keine Signatur (%2.json.sig fehlt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ok: the metadata of backup %1 is signed by this key</source>
        <translation>ok: die Metadaten der Sicherung %1 sind mit diesem Schlüssel signiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature of backup %1 does not match its metadata and this key (the metadata or the signature was changed, or another key signed it)</source>
        <translation>Die Signatur der Sicherung %1 passt nicht zu ihren Metadaten und diesem Schlüssel (Metadaten oder Signatur wurden verändert, oder ein anderer Schlüssel hat signiert)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The backup metadata names another backup (%1); it was edited or renamed</source>
        <translation>Die Sicherungs-Metadaten nennen eine andere Sicherung (%1); sie wurden bearbeitet oder umbenannt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot delete a file of backup %1</source>
        <translation>Eine Datei der Sicherung %1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--keep-days must be 0 or more (got %1)</source>
        <translation>--keep-days muss 0 oder größer sein (erhalten: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of backups to keep must be 0 or more (got %1)</source>
        <translation>Die Anzahl der aufzubewahrenden Sicherungen muss 0 oder größer sein (erhalten: %1)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>table %1 is missing</source>
        <translation>Tabelle %1 fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table %1 has %2 rows, the backup %3</source>
        <translation>Tabelle %1 hat %2 Zeilen, die Sicherung %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>table %1 is not in the backup</source>
        <translation>Tabelle %1 ist nicht in der Sicherung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the schema differs from the backup&apos;s (fingerprint mismatch)</source>
        <translation>das Schema weicht von dem der Sicherung ab (Fingerabdruck stimmt nicht)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The restored database does not match backup %1: %2</source>
        <translation>Die wiederhergestellte Datenbank entspricht nicht der Sicherung %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An in-memory database has no folder for backups; pass --backup-dir</source>
        <translation>Eine In-Memory-Datenbank hat keinen Ordner für Sicherungen; geben Sie --backup-dir an</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No user data folder is known for backups; pass --backup-dir</source>
        <translation>Für Sicherungen ist kein Benutzerdatenordner bekannt; geben Sie --backup-dir an</translation>
    </message>
    <message>
        <location filename="../core/crypto/hasher.cpp" line="+108"/>
        <location line="+25"/>
        <source>Hashing failed inside OpenSSL (is the default provider available?)</source>
        <translation>Das Hashen ist in OpenSSL fehlgeschlagen (ist der Standard-Provider verfügbar?)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cannot read the file to hash it</source>
        <translation>Die Datei kann zum Hashen nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the file failed while hashing it</source>
        <translation>Beim Hashen ist das Lesen der Datei fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/crypto/backupcipher.cpp" line="+67"/>
        <location filename="../core/crypto/hasher.cpp" line="+5"/>
        <location line="+6"/>
        <location line="+39"/>
        <source>Hashing failed inside OpenSSL</source>
        <translation>Das Hashen ist in OpenSSL fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>HMAC-SHA256 failed inside OpenSSL</source>
        <translation>HMAC-SHA256 ist in OpenSSL fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Cannot create the file</source>
        <translation>Die Datei kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Deriving the backup key with scrypt failed inside OpenSSL</source>
        <translation>Das Ableiten des Sicherungsschlüssels mit scrypt ist in OpenSSL fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>An empty passphrase cannot encrypt a backup</source>
        <translation>Mit einer leeren Passphrase lässt sich keine Sicherung verschlüsseln</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scrypt parameters are out of range (N = 2^10 to 2^24, r 1 to 64, p 1 to 16, at most 1 GiB of memory)</source>
        <translation>Die scrypt-Parameter liegen außerhalb des Bereichs (N = 2^10 bis 2^24, r 1 bis 64, p 1 bis 16, höchstens 1 GiB Speicher)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record size must be between 1 KiB and 64 MiB</source>
        <translation>Die Datensatzgröße muss zwischen 1 KiB und 64 MiB liegen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The system&apos;s random number generator failed</source>
        <translation>Der Zufallszahlengenerator des Systems ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+135"/>
        <source>Cannot read the encrypted backup</source>
        <translation>Die verschlüsselte Sicherung kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>This is not an encrypted backup (its header is missing)</source>
        <translation>Dies ist keine verschlüsselte Sicherung (der Kopf fehlt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted backup uses format version %1 (cipher %2, kdf %3), which this version of SchemaPilot cannot read</source>
        <translation>Die verschlüsselte Sicherung hat Formatversion %1 (Chiffre %2, KDF %3), die diese Version von SchemaPilot nicht lesen kann</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wrong passphrase or the backup was changed: its header holds impossible parameters</source>
        <translation>Falsche Passphrase oder die Sicherung wurde verändert: ihr Kopf enthält unmögliche Parameter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup is encrypted; its passphrase is needed</source>
        <translation>Die Sicherung ist verschlüsselt; ihre Passphrase wird gebraucht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrong passphrase or the backup was changed</source>
        <translation>Falsche Passphrase oder die Sicherung wurde verändert</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot read the backup to encrypt it</source>
        <translation>Die Sicherung kann zum Verschlüsseln nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+66"/>
        <source>AES-256-GCM is not available in OpenSSL</source>
        <translation>AES-256-GCM ist in OpenSSL nicht verfügbar</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+28"/>
        <source>Writing the encrypted backup failed</source>
        <translation>Das Schreiben der verschlüsselten Sicherung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Reading the backup failed while encrypting it</source>
        <translation>Das Lesen der Sicherung ist beim Verschlüsseln fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Encryption failed inside OpenSSL</source>
        <translation>Die Verschlüsselung ist in OpenSSL fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Flushing the encrypted backup to disk failed</source>
        <translation>Das Schreiben der verschlüsselten Sicherung auf die Platte ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The encrypted backup&apos;s header changed while it was read</source>
        <translation>Der Kopf der verschlüsselten Sicherung hat sich beim Lesen verändert</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the encrypted backup failed</source>
        <translation>Das Lesen der verschlüsselten Sicherung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted backup is truncated: its final record is missing (after record %1)</source>
        <translation>Die verschlüsselte Sicherung ist abgeschnitten: ihr letzter Datensatz fehlt (nach Datensatz %1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Decryption failed inside OpenSSL</source>
        <translation>Die Entschlüsselung ist in OpenSSL fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted backup was changed or damaged: record %1 (at byte %2) failed authentication</source>
        <translation>Die verschlüsselte Sicherung wurde verändert oder beschädigt: Datensatz %1 (bei Byte %2) besteht die Authentifizierung nicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Writing the decrypted backup failed</source>
        <translation>Das Schreiben der entschlüsselten Sicherung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The encrypted backup has extra bytes after its final record</source>
        <translation>Die verschlüsselte Sicherung hat zusätzliche Bytes nach ihrem letzten Datensatz</translation>
    </message>
    <message>
        <location filename="../core/crypto/hasher.cpp" line="-21"/>
        <source>The file changed while it was being hashed</source>
        <translation>Die Datei hat sich während des Hashens geändert</translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="+28"/>
        <source>The folder for the database file does not exist; create it first</source>
        <translation>Der Ordner für die Datenbankdatei existiert nicht; legen Sie ihn zuerst an</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file does not exist; check the path (nothing was created)</source>
        <translation>Die Datenbankdatei existiert nicht; prüfen Sie den Pfad (es wurde nichts angelegt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database path is a folder, not a SQLite file</source>
        <translation>Der Datenbankpfad ist ein Ordner, keine SQLite-Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file is not readable; check its permissions</source>
        <translation>Die Datenbankdatei ist nicht lesbar; prüfen Sie ihre Berechtigungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The URL opens the database read-only (?mode=ro) and this command writes to it; remove ?mode=ro to migrate, restore or roll back</source>
        <translation>Die URL öffnet die Datenbank nur zum Lesen (?mode=ro), und dieser Befehl schreibt in sie; entfernen Sie ?mode=ro, um zu migrieren, wiederherzustellen oder zurückzurollen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file is read-only; a migration needs write access</source>
        <translation>Die Datenbankdatei ist schreibgeschützt; eine Migration braucht Schreibzugriff</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The Qt SQL driver %1 is not installed (Debian: libqt6sql6-%2)</source>
        <translation>Der Qt-SQL-Treiber %1 ist nicht installiert (Debian: libqt6sql6-%2)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not connect to %1</source>
        <translation>Verbindung zu %1 nicht möglich</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not select schema %1 on %2</source>
        <translation>Schema %1 auf %2 konnte nicht ausgewählt werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PostgreSQL schema &quot;%1&quot; does not exist in database %2; create it (CREATE SCHEMA) or fix the schema in the URL (?schema=) or --pg-schema</source>
        <translation>Das PostgreSQL-Schema „%1“ existiert in der Datenbank %2 nicht; legen Sie es an (CREATE SCHEMA) oder korrigieren Sie das Schema in der URL (?schema=) oder --pg-schema</translation>
    </message>
    <message>
        <location filename="../core/db/connectionurl.cpp" line="+46"/>
        <location line="+78"/>
        <source>Invalid SQLite URL &quot;%1&quot;: expected three slashes after &quot;sqlite:&quot;. %2</source>
        <translation>Ungültige SQLite-URL „%1“: nach „sqlite:“ werden drei Schrägstriche erwartet. %2</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>The SQLite URL &quot;%1&quot; names no file. %2</source>
        <translation>Die SQLite-URL „%1“ nennt keine Datei. %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Invalid connection URL: %1. %2</source>
        <translation>Ungültige Verbindungs-URL: %1. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invalid port in connection URL. %1</source>
        <translation>Ungültiger Port in der Verbindungs-URL. %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection URL names no database (expected %1://user@host:port/dbname).</source>
        <translation>Die Verbindungs-URL nennt keine Datenbank (erwartet %1://benutzer@host:port/dbname).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No database given. %1</source>
        <translation>Keine Datenbank angegeben. %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invalid %1 URL: expected &quot;%1://&quot; followed by user@host:port/dbname. %2</source>
        <translation>Ungültige %1-URL: erwartet wird „%1://“ gefolgt von benutzer@host:port/datenbank. %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsupported database scheme &quot;%1&quot;. %2</source>
        <translation>Nicht unterstütztes Datenbankschema „%1“. %2</translation>
    </message>
    <message>
        <location filename="../core/db/sqlexec.cpp" line="+17"/>
        <source>The database is locked by another connection; retry when it is free</source>
        <translation>Die Datenbank ist von einer anderen Verbindung gesperrt; versuchen Sie es erneut, wenn sie frei ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file is corrupt or not a database; restore it from a backup</source>
        <translation>Die Datenbankdatei ist beschädigt oder keine Datenbank; stellen Sie sie aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The statement was interrupted</source>
        <translation>Die Anweisung wurde unterbrochen</translation>
    </message>
    <message>
        <location filename="../core/dialects/dialectregistry.cpp" line="+38"/>
        <source>SchemaPilot has no %1 support in this build</source>
        <translation>Dieser Build von SchemaPilot unterstützt %1 nicht</translation>
    </message>
    <message>
        <location filename="../core/dialects/sqlite/sqlitebackup.cpp" line="+47"/>
        <source>SQLite cannot open the file</source>
        <translation>SQLite kann die Datei nicht öffnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <source>SQLite statement failed</source>
        <translation>SQLite-Anweisung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>SQLite could not prepare a statement</source>
        <translation>SQLite konnte eine Anweisung nicht vorbereiten</translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlbackup.cpp" line="-79"/>
        <location filename="../core/dialects/sqlite/sqlitebackup.cpp" line="+43"/>
        <location line="+143"/>
        <source>Could not flush the backup file to disk</source>
        <translation>Die Sicherungsdatei konnte nicht auf die Platte geschrieben werden</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Name the database to back up in the URL (mysql://user@host/dbname)</source>
        <translation>Nennen Sie die zu sichernde Datenbank in der URL (mysql://user@host/dbname)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the file does not start like a MariaDB/MySQL dump</source>
        <translation>die Datei beginnt nicht wie ein MariaDB/MySQL-Dump</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the dump has no &quot;-- Dump completed&quot; line at its end: it was cut short (truncated)</source>
        <translation>der Dump hat am Ende keine Zeile „-- Dump completed“: er wurde abgeschnitten (gekürzt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the dump is damaged: %1</source>
        <translation>der Dump ist beschädigt: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ok: complete dump with %1 table(s), %2 view(s) and %3 row(s), every INSERT well-formed (structure read without loading it into a server)</source>
        <translation>ok: vollständiger Dump mit %1 Tabelle(n), %2 View(s) und %3 Zeile(n), jedes INSERT wohlgeformt (Struktur gelesen, ohne ihn in einen Server zu laden)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The dump is incomplete or damaged; nothing was restored</source>
        <translation>Der Dump ist unvollständig oder beschädigt; nichts wurde wiederhergestellt</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Loading the dump into %1 failed; the database may be partly restored: %2</source>
        <translation>Das Laden des Dumps in %1 ist fehlgeschlagen; die Datenbank ist eventuell teilweise wiederhergestellt: %2</translation>
    </message>
    <message>
        <location filename="../core/dialects/sqlite/sqlitebackup.cpp" line="-130"/>
        <source>SQLite could not start the %1</source>
        <translation>SQLite konnte %1 nicht starten</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The %1 was canceled</source>
        <translation>%1 wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 waited %2 s for other connections to release the database; try again when it is idle</source>
        <translation>%1 hat %2 s gewartet, bis andere Verbindungen die Datenbank freigeben; versuchen Sie es erneut, wenn sie ruht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 failed: the destination is read-only or in WAL mode with a different page size</source>
        <translation>%1 ist fehlgeschlagen: das Ziel ist schreibgeschützt oder im WAL-Modus mit anderer Seitengröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 failed</source>
        <translation>%1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cannot write the backup file</source>
        <translation>Die Sicherungsdatei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the database file failed during the backup</source>
        <translation>Das Lesen der Datenbankdatei ist während der Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Writing the backup file failed (is the disk full?)</source>
        <translation>Das Schreiben der Sicherungsdatei ist fehlgeschlagen (ist der Datenträger voll?)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup was canceled</source>
        <translation>Die Sicherung wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The SQLite backup needs a SQLite connection</source>
        <translation>Die SQLite-Sicherung braucht eine SQLite-Verbindung</translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlbackup.cpp" line="-180"/>
        <location filename="../core/dialects/sqlite/sqlitebackup.cpp" line="+5"/>
        <source>Cannot create the backup file</source>
        <translation>Die Sicherungsdatei kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/dialects/sqlite/sqlitebackup.cpp" line="+23"/>
        <source>backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgresbackup.cpp" line="+67"/>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot create the backup file: %1</source>
        <translation>Die Sicherungsdatei kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>pg_dump of schema %1</source>
        <translation>pg_dump von Schema %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>pg_restore cannot read the archive: %1</source>
        <translation>pg_restore kann das Archiv nicht lesen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/dialects/sqlite/sqlitebackup.cpp" line="+27"/>
        <source>The backup file %1 is missing</source>
        <translation>Die Sicherungsdatei %1 fehlt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pg_restore cannot open the backup file as an archive: %1</source>
        <translation>pg_restore kann die Sicherungsdatei nicht als Archiv öffnen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ok: pg_restore lists %1 archive entries</source>
        <translation>ok: pg_restore listet %1 Archiveinträge</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>pg_restore could not read all data of the backup (damaged or truncated): %1</source>
        <translation>pg_restore konnte nicht alle Daten der Sicherung lesen (beschädigt oder abgeschnitten): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the data of table %1 ends early</source>
        <translation>die Daten der Tabelle %1 enden vorzeitig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ok: pg_restore read all %1 archive entries and the rows of %2 table(s)</source>
        <translation>ok: pg_restore hat alle %1 Archiveinträge und die Zeilen von %2 Tabelle(n) gelesen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The backup holds schema %1, not the target schema %2; nothing was restored. Restore it into its own schema (?schema=%1 or --pg-schema %1)</source>
        <translation>Die Sicherung enthält Schema %1, nicht das Zielschema %2; nichts wurde wiederhergestellt. Stellen Sie sie in ihr eigenes Schema wieder her (?schema=%1 oder --pg-schema %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restoring schema %1</source>
        <translation>Schema %1 wird wiederhergestellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The restore failed and was rolled back; the database is as it was: %1</source>
        <translation>Die Wiederherstellung ist fehlgeschlagen und wurde zurückgerollt; die Datenbank ist unverändert: %1</translation>
    </message>
    <message>
        <location filename="../core/dialects/sqlite/sqlitebackup.cpp" line="+5"/>
        <source>SQLite cannot open the backup file: %1</source>
        <translation>SQLite kann die Sicherungsdatei nicht öffnen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup file is not a readable SQLite database: %1</source>
        <translation>Die Sicherungsdatei ist keine lesbare SQLite-Datenbank: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The SQLite integrity check could not run: %1</source>
        <translation>Die SQLite-Integritätsprüfung konnte nicht laufen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SQLite integrity check failed: %1</source>
        <translation>Die SQLite-Integritätsprüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counting the rows of the backup failed: %1</source>
        <translation>Das Zählen der Zeilen der Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backup file cannot be opened for inspection: %1</source>
        <translation>Die Sicherungsdatei kann nicht zur Untersuchung geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup&apos;s schema cannot be read: %1</source>
        <translation>Das Schema der Sicherung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A SQLite backup can only be restored into a SQLite database</source>
        <translation>Eine SQLite-Sicherung kann nur in eine SQLite-Datenbank wiederhergestellt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target connection is inside a transaction; restore needs it idle</source>
        <translation>Die Zielverbindung befindet sich in einer Transaktion; die Wiederherstellung braucht sie untätig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row counts need a SQLite connection here</source>
        <translation>Zeilenzählungen brauchen hier eine SQLite-Verbindung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counting the rows of %1 failed</source>
        <translation>Das Zählen der Zeilen von %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/dialects/sqlite/sqlitedesiredloader.cpp" line="+61"/>
        <source>it ran for more than %1 million steps; a schema file should only create objects and a few seed rows</source>
        <translation>sie lief länger als %1 Millionen Schritte; eine Schemadatei sollte nur Objekte und einige Startdatensätze anlegen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ATTACH and DETACH open or close other database files</source>
        <translation>ATTACH und DETACH öffnen oder schließen andere Datenbankdateien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PRAGMA %1 can touch files or connection settings</source>
        <translation>PRAGMA %1 kann Dateien oder Verbindungseinstellungen berühren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>load_extension() loads code from files</source>
        <translation>load_extension() lädt Code aus Dateien</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>the desired schema</source>
        <translation>das Ziel-Schema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statement %1 of %2 was refused: %3. The desired schema is loaded into a private in-memory database and may only create schema objects; remove the statement and retry</source>
        <translation>Anweisung %1 von %2 wurde abgelehnt: %3. Das Ziel-Schema wird in eine private In-Memory-Datenbank geladen und darf nur Schemaobjekte anlegen; entfernen Sie die Anweisung und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (near line %1)</source>
        <translation> (nahe Zeile %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement %1 of %2 failed%3: %4; fix the statement and retry</source>
        <translation>Anweisung %1 von %2 ist fehlgeschlagen%3: %4; korrigieren Sie die Anweisung und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 contains a NUL byte on line %2; a schema file must be plain SQL text</source>
        <translation>%1 enthält in Zeile %2 ein NUL-Byte; eine Schemadatei muss reiner SQL-Text sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desired schema</source>
        <translation>Das Zielschema</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>VACUUM can write a copy of the database to a file (VACUUM INTO)</source>
        <translation>VACUUM kann eine Kopie der Datenbank in eine Datei schreiben (VACUUM INTO)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The Qt SQL driver QSQLITE is not installed (Debian: libqt6sql6-sqlite)</source>
        <translation>Der Qt-SQL-Treiber QSQLITE ist nicht installiert (Debian: libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not open a scratch in-memory SQLite database for the desired schema</source>
        <translation>Für das Ziel-Schema konnte keine temporäre In-Memory-SQLite-Datenbank geöffnet werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The QSQLITE driver did not expose its SQLite handle; check the Qt installation</source>
        <translation>Der QSQLITE-Treiber hat sein SQLite-Handle nicht herausgegeben; prüfen Sie die Qt-Installation</translation>
    </message>
    <message>
        <location filename="../core/dialects/sqlite/sqlitediffhooks.cpp" line="+333"/>
        <source>column order %1 → %2</source>
        <translation>Spaltenreihenfolge %1 → %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ON CONFLICT clauses %1 → %2</source>
        <translation>Klauseln ON CONFLICT %1 → %2</translation>
    </message>
    <message>
        <location filename="../core/dialects/sqlite/sqliteinspector.cpp" line="+97"/>
        <source>Could not read %1 from the SQLite database; check that the file is a healthy SQLite 3.37+ database and retry</source>
        <translation>%1 konnte nicht aus der SQLite-Datenbank gelesen werden; prüfen Sie, ob die Datei eine intakte SQLite-3.37+-Datenbank ist, und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the schema table</source>
        <translation>die Schematabelle</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the table statistics (sqlite_stat1)</source>
        <translation>die Tabellenstatistik (sqlite_stat1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the columns of table %1</source>
        <translation>die Spalten der Tabelle %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the collation of column %1.%2</source>
        <translation>die Sortierfolge der Spalte %1.%2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the columns of index %1</source>
        <translation>die Spalten des Index %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the indexes of table %1</source>
        <translation>die Indizes der Tabelle %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the foreign keys of table %1</source>
        <translation>die Fremdschlüssel der Tabelle %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the row estimate of table %1</source>
        <translation>die Zeilenschätzung der Tabelle %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>the table list</source>
        <translation>die Tabellenliste</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The connection is not an open SQLite database; open it with the QSQLITE driver first</source>
        <translation>Die Verbindung ist keine geöffnete SQLite-Datenbank; öffnen Sie sie zuerst mit dem QSQLITE-Treiber</translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlplansteps.cpp" line="+769"/>
        <location filename="../core/dialects/postgres/postgresplanner.cpp" line="+81"/>
        <location filename="../core/dialects/sqlite/sqliteplanner.cpp" line="+226"/>
        <source>Drop view %1</source>
        <translation>View %1 entfernen</translation>
    </message>
    <message>
        <location filename="../core/dialects/sqlite/sqliteplanner.cpp" line="+1"/>
        <source>Drop view %1; it is created again with its new definition</source>
        <translation>View %1 löschen; sie wird mit ihrer neuen Definition neu angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop view %1 while the tables it reads are rebuilt; it is recreated afterwards</source>
        <translation>View %1 entfernen, solange die gelesenen Tabellen neu aufgebaut werden; danach wird sie neu angelegt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recreate view %1 on the rebuilt tables</source>
        <translation>View %1 auf den neu aufgebauten Tabellen neu anlegen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Drop trigger %1 on %2; it is created again with its new definition</source>
        <translation>Trigger %1 auf %2 löschen; er wird mit seiner neuen Definition neu angelegt</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Dropping virtual table %1 deletes all its rows</source>
        <translation>Das Löschen der virtuellen Tabelle %1 löscht alle ihre Zeilen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dropping virtual table %1 deletes %2 rows</source>
        <translation>Das Löschen der virtuellen Tabelle %1 löscht %2 Zeilen</translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlplansteps.cpp" line="-743"/>
        <source>%1 makes MariaDB/MySQL copy table %2 (ALGORITHM=COPY, %3); writes to it wait until the copy ends</source>
        <translation>%1 veranlasst MariaDB/MySQL, die Tabelle %2 zu kopieren (ALGORITHM=COPY, %3); Schreibzugriffe auf sie warten, bis die Kopie abgeschlossen ist</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Add column %1.%2 with the primary key (%3)</source>
        <translation>Spalte %1.%2 mit dem Primärschlüssel (%3) hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add column %1.%2</source>
        <translation>Spalte %1.%2 hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adding a stored generated or AUTO_INCREMENT column</source>
        <translation>Das Hinzufügen einer gespeicherten generierten Spalte oder einer AUTO_INCREMENT-Spalte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adding a column in front of a virtual generated column</source>
        <translation>Hinzufügen einer Spalte vor einer virtuellen generierten Spalte</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New NOT NULL column %1.%2 has no default: existing rows get the type&apos;s implicit default (0, &apos;&apos; or the zero date)</source>
        <translation>Die neue NOT-NULL-Spalte %1.%2 hat keinen Standardwert: bestehende Zeilen erhalten den impliziten Standardwert des Typs (0, &apos;&apos; oder das Null-Datum)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drop column %1.%2</source>
        <translation>Spalte %1.%2 entfernen</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../core/dialects/postgres/postgrestablesteps.cpp" line="+582"/>
        <source>Rename column %1.%2 to %3</source>
        <translation>Spalte %1.%2 in %3 umbenennen</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Change the generated column %1.%2 from %3 to %4 (dropped and added again)</source>
        <translation>Die generierte Spalte %1.%2 von %3 auf %4 umstellen (gelöscht und neu hinzugefügt)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Switching %1 between VIRTUAL and STORED</source>
        <translation>Umstellen von %1 zwischen VIRTUAL und STORED</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change the type of %1.%2 from %3 to %4</source>
        <translation>Typ von %1.%2 von %3 auf %4 ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the definition of %1.%2</source>
        <translation>Definition von %1.%2 ändern</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Changing the type, character set, collation or generation of %1</source>
        <translation>Das Ändern von Typ, Zeichensatz, Sortierung oder Generierung von %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Change the primary key of %1 from (%2) to (%3)</source>
        <translation>Primärschlüssel von %1 von (%2) auf (%3) ändern</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Change the table options of %1</source>
        <translation>Tabellenoptionen von %1 ändern</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>System versioning of %1 ends: every historical row version is deleted; the rollback turns versioning on again with an empty history, only the backup keeps it</source>
        <translation>Die Systemversionierung von %1 endet: jede historische Zeilenversion wird gelöscht; der Rollback schaltet die Versionierung mit leerer Historie wieder ein, nur die Sicherung bewahrt sie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changing the engine, the character set, the partitioning or system versioning</source>
        <translation>Änderung der Speicher-Engine, des Zeichensatzes, der Partitionierung oder der Systemversionierung</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add CHECK (%1) to %2</source>
        <translation>CHECK (%1) zu %2 hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adding a CHECK constraint</source>
        <translation>Das Hinzufügen einer CHECK-Bedingung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drop CHECK %1 from %2</source>
        <translation>CHECK %1 von %2 entfernen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add foreign key %1 on %2 (%3) referencing %4</source>
        <translation>Fremdschlüssel %1 auf %2 (%3) mit Verweis auf %4 hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adding a foreign key</source>
        <translation>Das Hinzufügen eines Fremdschlüssels</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drop foreign key %1 from %2</source>
        <translation>Fremdschlüssel %1 von %2 entfernen</translation>
    </message>
    <message>
        <location line="+121"/>
        <location filename="../core/dialects/postgres/postgrestablesteps.cpp" line="+117"/>
        <source>Create table %1</source>
        <translation>Tabelle %1 anlegen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Drop table %1</source>
        <translation>Tabelle %1 entfernen</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../core/dialects/postgres/postgresplanner.cpp" line="+125"/>
        <source>Rename table %1 to %2</source>
        <translation>Tabelle %1 in %2 umbenennen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create %1index %2 on %3</source>
        <translation>%1Index %2 auf %3 anlegen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Replace index %1 on %2</source>
        <translation>Index %1 auf %2 ersetzen</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../core/dialects/postgres/postgresplanner.cpp" line="-135"/>
        <location filename="../core/dialects/sqlite/sqliteplanner.cpp" line="-89"/>
        <source>Create view %1</source>
        <translation>View %1 anlegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace view %1</source>
        <translation>View %1 ersetzen</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../core/dialects/postgres/postgresplanner.cpp" line="+195"/>
        <location filename="../core/dialects/sqlite/sqliteplanner.cpp" line="+12"/>
        <source>Drop trigger %1 on %2</source>
        <translation>Trigger %1 auf %2 entfernen</translation>
    </message>
    <message>
        <location filename="../core/dialects/sqlite/sqliteplanner.cpp" line="+2"/>
        <source>Drop trigger %1 while %2 is rebuilt; it is recreated afterwards</source>
        <translation>Trigger %1 entfernen, solange %2 neu aufgebaut wird; danach wird er neu angelegt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recreate trigger %1 on %2</source>
        <translation>Trigger %1 auf %2 neu anlegen</translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlplansteps.cpp" line="-11"/>
        <location filename="../core/dialects/postgres/postgresplanner.cpp" line="-7"/>
        <location filename="../core/dialects/sqlite/sqliteplanner.cpp" line="+1"/>
        <source>Create trigger %1 on %2</source>
        <translation>Trigger %1 auf %2 anlegen</translation>
    </message>
    <message>
        <location filename="../core/dialects/sqlite/sqliteplanner.cpp" line="+11"/>
        <source>Create %1index %2 on %3 (%4)</source>
        <translation>%1Index %2 auf %3 (%4) anlegen</translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlplansteps.cpp" line="-71"/>
        <location filename="../core/dialects/sqlite/sqliteplanner.cpp" line="+1"/>
        <source>unique </source>
        <translation>eindeutigen </translation>
    </message>
    <message>
        <location line="+36"/>
        <location filename="../core/dialects/postgres/postgresplanner.cpp" line="-12"/>
        <location filename="../core/dialects/sqlite/sqliteplanner.cpp" line="+23"/>
        <source>Drop index %1 on %2</source>
        <translation>Index %1 auf %2 entfernen</translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlobjectsteps.cpp" line="+15"/>
        <source>procedure</source>
        <translation>Prozedur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sequence</source>
        <translation>Sequenz</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../core/dialects/postgres/postgresobjectsteps.cpp" line="+37"/>
        <location filename="../core/dialects/sqlite/sqliteplanner.cpp" line="+13"/>
        <source>Create %1 %2</source>
        <translation>%1 %2 anlegen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sequence %1 is dropped with its current value; the rollback recreates it at its start value, only the backup has the value it had reached</source>
        <translation>Sequenz %1 wird mit ihrem aktuellen Wert gelöscht; der Rollback legt sie mit ihrem Startwert neu an, nur die Sicherung kennt den erreichten Wert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 %2 is dropped; callers of it fail from now on</source>
        <translation>%1 %2 wird gelöscht; Aufrufe davon schlagen ab jetzt fehl</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change sequence %1 (its next value stays)</source>
        <translation>Sequenz %1 ändern (ihr nächster Wert bleibt)</translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgresobjectsteps.cpp" line="+4"/>
        <source>ACCESS EXCLUSIVE lock while the exclusion index is built</source>
        <translation>Sperre ACCESS EXCLUSIVE, während der Index der EXCLUDE-Bedingung aufgebaut wird</translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlobjectsteps.cpp" line="-23"/>
        <location filename="../core/dialects/postgres/postgresobjectsteps.cpp" line="+10"/>
        <location filename="../core/dialects/sqlite/sqliteplanner.cpp" line="+0"/>
        <source>Drop %1 %2</source>
        <translation>%1 %2 entfernen</translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgresobjectsteps.cpp" line="-8"/>
        <source>ACCESS EXCLUSIVE lock on the child and the parent (brief)</source>
        <translation>ACCESS-EXCLUSIVE-Sperre auf Kind- und Elterntabelle (kurz)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Create partition %1</source>
        <translation>Partition %1 anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ACCESS EXCLUSIVE lock on the parent table (brief)</source>
        <translation>Sperre ACCESS EXCLUSIVE auf der Elterntabelle (kurz)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drop partition %1 and all its rows</source>
        <translation>Partition %1 samt allen Zeilen entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ACCESS EXCLUSIVE lock on the parent table</source>
        <translation>Sperre ACCESS EXCLUSIVE auf der Elterntabelle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create index %1 on materialized view %2</source>
        <translation>Index %1 auf der materialisierten View %2 anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop index %1 on materialized view %2</source>
        <translation>Index %1 auf der materialisierten View %2 entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHARE lock while the index is built (refreshes wait)</source>
        <translation>Sperre SHARE, während der Index aufgebaut wird (Aktualisierungen warten)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create policy %1 on %2</source>
        <translation>Richtlinie %1 auf %2 anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop policy %1 on %2</source>
        <translation>Richtlinie %1 auf %2 entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable row-level security on %1</source>
        <translation>Sicherheit auf Zeilenebene für %1 einschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable row-level security on %1</source>
        <translation>Sicherheit auf Zeilenebene für %1 ausschalten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add values to enum type %1 (PostgreSQL cannot remove enum values: the rollback keeps them; new values are usable only after the migration commits)</source>
        <translation>Werte zum Enum-Typ %1 hinzufügen (PostgreSQL kann Enum-Werte nicht entfernen: das Zurückrollen behält sie; neue Werte sind erst nach dem Commit der Migration verwendbar)</translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlobjectsteps.cpp" line="+21"/>
        <location filename="../core/dialects/postgres/postgresobjectsteps.cpp" line="+22"/>
        <source>Replace %1 %2</source>
        <translation>%1 %2 ersetzen</translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgresobjectsteps.cpp" line="+19"/>
        <source>The %1 %2 changes definition; SchemaPilot cannot alter it in place on PostgreSQL. Drop and recreate it by hand, or give it a new name</source>
        <translation>Das Objekt %2 (%1) ändert seine Definition; SchemaPilot kann es unter PostgreSQL nicht direkt ändern. Entfernen Sie es und legen Sie es von Hand neu an, oder geben Sie ihm einen neuen Namen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Partition %1 changes its bounds or partitioning (%2 → %3); move its rows by hand (detach, create the new partition, copy, drop)</source>
        <translation>Partition %1 ändert ihre Grenzen oder Partitionierung (%2 → %3); die Zeilen bitte von Hand verschieben (abhängen, neue Partition anlegen, kopieren, entfernen)</translation>
    </message>
    <message>
        <location filename="../core/dialects/sqlite/sqliteruntime.cpp" line="+124"/>
        <source>PRAGMA %1 could not read the database; it is damaged. Restore it from a backup</source>
        <translation>PRAGMA %1 konnte die Datenbank nicht lesen; sie ist beschädigt. Stellen Sie sie aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PRAGMA %1 found problems; nothing was changed. Restore from a backup or repair the database first</source>
        <translation>PRAGMA %1 hat Probleme gefunden; nichts wurde geändert. Stellen Sie zuerst eine Sicherung wieder her oder reparieren Sie die Datenbank</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 row %2 references a missing row of %3</source>
        <translation>%1 Zeile %2 verweist auf eine fehlende Zeile von %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PRAGMA foreign_key_check found %1%2 row(s) violating foreign keys</source>
        <translation>PRAGMA foreign_key_check hat %1%2 Zeile(n) gefunden, die Fremdschlüssel verletzen</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Could not copy the database for the rehearsal</source>
        <translation>Die Datenbank konnte für den Probelauf nicht kopiert werden</translation>
    </message>
    <message>
        <location filename="../core/dialects/sqlite/sqlitetabledigest.cpp" line="+108"/>
        <source>No SQLite handle for the table digest</source>
        <translation>Kein SQLite-Handle für die Tabellenprüfsumme</translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgresruntime.cpp" line="+35"/>
        <source>Could not read the PostgreSQL catalog for the pre-flight check: %1</source>
        <translation>Der PostgreSQL-Katalog konnte für die Vorabprüfung nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server is a standby in recovery and accepts no changes; migrate on the primary</source>
        <translation>Der Server ist ein Standby im Recovery-Modus und nimmt keine Änderungen an; migrieren Sie auf dem Primärserver</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>index %1 is invalid (a failed concurrent build; drop and recreate it)</source>
        <translation>Index %1 ist ungültig (ein fehlgeschlagener paralleler Aufbau; löschen und neu anlegen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>check constraint %1 is NOT VALID (run ALTER TABLE ... VALIDATE CONSTRAINT)</source>
        <translation>Check-Constraint %1 ist NOT VALID (ALTER TABLE ... VALIDATE CONSTRAINT ausführen)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>amcheck found a damaged index: %1</source>
        <translation>amcheck hat einen beschädigten Index gefunden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The integrity check found %1 problem(s) in the schema; nothing was changed. Fix them first</source>
        <translation>Die Integritätsprüfung hat %1 Problem(e) im Schema gefunden; nichts wurde geändert. Beheben Sie sie zuerst</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 foreign key(s) are NOT VALID, so rows may reference missing rows; run ALTER TABLE ... VALIDATE CONSTRAINT first</source>
        <translation>%1 Fremdschlüssel sind NOT VALID, Zeilen können also auf fehlende Zeilen verweisen; führen Sie zuerst ALTER TABLE ... VALIDATE CONSTRAINT aus</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The transaction was aborted by an earlier error and cannot be committed</source>
        <translation>Die Transaktion wurde durch einen früheren Fehler abgebrochen und kann nicht festgeschrieben werden</translation>
    </message>
    <message>
        <location line="+50"/>
        <location filename="../core/dialects/sqlite/sqlitetabledigest.cpp" line="+6"/>
        <location line="+22"/>
        <source>Could not read table %1 for verification</source>
        <translation>Tabelle %1 konnte zur Überprüfung nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not create the scratch database %1 for the rehearsal (the user needs CREATEDB): %2</source>
        <translation>Die Arbeitsdatenbank %1 für die Probe konnte nicht angelegt werden (der Benutzer braucht CREATEDB): %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copying the schema for the rehearsal</source>
        <translation>Das Schema wird für die Probe kopiert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a rehearsal copy; not dropping it</source>
        <translation>%1 ist keine Probekopie; sie wird nicht gelöscht</translation>
    </message>
    <message>
        <location filename="../core/dialects/sqlite/sqlitetablesteps.cpp" line="+46"/>
        <location line="+25"/>
        <source>%1 is part of the primary key</source>
        <translation>%1 gehört zum Primärschlüssel</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+25"/>
        <source>%1 is UNIQUE</source>
        <translation>%1 ist UNIQUE</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>%1 is a STORED generated column</source>
        <translation>%1 ist eine STORED generierte Spalte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the default of %1 (%2) is not a constant</source>
        <translation>der Standardwert von %1 (%2) ist keine Konstante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is NOT NULL without a default</source>
        <translation>%1 ist NOT NULL ohne Standardwert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is part of a multi-column foreign key</source>
        <translation>%1 gehört zu einem mehrspaltigen Fremdschlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 references another table and has a non-NULL default</source>
        <translation>%1 verweist auf eine andere Tabelle und hat einen Standardwert ungleich NULL</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is indexed by %2</source>
        <translation>%1 ist durch %2 indiziert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is part of a foreign key</source>
        <translation>%1 gehört zu einem Fremdschlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the table has CHECK constraints</source>
        <translation>die Tabelle hat CHECK-Bedingungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is used by a CHECK constraint</source>
        <translation>%1 wird von einer CHECK-Bedingung verwendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is used by generated column %2</source>
        <translation>%1 wird von der generierten Spalte %2 verwendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 may be used by view %2</source>
        <translation>%1 wird möglicherweise von View %2 verwendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 may be used by trigger %2</source>
        <translation>%1 wird möglicherweise von Trigger %2 verwendet</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>add column %1</source>
        <translation>Spalte %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drop column %1</source>
        <translation>Spalte %1 entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rename column %1 to %2</source>
        <translation>Spalte %1 in %2 umbenennen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>type %1 -&gt; %2</source>
        <translation>Typ %1 -&gt; %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NOT NULL</source>
        <translation>NOT NULL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nullable</source>
        <translation>NULL erlaubt</translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgrestablesteps.cpp" line="-530"/>
        <source>Turn generated column %1.%2 into a plain column that keeps its values</source>
        <translation>Generierte Spalte %1.%2 in eine normale Spalte umwandeln, die ihre Werte behält</translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgresregeneration.cpp" line="+184"/>
        <source>Drop generated column %1.%2 to add it again below</source>
        <translation>Generierte Spalte %1.%2 löschen, um sie weiter unten neu hinzuzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop column %1.%2 and its values to add it again below as a generated column</source>
        <translation>Spalte %1.%2 samt ihren Werten löschen, um sie weiter unten als generierte Spalte neu hinzuzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../core/dialects/postgres/postgrestablesteps.cpp" line="+3"/>
        <location line="+96"/>
        <location line="+58"/>
        <location line="+241"/>
        <location line="+10"/>
        <source>ACCESS EXCLUSIVE lock (brief; no rewrite)</source>
        <translation>Sperre ACCESS EXCLUSIVE (kurz; kein Neuschreiben)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add %1.%2 again as a generated column (its values are computed anew)</source>
        <translation>%1.%2 wieder als generierte Spalte hinzufügen (ihre Werte werden neu berechnet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; recreate %1</source>
        <translation>; %1 neu anlegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/dialects/postgres/postgrestablesteps.cpp" line="-316"/>
        <source>ACCESS EXCLUSIVE lock; table rewrite</source>
        <translation>Sperre ACCESS EXCLUSIVE; die Tabelle wird neu geschrieben</translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgrestablesteps.cpp" line="-27"/>
        <source>sequence %1 → %2</source>
        <translation>Sequenz %1 → %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>drop identity</source>
        <translation>Identität entfernen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ACCESS EXCLUSIVE lock (brief; no rewrite: the types are binary-compatible)</source>
        <translation>Sperre ACCESS EXCLUSIVE (kurz; kein Neuschreiben: die Typen sind binärkompatibel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type %1 → %2</source>
        <translation>Typ %1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/dialects/sqlite/sqlitetablesteps.cpp" line="+2"/>
        <source>default %1</source>
        <translation>Standardwert %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/dialects/sqlite/sqlitetablesteps.cpp" line="+0"/>
        <source>no default</source>
        <translation>kein Standardwert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>SHARE UPDATE EXCLUSIVE lock while a NOT VALID check is validated (writes continue), then a brief ACCESS EXCLUSIVE lock</source>
        <translation>Sperre SHARE UPDATE EXCLUSIVE, während eine CHECK-Bedingung mit NOT VALID validiert wird (Schreibzugriffe laufen weiter), danach kurz Sperre ACCESS EXCLUSIVE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ACCESS EXCLUSIVE lock while every row is checked for NULL</source>
        <translation>Sperre ACCESS EXCLUSIVE, während jede Zeile auf NULL geprüft wird</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>serial → identity %1 (the sequence %2 goes; numbering continues)</source>
        <translation>serial → identity %1 (die Sequenz %2 entfällt; die Nummerierung läuft weiter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>identity → serial (sequence %1; numbering continues)</source>
        <translation>identity → serial (Sequenz %1; die Nummerierung läuft weiter)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>identity %1</source>
        <translation>Identität %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>identity sequence %1</source>
        <translation>Identity-Sequenz %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change column %1.%2: %3</source>
        <translation>Spalte %1.%2 ändern: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add CHECK constraint %1 on %2</source>
        <translation>CHECK-Bedingung %1 auf %2 hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ACCESS EXCLUSIVE lock (brief, NOT VALID), then SHARE UPDATE EXCLUSIVE while existing rows are validated (writes continue)</source>
        <translation>Sperre ACCESS EXCLUSIVE (kurz, NOT VALID), danach SHARE UPDATE EXCLUSIVE, während bestehende Zeilen validiert werden (Schreibzugriffe laufen weiter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ACCESS EXCLUSIVE lock while existing rows are checked</source>
        <translation>Sperre ACCESS EXCLUSIVE, während bestehende Zeilen geprüft werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drop CHECK constraint %1 on %2</source>
        <translation>CHECK-Bedingung %1 auf %2 entfernen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add UNIQUE constraint %1 on %2 (%3)</source>
        <translation>UNIQUE-Bedingung %1 auf %2 (%3) hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ACCESS EXCLUSIVE lock while the unique index is built</source>
        <translation>Sperre ACCESS EXCLUSIVE, während der eindeutige Index aufgebaut wird</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drop UNIQUE constraint %1 on %2</source>
        <translation>UNIQUE-Bedingung %1 auf %2 entfernen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change persistence, storage parameters or comment of %1</source>
        <translation>Persistenz, Speicherparameter oder Kommentar von %1 ändern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ACCESS EXCLUSIVE lock; table rewrite (%1)</source>
        <translation>ACCESS-EXCLUSIVE-Sperre; die Tabelle wird neu geschrieben (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHARE UPDATE EXCLUSIVE lock (brief; no rewrite)</source>
        <translation>Sperre SHARE UPDATE EXCLUSIVE (kurz; kein Neuschreiben)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Rename constraints of %1 to the desired names</source>
        <translation>Bedingungen von %1 in die Zielnamen umbenennen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Make foreign key %1 on %2 %3</source>
        <translation>Fremdschlüssel %1 auf %2 %3 machen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHARE ROW EXCLUSIVE lock (brief; rows are not checked again)</source>
        <translation>SHARE-ROW-EXCLUSIVE-Sperre (kurz; die Zeilen werden nicht erneut geprüft)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add column %1.%2 %3</source>
        <translation>Spalte %1.%2 %3 hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ACCESS EXCLUSIVE lock; table rewrite (the default is computed per row)</source>
        <translation>Sperre ACCESS EXCLUSIVE; die Tabelle wird neu geschrieben (der Standardwert wird für jede Zeile berechnet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drop column %1.%2 and its values</source>
        <translation>Spalte %1.%2 samt ihren Werten entfernen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Drop primary key %1 of %2</source>
        <translation>Primärschlüssel %1 von %2 entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add primary key (%1) to %2</source>
        <translation>Primärschlüssel (%1) zu %2 hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ACCESS EXCLUSIVE lock while the primary key index is built</source>
        <translation>Sperre ACCESS EXCLUSIVE, während der Index des Primärschlüssels aufgebaut wird</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add foreign key %1 on %2 (%3) → %4</source>
        <translation>Fremdschlüssel %1 auf %2 (%3) → %4 hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHARE ROW EXCLUSIVE lock on %1 and %2 (brief, NOT VALID), then SHARE UPDATE EXCLUSIVE while existing rows are validated</source>
        <translation>Sperre SHARE ROW EXCLUSIVE auf %1 und %2 (kurz, NOT VALID), danach SHARE UPDATE EXCLUSIVE, während bestehende Zeilen validiert werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHARE ROW EXCLUSIVE lock on %1 and %2 while existing rows are checked</source>
        <translation>Sperre SHARE ROW EXCLUSIVE auf %1 und %2, während bestehende Zeilen geprüft werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drop foreign key %1 on %2</source>
        <translation>Fremdschlüssel %1 auf %2 entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHARE ROW EXCLUSIVE lock on %1 and %2 (brief)</source>
        <translation>Sperre SHARE ROW EXCLUSIVE auf %1 und %2 (kurz)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Drop table %1 and all its rows</source>
        <translation>Tabelle %1 samt allen Zeilen entfernen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ACCESS EXCLUSIVE lock</source>
        <translation>Sperre ACCESS EXCLUSIVE</translation>
    </message>
    <message>
        <location filename="../core/dialects/sqlite/sqlitetablesteps.cpp" line="+2"/>
        <source>collation %1</source>
        <translation>Sortierfolge %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change column %1 (%2)</source>
        <translation>Spalte %1 ändern (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add foreign key (%1) to %2</source>
        <translation>Fremdschlüssel (%1) auf %2 hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drop foreign key (%1) to %2</source>
        <translation>Fremdschlüssel (%1) auf %2 entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add CHECK (%1)</source>
        <translation>CHECK (%1) hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drop CHECK (%1)</source>
        <translation>CHECK (%1) entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add UNIQUE (%1)</source>
        <translation>UNIQUE (%1) hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drop UNIQUE (%1)</source>
        <translation>UNIQUE (%1) entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change the primary key to (%1)</source>
        <translation>Primärschlüssel auf (%1) ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change the table definition (%1)</source>
        <translation>Tabellendefinition ändern (%1)</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Drop column %1.%2; rollback restores the column, not its values</source>
        <translation>Spalte %1.%2 entfernen; das Zurückrollen stellt die Spalte wieder her, nicht ihre Werte</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rename column %1.%2 to %3, keeping its values</source>
        <translation>Spalte %1.%2 in %3 umbenennen, die Werte bleiben erhalten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add column %1.%2 in place (existing rows get %3)</source>
        <translation>Spalte %1.%2 direkt hinzufügen (bestehende Zeilen erhalten %3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> (rolled back with the first change to %1)</source>
        <translation> (wird mit der ersten Änderung an %1 zurückgerollt)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Create table %1 with %n column(s)</source>
        <translation>
            <numerusform>Tabelle %1 mit %n Spalte anlegen</numerusform>
            <numerusform>Tabelle %1 mit %n Spalten anlegen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drop table %1 and its rows; rollback recreates the empty table, not its rows</source>
        <translation>Tabelle %1 samt Zeilen entfernen; das Zurückrollen legt die leere Tabelle neu an, nicht ihre Zeilen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rename table %1 to %2, keeping its rows (references in other tables, views and triggers follow)</source>
        <translation>Tabelle %1 in %2 umbenennen, die Zeilen bleiben erhalten (Verweise in anderen Tabellen, Views und Triggern ziehen mit)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ADD COLUMN cannot add it: %1</source>
        <translation>ADD COLUMN kann sie nicht hinzufügen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DROP COLUMN cannot drop it: %1</source>
        <translation>DROP COLUMN kann sie nicht entfernen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column names are swapped</source>
        <translation>Spaltennamen sind vertauscht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQLite cannot add a foreign key to existing columns</source>
        <translation>SQLite kann bestehenden Spalten keinen Fremdschlüssel hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQLite cannot alter a column in place</source>
        <translation>SQLite kann eine Spalte nicht direkt ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLite cannot alter table constraints or options in place</source>
        <translation>SQLite kann Tabellenbedingungen oder -optionen nicht direkt ändern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ADD COLUMN only appends, and the new columns are not last</source>
        <translation>ADD COLUMN hängt nur hinten an, und die neuen Spalten stehen nicht am Ende</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the stored definition cannot be edited in place</source>
        <translation>die gespeicherte Definition lässt sich nicht direkt bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>altering in place would leave a different definition (%1)</source>
        <translation>eine direkte Änderung ergäbe eine andere Definition (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Change table %1 in place (%2): stored rows stay as they are (only constraints, defaults, a type name of the same affinity, or a collation nothing compares by, change), so SQLite&apos;s documented schema edit replaces the 12-step rebuild; no row is copied</source>
        <translation>Tabelle %1 direkt ändern (%2): gespeicherte Zeilen bleiben, wie sie sind (nur Constraints, Standardwerte, ein Typname derselben Affinität oder eine Sortierfolge, nach der nichts vergleicht, ändern sich), daher ersetzt SQLites dokumentierte Schemabearbeitung den 12-Schritte-Neuaufbau; keine Zeile wird kopiert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rebuild table %1 to %2 (%3); rows are copied into the new definition</source>
        <translation>Tabelle %1 zu %2 neu aufbauen (%3); die Zeilen werden in die neue Definition kopiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; rollback restores dropped columns empty</source>
        <translation>; das Zurückrollen stellt entfernte Spalten leer wieder her</translation>
    </message>
    <message>
        <location filename="../core/diff/renamedetector.cpp" line="+30"/>
        <source>same type %1</source>
        <translation>gleicher Typ %1</translation>
    </message>
    <message>
        <location filename="../core/dialects/sqlite/sqlitediffhooks.cpp" line="-2"/>
        <location filename="../core/diff/renamedetector.cpp" line="+0"/>
        <location filename="../core/diff/tablediffer.cpp" line="+189"/>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../core/diff/renamedetector.cpp" line="+4"/>
        <source>both NOT NULL</source>
        <translation>beide NOT NULL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>both nullable</source>
        <translation>beide erlauben NULL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same default %1</source>
        <translation>gleicher Standardwert %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>neither has a default</source>
        <translation>keine hat einen Standardwert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>same constraints</source>
        <translation>gleiche Bedingungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same position %1</source>
        <translation>gleiche Position %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>adjacent position (%1 → %2)</source>
        <translation>benachbarte Position (%1 → %2)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 of %2 columns identical</source>
        <translation>%1 von %2 Spalten identisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 more column(s) with the same name but a different definition</source>
        <translation>%1 weitere Spalte(n) mit gleichem Namen, aber anderer Definition</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>neither has a primary key</source>
        <translation>keine hat einen Primärschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same primary key (%1)</source>
        <translation>gleicher Primärschlüssel (%1)</translation>
    </message>
    <message>
        <location filename="../core/diff/schemadiffer.cpp" line="+106"/>
        <source>Table rename %1 → %2: </source>
        <translation>Tabellenumbenennung %1 → %2: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the current database has no table %1. Correct the old name or remove the hint.</source>
        <translation>die aktuelle Datenbank hat keine Tabelle %1. Korrigieren Sie den alten Namen oder entfernen Sie den Hinweis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>table %1 is still in the desired schema, so it is not renamed. Remove the hint, or remove %1 from the desired schema.</source>
        <translation>Tabelle %1 ist noch im Ziel-Schema und wird daher nicht umbenannt. Entfernen Sie den Hinweis oder %1 aus dem Ziel-Schema.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the desired schema has no table %1. Correct the new name or remove the hint.</source>
        <translation>das Ziel-Schema hat keine Tabelle %1. Korrigieren Sie den neuen Namen oder entfernen Sie den Hinweis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>table %1 already exists in the current database. Rename to a name that is not taken, or remove the hint.</source>
        <translation>Tabelle %1 existiert bereits in der aktuellen Datenbank. Benennen Sie in einen freien Namen um oder entfernen Sie den Hinweis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another hint already renames one of these tables. Keep one hint per table.</source>
        <translation>ein anderer Hinweis benennt bereits eine dieser Tabellen um. Behalten Sie einen Hinweis pro Tabelle.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Column rename %1.%2 → %3: </source>
        <translation>Spaltenumbenennung %1.%2 → %3: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the desired schema has no table %1. Name the table as the desired schema does.</source>
        <translation>das Ziel-Schema hat keine Tabelle %1. Benennen Sie die Tabelle wie im Ziel-Schema.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>table %1 is new, so none of its columns can be renamed. Remove the hint, or add a table rename hint for it.</source>
        <translation>Tabelle %1 ist neu, daher kann keine ihrer Spalten umbenannt werden. Entfernen Sie den Hinweis oder fügen Sie einen Tabellen-Umbenennungshinweis hinzu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the current table %1 has no column %2. Correct the old name or remove the hint.</source>
        <translation>die aktuelle Tabelle %1 hat keine Spalte %2. Korrigieren Sie den alten Namen oder entfernen Sie den Hinweis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column %1 is still in the desired table, so it is not renamed. Remove the hint, or remove the column from the desired schema.</source>
        <translation>Spalte %1 ist noch in der Zieltabelle und wird daher nicht umbenannt. Entfernen Sie den Hinweis oder die Spalte aus dem Ziel-Schema.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the desired table has no column %1. Correct the new name or remove the hint.</source>
        <translation>die Zieltabelle hat keine Spalte %1. Korrigieren Sie den neuen Namen oder entfernen Sie den Hinweis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column %1 already exists in the current table. Rename to a name that is not taken, or remove the hint.</source>
        <translation>Spalte %1 existiert bereits in der aktuellen Tabelle. Benennen Sie in einen freien Namen um oder entfernen Sie den Hinweis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another hint already renames one of these columns. Keep one hint per column.</source>
        <translation>ein anderer Hinweis benennt bereits eine dieser Spalten um. Behalten Sie einen Hinweis pro Spalte.</translation>
    </message>
    <message>
        <location filename="../core/diff/tablediffer.cpp" line="-10"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WITHOUT ROWID %1</source>
        <translation>WITHOUT ROWID %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STRICT %1</source>
        <translation>STRICT %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>becomes UNLOGGED</source>
        <translation>wird UNLOGGED</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>becomes LOGGED</source>
        <translation>wird LOGGED</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>table options %1 → %2</source>
        <translation>Tabellenoptionen %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>table comment changed</source>
        <translation>Tabellenkommentar geändert</translation>
    </message>
    <message>
        <location filename="../core/exec/applyoptions.cpp" line="+14"/>
        <source>Configuration key &quot;%1&quot; must be %2</source>
        <translation>Konfigurationsschlüssel „%1“ muss %2 sein</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unknown configuration key &quot;%1&quot; (known: %2)</source>
        <translation>Unbekannter Konfigurationsschlüssel „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a whole number, 0 or more</source>
        <translation>eine ganze Zahl, 0 oder größer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;off&quot;, &quot;dry_run&quot;, &quot;rehearse&quot; or a boolean</source>
        <translation>„off“, „dry_run“, „rehearse“ oder ein Wahrheitswert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;quick&quot; or &quot;full&quot;</source>
        <translation>„quick“ oder „full“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the path of an Ed25519 private key file</source>
        <translation>der Pfad einer privaten Ed25519-Schlüsseldatei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a folder path</source>
        <translation>ein Ordnerpfad</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The configuration file does not exist</source>
        <translation>Die Konfigurationsdatei existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The configuration file cannot be read</source>
        <translation>Die Konfigurationsdatei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The configuration file is not a JSON object (at offset %1: %2)</source>
        <translation>Die Konfigurationsdatei ist kein JSON-Objekt (bei Position %1: %2)</translation>
    </message>
    <message>
        <location filename="../core/exec/executor.cpp" line="+73"/>
        <source>Connecting to %1</source>
        <translation>Verbindung zu %1 wird aufgebaut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Applying migrations is not available for %1 yet</source>
        <translation>Migrationen anwenden ist für %1 noch nicht verfügbar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Taking the migration lock</source>
        <translation>Migrationssperre wird gesetzt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Took over a stale migration lock left by %1</source>
        <translation>Verwaiste Migrationssperre von %1 übernommen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comparing the database with the desired schema</source>
        <translation>Datenbank wird mit dem Ziel-Schema verglichen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking for data loss</source>
        <translation>Datenverlust wird geprüft</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refused: %1 destructive operation(s) need --allow-data-loss: %2. Nothing was changed</source>
        <translation>Abgelehnt: %1 destruktive Operation(en) brauchen --allow-data-loss: %2. Nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A real run would stop here and change nothing: %1</source>
        <translation>Ein echter Lauf würde hier anhalten und nichts ändern: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The migration would fail on the rows there now: %1. Nothing was changed and no backup was made; fix those rows (or the desired schema) and run it again</source>
        <translation>Die Migration würde an den jetzt vorhandenen Zeilen scheitern: %1. Nichts wurde geändert und keine Sicherung angelegt; korrigieren Sie diese Zeilen (oder das Zielschema) und starten Sie erneut</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking the database&apos;s integrity</source>
        <translation>Integrität der Datenbank wird geprüft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre-flight check failed, nothing was written: %1</source>
        <translation>Vorabprüfung fehlgeschlagen, nichts wurde geschrieben: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ran on a second connection during the comparison</source>
        <translation>lief während des Vergleichs auf einer zweiten Verbindung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dry run</source>
        <translation>Trockenlauf</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Canceled before anything was written</source>
        <translation>Abgebrochen, bevor etwas geschrieben wurde</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refused: %1 cannot roll back schema changes (DDL commits at once), so a migration needs the automatic backup to undo a failure. Remove --no-backup (auto_backup: false). Nothing was changed</source>
        <translation>Abgelehnt: %1 kann Schemaänderungen nicht zurückrollen (DDL wird sofort festgeschrieben), daher braucht eine Migration die automatische Sicherung, um einen Fehlschlag rückgängig zu machen. Entfernen Sie --no-backup (auto_backup: false). Nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>automatic backup disabled</source>
        <translation>automatische Sicherung ausgeschaltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No automatic backup was made (disabled)</source>
        <translation>Es wurde keine automatische Sicherung angelegt (ausgeschaltet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Making a verified backup</source>
        <translation>Geprüfte Sicherung wird angelegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic backups of %1 databases are not available; pass --no-backup to migrate without one</source>
        <translation>Automatische Sicherungen von %1-Datenbanken sind nicht verfügbar; mit --no-backup ohne Sicherung migrieren</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The automatic backup failed, nothing was changed: %1</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen, nichts wurde geändert: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The automatic backup %1 did not verify, nothing was changed: %2</source>
        <translation>Die automatische Sicherung %1 hat die Prüfung nicht bestanden, nichts wurde geändert: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 bytes, verified) in %3</source>
        <translation>%1 (%2 Bytes, geprüft) in %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no step had completed</source>
        <translation>kein Schritt war abgeschlossen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>step(s) applied: %1</source>
        <translation>ausgeführte Schritt(e): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — %1 and stay applied: %2 DDL is not transactional and no backup was made</source>
        <translation> — %1 und bleiben angewendet: %2-DDL ist nicht transaktional und es wurde keine Sicherung erstellt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restoring backup %1: %2 DDL is not transactional</source>
        <translation>Sicherung %1 wird wiederhergestellt: %2-DDL ist nicht transaktional</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> — %1; %2 DDL is not transactional and restoring the pre-migration backup %3 failed (%4). The database is partly migrated: restore it with `schemapilot-cli backup restore %3`</source>
        <translation> — %1; %2-DDL ist nicht transaktional und die Wiederherstellung der Sicherung %3 von vor der Migration ist fehlgeschlagen (%4). Die Datenbank ist teilweise migriert: stellen Sie sie mit `schemapilot-cli backup restore %3` wieder her</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored the pre-migration backup %1 after the failure (%2)</source>
        <translation>Die Sicherung %1 von vor der Migration wurde nach dem Fehlschlag wiederhergestellt (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored %1; row counts and schema match it</source>
        <translation>%1 wiederhergestellt; Zeilenzahlen und Schema stimmen überein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — %1; %2 DDL is not transactional, so the pre-migration backup %3 was restored: the database is as it was before</source>
        <translation> — %1; %2-DDL ist nicht transaktional, daher wurde die Sicherung %3 von vor der Migration wiederhergestellt: die Datenbank ist wie vorher</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Removed %1 backup(s) older than %2 day(s)</source>
        <translation>%1 Sicherung(en) älter als %2 Tag(e) entfernt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Removed %1 automatic backup(s) beyond the newest %2</source>
        <translation>%1 automatische Sicherung(en) jenseits der neuesten %2 entfernt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rehearsing on a private copy</source>
        <translation>Probelauf auf einer privaten Kopie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create a folder for the rehearsal copy</source>
        <translation>Für die Probelauf-Kopie kann kein Ordner angelegt werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not remove the rehearsal copy: %1</source>
        <translation>Die Probekopie konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rehearsal on a copy: %1 in %2 ms (transaction %3 ms); the database was not changed</source>
        <translation>Probelauf auf einer Kopie: %1 in %2 ms (Transaktion %3 ms); die Datenbank wurde nicht verändert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recording the failed run in the history</source>
        <translation>Fehlgeschlagener Lauf wird im Verlauf vermerkt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not record the failed run in the history: %1</source>
        <translation>Der fehlgeschlagene Lauf konnte nicht im Verlauf vermerkt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/exec/filemigrationlock.cpp" line="+66"/>
        <source>Cannot create the migration lock file next to the database: the folder is not writable. A migration needs write access to the database&apos;s folder</source>
        <translation>Die Sperrdatei kann neben der Datenbank nicht angelegt werden: der Ordner ist nicht beschreibbar. Eine Migration braucht Schreibzugriff auf den Ordner der Datenbank</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder of the database does not exist</source>
        <translation>Der Ordner der Datenbank existiert nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open the migration lock file</source>
        <translation>Die Sperrdatei der Migration kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlmigrationlock.cpp" line="+42"/>
        <source> on connection %1</source>
        <translation> auf Verbindung %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>MariaDB connection %1 (another account; its details need the PROCESS privilege)</source>
        <translation>MariaDB-Verbindung %1 (ein anderes Konto; Details erfordern das PROCESS-Recht)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/exec/filemigrationlock.cpp" line="+24"/>
        <source>This migration lock is already held by this object</source>
        <translation>Diese Migrationssperre wird bereits von diesem Objekt gehalten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another session</source>
        <translation>einer anderen Sitzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another migration of this database is running: the lock %1 is held by %2. Wait for it to finish; the server releases the lock when that session ends</source>
        <translation>Eine andere Migration dieser Datenbank läuft: die Sperre %1 wird gehalten von %2. Warten Sie, bis sie fertig ist; der Server gibt die Sperre frei, wenn diese Sitzung endet</translation>
    </message>
    <message>
        <location filename="../core/exec/filemigrationlock.cpp" line="+20"/>
        <source>Another migration of this database is running: held by %1. Wait for it to finish; the lock is released automatically when that process ends</source>
        <translation>Eine andere Migration dieser Datenbank läuft: gehalten von %1. Warten Sie, bis sie fertig ist; die Sperre wird automatisch freigegeben, wenn dieser Prozess endet</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The migration lock file keeps changing; another migration is starting. Retry</source>
        <translation>Die Sperrdatei ändert sich ständig; eine andere Migration startet gerade. Versuchen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../core/exec/historywriter.cpp" line="+72"/>
        <source>Migration of %1 operation(s) %2 and was rolled back</source>
        <translation>Migration von %1 Operation(en) %2 und wurde zurückgerollt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timed out</source>
        <translation>Zeit überschritten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/exec/migrationlock.cpp" line="+16"/>
        <source>an unknown process</source>
        <translation>ein unbekannter Prozess</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (pid %2) since %3</source>
        <translation>%1 (PID %2) seit %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, last heartbeat %1 s ago</source>
        <translation>, letztes Lebenszeichen vor %1 s</translation>
    </message>
    <message>
        <location filename="../core/exec/restore.cpp" line="+72"/>
        <source>Restoring %1 databases is not available yet</source>
        <translation>Wiederherstellen von %1-Datenbanken ist noch nicht verfügbar</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Restore refused, nothing was changed: backup %1 is of %2, not of %3. Restoring it would replace this database&apos;s tables with another database&apos;s; pass --allow-other-source if that is what you want</source>
        <translation>Wiederherstellung abgelehnt, nichts wurde geändert: Sicherung %1 stammt von %2, nicht von %3. Sie würde die Tabellen dieser Datenbank durch die einer anderen ersetzen; geben Sie --allow-other-source an, wenn Sie genau das wollen</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Restore refused, nothing was changed: %1</source>
        <translation>Wiederherstellung verweigert, nichts wurde geändert: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup %1 failed verification, nothing was restored: %2</source>
        <translation>Sicherung %1 hat die Prüfung nicht bestanden, nichts wurde wiederhergestellt: %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The pre-restore safety backup failed, nothing was restored: %1</source>
        <translation>Die Sicherheitskopie vor der Wiederherstellung ist fehlgeschlagen, nichts wurde wiederhergestellt: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The restored database does not match backup %1: %2. The safety backup %3 holds the state before the restore</source>
        <translation>Die wiederhergestellte Datenbank entspricht nicht der Sicherung %1: %2. Die Sicherheitskopie %3 enthält den Stand vor der Wiederherstellung</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restored backup %1 (safety backup %2)</source>
        <translation>Sicherung %1 wiederhergestellt (Sicherheitskopie %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: restored backup %2 (safety backup %3)</source>
        <translation>%1: Sicherung %2 wiederhergestellt (Sicherheitskopie %3)</translation>
    </message>
    <message>
        <location filename="../core/exec/rollback.cpp" line="+45"/>
        <source>%1 %2 has no rollback SQL</source>
        <translation>%1 %2 hat kein Rückroll-SQL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the batch dropped data SQL cannot bring back: %1</source>
        <translation>der Lauf hat Daten entfernt, die SQL nicht zurückbringen kann: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the batch filled NULLs with a default, which SQL cannot tell apart from real values: %1</source>
        <translation>der Lauf hat NULL-Werte mit einem Standardwert gefüllt, den SQL nicht von echten Werten unterscheiden kann: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the rollback SQL fails on the current database (%1)</source>
        <translation>das Rückroll-SQL schlägt auf der aktuellen Datenbank fehl (%1)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>undoing it drops table %1 with %2 row(s)</source>
        <translation>das Rückgängigmachen entfernt Tabelle %1 mit %2 Zeile(n)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>undoing it drops column %1.%2 with %3 value(s)</source>
        <translation>das Rückgängigmachen entfernt Spalte %1.%2 mit %3 Wert(en)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Rollback of %1 databases is not available yet</source>
        <translation>Zurückrollen von %1-Datenbanken ist noch nicht verfügbar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no applied migration batch to roll back in this database&apos;s history</source>
        <translation>Im Verlauf dieser Datenbank gibt es keinen angewendeten Migrationslauf zum Zurückrollen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Refused: undoing batch %1 with its rollback SQL would lose data (%2). Pass --from-backup (or --allow-data-loss) to restore the backup taken before it instead; changes made since then are lost</source>
        <translation>Abgelehnt: Lauf %1 mit seinem Rückroll-SQL rückgängig zu machen, würde Daten verlieren (%2). Mit --from-backup (oder --allow-data-loss) stattdessen die vorher angelegte Sicherung wiederherstellen; seither gemachte Änderungen gehen verloren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Batch %1 was applied without an automatic backup, so it cannot be restored from one</source>
        <translation>Lauf %1 wurde ohne automatische Sicherung angewendet und kann daher nicht aus einer wiederhergestellt werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rollback of batch %1</source>
        <translation>Zurückrollen von Lauf %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Backup %1 was restored, but its schema is not the one recorded before batch %2</source>
        <translation>Sicherung %1 wurde wiederhergestellt, aber ihr Schema ist nicht das vor Lauf %2 aufgezeichnete</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refused: %1 cannot roll back DDL, so undoing a batch needs a backup first to return to after a failure. Remove --no-backup</source>
        <translation>Abgelehnt: %1 kann DDL nicht zurückrollen, daher braucht das Rückgängigmachen eines Batches zuerst eine Sicherung, zu der nach einem Fehlschlag zurückgekehrt werden kann. Entfernen Sie --no-backup</translation>
    </message>
    <message>
        <location line="+33"/>
        <source> — the backup %1 made before the rollback was restored</source>
        <translation> — die vor dem Rollback erstellte Sicherung %1 wurde wiederhergestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — and restoring the backup %1 made before the rollback failed (%2); restore it with `schemapilot-cli backup restore %1`</source>
        <translation> — und die Wiederherstellung der vor dem Rollback erstellten Sicherung %1 ist fehlgeschlagen (%2); stellen Sie sie mit `schemapilot-cli backup restore %1` wieder her</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The rollback took longer than %1 ms and was undone; the database is unchanged</source>
        <translation>Das Zurückrollen dauerte länger als %1 ms und wurde rückgängig gemacht; die Datenbank ist unverändert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>After the rollback SQL the schema is not the one recorded before batch %1; undone. Use --from-backup to restore the batch&apos;s backup instead</source>
        <translation>Nach dem Rückroll-SQL ist das Schema nicht das vor Lauf %1 aufgezeichnete; rückgängig gemacht. Mit --from-backup stattdessen die Sicherung des Laufs wiederherstellen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rolled back batch %1 with its rollback SQL</source>
        <translation>Lauf %1 mit seinem Rückroll-SQL zurückgerollt</translation>
    </message>
    <message>
        <location filename="../core/exec/safetycheck.cpp" line="+53"/>
        <source>loses data (count unknown)</source>
        <translation>verliert Daten (Anzahl unbekannt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loses %1 non-null value(s)</source>
        <translation>verliert %1 Wert(e) ungleich NULL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loses %1 row(s)</source>
        <translation>verliert %1 Zeile(n)</translation>
    </message>
    <message>
        <location filename="../core/exec/transactionrunner.cpp" line="+26"/>
        <source>The migration was canceled and rolled back; the database is unchanged</source>
        <translation>Die Migration wurde abgebrochen und zurückgerollt; die Datenbank ist unverändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The migration took longer than its limit of %1 ms and was rolled back; the database is unchanged. Raise the limit (--timeout-ms) or migrate when the database is quiet</source>
        <translation>Die Migration dauerte länger als ihr Limit von %1 ms und wurde zurückgerollt; die Datenbank ist unverändert. Erhöhen Sie das Limit (--timeout-ms) oder migrieren Sie, wenn die Datenbank ruhig ist</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Foreign key enforcement was off during the rebuild and checked with foreign_key_check after</source>
        <translation>Die Fremdschlüsselprüfung war während des Neuaufbaus aus und wurde danach mit foreign_key_check kontrolliert</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Starting the transaction</source>
        <translation>Transaktion wird gestartet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rolling back</source>
        <translation>Wird zurückgerollt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — and the rollback failed too (%1); restore the automatic backup</source>
        <translation> — und auch das Zurückrollen ist fehlgeschlagen (%1); stellen Sie die automatische Sicherung wieder her</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rolled back after a failure in %1</source>
        <translation>nach einem Fehler in %1 zurückgerollt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Step %1 (%2 %3) failed: %4; rolled back, the database is unchanged</source>
        <translation>Schritt %1 (%2 %3) ist fehlgeschlagen: %4; zurückgerollt, die Datenbank ist unverändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 (%2 %3) failed: %4</source>
        <translation>Schritt %1 (%2 %3) ist fehlgeschlagen: %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step %1/%2: %3 (%4/%5 statements)</source>
        <translation>Schritt %1/%2: %3 (%4/%5 Anweisungen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 statement(s)</source>
        <translation>%1 Anweisung(en)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verifying the result</source>
        <translation>Ergebnis wird überprüft</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>schema matches the desired one</source>
        <translation>Schema entspricht dem Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schema matches; rows and kept columns unchanged in %1</source>
        <translation>Schema stimmt; Zeilen und behaltene Spalten unverändert in %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording the migration in the history</source>
        <translation>Migration wird im Verlauf vermerkt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Committing</source>
        <translation>Wird festgeschrieben</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Running %1 step(s) outside the transaction</source>
        <translation>%1 Schritt(e) außerhalb der Transaktion ausführen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not record step %1 in the history: %2</source>
        <translation>Schritt %1 konnte nicht im Verlauf festgehalten werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>stopped before it ran (canceled or out of time)</source>
        <translation>angehalten, bevor er lief (abgebrochen oder Zeit abgelaufen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step %1/%2: %3</source>
        <translation>Schritt %1/%2: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The migration committed and its steps outside the transaction ran, but: %1</source>
        <translation>Die Migration wurde festgeschrieben und ihre Schritte außerhalb der Transaktion liefen, aber: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 step(s)</source>
        <translation>%1 Schritt(e)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> Dropping what it left half-built failed (%1): drop any INVALID index it left by hand.</source>
        <translation> Das Löschen des halb angelegten Objekts schlug fehl (%1): löschen Sie einen zurückgebliebenen INVALID-Index von Hand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> The invalid index %1 it left was dropped.</source>
        <translation> Der zurückgebliebene ungültige Index %1 wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1 (%2 %3), which runs outside the transaction, failed: %4. The migration&apos;s transaction had already committed, so the steps before it stay applied.%5 Apply again to run what is left</source>
        <translation>Schritt %1 (%2 %3), der außerhalb der Transaktion läuft, schlug fehl: %4. Die Transaktion der Migration war bereits festgeschrieben, daher bleiben die Schritte davor angewendet.%5 Wenden Sie erneut an, um den Rest auszuführen</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/exec/verification.cpp" line="+85"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n weiterer</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+157"/>
        <source>The digests before the migration were not taken</source>
        <translation>Die Prüfsummen vor der Migration wurden nicht ermittelt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Table %1 had %2 rows before the migration and %3 after; rolled back</source>
        <translation>Tabelle %1 hatte vor der Migration %2 Zeilen und danach %3; zurückgerollt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contents of the kept columns of table %1 (%2) changed during the migration; rolled back</source>
        <translation>Der Inhalt der behaltenen Spalten der Tabelle %1 (%2) hat sich während der Migration geändert; zurückgerollt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>After the migration the schema still differs from the desired one in %1 place(s)%2; rolled back. This is a planner bug: please report it with the output of `plan`</source>
        <translation>Nach der Migration weicht das Schema noch an %1 Stelle(n) vom Ziel ab%2; zurückgerollt. Das ist ein Fehler des Planers: bitte mit der Ausgabe von `plan` melden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (still to do: %1)</source>
        <translation> (noch zu tun: %1)</translation>
    </message>
    <message>
        <location filename="../core/health/healthgatherer.cpp" line="+15"/>
        <source>Not available for %1: this engine has no cheap integrity check</source>
        <translation>Für %1 nicht verfügbar: diese Engine hat keine günstige Integritätsprüfung</translation>
    </message>
    <message>
        <location filename="../core/health/healthscore.cpp" line="+20"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not checked (a quick check runs with --deep)</source>
        <translation>Nicht geprüft (eine Schnellprüfung läuft mit --deep)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The integrity check passed</source>
        <translation>Die Integritätsprüfung ist bestanden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The integrity check failed: %1</source>
        <translation>Die Integritätsprüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop migrating; restore the newest verified backup (schemapilot-cli backup restore ID) or repair the database</source>
        <translation>Migrationen stoppen; die neueste geprüfte Sicherung wiederherstellen (schemapilot-cli backup restore ID) oder die Datenbank reparieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not checked (pass --schema FILE to compare with the desired schema)</source>
        <translation>Nicht geprüft (mit --schema DATEI mit dem Ziel-Schema vergleichen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database matches the desired schema</source>
        <translation>Die Datenbank entspricht dem Ziel-Schema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 operation(s) pending, some of them destructive</source>
        <translation>%1 Operation(en) ausstehend, einige davon destruktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 operation(s) pending</source>
        <translation>%1 Operation(en) ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review them with schemapilot-cli plan, then apply them</source>
        <translation>Mit schemapilot-cli plan prüfen, dann anwenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last migration</source>
        <translation>Letzte Migration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No migration recorded yet</source>
        <translation>Noch keine Migration aufgezeichnet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run %1 applied at %2</source>
        <translation>Lauf %1 angewendet am %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run %1 was rolled back</source>
        <translation>Lauf %1 wurde zurückgerollt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the desired schema and apply again when ready</source>
        <translation>Ziel-Schema korrigieren und erneut anwenden, wenn bereit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run %1 was refused for safety</source>
        <translation>Lauf %1 wurde aus Sicherheitsgründen abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the refusal in schemapilot-cli history; confirm data loss with --allow-data-loss only if intended</source>
        <translation>Die Ablehnung in schemapilot-cli history lesen; Datenverlust nur mit --allow-data-loss bestätigen, wenn beabsichtigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database was restored from a backup in run %1</source>
        <translation>Die Datenbank wurde in Lauf %1 aus einer Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check why the restore was needed (schemapilot-cli history), then re-plan</source>
        <translation>Prüfen, warum die Wiederherstellung nötig war (schemapilot-cli history), dann neu planen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run %1 failed at %2</source>
        <translation>Lauf %1 ist am %2 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run %1 timed out at %2</source>
        <translation>Lauf %1 hat am %2 die Zeit überschritten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the error in schemapilot-cli history --status failed, fix it and apply again</source>
        <translation>Den Fehler in schemapilot-cli history --status failed lesen, beheben und erneut anwenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup freshness</source>
        <translation>Aktualität der Sicherungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>Not checked (pass --backup-dir DIR)</source>
        <translation>Nicht geprüft (--backup-dir ORDNER angeben)</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Create one: schemapilot-cli backup create --db URL</source>
        <translation>Eine anlegen: schemapilot-cli backup create --db URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no backup</source>
        <translation>Es gibt keine Sicherung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The newest of %1 backup(s) is %2 old</source>
        <translation>Die neueste von %1 Sicherung(en) ist %2 alt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup verification</source>
        <translation>Prüfung der Sicherungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No backup to verify</source>
        <translation>Keine Sicherung zu prüfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verify the newest backup: schemapilot-cli backup verify ID --db URL</source>
        <translation>Die neueste Sicherung prüfen: schemapilot-cli backup verify ID --db URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No backup was ever verified</source>
        <translation>Noch nie wurde eine Sicherung geprüft</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The last verification failed (%1 ago)</source>
        <translation>Die letzte Prüfung ist fehlgeschlagen (vor %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new backup and verify it; do not rely on the failed one</source>
        <translation>Eine neue Sicherung anlegen und prüfen; sich nicht auf die fehlgeschlagene verlassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last verification passed %1 ago</source>
        <translation>Die letzte Prüfung ist vor %1 bestanden worden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Failure rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No runs recorded yet</source>
        <translation>Noch keine Läufe aufgezeichnet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of the last %2 run(s) failed (%3%)</source>
        <translation>%1 der letzten %2 Läufe fehlgeschlagen (%3 %)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rehearse migrations with apply --dry-run and read failures in schemapilot-cli history --status failed</source>
        <translation>Migrationen mit apply --dry-run erproben und Fehler in schemapilot-cli history --status failed lesen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Migration lock</source>
        <translation>Migrationssperre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A migration by %1 died holding the lock</source>
        <translation>Eine Migration von %1 ist mit gehaltener Sperre abgestürzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check for a half-applied migration with schemapilot-cli status; the next apply takes over the stale lock</source>
        <translation>Mit schemapilot-cli status nach einer halb angewendeten Migration sehen; das nächste apply übernimmt die verwaiste Sperre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No migration is running</source>
        <translation>Keine Migration läuft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A migration by %1 is running (for %2)</source>
        <translation>Eine Migration von %1 läuft (seit %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the migration is not stuck</source>
        <translation>Prüfen, ob die Migration hängt</translation>
    </message>
    <message>
        <location filename="../core/history/historychain.cpp" line="+100"/>
        <source>Record #%1 has no record_hash: it was written without tamper evidence or its seal was removed</source>
        <translation>Eintrag #%1 hat keinen record_hash: er wurde ohne Manipulationsschutz geschrieben oder sein Siegel wurde entfernt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record #%1 is out of order: it was written after record #%2, not after %3</source>
        <translation>Eintrag #%1 steht falsch: er wurde nach Eintrag #%2 geschrieben, nicht nach %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the chain start</source>
        <translation>dem Kettenanfang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record #%1 is the oldest row but names a predecessor: older records were deleted outside SchemaPilot&apos;s cleanup</source>
        <translation>Eintrag #%1 ist die älteste Zeile, nennt aber einen Vorgänger: ältere Einträge wurden außerhalb der Bereinigung von SchemaPilot gelöscht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A record between #%1 and #%2 was deleted (#%2 names a predecessor that is gone)</source>
        <translation>Ein Eintrag zwischen #%1 und #%2 wurde gelöscht (#%2 nennt einen Vorgänger, der fehlt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record #%1 is sealed with an HMAC key; verify with the same key (--key-file or SCHEMAPILOT_HISTORY_KEY_FILE)</source>
        <translation>Eintrag #%1 ist mit einem HMAC-Schlüssel versiegelt; mit demselben Schlüssel prüfen (--key-file oder SCHEMAPILOT_HISTORY_KEY_FILE)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record #%1 carries a plain SHA-256 seal after HMAC-sealed records: it was re-sealed by someone without the key</source>
        <translation>Eintrag #%1 trägt nach HMAC-versiegelten Einträgen ein einfaches SHA-256-Siegel: jemand ohne Schlüssel hat ihn neu versiegelt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record #%1 was edited, or sealed with another key: its content does not match its record_hash</source>
        <translation>Eintrag #%1 wurde bearbeitet oder mit einem anderen Schlüssel versiegelt: sein Inhalt passt nicht zu seinem record_hash</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record #%1 was edited: its content does not match its record_hash</source>
        <translation>Eintrag #%1 wurde bearbeitet: sein Inhalt passt nicht zu seinem record_hash</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The history key file does not exist</source>
        <translation>Die Schlüsseldatei des Verlaufs existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history key file cannot be read; check its permissions</source>
        <translation>Die Schlüsseldatei des Verlaufs kann nicht gelesen werden; prüfen Sie ihre Berechtigungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The history key file holds %1 bytes; use at least 16 random bytes (e.g. openssl rand -hex 32 &gt; key)</source>
        <translation>Die Schlüsseldatei des Verlaufs enthält %1 Bytes; verwenden Sie mindestens 16 Zufallsbytes (z. B. openssl rand -hex 32 &gt; key)</translation>
    </message>
    <message>
        <location filename="../core/history/historyexport.cpp" line="+56"/>
        <source>Cannot write the export file; check the folder and its permissions</source>
        <translation>Die Exportdatei kann nicht geschrieben werden; prüfen Sie den Ordner und seine Berechtigungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the export file failed</source>
        <translation>Das Schreiben der Exportdatei ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/history/historystore.cpp" line="+73"/>
        <source>The history needs an open database connection</source>
        <translation>Der Verlauf braucht eine offene Datenbankverbindung</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot read the columns of %1</source>
        <translation>Die Spalten von %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+352"/>
        <source>The history was not marked rolled back because its tamper-evident chain is broken: %1. Investigate with `schemapilot-cli history verify`.</source>
        <translation>Der Verlauf wurde nicht als zurückgerollt markiert, weil seine manipulationssichere Kette gebrochen ist: %1. Untersuchen Sie das mit `schemapilot-cli history verify`.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keep days must be 0 or more (got %1)</source>
        <translation>Die Aufbewahrungstage müssen 0 oder mehr sein (erhalten: %1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Old history was kept because its tamper-evident chain is broken (a cleanup would erase the evidence): %1</source>
        <translation>Alter Verlauf wurde behalten, weil seine manipulationssichere Kette gebrochen ist (eine Bereinigung würde die Beweise löschen): %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The history table predates tamper evidence (no record_hash column); the next migration upgrades it in place and seals the existing records</source>
        <translation>Die Verlaufstabelle stammt aus der Zeit vor dem Manipulationsschutz (keine Spalte record_hash); die nächste Migration rüstet sie direkt nach und versiegelt die vorhandenen Einträge</translation>
    </message>
    <message>
        <location filename="../core/plan/analysis.cpp" line="+17"/>
        <source>Rewriting table %1 (about %2 rows) is estimated to take %3 s; writers wait meanwhile</source>
        <translation>Das Neuschreiben der Tabelle %1 (etwa %2 Zeilen) dauert geschätzt %3 s; Schreibende warten währenddessen</translation>
    </message>
    <message>
        <location filename="../core/plan/complexity.cpp" line="+16"/>
        <source>unknown number of rows</source>
        <translation>unbekannte Zeilenzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>drops %1, which holds no rows</source>
        <translation>entfernt %1, das keine Zeilen enthält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drops data in %1 (%2)</source>
        <translation>entfernt Daten in %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>changes the type of %1 (%2)</source>
        <translation>ändert den Typ von %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changes the definition of %1 (%2)</source>
        <translation>ändert die Definition von %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>changes the constraints of %1 (%2)</source>
        <translation>ändert die Bedingungen von %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rebuilds table %1 (%2)</source>
        <translation>baut Tabelle %1 neu auf (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rewrites table %1 (%2)</source>
        <translation>schreibt Tabelle %1 neu (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>changes an index on large table %1 (%2)</source>
        <translation>ändert einen Index auf der großen Tabelle %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes an index on %1</source>
        <translation>ändert einen Index auf %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>renames %1; clients using the old name break</source>
        <translation>benennt %1 um; Clients mit dem alten Namen funktionieren nicht mehr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>drops view %1 for good</source>
        <translation>entfernt View %1 endgültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drops view %1 to recreate it</source>
        <translation>entfernt View %1, um sie neu anzulegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>drops a trigger on %1 for good</source>
        <translation>entfernt einen Trigger auf %1 endgültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drops a trigger on %1 to recreate it</source>
        <translation>entfernt einen Trigger auf %1, um ihn neu anzulegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>drops %1</source>
        <translation>entfernt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>adds to %1 without touching existing rows</source>
        <translation>ergänzt %1, ohne bestehende Zeilen anzufassen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>touches %1 tables</source>
        <translation>berührt %1 Tabellen</translation>
    </message>
    <message>
        <location filename="../core/plan/lint.cpp" line="+55"/>
        <source>%1 rows of %2 reference a missing row in %3 (foreign key %4)</source>
        <translation>%1 Zeilen von %2 verweisen auf eine fehlende Zeile in %3 (Fremdschlüssel %4)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 rows hold NULL in %2.%3, which becomes NOT NULL: the migration fails</source>
        <translation>%1 Zeilen enthalten NULL in %2.%3, das NOT NULL wird: die Migration schlägt fehl</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 values in %2.%3 do not convert from %4 to %5: the migration fails</source>
        <translation>%1 Werte in %2.%3 lassen sich nicht von %4 in %5 umwandeln: die Migration schlägt fehl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 values in %2.%3 do not convert from %4 to %5 and keep their old type</source>
        <translation>%1 Werte in %2.%3 lassen sich nicht von %4 in %5 umwandeln und behalten ihren alten Typ</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 rows of %2 violate the new CHECK (%3)</source>
        <translation>%1 Zeilen von %2 verletzen die neue CHECK-Bedingung (%3)</translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlplansteps.cpp" line="-722"/>
        <location filename="../core/plan/lint.cpp" line="+73"/>
        <location filename="../core/service/checkservice.cpp" line="+60"/>
        <source>about %1 rows</source>
        <translation>etwa %1 Zeilen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/plan/lint.cpp" line="+0"/>
        <source>all its rows</source>
        <translation>alle ihre Zeilen</translation>
    </message>
    <message>
        <location filename="../core/plan/lint.cpp" line="-136"/>
        <source>%1 rows hold NULL in %2.%3; the migration fills them with the default %4</source>
        <translation>%1 Zeilen enthalten NULL in %2.%3; die Migration füllt sie mit dem Standardwert %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 stored values in %2.%3 are replaced by its generated expression (%4); the stored values are lost</source>
        <translation>%1 gespeicherte Werte in %2.%3 werden durch ihren generierten Ausdruck (%4) ersetzt; die gespeicherten Werte gehen verloren</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 values in %2.%3 change when converted from %4 to %5 (rounded, cut short or less precise); their old values are lost</source>
        <translation>%1 Werte in %2.%3 ändern sich bei der Umwandlung von %4 nach %5 (gerundet, gekürzt oder ungenauer); ihre alten Werte gehen verloren</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Dropping table %1 deletes %2</source>
        <translation>Das Entfernen der Tabelle %1 löscht %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dropping table %1 deletes %2 rows</source>
        <translation>Das Entfernen der Tabelle %1 löscht %2 Zeilen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the values of up to %1 rows</source>
        <translation>die Werte von bis zu %1 Zeilen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all its values</source>
        <translation>alle ihre Werte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dropping column %1.%2 deletes %3</source>
        <translation>Das Entfernen der Spalte %1.%2 löscht %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dropping column %1.%2 deletes %3 non-NULL values</source>
        <translation>Das Entfernen der Spalte %1.%2 löscht %3 Werte ungleich NULL</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>View %1 is dropped; queries that read it will fail</source>
        <translation>View %1 wird entfernt; Abfragen, die sie lesen, schlagen fehl</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trigger %1 on %2 is dropped; what it did on writes stops</source>
        <translation>Trigger %1 auf %2 wird entfernt; was er beim Schreiben tat, entfällt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Table %1 is renamed to %2; applications using %1 break</source>
        <translation>Tabelle %1 wird in %2 umbenannt; Anwendungen, die %1 verwenden, funktionieren nicht mehr</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column %1.%2 is renamed to %3; applications using %2 break</source>
        <translation>Spalte %1.%2 wird in %3 umbenannt; Anwendungen, die %2 verwenden, funktionieren nicht mehr</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 rows would hold NULL in new NOT NULL column %2.%3, which has no default: the migration fails</source>
        <translation>%1 Zeilen hätten NULL in der neuen NOT-NULL-Spalte %2.%3 ohne Standardwert: die Migration schlägt fehl</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 groups of rows share the same %2.(%3), which becomes UNIQUE: the migration fails</source>
        <translation>%1 Zeilengruppen teilen denselben Wert %2.(%3), der UNIQUE wird: die Migration schlägt fehl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 groups of rows share the same %2.(%3), the new primary key: the migration fails</source>
        <translation>%1 Zeilengruppen teilen denselben Wert %2.(%3), den neuen Primärschlüssel: die Migration schlägt fehl</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 groups of rows share the same %2.(%3), which unique index %4 forbids: the migration fails</source>
        <translation>%1 Zeilengruppen teilen denselben Wert %2.(%3), den der eindeutige Index %4 verbietet: die Migration schlägt fehl</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Table %1 may have been renamed to %2 (score %3%4); the plan drops %1 and creates %2. To keep its rows, plan with --rename-table %1=%2</source>
        <translation>Tabelle %1 wurde vielleicht in %2 umbenannt (Wert %3%4); der Plan entfernt %1 und legt %2 an. Um ihre Zeilen zu behalten, mit --rename-table %1=%2 planen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column %1.%2 may have been renamed to %3 (score %4%5); the plan drops %2 and adds %3. To keep its values, plan with --rename-column %1.%2=%3</source>
        <translation>Spalte %1.%2 wurde vielleicht in %3 umbenannt (Wert %4%5); der Plan entfernt %2 und fügt %3 hinzu. Um ihre Werte zu behalten, mit --rename-column %1.%2=%3 planen</translation>
    </message>
    <message>
        <location filename="../core/service/checkservice.cpp" line="-35"/>
        <source>No desired schema given; pass --schema FILE</source>
        <translation>Kein Ziel-Schema angegeben; --schema DATEI angeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desired schema file does not exist; check the path</source>
        <translation>Die Ziel-Schema-Datei existiert nicht; prüfen Sie den Pfad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The desired schema path is a folder, not a .sql file</source>
        <translation>Der Ziel-Schema-Pfad ist ein Ordner, keine .sql-Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The desired schema file cannot be read; check its permissions</source>
        <translation>Die Ziel-Schema-Datei kann nicht gelesen werden; prüfen Sie ihre Berechtigungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The desired schema file is binary, not SQL text; pass the .sql file with CREATE statements</source>
        <translation>Die Ziel-Schema-Datei ist binär, kein SQL-Text; geben Sie die .sql-Datei mit CREATE-Anweisungen an</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The desired schema file holds no SQL statements (it is empty or only comments); pass the .sql file with the CREATE statements of the schema you want</source>
        <translation>Die Datei des Zielschemas enthält keine SQL-Anweisungen (sie ist leer oder enthält nur Kommentare); geben Sie die .sql-Datei mit den CREATE-Anweisungen des gewünschten Schemas an</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>of unknown size</source>
        <translation>eine unbekannte Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows not counted (%1): %2 is %3, more than a quick check reads; `plan` counts them exactly</source>
        <translation>Zeilen nicht gezählt (%1): %2 hat %3, mehr als eine Schnellprüfung liest; `plan` zählt sie genau</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Could not count affected rows (%1): %2</source>
        <translation>Betroffene Zeilen konnten nicht gezählt werden (%1): %2</translation>
    </message>
    <message>
        <location filename="../core/service/demodatabase.cpp" line="+25"/>
        <source>The bundled demo file %1 is missing from this build</source>
        <translation>Die mitgelieferte Demodatei %1 fehlt in diesem Build</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot create the demo database %1</source>
        <translation>Die Demodatenbank %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundled demo script failed</source>
        <translation>Das mitgelieferte Demoskript ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the demo folder; check permissions</source>
        <translation>Der Demoordner kann nicht angelegt werden; prüfen Sie die Berechtigungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write the demo schema file</source>
        <translation>Die Demo-Schemadatei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot move the demo database into place</source>
        <translation>Die Demodatenbank kann nicht an ihren Platz verschoben werden</translation>
    </message>
    <message>
        <location filename="../core/db/valuesampler.cpp" line="+22"/>
        <source>Could not sample values of %1.%2</source>
        <translation>Von %1.%2 konnten keine Stichprobenwerte gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlscriptscope.cpp" line="+35"/>
        <source>The desired schema switches databases (USE); remove the USE statement</source>
        <translation>Das Ziel-Schema wechselt die Datenbank (USE); entfernen Sie die USE-Anweisung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The desired schema has a %1 %2 statement; it describes the tables of one database and may not create, change or drop databases: remove the statement</source>
        <translation>Das Zielschema enthält eine Anweisung %1 %2; es beschreibt die Tabellen einer Datenbank und darf keine Datenbanken anlegen, ändern oder löschen: entfernen Sie die Anweisung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The desired schema names the database &quot;%1&quot; (%1.…): it runs with your credentials, so it may only use unqualified names; remove the &quot;%1.&quot; prefix (or rename a table alias that has the same name as a database)</source>
        <translation>Das Zielschema nennt die Datenbank „%1“ (%1.…): es läuft mit Ihren Zugangsdaten und darf daher nur unqualifizierte Namen verwenden; entfernen Sie das Präfix „%1.“ (oder benennen Sie einen Tabellen-Alias um, der wie eine Datenbank heißt)</translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqldesiredloader.cpp" line="+76"/>
        <source>Could not open a second connection for the scratch database %1</source>
        <translation>Für die temporäre Datenbank %1 konnte keine zweite Verbindung geöffnet werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The desired schema does not execute on MySQL: statement %1 failed (%2)</source>
        <translation>Das Ziel-Schema lässt sich unter MySQL nicht ausführen: Anweisung %1 ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the DELIMITER lines and end trigger bodies with a plain semicolon; the server splits BEGIN ... END blocks itself</source>
        <translation>Entfernen Sie die DELIMITER-Zeilen und beenden Sie Trigger-Rümpfe mit einem einfachen Semikolon; der Server trennt BEGIN ... END-Blöcke selbst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The desired schema switched to another database; remove USE statements</source>
        <translation>Das Ziel-Schema ist zu einer anderen Datenbank gewechselt; entfernen Sie die USE-Anweisungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The MySQL desired-schema loader needs an open MySQL connection</source>
        <translation>Der MySQL-Lader für das Ziel-Schema braucht eine offene MySQL-Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desired schema file is empty</source>
        <translation>Die Ziel-Schema-Datei ist leer</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/dialects/mysql/mysqlinspector.cpp" line="+142"/>
        <source>The MySQL connection has no database selected; name one in the URL (mysql://user@host/dbname)</source>
        <translation>Für die MySQL-Verbindung ist keine Datenbank ausgewählt; nennen Sie eine in der URL (mysql://benutzer@host/dbname)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not create the scratch database %1 for the desired schema; the user needs the CREATE and DROP privileges on databases named schemapilot_scratch_*</source>
        <translation>Die temporäre Datenbank %1 für das Ziel-Schema konnte nicht angelegt werden; der Benutzer braucht die Rechte CREATE und DROP auf Datenbanken namens schemapilot_scratch_*</translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlinspector.cpp" line="-105"/>
        <source>Could not read %1 from information_schema; check that the user may read the database</source>
        <translation>%1 konnte nicht aus information_schema gelesen werden; prüfen Sie, ob der Benutzer die Datenbank lesen darf</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>the current database</source>
        <translation>die aktuelle Datenbank</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the tables</source>
        <translation>die Tabellen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the columns</source>
        <translation>die Spalten</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the indexes</source>
        <translation>die Indizes</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the foreign keys</source>
        <translation>die Fremdschlüssel</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the CHECK constraints</source>
        <translation>die CHECK-Bedingungen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the definition of table %1</source>
        <translation>die Definition der Tabelle %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the views</source>
        <translation>die Views</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the triggers</source>
        <translation>die Trigger</translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlplanner.cpp" line="+275"/>
        <source>The %1 steps of this plan are not one transaction: MySQL/MariaDB commits every DDL statement on its own. If a step fails, the steps before it stay applied; undo them with the plan&apos;s rollback SQL or restore the backup</source>
        <translation>Die %1 Schritte dieses Plans bilden keine gemeinsame Transaktion: MySQL/MariaDB schreibt jede DDL-Anweisung einzeln fest. Schlägt ein Schritt fehl, bleiben die Schritte davor angewendet; machen Sie sie mit dem Rückroll-SQL des Plans rückgängig oder stellen Sie die Sicherung wieder her</translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgresdesiredloader.cpp" line="+121"/>
        <source>The desired schema file creates its tables in schema %1 (%2), not in %3, the schema being compared: point at that schema (?schema=%4 in the URL, or --pg-schema), or leave the schema out of the names in the file</source>
        <translation>Die gewünschte Schema-Datei legt ihre Tabellen im Schema %1 an (%2), nicht in %3, dem verglichenen Schema: verweisen Sie auf dieses Schema (?schema=%4 in der URL oder --pg-schema) oder lassen Sie das Schema in den Namen der Datei weg</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not open a second connection for the scratch schema</source>
        <translation>Für das temporäre Schema konnte keine zweite Verbindung geöffnet werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not create the scratch schema for the desired DDL; the user needs CREATE privilege on the database: %1</source>
        <translation>Das temporäre Schema für die Ziel-DDL konnte nicht angelegt werden; der Benutzer braucht das Recht CREATE auf der Datenbank: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The desired schema does not execute on PostgreSQL (line %1): %2</source>
        <translation>Das Ziel-Schema lässt sich unter PostgreSQL nicht ausführen (Zeile %1): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desired schema does not execute on PostgreSQL: %1</source>
        <translation>Das Ziel-Schema lässt sich unter PostgreSQL nicht ausführen: %1</translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgresinspector.cpp" line="+49"/>
        <source>Could not read the PostgreSQL catalog: %1</source>
        <translation>Der PostgreSQL-Katalog konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PostgreSQL schema &quot;%1&quot; does not exist in this database; create it (CREATE SCHEMA) or fix the schema in the URL (?schema=) or --pg-schema</source>
        <translation>Das PostgreSQL-Schema „%1“ existiert in dieser Datenbank nicht; legen Sie es an (CREATE SCHEMA) oder korrigieren Sie das Schema in der URL (?schema=) oder --pg-schema</translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgresobjectreader.cpp" line="+19"/>
        <location filename="../core/dialects/postgres/postgrestablereader.cpp" line="+33"/>
        <source>Reading the PostgreSQL catalog failed: %1</source>
        <translation>Das Lesen des PostgreSQL-Katalogs ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgresplanner.cpp" line="-177"/>
        <source>Create materialized view %1 (and fill it)</source>
        <translation>Materialisierte View %1 anlegen (und füllen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drop view %1 (created again below)</source>
        <translation>View %1 entfernen (wird weiter unten neu angelegt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ACCESS EXCLUSIVE lock on the view (brief)</source>
        <translation>Sperre ACCESS EXCLUSIVE auf der View (kurz)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace view %1 in place (CREATE OR REPLACE)</source>
        <translation>View %1 direkt ersetzen (CREATE OR REPLACE)</translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgresobjectsteps.cpp" line="-129"/>
        <location line="+17"/>
        <location filename="../core/dialects/postgres/postgresplanner.cpp" line="+127"/>
        <location line="+34"/>
        <location line="+18"/>
        <location filename="../core/dialects/postgres/postgrestablesteps.cpp" line="-431"/>
        <location line="+74"/>
        <location line="+21"/>
        <location line="+110"/>
        <location line="+90"/>
        <location line="+48"/>
        <source>ACCESS EXCLUSIVE lock (brief)</source>
        <translation>Sperre ACCESS EXCLUSIVE (kurz)</translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgresplanner.cpp" line="-37"/>
        <source>Create index %1 on %2 CONCURRENTLY: runs outside the migration transaction; if it fails, drop the INVALID index it leaves</source>
        <translation>Index %1 auf %2 mit CONCURRENTLY anlegen: läuft außerhalb der Migrationstransaktion; schlägt das fehl, entfernen Sie den zurückbleibenden INVALID-Index</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create index %1 on %2</source>
        <translation>Index %1 auf %2 anlegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SHARE UPDATE EXCLUSIVE lock (writes continue; two table scans)</source>
        <translation>Sperre SHARE UPDATE EXCLUSIVE (Schreibzugriffe laufen weiter; zwei Tabellendurchläufe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHARE lock while the index is built (writes wait)</source>
        <translation>Sperre SHARE, während der Index aufgebaut wird (Schreibzugriffe warten)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SHARE ROW EXCLUSIVE lock (brief)</source>
        <translation>Sperre SHARE ROW EXCLUSIVE (kurz)</translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgresscript.cpp" line="+106"/>
        <source>A statement of the script failed (this build has no libpq to say which): %1</source>
        <translation>Eine Anweisung des Skripts ist fehlgeschlagen (ohne libpq kann dieser Build nicht sagen, welche): %1</translation>
    </message>
    <message>
        <location filename="../core/service/renameevidence.cpp" line="+64"/>
        <source>no rows in the desired schema to compare sampled values with</source>
        <translation>keine Zeilen im Ziel-Schema, mit denen sich Stichprobenwerte vergleichen ließen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no live values to compare with the desired schema&apos;s rows</source>
        <translation>keine Live-Werte zum Vergleich mit den Zeilen des Ziel-Schemas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 sampled values in common</source>
        <translation>%1 von %2 Stichprobenwerten gemeinsam</translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlclient.cpp" line="+21"/>
        <source>%1 is not installed; MySQL/MariaDB backups need the client tools (Debian: mariadb-client)</source>
        <translation>%1 ist nicht installiert; MySQL/MariaDB-Sicherungen brauchen die Client-Werkzeuge (Debian: mariadb-client)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Could not start %1</source>
        <translation>%1 konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../core/dialects/postgres/postgrestools.cpp" line="+116"/>
        <source>%1 was canceled</source>
        <translation>%1 wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed for %2 (exit code %3)</source>
        <translation>%1 ist für %2 fehlgeschlagen (Exit-Code %3)</translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqldumpreader.cpp" line="+94"/>
        <source>Cannot read the MySQL dump file</source>
        <translation>Die MySQL-Dump-Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+31"/>
        <source>the rows of table %1 end in the middle of a value (line %2)</source>
        <translation>die Zeilen der Tabelle %1 enden mitten in einem Wert (Zeile %2)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>an INSERT without a table name on line %1</source>
        <translation>ein INSERT ohne Tabellennamen in Zeile %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an INSERT into %1 without VALUES on line %2</source>
        <translation>ein INSERT in %1 ohne VALUES in Zeile %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the file ends inside the rows of table %1</source>
        <translation>die Datei endet innerhalb der Zeilen der Tabelle %1</translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlruntime.cpp" line="+108"/>
        <source>CHECK TABLE could not read the database; repair or restore it first</source>
        <translation>CHECK TABLE konnte die Datenbank nicht lesen; reparieren oder stellen Sie sie zuerst wieder her</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CHECK TABLE ... %1 found problems in %2 place(s); nothing was changed. Repair (REPAIR TABLE / mariadb-check) or restore from a backup first</source>
        <translation>CHECK TABLE ... %1 hat an %2 Stelle(n) Probleme gefunden; nichts wurde geändert. Reparieren Sie zuerst (REPAIR TABLE / mariadb-check) oder stellen Sie aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1%2 row(s) of %3 reference missing rows of %4 (foreign key %5)</source>
        <translation>%1%2 Zeile(n) von %3 verweisen auf fehlende Zeilen von %4 (Fremdschlüssel %5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least </source>
        <translation>mindestens </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 row(s) violate foreign keys (found with foreign_key_checks off); fix or delete them first</source>
        <translation>%1 Zeile(n) verletzen Fremdschlüssel (entstanden mit foreign_key_checks aus); korrigieren oder löschen Sie sie zuerst</translation>
    </message>
    <message>
        <location line="+79"/>
        <location filename="../core/dialects/postgres/postgresruntime.cpp" line="-42"/>
        <source>The digest of table %1 returned no row</source>
        <translation>Die Prüfsumme der Tabelle %1 lieferte keine Zeile</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not create a scratch database for the rehearsal (the account needs the CREATE privilege)</source>
        <translation>Für die Probe konnte keine temporäre Datenbank angelegt werden (das Konto braucht das CREATE-Recht)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not copy the database for the rehearsal: %1</source>
        <translation>Die Datenbank konnte für die Probe nicht kopiert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/crypto/manifestsigner.cpp" line="+55"/>
        <source>The key file exists already; remove it or choose another folder</source>
        <translation>Die Schlüsseldatei gibt es schon; entfernen Sie sie oder wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot create the key file</source>
        <translation>Die Schlüsseldatei kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the key file failed</source>
        <translation>Das Schreiben der Schlüsseldatei ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the signing key file</source>
        <translation>Die Signaturschlüsseldatei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file is not an unencrypted PEM private key</source>
        <translation>Die Datei ist kein unverschlüsselter privater PEM-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is not a PEM public key</source>
        <translation>Die Datei ist kein öffentlicher PEM-Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key is not an Ed25519 key (`schemapilot-cli keys generate` makes one)</source>
        <translation>Der Schlüssel ist kein Ed25519-Schlüssel (`schemapilot-cli keys generate` erzeugt einen)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot create the folder for the keys</source>
        <translation>Der Ordner für die Schlüssel kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A key pair named %1 exists already in this folder; it was left as it is</source>
        <translation>Ein Schlüsselpaar namens %1 gibt es in diesem Ordner schon; es bleibt unverändert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Generating an Ed25519 key failed inside OpenSSL</source>
        <translation>Das Erzeugen eines Ed25519-Schlüssels ist in OpenSSL fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encoding the key as PEM failed inside OpenSSL</source>
        <translation>Das Kodieren des Schlüssels als PEM ist in OpenSSL fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Signing failed inside OpenSSL</source>
        <translation>Das Signieren ist in OpenSSL fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signature verification failed inside OpenSSL</source>
        <translation>Die Signaturprüfung ist in OpenSSL fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgresmigrationlock.cpp" line="+72"/>
        <source>This migration lock is already held by this process</source>
        <translation>Diese Migrationssperre hält dieser Prozess bereits</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>another session (it ended just now; try again)</source>
        <translation>eine andere Sitzung (sie endete gerade; versuchen Sie es erneut)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another migration of %1 (schema %2) is running: the migration lock is held by %3. Wait for it to finish; if its process died, the server releases the lock when its session ends (pg_terminate_backend(pid) ends a hung one)</source>
        <translation>Eine andere Migration von %1 (Schema %2) läuft: die Migrationssperre hält %3. Warten Sie, bis sie fertig ist; ist ihr Prozess abgestürzt, gibt der Server die Sperre mit dem Ende seiner Sitzung frei (pg_terminate_backend(pid) beendet eine hängende)</translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgrestools.cpp" line="-79"/>
        <source>The PostgreSQL client program %1 was not found in /usr/lib/postgresql/15/bin or on the PATH; install it (Debian: apt install postgresql-client-15)</source>
        <translation>Das PostgreSQL-Clientprogramm %1 wurde weder in /usr/lib/postgresql/15/bin noch im PATH gefunden; installieren Sie es (Debian: apt install postgresql-client-15)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Could not start %1 for %2: %3</source>
        <translation>%1 konnte für %2 nicht gestartet werden: %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 crashed%2</source>
        <translation>%1 ist abgestürzt%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 exited with %2: %3</source>
        <translation>%1 endete mit %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed on %2</source>
        <translation>%1 ist auf %2 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/dialects/sqlite/sqlitedefinitionedit.cpp" line="+137"/>
        <source>%1.%2 has NULL values; give it a DEFAULT or fill them before making it NOT NULL</source>
        <translation>%1.%2 enthält NULL-Werte; geben Sie der Spalte einen DEFAULT oder füllen Sie die Werte, bevor sie NOT NULL wird</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rows of %1 break the new CHECK (%2); fix them first</source>
        <translation>Zeilen von %1 verletzen den neuen CHECK (%2); korrigieren Sie sie zuerst</translation>
    </message>
    <message>
        <location filename="../core/crypto/passphrasekeychain.cpp" line="+20"/>
        <source>This SchemaPilot was built without system keychain support (Debian: qtkeychain-qt6-dev); use SCHEMAPILOT_BACKUP_PASSPHRASE or enter the passphrase instead</source>
        <translation>Dieses SchemaPilot wurde ohne Unterstützung für den Systemschlüsselbund gebaut (Debian: qtkeychain-qt6-dev); verwenden Sie SCHEMAPILOT_BACKUP_PASSPHRASE oder geben Sie die Passphrase ein</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The system keychain module of this SchemaPilot could not be loaded; reinstall SchemaPilot, or use SCHEMAPILOT_BACKUP_PASSPHRASE instead</source>
        <translation>Das Schlüsselbund-Modul dieses SchemaPilot konnte nicht geladen werden; installieren Sie SchemaPilot neu oder verwenden Sie stattdessen SCHEMAPILOT_BACKUP_PASSPHRASE</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>; is a keyring (e.g. GNOME Keyring) running and unlocked in this session? Otherwise use SCHEMAPILOT_BACKUP_PASSPHRASE</source>
        <translation>; läuft in dieser Sitzung ein entsperrter Schlüsselbund (z. B. GNOME Keyring)? Andernfalls verwenden Sie SCHEMAPILOT_BACKUP_PASSPHRASE</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The system keychain could not be read</source>
        <translation>Der Systemschlüsselbund konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The system keychain could not store the passphrase</source>
        <translation>Der Systemschlüsselbund konnte die Passphrase nicht speichern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The system keychain could not forget the passphrase</source>
        <translation>Der Systemschlüsselbund konnte die Passphrase nicht entfernen</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>An empty passphrase is not stored</source>
        <translation>Eine leere Passphrase wird nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlcollationprobes.cpp" line="+94"/>
        <source>the primary key</source>
        <translation>der Primärschlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unique index %1</source>
        <translation>der eindeutige Index %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 groups of rows of %2 have values of (%3) that are equal under %4, which %5 refuses: the migration fails; make them differ first</source>
        <translation>%1 Zeilengruppen von %2 haben Werte in (%3), die unter %4 gleich sind, was %5 ablehnt: die Migration schlägt fehl; machen Sie sie zuerst verschieden</translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlroutines.cpp" line="+19"/>
        <source>Could not read %1; check that the user may read the database&apos;s routines and events</source>
        <translation>%1 konnte nicht gelesen werden; prüfen Sie, ob der Benutzer die Routinen und Ereignisse der Datenbank lesen darf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The %1 %2 exists but its definition is hidden from this user; grant it SELECT on mysql.proc (or SHOW CREATE ROUTINE) or connect as its definer</source>
        <translation>%1 %2 existiert, aber ihre Definition ist für diesen Benutzer verborgen; gewähren Sie ihm SELECT auf mysql.proc (oder SHOW CREATE ROUTINE) oder verbinden Sie sich als ihr Definer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the definition of %1 %2</source>
        <translation>die Definition von %1 %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+53"/>
        <source>the events</source>
        <translation>die Ereignisse</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>the sequences</source>
        <translation>die Sequenzen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the stored routines</source>
        <translation>die gespeicherten Routinen</translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgresenumsteps.cpp" line="+176"/>
        <source>Recreate enum type %1 with the values (%2) inside the migration transaction (new values cannot be used before ALTER TYPE ... ADD VALUE commits)</source>
        <translation>Enum-Typ %1 mit den Werten (%2) innerhalb der Migrationstransaktion neu anlegen (neue Werte sind erst nach dem Commit von ALTER TYPE ... ADD VALUE nutzbar)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; retypes the columns of %1</source>
        <translation>; ändert den Typ der Spalten von %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 row(s) of %2.%3 hold a value that enum type %4 no longer has (%5); the migration fails</source>
        <translation>%1 Zeile(n) von %2.%3 enthalten einen Wert, den der Enum-Typ %4 nicht mehr hat (%5); die Migration schlägt fehl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ACCESS EXCLUSIVE lock; table rewrite (columns of type %1)</source>
        <translation>ACCESS-EXCLUSIVE-Sperre; die Tabelle wird neu geschrieben (Spalten vom Typ %1)</translation>
    </message>
    <message>
        <location filename="../core/crypto/libcrypto.cpp" line="+57"/>
        <source>OpenSSL&apos;s libcrypto.so.3, which checksums, encrypted backups and signatures need, could not be loaded; install it (Debian: apt-get install libssl3) and run the command again</source>
        <translation>OpenSSLs libcrypto.so.3, die Prüfsummen, verschlüsselte Sicherungen und Signaturen brauchen, konnte nicht geladen werden; installieren Sie sie (Debian: apt-get install libssl3) und führen Sie den Befehl erneut aus</translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui</name>
    <message>
        <location filename="../ui/models/difftree.cpp" line="+155"/>
        <location line="+88"/>
        <source>renamed from %1</source>
        <translation>umbenannt von %1</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::ApplyController</name>
    <message>
        <location filename="../ui/pages/plan/applycontroller.cpp" line="+67"/>
        <source>Encrypted automatic backup</source>
        <translation>Verschlüsselte automatische Sicherung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applying the migration</source>
        <translation>Migration wird angewendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;i&gt;Applying…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wird angewendet…&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Canceled.&lt;/b&gt; The database is unchanged.</source>
        <translation>&lt;b&gt;Abgebrochen.&lt;/b&gt; Die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&lt;i&gt;Rehearsing on a private copy…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Probelauf auf einer privaten Kopie…&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;i&gt;Dry run…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Trockenlauf…&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Canceled.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Abgebrochen.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;br&gt;&lt;small&gt;Dry run is the default (Settings); turn it off there to apply.&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;Trockenlauf ist voreingestellt (Einstellungen); schalten Sie ihn dort aus, um anzuwenden.&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::ApplyDialog</name>
    <message>
        <location filename="../ui/dialogs/applydialog.cpp" line="+24"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+51"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Stage</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Canceled.&lt;/b&gt; The running statement was interrupted and the transaction rolled back; the database is unchanged.</source>
        <translation>&lt;b&gt;Abgebrochen.&lt;/b&gt; Die laufende Anweisung wurde unterbrochen und die Transaktion zurückgerollt; die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Canceling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceling: interrupting the running statement…</source>
        <translation>Abbruch: die laufende Anweisung wird unterbrochen…</translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::ApplyResultText</name>
    <message>
        <location filename="../ui/common/applyresulttext.cpp" line="+34"/>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dry run passed</source>
        <translation>Trockenlauf bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No changes needed</source>
        <translation>Keine Änderungen nötig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration lock</source>
        <translation>Migrationssperre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare schemas</source>
        <translation>Schemas vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-loss check</source>
        <translation>Datenverlustprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity check</source>
        <translation>Integritätsprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rehearsal on a copy</source>
        <translation>Probelauf auf einer Kopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Festschreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the transaction</source>
        <translation>Außerhalb der Transaktion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source> — %n operation(s) in %1 ms (write lock held %2 ms)</source>
        <translation>
            <numerusform> — %n Operation in %1 ms (Schreibsperre %2 ms gehalten)</numerusform>
            <numerusform> — %n Operationen in %1 ms (Schreibsperre %2 ms gehalten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source> in %1 ms</source>
        <translation> in %1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rehearsal on a private copy: &lt;b&gt;%1&lt;/b&gt; in %2 ms; the database itself was not changed.</source>
        <translation>Probelauf auf einer privaten Kopie: &lt;b&gt;%1&lt;/b&gt; in %2 ms; die Datenbank selbst wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statement: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>Anweisung: &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup: %1</source>
        <translation>Sicherung: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n destructive operation(s) need your consent before applying.</source>
        <translation>
            <numerusform>%n destruktive Operation braucht vor dem Anwenden Ihre Zustimmung.</numerusform>
            <numerusform>%n destruktive Operationen brauchen vor dem Anwenden Ihre Zustimmung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s); see the plan.</source>
        <translation>
            <numerusform>%n Warnung; siehe Plan.</numerusform>
            <numerusform>%n Warnungen; siehe Plan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::BackupModel</name>
    <message>
        <location filename="../ui/models/backupmodel.cpp" line="+41"/>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before migration</source>
        <translation>vor Migration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before restore</source>
        <translation>vor Wiederherstellung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified %1</source>
        <translation>geprüft %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED %1: %2</source>
        <translation>FEHLGESCHLAGEN %1: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 table(s), schema %3</source>
        <translation>%1 — %2 Tabelle(n), Schema %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checksum</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::BackupsPage</name>
    <message>
        <location filename="../ui/pages/backups/backupspage.cpp" line="+55"/>
        <source>Backups of %1 databases are not available</source>
        <translation>Sicherungen von %1-Datenbanken sind nicht verfügbar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backup now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clean up…</source>
        <translation>Aufräumen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>older than </source>
        <translation>älter als </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the database with the selected backup; a safety backup of the current state is taken first</source>
        <translation>Die Datenbank durch die gewählte Sicherung ersetzen; zuvor wird eine Sicherheitskopie des aktuellen Stands angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the file&apos;s SHA-256 checksum and the engine&apos;s integrity check</source>
        <translation>SHA-256-Prüfsumme der Datei und Integritätsprüfung der Datenbank-Engine kontrollieren</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&lt;b&gt;Failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Fehlgeschlagen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connect to a database to see its backups.</source>
        <translation>Verbinden Sie sich mit einer Datenbank, um ihre Sicherungen zu sehen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Cannot read the backups:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Die Sicherungen können nicht gelesen werden:&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>&lt;b&gt;%n backup(s)&lt;/b&gt;, %1 in &lt;code&gt;%2&lt;/code&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Sicherung&lt;/b&gt;, %1 in &lt;code&gt;%2&lt;/code&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Sicherungen&lt;/b&gt;, %1 in &lt;code&gt;%2&lt;/code&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;br&gt;Newest %1, oldest %2</source>
        <translation>&lt;br&gt;Neueste %1, älteste %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; last verification %1: %2</source>
        <translation>; letzte Prüfung %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;b&gt;failed&lt;/b&gt;</source>
        <translation>&lt;b&gt;fehlgeschlagen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Encrypted backup %1</source>
        <translation>Verschlüsselte Sicherung %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Encrypted backup</source>
        <translation>Verschlüsselte Sicherung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Taking a backup…</source>
        <translation>Sicherung wird erstellt…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Encrypted backup &lt;b&gt;%1&lt;/b&gt; taken and verified (%2).</source>
        <translation>Verschlüsselte Sicherung &lt;b&gt;%1&lt;/b&gt; erstellt und geprüft (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup &lt;b&gt;%1&lt;/b&gt; taken and verified (%2).</source>
        <translation>Sicherung &lt;b&gt;%1&lt;/b&gt; erstellt und geprüft (%2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Verifying %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Backup %1 did not verify: %2</source>
        <translation>Sicherung %1 hat die Prüfung nicht bestanden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup &lt;b&gt;%1&lt;/b&gt; verified: checksum and integrity check ok.</source>
        <translation>Sicherung &lt;b&gt;%1&lt;/b&gt; geprüft: Prüfsumme und Integritätsprüfung in Ordnung.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Restore the database %1 to the backup taken %2?

1. The backup&apos;s checksum and integrity are verified; nothing is touched if that fails.
2. A safety backup of the current database is taken first, so this restore can be undone.
3. The database is replaced by the backup (%n table(s)); changes made since then are gone from the database but kept in the safety backup.
4. The migration history is kept and the restore is recorded in it.</source>
        <translation>
            <numerusform>Die Datenbank %1 auf die Sicherung vom %2 zurücksetzen?

1. Prüfsumme und Integrität der Sicherung werden geprüft; schlägt das fehl, wird nichts angefasst.
2. Zuerst wird eine Sicherheitskopie der aktuellen Datenbank angelegt, damit sich diese Wiederherstellung rückgängig machen lässt.
3. Die Datenbank wird durch die Sicherung ersetzt (%n Tabelle); seither gemachte Änderungen verschwinden aus der Datenbank, bleiben aber in der Sicherheitskopie erhalten.
4. Der Migrationsverlauf bleibt erhalten, und die Wiederherstellung wird darin vermerkt.</numerusform>
            <numerusform>Die Datenbank %1 auf die Sicherung vom %2 zurücksetzen?

1. Prüfsumme und Integrität der Sicherung werden geprüft; schlägt das fehl, wird nichts angefasst.
2. Zuerst wird eine Sicherheitskopie der aktuellen Datenbank angelegt, damit sich diese Wiederherstellung rückgängig machen lässt.
3. Die Datenbank wird durch die Sicherung ersetzt (%n Tabellen); seither gemachte Änderungen verschwinden aus der Datenbank, bleiben aber in der Sicherheitskopie erhalten.
4. Der Migrationsverlauf bleibt erhalten, und die Wiederherstellung wird darin vermerkt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restoring %1…</source>
        <translation>%1 wird wiederhergestellt…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>restore from the GUI</source>
        <translation>Wiederherstellung über die Oberfläche</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restored &lt;b&gt;%1&lt;/b&gt; in %2 ms. Safety backup of the previous state: &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; in %2 ms wiederhergestellt. Sicherheitskopie des vorherigen Stands: &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete backup</source>
        <translation>Sicherung löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete backup %1 and its metadata? This cannot be undone.</source>
        <translation>Sicherung %1 samt Metadaten löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleted backup %1.</source>
        <translation>Sicherung %1 gelöscht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clean up backups</source>
        <translation>Sicherungen aufräumen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete the backups taken more than %n day(s) ago? The newest verified backup is always kept.</source>
        <translation>
            <numerusform>Sicherungen löschen, die älter als %n Tag sind? Die neueste geprüfte Sicherung bleibt immer erhalten.</numerusform>
            <numerusform>Sicherungen löschen, die älter als %n Tage sind? Die neueste geprüfte Sicherung bleibt immer erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Cleanup removed %n backup(s).</source>
        <translation>
            <numerusform>Beim Aufräumen wurde %n Sicherung entfernt.</numerusform>
            <numerusform>Beim Aufräumen wurden %n Sicherungen entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::ConnectionsPage</name>
    <message>
        <location filename="../ui/pages/connections/connectionspage.cpp" line="+58"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQLite file</source>
        <translation>SQLite-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MySQL / MariaDB</source>
        <translation>MySQL / MariaDB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not stored; or set SCHEMAPILOT_DB_PASSWORD</source>
        <translation>wird nicht gespeichert; oder SCHEMAPILOT_DB_PASSWORD setzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>/path/to/app.db</source>
        <translation>/pfad/zu/app.db</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>/path/to/desired-schema.sql</source>
        <translation>/pfad/zu/ziel-schema.sql</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Database file:</source>
        <translation>Datenbankdatei:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL schema:</source>
        <translation>PostgreSQL-Schema:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engine:</source>
        <translation>Engine:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Desired schema</source>
        <translation>Ziel-Schema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DDL file:</source>
        <translation>DDL-Datei:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recent connections</source>
        <translation>Letzte Verbindungen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open SQLite database</source>
        <translation>SQLite-Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the desired schema</source>
        <translation>Ziel-Schema wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation>SQL-Dateien (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✔ Connection works.</source>
        <translation>✔ Verbindung funktioniert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+65"/>
        <location line="+16"/>
        <location line="+22"/>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Choose a SQLite database file.</source>
        <translation>Wählen Sie eine SQLite-Datenbankdatei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the database name.</source>
        <translation>Geben Sie den Datenbanknamen ein.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Testing %1 …</source>
        <translation>%1 wird getestet …</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>The PostgreSQL schema to compare and migrate (default: public)</source>
        <translation>Das PostgreSQL-Schema, das verglichen und migriert wird (Standard: public)</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Connecting to %1 …</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>✔ Connected to %1: %n pending operation(s) on the Plan page</source>
        <translation>
            <numerusform>✔ Verbunden mit %1: %n ausstehende Operation auf der Seite „Plan“</numerusform>
            <numerusform>✔ Verbunden mit %1: %n ausstehende Operationen auf der Seite „Plan“</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ Connected to %1: the database matches the desired schema</source>
        <translation>✔ Verbunden mit %1: die Datenbank entspricht dem gewünschten Schema</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>✖ Choose the desired schema file (.sql) to compare with.</source>
        <translation>✖ Wählen Sie die Ziel-Schema-Datei (.sql) für den Vergleich.</translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::HealthPage</name>
    <message>
        <location filename="../ui/pages/health/healthpage.cpp" line="+95"/>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Part</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Connect to a database to see its health.</source>
        <translation>Verbinden Sie sich mit einer Datenbank, um ihren Zustand zu sehen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&lt;b&gt;Cannot check the health:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Zustand kann nicht geprüft werden:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&lt;b&gt;Nothing to do.&lt;/b&gt; %n part(s) checked.</source>
        <translation>
            <numerusform>&lt;b&gt;Nichts zu tun.&lt;/b&gt; %n Bereich geprüft.</numerusform>
            <numerusform>&lt;b&gt;Nichts zu tun.&lt;/b&gt; %n Bereiche geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;%n action(s) would raise the score&lt;/b&gt;; see &quot;What to do&quot; below.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Maßnahme würde den Wert erhöhen&lt;/b&gt;; siehe „Was zu tun ist“ unten.</numerusform>
            <numerusform>&lt;b&gt;%n Maßnahmen würden den Wert erhöhen&lt;/b&gt;; siehe „Was zu tun ist“ unten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::HistoryModel</name>
    <message>
        <location filename="../ui/models/historymodel.cpp" line="+41"/>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rolled back</source>
        <translation>zurückgerollt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timed out</source>
        <translation>Zeit überschritten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Lauf</translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::HistoryPage</name>
    <message>
        <location filename="../ui/pages/history/historypage.cpp" line="+76"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export JSON…</source>
        <translation>Als JSON exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll back last batch…</source>
        <translation>Letzten Lauf zurückrollen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any table</source>
        <translation>Jede Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search description, SQL, errors…</source>
        <translation>Beschreibung, SQL, Fehler durchsuchen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rollback SQL</source>
        <translation>Rückroll-SQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the newest applied batch: with its rollback SQL when that loses nothing, else by restoring the backup taken before it</source>
        <translation>Den neuesten angewendeten Lauf rückgängig machen: mit seinem Rückroll-SQL, wenn dabei nichts verloren geht, sonst durch Wiederherstellen der vorher angelegten Sicherung</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Connect to a database to see its migration history.</source>
        <translation>Verbinden Sie sich mit einer Datenbank, um ihren Migrationsverlauf zu sehen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Cannot read the history:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Verlauf kann nicht gelesen werden:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No migrations recorded yet. Every applied, failed or refused run appears here.</source>
        <translation>Noch keine Migrationen aufgezeichnet. Jeder angewendete, fehlgeschlagene oder abgelehnte Lauf erscheint hier.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;%n record(s)&lt;/b&gt; in %1 run(s); success rate %2%, median %3 ms, p95 %4 ms, last run %5</source>
        <translation>
            <numerusform>&lt;b&gt;%n Eintrag&lt;/b&gt; in %1 Lauf/Läufen; Erfolgsquote %2 %, Median %3 ms, p95 %4 ms, letzter Lauf %5</numerusform>
            <numerusform>&lt;b&gt;%n Einträge&lt;/b&gt; in %1 Lauf/Läufen; Erfolgsquote %2 %, Median %3 ms, p95 %4 ms, letzter Lauf %5</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>-- no rollback SQL recorded</source>
        <translation>-- kein Rückroll-SQL aufgezeichnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p style=&apos;color:#c62828&apos;&gt;&lt;b&gt;Error:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#c62828&apos;&gt;&lt;b&gt;Fehler:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Ausführender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema before</source>
        <translation>Schema vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema after</source>
        <translation>Schema nachher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record hash</source>
        <translation>Eintrags-Hash</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export history as JSON</source>
        <translation>Verlauf als JSON exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export history as CSV</source>
        <translation>Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Export failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Export fehlgeschlagen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+24"/>
        <source>Roll back last batch</source>
        <translation>Letzten Lauf zurückrollen</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Undo the newest applied migration (batch %1)?

Its rollback SQL runs in a transaction under the migration lock, after a backup. If that SQL would lose data, you are asked again before the batch&apos;s own backup is restored instead.</source>
        <translation>Die neueste angewendete Migration (Lauf %1) rückgängig machen?

Ihr Rückroll-SQL läuft nach einer Sicherung in einer Transaktion unter der Migrationssperre. Würde dieses SQL Daten verlieren, werden Sie erneut gefragt, bevor stattdessen die Sicherung des Laufs wiederhergestellt wird.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rolling back…</source>
        <translation>Wird zurückgerollt…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1

Restore the batch&apos;s backup instead? A safety backup is taken first.</source>
        <translation>%1

Stattdessen die Sicherung des Laufs wiederherstellen? Zuvor wird eine Sicherheitskopie angelegt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rolled back batch %1 by %2 in %3 ms.</source>
        <translation>Lauf %1 durch %2 in %3 ms zurückgerollt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its rollback SQL</source>
        <translation>sein Rückroll-SQL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>restoring its backup</source>
        <translation>Wiederherstellen seiner Sicherung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Rollback failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Zurückrollen fehlgeschlagen:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::MainWindow</name>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="+41"/>
        <source>SchemaPilot</source>
        <translation>SchemaPilot</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema Diff</source>
        <translation>Schema-Vergleich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a database and a desired schema (Ctrl+O)</source>
        <translation>Datenbank und Ziel-Schema wählen (Strg+O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the database with the desired schema again (F5)</source>
        <translation>Datenbank erneut mit dem Ziel-Schema vergleichen (F5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dry run</source>
        <translation>Trockenlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the plan without changing anything (Ctrl+D)</source>
        <translation>Den Plan prüfen, ohne etwas zu ändern (Strg+D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply the plan: lock, checks, backup, transaction (Ctrl+Enter)</source>
        <translation>Den Plan anwenden: Sperre, Prüfungen, Sicherung, Transaktion (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take a verified backup of the database (Ctrl+B)</source>
        <translation>Eine geprüfte Sicherung der Datenbank anlegen (Strg+B)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Connected: %1  ⇢  %2</source>
        <translation>Verbunden: %1  ⇢  %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last check %1 (%2 ms)</source>
        <translation>Letzte Prüfung %1 (%2 ms)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last check failed</source>
        <translation>Letzte Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lock: …</source>
        <translation>Sperre: …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock: unknown</source>
        <translation>Sperre: unbekannt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Locked by %1</source>
        <translation>Gesperrt von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A migration is running: %1</source>
        <translation>Eine Migration läuft: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock: stale record</source>
        <translation>Sperre: verwaister Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left behind by %1, which no longer runs; the next migration takes it over</source>
        <translation>Hinterlassen von %1, der nicht mehr läuft; die nächste Migration übernimmt sie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock: free</source>
        <translation>Sperre: frei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No migration is running on this database</source>
        <translation>Auf dieser Datenbank läuft keine Migration</translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::MigrationChart</name>
    <message>
        <location filename="../ui/pages/health/migrationchart.cpp" line="+31"/>
        <source>No migrations recorded yet</source>
        <translation>Noch keine Migrationen aufgezeichnet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recent migrations: duration and outcome</source>
        <translation>Letzte Migrationen: Dauer und Ergebnis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused / undone</source>
        <translation>abgelehnt / rückgängig</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::PassphrasePrompt</name>
    <message>
        <location filename="../ui/common/passphraseprompt.cpp" line="+25"/>
        <source>Passphrase for the encrypted backup (it is not stored; without it the backup cannot be restored):</source>
        <translation>Passphrase für die verschlüsselte Sicherung (sie wird nicht gespeichert; ohne sie lässt sich die Sicherung nicht wiederherstellen):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase of the encrypted backup:</source>
        <translation>Passphrase der verschlüsselten Sicherung:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repeat the passphrase:</source>
        <translation>Passphrase wiederholen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passphrases differ; nothing was done.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein; es wurde nichts getan.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The passphrase could not be remembered: %1</source>
        <translation>Die Passphrase konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::PlanModel</name>
    <message>
        <location filename="../ui/models/planmodel.cpp" line="+73"/>
        <source>destructive</source>
        <translation>destruktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destructive · </source>
        <translation>destruktiv · </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complexity</source>
        <translation>Komplexität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Est. downtime</source>
        <translation>Geschätzte Ausfallzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::PlanPage</name>
    <message>
        <location filename="../ui/pages/plan/planpage.cpp" line="+57"/>
        <source>Treat as rename</source>
        <translation>Als Umbenennung behandeln</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy SQL</source>
        <translation>SQL kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as .sql…</source>
        <translation>Als .sql speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pair as rename</source>
        <translation>Als Umbenennung paaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dry run</source>
        <translation>Trockenlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rehearse on a copy</source>
        <translation>Probelauf auf einer Kopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply…</source>
        <translation>Anwenden…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a dropped and an added column of the same table (Ctrl+click) to keep the data as a rename</source>
        <translation>Eine entfernte und eine hinzugefügte Spalte derselben Tabelle wählen (Strg+Klick), um die Daten als Umbenennung zu erhalten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rollback SQL</source>
        <translation>Rückroll-SQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Connect to a database and choose a desired schema to see the plan.</source>
        <translation>Verbinden Sie sich mit einer Datenbank und wählen Sie ein Ziel-Schema, um den Plan zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;The check failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Die Prüfung ist fehlgeschlagen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Up to date.&lt;/b&gt; The database matches the desired schema (checked in %1 ms).</source>
        <translation>&lt;b&gt;Aktuell.&lt;/b&gt; Die Datenbank entspricht dem Ziel-Schema (geprüft in %1 ms).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 &amp;nbsp; &lt;b&gt;%n operation(s)&lt;/b&gt;, estimated downtime &lt;b&gt;%2&lt;/b&gt;, %3 warning(s)%4&lt;br&gt;&lt;small&gt;%5&lt;/small&gt;</source>
        <translation>
            <numerusform>%1 &amp;nbsp; &lt;b&gt;%n Operation&lt;/b&gt;, geschätzte Ausfallzeit &lt;b&gt;%2&lt;/b&gt;, %3 Warnung(en)%4&lt;br&gt;&lt;small&gt;%5&lt;/small&gt;</numerusform>
            <numerusform>%1 &amp;nbsp; &lt;b&gt;%n Operationen&lt;/b&gt;, geschätzte Ausfallzeit &lt;b&gt;%2&lt;/b&gt;, %3 Warnung(en)%4&lt;br&gt;&lt;small&gt;%5&lt;/small&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — &lt;b&gt;not transactional&lt;/b&gt;: a failure midway relies on the backup</source>
        <translation> — &lt;b&gt;nicht transaktional&lt;/b&gt;: bei einem Fehler mittendrin hilft nur die Sicherung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table %1 → %2 looks like a rename (score %3): %4</source>
        <translation>Tabelle %1 → %2 sieht nach einer Umbenennung aus (Wert %3): %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column %1.%2 → %3 looks like a rename (score %4): %5</source>
        <translation>Spalte %1.%2 → %3 sieht nach einer Umbenennung aus (Wert %4): %5</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>I understand that %n operation(s) destroy data</source>
        <translation>
            <numerusform>Mir ist klar, dass %n Operation Daten vernichtet</numerusform>
            <numerusform>Mir ist klar, dass %n Operationen Daten vernichten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;br&gt;&lt;small&gt;&lt;b&gt;Rollback restores the structure, not the data.&lt;/b&gt; The automatic backup keeps the data.&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;&lt;b&gt;Das Zurückrollen stellt die Struktur wieder her, nicht die Daten.&lt;/b&gt; Die automatische Sicherung bewahrt die Daten.&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>-- no rollback SQL</source>
        <translation>-- kein Rückroll-SQL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warnings (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save plan as SQL</source>
        <translation>Plan als SQL speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL files (*.sql)</source>
        <translation>SQL-Dateien (*.sql)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::SchemaDiffModel</name>
    <message>
        <location filename="../ui/models/schemadiffmodel.cpp" line="+171"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::SchemaDiffPage</name>
    <message>
        <location filename="../ui/pages/diff/schemadiffpage.cpp" line="+26"/>
        <source>Only changes</source>
        <translation>Nur Änderungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter tables, columns, indexes… (Ctrl+F)</source>
        <translation>Tabellen, Spalten, Indizes filtern… (Strg+F)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No check yet</source>
        <translation>Noch keine Prüfung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check failed</source>
        <translation>Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No differences</source>
        <translation>Keine Unterschiede</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n object(s) differ</source>
        <translation>
            <numerusform>%n Objekt unterscheidet sich</numerusform>
            <numerusform>%n Objekte unterscheiden sich</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::Session</name>
    <message>
        <location filename="../ui/common/session.cpp" line="+129"/>
        <source>Connect to a database first</source>
        <translation>Verbinden Sie sich zuerst mit einer Datenbank</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no migration lock for %1</source>
        <translation>keine Migrationssperre für %1</translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::SettingsPage</name>
    <message>
        <location filename="../ui/pages/settings/settingspage.cpp" line="+25"/>
        <source>Take a verified backup before every migration</source>
        <translation>Vor jeder Migration eine geprüfte Sicherung anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply only does a dry run (turn off to change databases)</source>
        <translation>Anwenden führt nur einen Trockenlauf aus (ausschalten, um Datenbanken zu ändern)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypt new backups with a passphrase (AES-256-GCM)</source>
        <translation>Neue Sicherungen mit einer Passphrase verschlüsseln (AES-256-GCM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember the passphrase in the system keychain</source>
        <translation>Passphrase im Systemschlüsselbund merken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off: SchemaPilot asks every time. On: the first answer for a backup folder goes into the system keychain (e.g. GNOME Keyring), and only there</source>
        <translation>Aus: SchemaPilot fragt jedes Mal. An: Die erste Antwort für einen Sicherungsordner kommt in den Systemschlüsselbund (z. B. GNOME Keyring) und nur dorthin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This build has no system keychain support (Debian: qtkeychain-qt6-dev)</source>
        <translation>Dieser Build unterstützt keinen Systemschlüsselbund (Debian: qtkeychain-qt6-dev)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SchemaPilot asks for the passphrase when it makes, verifies or restores a backup; it is never stored, and a lost passphrase means a lost backup</source>
        <translation>SchemaPilot fragt nach der Passphrase, wenn es eine Sicherung erstellt, prüft oder wiederherstellt; sie wird nie gespeichert, und eine verlorene Passphrase bedeutet eine verlorene Sicherung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A migration whose transaction runs longer is interrupted and rolled back</source>
        <translation>Eine Migration, deren Transaktion länger läuft, wird unterbrochen und zurückgerollt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next to the database (&lt;file&gt;.backups)</source>
        <translation>Neben der Datenbank (&lt;Datei&gt;.backups)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep all</source>
        <translation>alle behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic backups older than this are removed after a migration; the newest verified one is always kept</source>
        <translation>Ältere automatische Sicherungen werden nach einer Migration entfernt; die neueste geprüfte bleibt immer erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Automatic backup:</source>
        <translation>Automatische Sicherung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction timeout:</source>
        <translation>Zeitlimit der Transaktion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dry run by default:</source>
        <translation>Standardmäßig Trockenlauf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup folder:</source>
        <translation>Sicherungsordner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep automatic backups:</source>
        <translation>Automatische Sicherungen behalten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption:</source>
        <translation>Verschlüsselung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passwords are never stored: SchemaPilot asks for them when it connects, or reads them from the URL or the environment.</source>
        <translation>Passwörter werden nie gespeichert: SchemaPilot fragt beim Verbinden danach oder liest sie aus der URL oder der Umgebung.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The new language applies after SchemaPilot is restarted.</source>
        <translation>Die neue Sprache gilt nach einem Neustart von SchemaPilot.</translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::SideBySideDiffView</name>
    <message>
        <location filename="../ui/widgets/sidebysidediffview.cpp" line="+60"/>
        <source>Current (database)</source>
        <translation>Aktuell (Datenbank)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desired (schema file)</source>
        <translation>Ziel (Schema-Datei)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Current DDL</source>
        <translation>Aktuelle DDL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desired DDL</source>
        <translation>Ziel-DDL</translation>
    </message>
</context>
</TS>
