<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+86"/>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Core</name>
    <message>
        <location filename="../core/backup/backupfiles.cpp" line="+33"/>
        <source>The backup location exists but is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the parent folder of the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write the backup metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the backup metadata failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Flushing the backup metadata to disk failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot move the backup file into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupmetadata.cpp" line="+54"/>
        <source>The backup metadata has a missing or invalid &quot;%1&quot; field; it was edited or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupstore.cpp" line="+47"/>
        <source>Cannot read the backup metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup metadata is not valid JSON; it was edited or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&quot;%1&quot; is not a backup id (expected e.g. 20261125T181530123Z-manual-3fa9c1; `backup list` shows them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Backups of %1 databases are not supported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A %1 backup engine cannot back up a %2 database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An encrypted backup needs a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The new backup failed its own check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The encrypted backup reads back differently from what was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>ok: integrity check passed when the backup was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+241"/>
        <location line="+18"/>
        <source>There is no backup %1 in this folder; `backup list` shows the ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-250"/>
        <source>its metadata file %1.json is missing, so its checksum cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its metadata file cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its metadata file names another backup (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is a %1 backup and cannot be checked as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its metadata file was modified after the backup was made (metadata checksum mismatch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/dialects/mysql/mysqlbackup.cpp" line="+124"/>
        <source>the backup file %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the backup file has %1 bytes but had %2 when it was made (truncated or altered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+22"/>
        <source>the backup file&apos;s SHA-256 does not match its metadata (the file was changed or corrupted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the integrity check passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the quick integrity check passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ok: decrypted and authenticated, SHA-256 matches and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ok: SHA-256 matches and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup %1 is not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Backup %1 is encrypted: its passphrase is needed to verify or restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the encrypted file was changed (its header and SHA-256 no longer match the metadata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong passphrase or the backup was changed: backup %1 cannot be decrypted with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its metadata says it is encrypted but %1 is not an encrypted backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its metadata file was changed after the backup was made (it fails authentication with the passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Backup %1 is a %2 backup; it cannot be restored into a %3 database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup %1 is not usable, nothing was restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup %1 is not usable, nothing was restored: the backup file&apos;s SHA-256 does not match its metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Backup %1 has no signature (%2.json.sig is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ok: the metadata of backup %1 is signed by this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature of backup %1 does not match its metadata and this key (the metadata or the signature was changed, or another key signed it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The backup metadata names another backup (%1); it was edited or renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot delete a file of backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--keep-days must be 0 or more (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of backups to keep must be 0 or more (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>table %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table %1 has %2 rows, the backup %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>table %1 is not in the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the schema differs from the backup&apos;s (fingerprint mismatch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The restored database does not match backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An in-memory database has no folder for backups; pass --backup-dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No user data folder is known for backups; pass --backup-dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/hasher.cpp" line="+108"/>
        <location line="+25"/>
        <source>Hashing failed inside OpenSSL (is the default provider available?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cannot read the file to hash it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the file failed while hashing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/backupcipher.cpp" line="+67"/>
        <location filename="../core/crypto/hasher.cpp" line="+5"/>
        <location line="+6"/>
        <location line="+39"/>
        <source>Hashing failed inside OpenSSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>HMAC-SHA256 failed inside OpenSSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Cannot create the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Deriving the backup key with scrypt failed inside OpenSSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>An empty passphrase cannot encrypt a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scrypt parameters are out of range (N = 2^10 to 2^24, r 1 to 64, p 1 to 16, at most 1 GiB of memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record size must be between 1 KiB and 64 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The system&apos;s random number generator failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+135"/>
        <source>Cannot read the encrypted backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-132"/>
        <source>This is not an encrypted backup (its header is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted backup uses format version %1 (cipher %2, kdf %3), which this version of SchemaPilot cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wrong passphrase or the backup was changed: its header holds impossible parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup is encrypted; its passphrase is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrong passphrase or the backup was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot read the backup to encrypt it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+66"/>
        <source>AES-256-GCM is not available in OpenSSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+28"/>
        <source>Writing the encrypted backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Reading the backup failed while encrypting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Encryption failed inside OpenSSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Flushing the encrypted backup to disk failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The encrypted backup&apos;s header changed while it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the encrypted backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted backup is truncated: its final record is missing (after record %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Decryption failed inside OpenSSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted backup was changed or damaged: record %1 (at byte %2) failed authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Writing the decrypted backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The encrypted backup has extra bytes after its final record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/hasher.cpp" line="-21"/>
        <source>The file changed while it was being hashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="+28"/>
        <source>The folder for the database file does not exist; create it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file does not exist; check the path (nothing was created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database path is a folder, not a SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file is not readable; check its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The URL opens the database read-only (?mode=ro) and this command writes to it; remove ?mode=ro to migrate, restore or roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file is read-only; a migration needs write access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The Qt SQL driver %1 is not installed (Debian: libqt6sql6-%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not select schema %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PostgreSQL schema &quot;%1&quot; does not exist in database %2; create it (CREATE SCHEMA) or fix the schema in the URL (?schema=) or --pg-schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connectionurl.cpp" line="+46"/>
        <location line="+78"/>
        <source>Invalid SQLite URL &quot;%1&quot;: expected three slashes after &quot;sqlite:&quot;. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-75"/>
        <source>The SQLite URL &quot;%1&quot; names no file. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Invalid connection URL: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invalid port in connection URL. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection URL names no database (expected %1://user@host:port/dbname).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No database given. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invalid %1 URL: expected &quot;%1://&quot; followed by user@host:port/dbname. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsupported database scheme &quot;%1&quot;. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sqlexec.cpp" line="+17"/>
        <source>The database is locked by another connection; retry when it is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file is corrupt or not a database; restore it from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The statement was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/dialectregistry.cpp" line="+38"/>
        <source>SchemaPilot has no %1 support in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/sqlite/sqlitebackup.cpp" line="+47"/>
        <source>SQLite cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <source>SQLite statement failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>SQLite could not prepare a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlbackup.cpp" line="-79"/>
        <location filename="../core/dialects/sqlite/sqlitebackup.cpp" line="+43"/>
        <location line="+143"/>
        <source>Could not flush the backup file to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Name the database to back up in the URL (mysql://user@host/dbname)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the file does not start like a MariaDB/MySQL dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the dump has no &quot;-- Dump completed&quot; line at its end: it was cut short (truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the dump is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ok: complete dump with %1 table(s), %2 view(s) and %3 row(s), every INSERT well-formed (structure read without loading it into a server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The dump is incomplete or damaged; nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Loading the dump into %1 failed; the database may be partly restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/sqlite/sqlitebackup.cpp" line="-130"/>
        <source>SQLite could not start the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The %1 was canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 waited %2 s for other connections to release the database; try again when it is idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 failed: the destination is read-only or in WAL mode with a different page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cannot write the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the database file failed during the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Writing the backup file failed (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup was canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The SQLite backup needs a SQLite connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlbackup.cpp" line="-180"/>
        <location filename="../core/dialects/sqlite/sqlitebackup.cpp" line="+5"/>
        <source>Cannot create the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/sqlite/sqlitebackup.cpp" line="+23"/>
        <source>backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgresbackup.cpp" line="+67"/>
        <source>Could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot create the backup file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>pg_dump of schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>pg_restore cannot read the archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/dialects/sqlite/sqlitebackup.cpp" line="+27"/>
        <source>The backup file %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pg_restore cannot open the backup file as an archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ok: pg_restore lists %1 archive entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>pg_restore could not read all data of the backup (damaged or truncated): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the data of table %1 ends early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ok: pg_restore read all %1 archive entries and the rows of %2 table(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The backup holds schema %1, not the target schema %2; nothing was restored. Restore it into its own schema (?schema=%1 or --pg-schema %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restoring schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The restore failed and was rolled back; the database is as it was: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/sqlite/sqlitebackup.cpp" line="+5"/>
        <source>SQLite cannot open the backup file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup file is not a readable SQLite database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The SQLite integrity check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SQLite integrity check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counting the rows of the backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backup file cannot be opened for inspection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup&apos;s schema cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A SQLite backup can only be restored into a SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target connection is inside a transaction; restore needs it idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row counts need a SQLite connection here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counting the rows of %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/sqlite/sqlitedesiredloader.cpp" line="+61"/>
        <source>it ran for more than %1 million steps; a schema file should only create objects and a few seed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ATTACH and DETACH open or close other database files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PRAGMA %1 can touch files or connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>load_extension() loads code from files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+100"/>
        <source>the desired schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statement %1 of %2 was refused: %3. The desired schema is loaded into a private in-memory database and may only create schema objects; remove the statement and retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (near line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement %1 of %2 failed%3: %4; fix the statement and retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 contains a NUL byte on line %2; a schema file must be plain SQL text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desired schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>VACUUM can write a copy of the database to a file (VACUUM INTO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The Qt SQL driver QSQLITE is not installed (Debian: libqt6sql6-sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not open a scratch in-memory SQLite database for the desired schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The QSQLITE driver did not expose its SQLite handle; check the Qt installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/sqlite/sqlitediffhooks.cpp" line="+333"/>
        <source>column order %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ON CONFLICT clauses %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/sqlite/sqliteinspector.cpp" line="+97"/>
        <source>Could not read %1 from the SQLite database; check that the file is a healthy SQLite 3.37+ database and retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the schema table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the table statistics (sqlite_stat1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the columns of table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the collation of column %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the columns of index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the indexes of table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the foreign keys of table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the row estimate of table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>the table list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The connection is not an open SQLite database; open it with the QSQLITE driver first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlplansteps.cpp" line="+769"/>
        <location filename="../core/dialects/postgres/postgresplanner.cpp" line="+81"/>
        <location filename="../core/dialects/sqlite/sqliteplanner.cpp" line="+226"/>
        <source>Drop view %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/sqlite/sqliteplanner.cpp" line="+1"/>
        <source>Drop view %1; it is created again with its new definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop view %1 while the tables it reads are rebuilt; it is recreated afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recreate view %1 on the rebuilt tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Drop trigger %1 on %2; it is created again with its new definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Dropping virtual table %1 deletes all its rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dropping virtual table %1 deletes %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlplansteps.cpp" line="-743"/>
        <source>%1 makes MariaDB/MySQL copy table %2 (ALGORITHM=COPY, %3); writes to it wait until the copy ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Add column %1.%2 with the primary key (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add column %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adding a stored generated or AUTO_INCREMENT column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adding a column in front of a virtual generated column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New NOT NULL column %1.%2 has no default: existing rows get the type&apos;s implicit default (0, &apos;&apos; or the zero date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drop column %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../core/dialects/postgres/postgrestablesteps.cpp" line="+582"/>
        <source>Rename column %1.%2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Change the generated column %1.%2 from %3 to %4 (dropped and added again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Switching %1 between VIRTUAL and STORED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change the type of %1.%2 from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the definition of %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Changing the type, character set, collation or generation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Change the primary key of %1 from (%2) to (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Change the table options of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>System versioning of %1 ends: every historical row version is deleted; the rollback turns versioning on again with an empty history, only the backup keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changing the engine, the character set, the partitioning or system versioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add CHECK (%1) to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adding a CHECK constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drop CHECK %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add foreign key %1 on %2 (%3) referencing %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adding a foreign key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drop foreign key %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+121"/>
        <location filename="../core/dialects/postgres/postgrestablesteps.cpp" line="+117"/>
        <source>Create table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Drop table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../core/dialects/postgres/postgresplanner.cpp" line="+125"/>
        <source>Rename table %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create %1index %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Replace index %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../core/dialects/postgres/postgresplanner.cpp" line="-135"/>
        <location filename="../core/dialects/sqlite/sqliteplanner.cpp" line="-89"/>
        <source>Create view %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace view %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../core/dialects/postgres/postgresplanner.cpp" line="+195"/>
        <location filename="../core/dialects/sqlite/sqliteplanner.cpp" line="+12"/>
        <source>Drop trigger %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/sqlite/sqliteplanner.cpp" line="+2"/>
        <source>Drop trigger %1 while %2 is rebuilt; it is recreated afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recreate trigger %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlplansteps.cpp" line="-11"/>
        <location filename="../core/dialects/postgres/postgresplanner.cpp" line="-7"/>
        <location filename="../core/dialects/sqlite/sqliteplanner.cpp" line="+1"/>
        <source>Create trigger %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/sqlite/sqliteplanner.cpp" line="+11"/>
        <source>Create %1index %2 on %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlplansteps.cpp" line="-71"/>
        <location filename="../core/dialects/sqlite/sqliteplanner.cpp" line="+1"/>
        <source>unique </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <location filename="../core/dialects/postgres/postgresplanner.cpp" line="-12"/>
        <location filename="../core/dialects/sqlite/sqliteplanner.cpp" line="+23"/>
        <source>Drop index %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlobjectsteps.cpp" line="+15"/>
        <source>procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../core/dialects/postgres/postgresobjectsteps.cpp" line="+37"/>
        <location filename="../core/dialects/sqlite/sqliteplanner.cpp" line="+13"/>
        <source>Create %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sequence %1 is dropped with its current value; the rollback recreates it at its start value, only the backup has the value it had reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 %2 is dropped; callers of it fail from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change sequence %1 (its next value stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgresobjectsteps.cpp" line="+4"/>
        <source>ACCESS EXCLUSIVE lock while the exclusion index is built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlobjectsteps.cpp" line="-23"/>
        <location filename="../core/dialects/postgres/postgresobjectsteps.cpp" line="+10"/>
        <location filename="../core/dialects/sqlite/sqliteplanner.cpp" line="+0"/>
        <source>Drop %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgresobjectsteps.cpp" line="-8"/>
        <source>ACCESS EXCLUSIVE lock on the child and the parent (brief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Create partition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ACCESS EXCLUSIVE lock on the parent table (brief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drop partition %1 and all its rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ACCESS EXCLUSIVE lock on the parent table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create index %1 on materialized view %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop index %1 on materialized view %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHARE lock while the index is built (refreshes wait)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create policy %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop policy %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable row-level security on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable row-level security on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add values to enum type %1 (PostgreSQL cannot remove enum values: the rollback keeps them; new values are usable only after the migration commits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlobjectsteps.cpp" line="+21"/>
        <location filename="../core/dialects/postgres/postgresobjectsteps.cpp" line="+22"/>
        <source>Replace %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgresobjectsteps.cpp" line="+19"/>
        <source>The %1 %2 changes definition; SchemaPilot cannot alter it in place on PostgreSQL. Drop and recreate it by hand, or give it a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Partition %1 changes its bounds or partitioning (%2 → %3); move its rows by hand (detach, create the new partition, copy, drop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/sqlite/sqliteruntime.cpp" line="+124"/>
        <source>PRAGMA %1 could not read the database; it is damaged. Restore it from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PRAGMA %1 found problems; nothing was changed. Restore from a backup or repair the database first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 row %2 references a missing row of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PRAGMA foreign_key_check found %1%2 row(s) violating foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Could not copy the database for the rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/sqlite/sqlitetabledigest.cpp" line="+108"/>
        <source>No SQLite handle for the table digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgresruntime.cpp" line="+35"/>
        <source>Could not read the PostgreSQL catalog for the pre-flight check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server is a standby in recovery and accepts no changes; migrate on the primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>index %1 is invalid (a failed concurrent build; drop and recreate it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>check constraint %1 is NOT VALID (run ALTER TABLE ... VALIDATE CONSTRAINT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>amcheck found a damaged index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The integrity check found %1 problem(s) in the schema; nothing was changed. Fix them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 foreign key(s) are NOT VALID, so rows may reference missing rows; run ALTER TABLE ... VALIDATE CONSTRAINT first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The transaction was aborted by an earlier error and cannot be committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <location filename="../core/dialects/sqlite/sqlitetabledigest.cpp" line="+6"/>
        <location line="+22"/>
        <source>Could not read table %1 for verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not create the scratch database %1 for the rehearsal (the user needs CREATEDB): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copying the schema for the rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a rehearsal copy; not dropping it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/sqlite/sqlitetablesteps.cpp" line="+46"/>
        <location line="+25"/>
        <source>%1 is part of the primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+25"/>
        <source>%1 is UNIQUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>%1 is a STORED generated column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the default of %1 (%2) is not a constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is NOT NULL without a default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is part of a multi-column foreign key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 references another table and has a non-NULL default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is indexed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is part of a foreign key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the table has CHECK constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is used by a CHECK constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is used by generated column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 may be used by view %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 may be used by trigger %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>add column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drop column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rename column %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>type %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NOT NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nullable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgrestablesteps.cpp" line="-530"/>
        <source>Turn generated column %1.%2 into a plain column that keeps its values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgresregeneration.cpp" line="+184"/>
        <source>Drop generated column %1.%2 to add it again below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop column %1.%2 and its values to add it again below as a generated column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../core/dialects/postgres/postgrestablesteps.cpp" line="+3"/>
        <location line="+96"/>
        <location line="+58"/>
        <location line="+241"/>
        <location line="+10"/>
        <source>ACCESS EXCLUSIVE lock (brief; no rewrite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add %1.%2 again as a generated column (its values are computed anew)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; recreate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/dialects/postgres/postgrestablesteps.cpp" line="-316"/>
        <source>ACCESS EXCLUSIVE lock; table rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgrestablesteps.cpp" line="-27"/>
        <source>sequence %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>drop identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ACCESS EXCLUSIVE lock (brief; no rewrite: the types are binary-compatible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/dialects/sqlite/sqlitetablesteps.cpp" line="+2"/>
        <source>default %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/dialects/sqlite/sqlitetablesteps.cpp" line="+0"/>
        <source>no default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>SHARE UPDATE EXCLUSIVE lock while a NOT VALID check is validated (writes continue), then a brief ACCESS EXCLUSIVE lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ACCESS EXCLUSIVE lock while every row is checked for NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>serial → identity %1 (the sequence %2 goes; numbering continues)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>identity → serial (sequence %1; numbering continues)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>identity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>identity sequence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change column %1.%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add CHECK constraint %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ACCESS EXCLUSIVE lock (brief, NOT VALID), then SHARE UPDATE EXCLUSIVE while existing rows are validated (writes continue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ACCESS EXCLUSIVE lock while existing rows are checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drop CHECK constraint %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add UNIQUE constraint %1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ACCESS EXCLUSIVE lock while the unique index is built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drop UNIQUE constraint %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change persistence, storage parameters or comment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ACCESS EXCLUSIVE lock; table rewrite (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHARE UPDATE EXCLUSIVE lock (brief; no rewrite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Rename constraints of %1 to the desired names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Make foreign key %1 on %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHARE ROW EXCLUSIVE lock (brief; rows are not checked again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add column %1.%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ACCESS EXCLUSIVE lock; table rewrite (the default is computed per row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drop column %1.%2 and its values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Drop primary key %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add primary key (%1) to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ACCESS EXCLUSIVE lock while the primary key index is built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add foreign key %1 on %2 (%3) → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHARE ROW EXCLUSIVE lock on %1 and %2 (brief, NOT VALID), then SHARE UPDATE EXCLUSIVE while existing rows are validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHARE ROW EXCLUSIVE lock on %1 and %2 while existing rows are checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drop foreign key %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHARE ROW EXCLUSIVE lock on %1 and %2 (brief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Drop table %1 and all its rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ACCESS EXCLUSIVE lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/sqlite/sqlitetablesteps.cpp" line="+2"/>
        <source>collation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change column %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add foreign key (%1) to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drop foreign key (%1) to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add CHECK (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drop CHECK (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add UNIQUE (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drop UNIQUE (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change the primary key to (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change the table definition (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Drop column %1.%2; rollback restores the column, not its values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rename column %1.%2 to %3, keeping its values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add column %1.%2 in place (existing rows get %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source> (rolled back with the first change to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Create table %1 with %n column(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drop table %1 and its rows; rollback recreates the empty table, not its rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rename table %1 to %2, keeping its rows (references in other tables, views and triggers follow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ADD COLUMN cannot add it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DROP COLUMN cannot drop it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column names are swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQLite cannot add a foreign key to existing columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQLite cannot alter a column in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLite cannot alter table constraints or options in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ADD COLUMN only appends, and the new columns are not last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the stored definition cannot be edited in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>altering in place would leave a different definition (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Change table %1 in place (%2): stored rows stay as they are (only constraints, defaults, a type name of the same affinity, or a collation nothing compares by, change), so SQLite&apos;s documented schema edit replaces the 12-step rebuild; no row is copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rebuild table %1 to %2 (%3); rows are copied into the new definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; rollback restores dropped columns empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diff/renamedetector.cpp" line="+30"/>
        <source>same type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/sqlite/sqlitediffhooks.cpp" line="-2"/>
        <location filename="../core/diff/renamedetector.cpp" line="+0"/>
        <location filename="../core/diff/tablediffer.cpp" line="+189"/>
        <location line="+1"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diff/renamedetector.cpp" line="+4"/>
        <source>both NOT NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>both nullable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same default %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>neither has a default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>same constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>adjacent position (%1 → %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 of %2 columns identical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 more column(s) with the same name but a different definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>neither has a primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same primary key (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diff/schemadiffer.cpp" line="+106"/>
        <source>Table rename %1 → %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the current database has no table %1. Correct the old name or remove the hint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>table %1 is still in the desired schema, so it is not renamed. Remove the hint, or remove %1 from the desired schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the desired schema has no table %1. Correct the new name or remove the hint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>table %1 already exists in the current database. Rename to a name that is not taken, or remove the hint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another hint already renames one of these tables. Keep one hint per table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Column rename %1.%2 → %3: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the desired schema has no table %1. Name the table as the desired schema does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>table %1 is new, so none of its columns can be renamed. Remove the hint, or add a table rename hint for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the current table %1 has no column %2. Correct the old name or remove the hint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column %1 is still in the desired table, so it is not renamed. Remove the hint, or remove the column from the desired schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the desired table has no column %1. Correct the new name or remove the hint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column %1 already exists in the current table. Rename to a name that is not taken, or remove the hint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another hint already renames one of these columns. Keep one hint per column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diff/tablediffer.cpp" line="-10"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WITHOUT ROWID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STRICT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>becomes UNLOGGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>becomes LOGGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>table options %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>table comment changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exec/applyoptions.cpp" line="+14"/>
        <source>Configuration key &quot;%1&quot; must be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unknown configuration key &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a whole number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;off&quot;, &quot;dry_run&quot;, &quot;rehearse&quot; or a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;quick&quot; or &quot;full&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the path of an Ed25519 private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a folder path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The configuration file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The configuration file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The configuration file is not a JSON object (at offset %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exec/executor.cpp" line="+73"/>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Applying migrations is not available for %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Taking the migration lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Took over a stale migration lock left by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comparing the database with the desired schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking for data loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refused: %1 destructive operation(s) need --allow-data-loss: %2. Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A real run would stop here and change nothing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The migration would fail on the rows there now: %1. Nothing was changed and no backup was made; fix those rows (or the desired schema) and run it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking the database&apos;s integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre-flight check failed, nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ran on a second connection during the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Canceled before anything was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refused: %1 cannot roll back schema changes (DDL commits at once), so a migration needs the automatic backup to undo a failure. Remove --no-backup (auto_backup: false). Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>automatic backup disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No automatic backup was made (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Making a verified backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic backups of %1 databases are not available; pass --no-backup to migrate without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The automatic backup failed, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The automatic backup %1 did not verify, nothing was changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 bytes, verified) in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no step had completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>step(s) applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — %1 and stay applied: %2 DDL is not transactional and no backup was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restoring backup %1: %2 DDL is not transactional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source> — %1; %2 DDL is not transactional and restoring the pre-migration backup %3 failed (%4). The database is partly migrated: restore it with `schemapilot-cli backup restore %3`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored the pre-migration backup %1 after the failure (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored %1; row counts and schema match it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — %1; %2 DDL is not transactional, so the pre-migration backup %3 was restored: the database is as it was before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Removed %1 backup(s) older than %2 day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Removed %1 automatic backup(s) beyond the newest %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rehearsing on a private copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create a folder for the rehearsal copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not remove the rehearsal copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rehearsal on a copy: %1 in %2 ms (transaction %3 ms); the database was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recording the failed run in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not record the failed run in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exec/filemigrationlock.cpp" line="+66"/>
        <source>Cannot create the migration lock file next to the database: the folder is not writable. A migration needs write access to the database&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder of the database does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open the migration lock file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlmigrationlock.cpp" line="+42"/>
        <source> on connection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>MariaDB connection %1 (another account; its details need the PROCESS privilege)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/exec/filemigrationlock.cpp" line="+24"/>
        <source>This migration lock is already held by this object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another migration of this database is running: the lock %1 is held by %2. Wait for it to finish; the server releases the lock when that session ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exec/filemigrationlock.cpp" line="+20"/>
        <source>Another migration of this database is running: held by %1. Wait for it to finish; the lock is released automatically when that process ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The migration lock file keeps changing; another migration is starting. Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exec/historywriter.cpp" line="+72"/>
        <source>Migration of %1 operation(s) %2 and was rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exec/migrationlock.cpp" line="+16"/>
        <source>an unknown process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (pid %2) since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, last heartbeat %1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exec/restore.cpp" line="+72"/>
        <source>Restoring %1 databases is not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Restore refused, nothing was changed: backup %1 is of %2, not of %3. Restoring it would replace this database&apos;s tables with another database&apos;s; pass --allow-other-source if that is what you want</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Restore refused, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup %1 failed verification, nothing was restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The pre-restore safety backup failed, nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The restored database does not match backup %1: %2. The safety backup %3 holds the state before the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restored backup %1 (safety backup %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: restored backup %2 (safety backup %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exec/rollback.cpp" line="+45"/>
        <source>%1 %2 has no rollback SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the batch dropped data SQL cannot bring back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the batch filled NULLs with a default, which SQL cannot tell apart from real values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the rollback SQL fails on the current database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>undoing it drops table %1 with %2 row(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>undoing it drops column %1.%2 with %3 value(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Rollback of %1 databases is not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no applied migration batch to roll back in this database&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Refused: undoing batch %1 with its rollback SQL would lose data (%2). Pass --from-backup (or --allow-data-loss) to restore the backup taken before it instead; changes made since then are lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Batch %1 was applied without an automatic backup, so it cannot be restored from one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rollback of batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Backup %1 was restored, but its schema is not the one recorded before batch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refused: %1 cannot roll back DDL, so undoing a batch needs a backup first to return to after a failure. Remove --no-backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source> — the backup %1 made before the rollback was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — and restoring the backup %1 made before the rollback failed (%2); restore it with `schemapilot-cli backup restore %1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The rollback took longer than %1 ms and was undone; the database is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>After the rollback SQL the schema is not the one recorded before batch %1; undone. Use --from-backup to restore the batch&apos;s backup instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rolled back batch %1 with its rollback SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exec/safetycheck.cpp" line="+53"/>
        <source>loses data (count unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loses %1 non-null value(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loses %1 row(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exec/transactionrunner.cpp" line="+26"/>
        <source>The migration was canceled and rolled back; the database is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The migration took longer than its limit of %1 ms and was rolled back; the database is unchanged. Raise the limit (--timeout-ms) or migrate when the database is quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Foreign key enforcement was off during the rebuild and checked with foreign_key_check after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Starting the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rolling back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — and the rollback failed too (%1); restore the automatic backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rolled back after a failure in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Step %1 (%2 %3) failed: %4; rolled back, the database is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 (%2 %3) failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step %1/%2: %3 (%4/%5 statements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 statement(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verifying the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>schema matches the desired one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schema matches; rows and kept columns unchanged in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording the migration in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Committing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Running %1 step(s) outside the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not record step %1 in the history: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>stopped before it ran (canceled or out of time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step %1/%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The migration committed and its steps outside the transaction ran, but: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 step(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source> Dropping what it left half-built failed (%1): drop any INVALID index it left by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> The invalid index %1 it left was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1 (%2 %3), which runs outside the transaction, failed: %4. The migration&apos;s transaction had already committed, so the steps before it stay applied.%5 Apply again to run what is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/exec/verification.cpp" line="+85"/>
        <source>%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+157"/>
        <source>The digests before the migration were not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Table %1 had %2 rows before the migration and %3 after; rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contents of the kept columns of table %1 (%2) changed during the migration; rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>After the migration the schema still differs from the desired one in %1 place(s)%2; rolled back. This is a planner bug: please report it with the output of `plan`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (still to do: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/health/healthgatherer.cpp" line="+15"/>
        <source>Not available for %1: this engine has no cheap integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/health/healthscore.cpp" line="+20"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not checked (a quick check runs with --deep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The integrity check passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The integrity check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop migrating; restore the newest verified backup (schemapilot-cli backup restore ID) or repair the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not checked (pass --schema FILE to compare with the desired schema)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database matches the desired schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 operation(s) pending, some of them destructive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 operation(s) pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review them with schemapilot-cli plan, then apply them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No migration recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run %1 applied at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run %1 was rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the desired schema and apply again when ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run %1 was refused for safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the refusal in schemapilot-cli history; confirm data loss with --allow-data-loss only if intended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database was restored from a backup in run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check why the restore was needed (schemapilot-cli history), then re-plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run %1 failed at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run %1 timed out at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the error in schemapilot-cli history --status failed, fix it and apply again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup freshness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>Not checked (pass --backup-dir DIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Create one: schemapilot-cli backup create --db URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The newest of %1 backup(s) is %2 old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No backup to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verify the newest backup: schemapilot-cli backup verify ID --db URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No backup was ever verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The last verification failed (%1 ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new backup and verify it; do not rely on the failed one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last verification passed %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Failure rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No runs recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of the last %2 run(s) failed (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rehearse migrations with apply --dry-run and read failures in schemapilot-cli history --status failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Migration lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A migration by %1 died holding the lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check for a half-applied migration with schemapilot-cli status; the next apply takes over the stale lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No migration is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A migration by %1 is running (for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the migration is not stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/history/historychain.cpp" line="+100"/>
        <source>Record #%1 has no record_hash: it was written without tamper evidence or its seal was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record #%1 is out of order: it was written after record #%2, not after %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the chain start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record #%1 is the oldest row but names a predecessor: older records were deleted outside SchemaPilot&apos;s cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A record between #%1 and #%2 was deleted (#%2 names a predecessor that is gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record #%1 is sealed with an HMAC key; verify with the same key (--key-file or SCHEMAPILOT_HISTORY_KEY_FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record #%1 carries a plain SHA-256 seal after HMAC-sealed records: it was re-sealed by someone without the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record #%1 was edited, or sealed with another key: its content does not match its record_hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record #%1 was edited: its content does not match its record_hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The history key file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history key file cannot be read; check its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The history key file holds %1 bytes; use at least 16 random bytes (e.g. openssl rand -hex 32 &gt; key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/history/historyexport.cpp" line="+56"/>
        <source>Cannot write the export file; check the folder and its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the export file failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/history/historystore.cpp" line="+73"/>
        <source>The history needs an open database connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot read the columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+352"/>
        <source>The history was not marked rolled back because its tamper-evident chain is broken: %1. Investigate with `schemapilot-cli history verify`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keep days must be 0 or more (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Old history was kept because its tamper-evident chain is broken (a cleanup would erase the evidence): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The history table predates tamper evidence (no record_hash column); the next migration upgrades it in place and seals the existing records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/analysis.cpp" line="+17"/>
        <source>Rewriting table %1 (about %2 rows) is estimated to take %3 s; writers wait meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/complexity.cpp" line="+16"/>
        <source>unknown number of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>drops %1, which holds no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drops data in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>changes the type of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changes the definition of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>changes the constraints of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rebuilds table %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rewrites table %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>changes an index on large table %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes an index on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>renames %1; clients using the old name break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>drops view %1 for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drops view %1 to recreate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>drops a trigger on %1 for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drops a trigger on %1 to recreate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>drops %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>adds to %1 without touching existing rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>touches %1 tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/lint.cpp" line="+55"/>
        <source>%1 rows of %2 reference a missing row in %3 (foreign key %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 rows hold NULL in %2.%3; the migration fills them with the default %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 rows hold NULL in %2.%3, which becomes NOT NULL: the migration fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 stored values in %2.%3 are replaced by its generated expression (%4); the stored values are lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 values in %2.%3 do not convert from %4 to %5: the migration fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 values in %2.%3 do not convert from %4 to %5 and keep their old type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 values in %2.%3 change when converted from %4 to %5 (rounded, cut short or less precise); their old values are lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 rows of %2 violate the new CHECK (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlplansteps.cpp" line="-722"/>
        <location filename="../core/plan/lint.cpp" line="+73"/>
        <location filename="../core/service/checkservice.cpp" line="+60"/>
        <source>about %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/plan/lint.cpp" line="+0"/>
        <source>all its rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/lint.cpp" line="+1"/>
        <source>Dropping table %1 deletes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dropping table %1 deletes %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the values of up to %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all its values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dropping column %1.%2 deletes %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dropping column %1.%2 deletes %3 non-NULL values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>View %1 is dropped; queries that read it will fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trigger %1 on %2 is dropped; what it did on writes stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Table %1 is renamed to %2; applications using %1 break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column %1.%2 is renamed to %3; applications using %2 break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 rows would hold NULL in new NOT NULL column %2.%3, which has no default: the migration fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 groups of rows share the same %2.(%3), which becomes UNIQUE: the migration fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 groups of rows share the same %2.(%3), the new primary key: the migration fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 groups of rows share the same %2.(%3), which unique index %4 forbids: the migration fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Table %1 may have been renamed to %2 (score %3%4); the plan drops %1 and creates %2. To keep its rows, plan with --rename-table %1=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column %1.%2 may have been renamed to %3 (score %4%5); the plan drops %2 and adds %3. To keep its values, plan with --rename-column %1.%2=%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/service/checkservice.cpp" line="-35"/>
        <source>No desired schema given; pass --schema FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desired schema file does not exist; check the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The desired schema path is a folder, not a .sql file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The desired schema file cannot be read; check its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The desired schema file is binary, not SQL text; pass the .sql file with CREATE statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The desired schema file holds no SQL statements (it is empty or only comments); pass the .sql file with the CREATE statements of the schema you want</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>of unknown size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows not counted (%1): %2 is %3, more than a quick check reads; `plan` counts them exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Could not count affected rows (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/service/demodatabase.cpp" line="+25"/>
        <source>The bundled demo file %1 is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot create the demo database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundled demo script failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the demo folder; check permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write the demo schema file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot move the demo database into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/valuesampler.cpp" line="+22"/>
        <source>Could not sample values of %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlscriptscope.cpp" line="+35"/>
        <source>The desired schema switches databases (USE); remove the USE statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The desired schema has a %1 %2 statement; it describes the tables of one database and may not create, change or drop databases: remove the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The desired schema names the database &quot;%1&quot; (%1.…): it runs with your credentials, so it may only use unqualified names; remove the &quot;%1.&quot; prefix (or rename a table alias that has the same name as a database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqldesiredloader.cpp" line="+76"/>
        <source>Could not open a second connection for the scratch database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The desired schema does not execute on MySQL: statement %1 failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the DELIMITER lines and end trigger bodies with a plain semicolon; the server splits BEGIN ... END blocks itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The desired schema switched to another database; remove USE statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The MySQL desired-schema loader needs an open MySQL connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desired schema file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/dialects/mysql/mysqlinspector.cpp" line="+142"/>
        <source>The MySQL connection has no database selected; name one in the URL (mysql://user@host/dbname)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not create the scratch database %1 for the desired schema; the user needs the CREATE and DROP privileges on databases named schemapilot_scratch_*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlinspector.cpp" line="-105"/>
        <source>Could not read %1 from information_schema; check that the user may read the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+101"/>
        <source>the current database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the CHECK constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the definition of table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlplanner.cpp" line="+275"/>
        <source>The %1 steps of this plan are not one transaction: MySQL/MariaDB commits every DDL statement on its own. If a step fails, the steps before it stay applied; undo them with the plan&apos;s rollback SQL or restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgresdesiredloader.cpp" line="+121"/>
        <source>The desired schema file creates its tables in schema %1 (%2), not in %3, the schema being compared: point at that schema (?schema=%4 in the URL, or --pg-schema), or leave the schema out of the names in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not open a second connection for the scratch schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not create the scratch schema for the desired DDL; the user needs CREATE privilege on the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The desired schema does not execute on PostgreSQL (line %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desired schema does not execute on PostgreSQL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgresinspector.cpp" line="+49"/>
        <source>Could not read the PostgreSQL catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PostgreSQL schema &quot;%1&quot; does not exist in this database; create it (CREATE SCHEMA) or fix the schema in the URL (?schema=) or --pg-schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgresobjectreader.cpp" line="+19"/>
        <location filename="../core/dialects/postgres/postgrestablereader.cpp" line="+33"/>
        <source>Reading the PostgreSQL catalog failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgresplanner.cpp" line="-177"/>
        <source>Create materialized view %1 (and fill it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drop view %1 (created again below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ACCESS EXCLUSIVE lock on the view (brief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace view %1 in place (CREATE OR REPLACE)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgresplanner.cpp" line="-37"/>
        <source>Create index %1 on %2 CONCURRENTLY: runs outside the migration transaction; if it fails, drop the INVALID index it leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create index %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SHARE UPDATE EXCLUSIVE lock (writes continue; two table scans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHARE lock while the index is built (writes wait)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SHARE ROW EXCLUSIVE lock (brief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgresscript.cpp" line="+106"/>
        <source>A statement of the script failed (this build has no libpq to say which): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/service/renameevidence.cpp" line="+64"/>
        <source>no rows in the desired schema to compare sampled values with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no live values to compare with the desired schema&apos;s rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 sampled values in common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlclient.cpp" line="+21"/>
        <source>%1 is not installed; MySQL/MariaDB backups need the client tools (Debian: mariadb-client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Could not start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../core/dialects/postgres/postgrestools.cpp" line="+116"/>
        <source>%1 was canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed for %2 (exit code %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqldumpreader.cpp" line="+94"/>
        <source>Cannot read the MySQL dump file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+31"/>
        <source>the rows of table %1 end in the middle of a value (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>an INSERT without a table name on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an INSERT into %1 without VALUES on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the file ends inside the rows of table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlruntime.cpp" line="+108"/>
        <source>CHECK TABLE could not read the database; repair or restore it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CHECK TABLE ... %1 found problems in %2 place(s); nothing was changed. Repair (REPAIR TABLE / mariadb-check) or restore from a backup first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1%2 row(s) of %3 reference missing rows of %4 (foreign key %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 row(s) violate foreign keys (found with foreign_key_checks off); fix or delete them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <location filename="../core/dialects/postgres/postgresruntime.cpp" line="-42"/>
        <source>The digest of table %1 returned no row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not create a scratch database for the rehearsal (the account needs the CREATE privilege)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not copy the database for the rehearsal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/manifestsigner.cpp" line="+55"/>
        <source>The key file exists already; remove it or choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot create the key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the key file failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the signing key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file is not an unencrypted PEM private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is not a PEM public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key is not an Ed25519 key (`schemapilot-cli keys generate` makes one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot create the folder for the keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A key pair named %1 exists already in this folder; it was left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Generating an Ed25519 key failed inside OpenSSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encoding the key as PEM failed inside OpenSSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Signing failed inside OpenSSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signature verification failed inside OpenSSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgresmigrationlock.cpp" line="+72"/>
        <source>This migration lock is already held by this process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>another session (it ended just now; try again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another migration of %1 (schema %2) is running: the migration lock is held by %3. Wait for it to finish; if its process died, the server releases the lock when its session ends (pg_terminate_backend(pid) ends a hung one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgrestools.cpp" line="-79"/>
        <source>The PostgreSQL client program %1 was not found in /usr/lib/postgresql/15/bin or on the PATH; install it (Debian: apt install postgresql-client-15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Could not start %1 for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 crashed%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 exited with %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/sqlite/sqlitedefinitionedit.cpp" line="+137"/>
        <source>%1.%2 has NULL values; give it a DEFAULT or fill them before making it NOT NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rows of %1 break the new CHECK (%2); fix them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/passphrasekeychain.cpp" line="+20"/>
        <source>This SchemaPilot was built without system keychain support (Debian: qtkeychain-qt6-dev); use SCHEMAPILOT_BACKUP_PASSPHRASE or enter the passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The system keychain module of this SchemaPilot could not be loaded; reinstall SchemaPilot, or use SCHEMAPILOT_BACKUP_PASSPHRASE instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>; is a keyring (e.g. GNOME Keyring) running and unlocked in this session? Otherwise use SCHEMAPILOT_BACKUP_PASSPHRASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The system keychain could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The system keychain could not store the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The system keychain could not forget the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>An empty passphrase is not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlcollationprobes.cpp" line="+94"/>
        <source>the primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unique index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 groups of rows of %2 have values of (%3) that are equal under %4, which %5 refuses: the migration fails; make them differ first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/mysql/mysqlroutines.cpp" line="+19"/>
        <source>Could not read %1; check that the user may read the database&apos;s routines and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The %1 %2 exists but its definition is hidden from this user; grant it SELECT on mysql.proc (or SHOW CREATE ROUTINE) or connect as its definer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the definition of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+53"/>
        <source>the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-40"/>
        <source>the sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the stored routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/postgres/postgresenumsteps.cpp" line="+176"/>
        <source>Recreate enum type %1 with the values (%2) inside the migration transaction (new values cannot be used before ALTER TYPE ... ADD VALUE commits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; retypes the columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 row(s) of %2.%3 hold a value that enum type %4 no longer has (%5); the migration fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ACCESS EXCLUSIVE lock; table rewrite (columns of type %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/libcrypto.cpp" line="+57"/>
        <source>OpenSSL&apos;s libcrypto.so.3, which checksums, encrypted backups and signatures need, could not be loaded; install it (Debian: apt-get install libssl3) and run the command again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui</name>
    <message>
        <location filename="../ui/models/difftree.cpp" line="+155"/>
        <location line="+88"/>
        <source>renamed from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-42"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>renamed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::ApplyController</name>
    <message>
        <location filename="../ui/pages/plan/applycontroller.cpp" line="+67"/>
        <source>Encrypted automatic backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applying the migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;i&gt;Applying…&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Canceled.&lt;/b&gt; The database is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&lt;i&gt;Rehearsing on a private copy…&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;i&gt;Dry run…&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Canceled.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;br&gt;&lt;small&gt;Dry run is the default (Settings); turn it off there to apply.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::ApplyDialog</name>
    <message>
        <location filename="../ui/dialogs/applydialog.cpp" line="+24"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+51"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Canceled.&lt;/b&gt; The running statement was interrupted and the transaction rolled back; the database is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Canceling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceling: interrupting the running statement…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::ApplyResultText</name>
    <message>
        <location filename="../ui/common/applyresulttext.cpp" line="+34"/>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dry run passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No changes needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-loss check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rehearsal on a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source> — %n operation(s) in %1 ms (write lock held %2 ms)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source> in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rehearsal on a private copy: &lt;b&gt;%1&lt;/b&gt; in %2 ms; the database itself was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statement: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n destructive operation(s) need your consent before applying.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s); see the plan.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::BackupModel</name>
    <message>
        <location filename="../ui/models/backupmodel.cpp" line="+41"/>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 table(s), schema %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::BackupsPage</name>
    <message>
        <location filename="../ui/pages/backups/backupspage.cpp" line="+55"/>
        <source>Backups of %1 databases are not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backup now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clean up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>older than </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the database with the selected backup; a safety backup of the current state is taken first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the file&apos;s SHA-256 checksum and the engine&apos;s integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&lt;b&gt;Failed:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connect to a database to see its backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Cannot read the backups:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>&lt;b&gt;%n backup(s)&lt;/b&gt;, %1 in &lt;code&gt;%2&lt;/code&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;br&gt;Newest %1, oldest %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; last verification %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;b&gt;failed&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Encrypted backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Encrypted backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Taking a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Encrypted backup &lt;b&gt;%1&lt;/b&gt; taken and verified (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup &lt;b&gt;%1&lt;/b&gt; taken and verified (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Verifying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Backup %1 did not verify: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup &lt;b&gt;%1&lt;/b&gt; verified: checksum and integrity check ok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Restore the database %1 to the backup taken %2?

1. The backup&apos;s checksum and integrity are verified; nothing is touched if that fails.
2. A safety backup of the current database is taken first, so this restore can be undone.
3. The database is replaced by the backup (%n table(s)); changes made since then are gone from the database but kept in the safety backup.
4. The migration history is kept and the restore is recorded in it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restoring %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>restore from the GUI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restored &lt;b&gt;%1&lt;/b&gt; in %2 ms. Safety backup of the previous state: &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete backup %1 and its metadata? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleted backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clean up backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete the backups taken more than %n day(s) ago? The newest verified backup is always kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Cleanup removed %n backup(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::ConnectionsPage</name>
    <message>
        <location filename="../ui/pages/connections/connectionspage.cpp" line="+58"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MySQL / MariaDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not stored; or set SCHEMAPILOT_DB_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PostgreSQL schema to compare and migrate (default: public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/path/to/app.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>/path/to/desired-schema.sql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Desired schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DDL file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recent connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the desired schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✔ Connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+65"/>
        <location line="+16"/>
        <location line="+22"/>
        <source>✖ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Choose a SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Testing %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>✖ Choose the desired schema file (.sql) to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting to %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>✔ Connected to %1: %n pending operation(s) on the Plan page</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ Connected to %1: the database matches the desired schema</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::HealthPage</name>
    <message>
        <location filename="../ui/pages/health/healthpage.cpp" line="+95"/>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Connect to a database to see its health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&lt;b&gt;Cannot check the health:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&lt;b&gt;Nothing to do.&lt;/b&gt; %n part(s) checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;%n action(s) would raise the score&lt;/b&gt;; see &quot;What to do&quot; below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::HistoryModel</name>
    <message>
        <location filename="../ui/models/historymodel.cpp" line="+41"/>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::HistoryPage</name>
    <message>
        <location filename="../ui/pages/history/historypage.cpp" line="+76"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll back last batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search description, SQL, errors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rollback SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the newest applied batch: with its rollback SQL when that loses nothing, else by restoring the backup taken before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Connect to a database to see its migration history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Cannot read the history:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No migrations recorded yet. Every applied, failed or refused run appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;%n record(s)&lt;/b&gt; in %1 run(s); success rate %2%, median %3 ms, p95 %4 ms, last run %5</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>-- no rollback SQL recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p style=&apos;color:#c62828&apos;&gt;&lt;b&gt;Error:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export history as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export history as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %n record(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Export failed:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+24"/>
        <source>Roll back last batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Undo the newest applied migration (batch %1)?

Its rollback SQL runs in a transaction under the migration lock, after a backup. If that SQL would lose data, you are asked again before the batch&apos;s own backup is restored instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rolling back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1

Restore the batch&apos;s backup instead? A safety backup is taken first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rolled back batch %1 by %2 in %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its rollback SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>restoring its backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Rollback failed:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::MainWindow</name>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="+41"/>
        <source>SchemaPilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema Diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a database and a desired schema (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the database with the desired schema again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the plan without changing anything (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply the plan: lock, checks, backup, transaction (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take a verified backup of the database (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Connected: %1  ⇢  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last check %1 (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lock: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Locked by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A migration is running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock: stale record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left behind by %1, which no longer runs; the next migration takes it over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock: free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No migration is running on this database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::MigrationChart</name>
    <message>
        <location filename="../ui/pages/health/migrationchart.cpp" line="+31"/>
        <source>No migrations recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recent migrations: duration and outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused / undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::PassphrasePrompt</name>
    <message>
        <location filename="../ui/common/passphraseprompt.cpp" line="+25"/>
        <source>Passphrase for the encrypted backup (it is not stored; without it the backup cannot be restored):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase of the encrypted backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repeat the passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passphrases differ; nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The passphrase could not be remembered: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::PlanModel</name>
    <message>
        <location filename="../ui/models/planmodel.cpp" line="+73"/>
        <source>destructive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destructive · </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complexity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Est. downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::PlanPage</name>
    <message>
        <location filename="../ui/pages/plan/planpage.cpp" line="+57"/>
        <source>Treat as rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as .sql…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pair as rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rehearse on a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a dropped and an added column of the same table (Ctrl+click) to keep the data as a rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rollback SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Connect to a database and choose a desired schema to see the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;The check failed:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Up to date.&lt;/b&gt; The database matches the desired schema (checked in %1 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 &amp;nbsp; &lt;b&gt;%n operation(s)&lt;/b&gt;, estimated downtime &lt;b&gt;%2&lt;/b&gt;, %3 warning(s)%4&lt;br&gt;&lt;small&gt;%5&lt;/small&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — &lt;b&gt;not transactional&lt;/b&gt;: a failure midway relies on the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table %1 → %2 looks like a rename (score %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column %1.%2 → %3 looks like a rename (score %4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>I understand that %n operation(s) destroy data</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;br&gt;&lt;small&gt;&lt;b&gt;Rollback restores the structure, not the data.&lt;/b&gt; The automatic backup keeps the data.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>-- no rollback SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warnings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save plan as SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL files (*.sql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::SchemaDiffModel</name>
    <message>
        <location filename="../ui/models/schemadiffmodel.cpp" line="+171"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::SchemaDiffPage</name>
    <message>
        <location filename="../ui/pages/diff/schemadiffpage.cpp" line="+26"/>
        <source>Only changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter tables, columns, indexes… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No check yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n object(s) differ</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::Session</name>
    <message>
        <location filename="../ui/common/session.cpp" line="+129"/>
        <source>Connect to a database first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no migration lock for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::SettingsPage</name>
    <message>
        <location filename="../ui/pages/settings/settingspage.cpp" line="+25"/>
        <source>Take a verified backup before every migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply only does a dry run (turn off to change databases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypt new backups with a passphrase (AES-256-GCM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember the passphrase in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off: SchemaPilot asks every time. On: the first answer for a backup folder goes into the system keychain (e.g. GNOME Keyring), and only there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This build has no system keychain support (Debian: qtkeychain-qt6-dev)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SchemaPilot asks for the passphrase when it makes, verifies or restores a backup; it is never stored, and a lost passphrase means a lost backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A migration whose transaction runs longer is interrupted and rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next to the database (&lt;file&gt;.backups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic backups older than this are removed after a migration; the newest verified one is always kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Automatic backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dry run by default:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep automatic backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passwords are never stored: SchemaPilot asks for them when it connects, or reads them from the URL or the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The new language applies after SchemaPilot is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaPilot::Gui::SideBySideDiffView</name>
    <message>
        <location filename="../ui/widgets/sidebysidediffview.cpp" line="+60"/>
        <source>Current (database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desired (schema file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Current DDL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desired DDL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
