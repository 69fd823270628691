#pragma once

#include "schemapilot/core_export.h"
#include "common/result.h"
#include "history/historyrecord.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace SchemaPilot::Core {

// Tamper evidence for the audit trail: each row's record_hash seals its canonical content, which
// includes prev_hash (the previous row's record_hash), so an edited, deleted or reordered row
// breaks the chain. With a key the seal is HMAC-SHA256, which nobody without the key can recompute.
// Truncating the newest rows is not detectable from the table alone: keep headHash elsewhere.

enum class ChainProblem {
    None,
    Edited,        // content does not match its record_hash
    Deleted,       // prev_hash names a row that is no longer there
    Reordered,     // prev_hash names another row than the one before it
    Unsealed,      // no record_hash (written by a tool without tamper evidence)
    KeyRequired,   // sealed with an HMAC key the verifier does not have
    Downgraded,    // a plain SHA-256 seal after HMAC-sealed rows (re-sealed without the key)
};

SCHEMAPILOT_CORE_EXPORT QString chainProblemName(ChainProblem problem);   // "edited", ...

struct SCHEMAPILOT_CORE_EXPORT ChainReport {
    bool tablePresent = true;
    bool intact = true;
    qint64 recordCount = 0;
    qint64 hmacSealed = 0;            // rows sealed with a key
    QString headHash;                 // record_hash of the newest row: store it elsewhere to detect truncation
    ChainProblem problem = ChainProblem::None;
    qint64 firstBadId = 0;            // the first row that fails, 0 when intact
    QString reason;                   // for people, with the row id
};

// name=len:value lines over every column but record_hash, in historyColumns() order.
SCHEMAPILOT_CORE_EXPORT QByteArray canonicalHistoryContent(const StoredHistoryRow &row);
// "sha256:<hex>" without a key, "hmac-sha256:<hex>" with one.
SCHEMAPILOT_CORE_EXPORT QString sealHistoryContent(const QByteArray &canonical, const QByteArray &key);

// Walks rows in id order. With a key, rows must carry an HMAC seal made with that key, except a
// leading run of plain seals written before the key was introduced (counted apart: hmacSealed).
// `startPrev`/`startAfterId` let a caller verify a tail: the seal and id of the row before rows[0].
SCHEMAPILOT_CORE_EXPORT ChainReport verifyHistoryChain(const QList<StoredHistoryRow> &rows, const QByteArray &key,
                                                       const QString &startPrev = {}, qint64 startAfterId = 0);

// Reads an HMAC key file (surrounding whitespace trimmed); at least 16 bytes.
SCHEMAPILOT_CORE_EXPORT Result<QByteArray> readHistoryKeyFile(const QString &path);

} // namespace SchemaPilot::Core
