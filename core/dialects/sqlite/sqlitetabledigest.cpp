#include "dialects/sqlite/sqlitetabledigest.h"

#include "common/tr.h"
#include "dialects/sqlite/sqliteinspector.h"

#include <sqlite3.h>

#include <cstring>

namespace SchemaPilot::Core {

namespace {

constexpr quint64 kMultiplier = 0x9e3779b97f4a7c15ULL;
// SQLite's limit on function arguments (SQLITE_MAX_FUNCTION_ARG) is 127 in Debian's build; wider
// column lists are hashed by stepping through the rows instead.
constexpr int kMaxAggregateColumns = 100;
const char kAggregateName[] = "schemapilot_table_digest";

// Mixes `size` bytes into `hash` eight at a time (multiply and xor-shift per word): several times
// faster than byte-wise FNV-1a on long text, and any changed, added or removed byte changes the result.
// Enough to notice accidental changes; no defence against tampering.
quint64 mixBytes(const unsigned char *data, qsizetype size, quint64 hash)
{
    hash = (hash ^ quint64(size)) * kMultiplier;
    for (; size >= 8; data += 8, size -= 8) {
        quint64 word;
        std::memcpy(&word, data, 8);
        hash = (hash ^ word) * kMultiplier;
        hash ^= hash >> 29;
    }
    quint64 tail = 0;
    if (size > 0)
        std::memcpy(&tail, data, size_t(size));
    hash = (hash ^ tail) * kMultiplier;
    return hash ^ (hash >> 32);
}

// One row's hash from its values; the storage class goes in with each value.
quint64 rowHash(int count, sqlite3_value **values)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (int i = 0; i < count; ++i) {
        sqlite3_value *value = values[i];
        const int type = sqlite3_value_type(value);
        if (type == SQLITE_INTEGER) {
            const sqlite3_int64 v = sqlite3_value_int64(value);
            h = mixBytes(reinterpret_cast<const unsigned char *>(&v), sizeof v, h + SQLITE_INTEGER);
        } else if (type == SQLITE_FLOAT) {
            const double v = sqlite3_value_double(value);
            h = mixBytes(reinterpret_cast<const unsigned char *>(&v), sizeof v, h + SQLITE_FLOAT);
        } else if (type == SQLITE_NULL) {
            h = mixBytes(nullptr, 0, h + SQLITE_NULL);
        } else {
            const auto *data = static_cast<const unsigned char *>(sqlite3_value_blob(value));
            h = mixBytes(data, sqlite3_value_bytes(value), h + type);
        }
    }
    return h;
}

struct Accumulator {
    quint64 sum = 0;
    quint64 mixed = 0;
    qint64 rows = 0;

    void add(quint64 h)
    {
        sum += h;
        mixed ^= h * kMultiplier;
        ++rows;
    }
    TableDigest digest() const
    {
        TableDigest d;
        d.rows = rows;
        d.hash = QByteArray::number(sum, 16) + ':' + QByteArray::number(mixed, 16);
        return d;
    }
};

// The aggregate hashes rows inside SQLite's virtual machine: no per-value API round trip (each
// sqlite3_column_* call takes the connection's mutex), which halves the cost of a digest.
// Its final value is unused: the result lands in the Accumulator passed as user data.
void aggregateStep(sqlite3_context *context, int count, sqlite3_value **values)
{
    static_cast<Accumulator *>(sqlite3_user_data(context))->add(rowHash(count, values));
}

void aggregateFinal(sqlite3_context *context)
{
    sqlite3_result_null(context);
}

QString selectList(const QStringList &columns)
{
    QStringList quoted;
    for (const QString &column : columns)
        quoted << sqliteQuote(column);
    return quoted.isEmpty() ? QStringLiteral("1") : quoted.join(u", ");
}

} // namespace

Result<TableDigest> sqliteTableDigest(sqlite3 *handle, const QString &table, const QStringList &columns)
{
    if (!handle)
        return fail(ErrorCode::Internal, Tr::tr("No SQLite handle for the table digest"));
    Accumulator accumulator;
    const bool aggregate = columns.size() <= kMaxAggregateColumns;
    if (aggregate
        && sqlite3_create_function_v2(handle, kAggregateName, -1, SQLITE_UTF8 | SQLITE_DIRECTONLY, &accumulator, nullptr,
                                      aggregateStep, aggregateFinal, nullptr) != SQLITE_OK) {
        return fail(Error{ErrorCode::StatementFailed, Tr::tr("Could not read table %1 for verification").arg(table), {},
                          QString::fromUtf8(sqlite3_errmsg(handle)), {}, 0});
    }
    const QString sql = aggregate ? QStringLiteral("SELECT %1(%2) FROM %3").arg(QLatin1String(kAggregateName), selectList(columns), sqliteQuote(table))
                                  : QStringLiteral("SELECT %1 FROM %2").arg(selectList(columns), sqliteQuote(table));
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    int rc = sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc == SQLITE_OK) {
        if (aggregate) {
            rc = sqlite3_step(stmt);
            rc = rc == SQLITE_ROW ? sqlite3_step(stmt) : rc;
        } else {
            const int n = sqlite3_column_count(stmt);
            QVarLengthArray<sqlite3_value *, 128> values(n);
            while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
                for (int i = 0; i < n; ++i)
                    values[i] = sqlite3_column_value(stmt, i);
                accumulator.add(rowHash(n, values.data()));
            }
        }
    }
    Error error{ErrorCode::StatementFailed, Tr::tr("Could not read table %1 for verification").arg(table), sql,
                QString::fromUtf8(sqlite3_errmsg(handle)), {}, 0};
    sqlite3_finalize(stmt);
    if (aggregate)
        sqlite3_create_function_v2(handle, kAggregateName, -1, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr, nullptr);
    if (rc != SQLITE_DONE) {
        if ((rc & 0xff) == SQLITE_INTERRUPT)
            error.code = ErrorCode::TimedOut;
        return fail(error);
    }
    return accumulator.digest();
}

} // namespace SchemaPilot::Core
