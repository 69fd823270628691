#include "history/historychain.h"

#include "common/tr.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QMessageAuthenticationCode>

namespace SchemaPilot::Core {

namespace {

const QString kSha256Prefix = QStringLiteral("sha256:");
const QString kHmacPrefix = QStringLiteral("hmac-sha256:");

int columnIndex(const char *name)
{
    return int(historyColumns().indexOf(QLatin1StringView(name)));
}

} // namespace

QString chainProblemName(ChainProblem problem)
{
    switch (problem) {
    case ChainProblem::None: return QStringLiteral("none");
    case ChainProblem::Edited: return QStringLiteral("edited");
    case ChainProblem::Deleted: return QStringLiteral("deleted");
    case ChainProblem::Reordered: return QStringLiteral("reordered");
    case ChainProblem::Unsealed: return QStringLiteral("unsealed");
    case ChainProblem::KeyRequired: return QStringLiteral("key_required");
    case ChainProblem::Downgraded: return QStringLiteral("downgraded");
    }
    return QStringLiteral("none");
}

QByteArray canonicalHistoryContent(const StoredHistoryRow &row)
{
    // Length-prefixed so that no value can imitate a field boundary.
    const QStringList &columns = historyColumns();
    const int recordHash = columnIndex("record_hash");
    QByteArray content;
    content.reserve(1024);
    for (int i = 0; i < columns.size() && i < row.size(); ++i) {
        if (i == recordHash)
            continue;
        const QByteArray value = row[i].toUtf8();
        content += columns[i].toLatin1() + '=' + QByteArray::number(value.size()) + ':' + value + '\n';
    }
    return content;
}

QString sealHistoryContent(const QByteArray &canonical, const QByteArray &key)
{
    if (key.isEmpty())
        return kSha256Prefix + QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
    return kHmacPrefix
           + QString::fromLatin1(QMessageAuthenticationCode::hash(canonical, key, QCryptographicHash::Sha256).toHex());
}

ChainReport verifyHistoryChain(const QList<StoredHistoryRow> &rows, const QByteArray &key, const QString &startPrev,
                               qint64 startAfterId)
{
    const int idColumn = columnIndex("id");
    const int prevColumn = columnIndex("prev_hash");
    const int hashColumn = columnIndex("record_hash");

    ChainReport report;
    report.recordCount = rows.size();
    if (!rows.isEmpty())
        report.headHash = rows.last().value(hashColumn);

    // Which row carries a given seal, to tell a reordered row from one whose predecessor is gone.
    QHash<QString, qint64> idByHash;
    idByHash.reserve(rows.size());
    for (const StoredHistoryRow &row : rows) {
        if (!row.value(hashColumn).isEmpty())
            idByHash.insert(row.value(hashColumn), row.value(idColumn).toLongLong());
    }

    const auto broken = [&report](ChainProblem problem, qint64 id, const QString &reason) {
        report.intact = false;
        report.problem = problem;
        report.firstBadId = id;
        report.reason = reason;
        return report;
    };

    QString expectedPrev = startPrev;   // the chain starts with an empty prev_hash
    qint64 previousId = startAfterId;
    bool seenHmac = false;
    for (const StoredHistoryRow &row : rows) {
        const qint64 id = row.value(idColumn).toLongLong();
        const QString prev = row.value(prevColumn);
        const QString seal = row.value(hashColumn);

        if (seal.isEmpty())
            return broken(ChainProblem::Unsealed, id,
                          Tr::tr("Record #%1 has no record_hash: it was written without tamper evidence "
                                 "or its seal was removed").arg(id));
        if (prev != expectedPrev) {
            if (idByHash.contains(prev) && idByHash.value(prev) != previousId)
                return broken(ChainProblem::Reordered, id,
                              Tr::tr("Record #%1 is out of order: it was written after record #%2, not after %3")
                                  .arg(id)
                                  .arg(idByHash.value(prev))
                                  .arg(previousId ? QStringLiteral("#%1").arg(previousId) : Tr::tr("the chain start")));
            if (previousId == 0)
                return broken(ChainProblem::Deleted, id,
                              Tr::tr("Record #%1 is the oldest row but names a predecessor: older records were deleted "
                                     "outside SchemaPilot's cleanup").arg(id));
            return broken(ChainProblem::Deleted, id,
                          Tr::tr("A record between #%1 and #%2 was deleted (#%2 names a predecessor that is gone)")
                              .arg(previousId)
                              .arg(id));
        }
        const bool hmac = seal.startsWith(kHmacPrefix);
        if (hmac && key.isEmpty())
            return broken(ChainProblem::KeyRequired, id,
                          Tr::tr("Record #%1 is sealed with an HMAC key; verify with the same key "
                                 "(--key-file or SCHEMAPILOT_HISTORY_KEY_FILE)").arg(id));
        if (!hmac && !key.isEmpty() && seenHmac)
            return broken(ChainProblem::Downgraded, id,
                          Tr::tr("Record #%1 carries a plain SHA-256 seal after HMAC-sealed records: "
                                 "it was re-sealed by someone without the key").arg(id));
        if (sealHistoryContent(canonicalHistoryContent(row), key) != seal)
            return broken(ChainProblem::Edited, id,
                          hmac ? Tr::tr("Record #%1 was edited, or sealed with another key: its content does not "
                                        "match its record_hash").arg(id)
                               : Tr::tr("Record #%1 was edited: its content does not match its record_hash").arg(id));
        if (hmac) {
            ++report.hmacSealed;
            seenHmac = true;
        }
        expectedPrev = seal;
        previousId = id;
    }
    return report;
}

Result<QByteArray> readHistoryKeyFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return fail(Error{ErrorCode::FileNotFound, Tr::tr("The history key file does not exist"), {}, {}, path, 0});
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error{ErrorCode::FileUnreadable, Tr::tr("The history key file cannot be read; check its permissions"),
                          {}, file.errorString(), path, 0});
    const QByteArray key = file.readAll().trimmed();
    if (key.size() < 16)
        return fail(Error{ErrorCode::Usage,
                          Tr::tr("The history key file holds %1 bytes; use at least 16 random bytes "
                                 "(e.g. openssl rand -hex 32 > key)").arg(key.size()),
                          {}, {}, path, 0});
    return key;
}

} // namespace SchemaPilot::Core
