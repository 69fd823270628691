#include "dialects/sqlite/sqlitedesiredloader.h"

#include "common/logging.h"
#include "common/tr.h"
#include "db/valuesampler.h"
#include "dialects/sqlite/sqlitecreatetext.h"
#include "dialects/sqlite/sqlitehandle.h"

#include <QAtomicInteger>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>

namespace SchemaPilot::Core {

namespace {

using namespace Qt::Literals::StringLiterals;

QAtomicInteger<quint64> s_scratchCounter;

// Pragmas a schema file may reasonably contain, plus the ones the inspector reads through
// pragma_* table functions. Everything else (temp_store_directory, journal files, ...) is refused.
const QSet<QByteArray> &allowedPragmas()
{
    static const QSet<QByteArray> names{
        "foreign_keys", "defer_foreign_keys", "recursive_triggers", "legacy_alter_table",
        "ignore_check_constraints", "case_sensitive_like", "automatic_index", "trusted_schema",
        "user_version", "application_id", "encoding", "page_size", "auto_vacuum", "cache_size",
        "journal_mode", "synchronous", "foreign_key_check", "integrity_check", "quick_check",
        "table_list", "table_info", "table_xinfo", "index_list", "index_info", "index_xinfo",
        "foreign_key_list", "collation_list", "function_list", "module_list", "pragma_list",
        "compile_options",
        // read-only; FTS5 reads it when a virtual table is created
        "data_version"};
    return names;
}

struct Guard {
    QString refusal;   // why the authorizer denied the last statement, empty when it did not
    int progressCalls = 0;   // of the running statement, counted by stopRunaway
};

// A schema file creates objects and perhaps a few seed rows; a statement that runs for more than
// this many virtual-machine steps (a fraction of a second) is a runaway, e.g. an unbounded recursive CTE.
constexpr int kProgressInterval = 10000;
constexpr int kMaxProgressCalls = 2000;   // 20 million steps
// No single value of a schema file needs more; randomblob(1e9) would otherwise take a gigabyte.
constexpr int kMaxValueBytes = 64 << 20;

int stopRunaway(void *userData)
{
    auto *guard = static_cast<Guard *>(userData);
    if (++guard->progressCalls <= kMaxProgressCalls)
        return 0;
    guard->refusal = Tr::tr("it ran for more than %1 million steps; a schema file should only create objects "
                            "and a few seed rows").arg(qint64(kProgressInterval) * kMaxProgressCalls / 1000000);
    return 1;
}

int authorize(void *userData, int action, const char *arg1, const char *arg2, const char *, const char *)
{
    auto *guard = static_cast<Guard *>(userData);
    switch (action) {
    case SQLITE_ATTACH:
    case SQLITE_DETACH:
        guard->refusal = Tr::tr("ATTACH and DETACH open or close other database files");
        return SQLITE_DENY;
    case SQLITE_PRAGMA:
        if (arg1 && allowedPragmas().contains(QByteArray(arg1).toLower()))
            return SQLITE_OK;
        guard->refusal = Tr::tr("PRAGMA %1 can touch files or connection settings")
                             .arg(QString::fromUtf8(arg1 ? arg1 : "?"));
        return SQLITE_DENY;
    case SQLITE_FUNCTION:
        if (arg2 && qstricmp(arg2, "load_extension") == 0) {
            guard->refusal = Tr::tr("load_extension() loads code from files");
            return SQLITE_DENY;
        }
        return SQLITE_OK;
    default:
        return SQLITE_OK;
    }
}

struct StatementFinalizer {
    sqlite3_stmt *statement = nullptr;
    ~StatementFinalizer() { sqlite3_finalize(statement); }
};

// Skips whitespace and comments, which the engine ignores in front of a statement.
const char *skipSpaceAndComments(const char *p, const char *end)
{
    while (p < end) {
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' || *p == '\v') {
            ++p;
        } else if (*p == '-' && p + 1 < end && p[1] == '-') {
            while (p < end && *p != '\n')
                ++p;
        } else if (*p == '/' && p + 1 < end && p[1] == '*') {
            p += 2;
            while (p + 1 < end && !(p[0] == '*' && p[1] == '/'))
                ++p;
            p = std::min(p + 2, end);
        } else {
            break;
        }
    }
    return p;
}

// "CREATE TABLE sqlite_sequence(name,seq)" and "CREATE TABLE sqlite_stat1(tbl,idx,stat)": the
// sqlite3 shell's .schema prints the engine's own tables, which no statement may create (SQLite
// makes them itself for AUTOINCREMENT and ANALYZE). Returns the end of such a statement, else null.
const char *internalTableStatementEnd(const char *start, const char *end)
{
    static const QRegularExpression internal(QStringLiteral(
        R"(^CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?["`\[]?sqlite_(?:sequence|stat\d)["`\]]?\s*\([^;]*\)\s*(;|$))"),
        QRegularExpression::CaseInsensitiveOption);
    const qsizetype available = std::min<qsizetype>(end - start, 256);
    const QString head = QString::fromUtf8(start, available);
    const QRegularExpressionMatch match = internal.match(head);
    if (!match.hasMatch())
        return nullptr;
    return start + QStringView(head).left(match.capturedEnd()).toUtf8().size();
}

int lineAt(const char *begin, const char *p)
{
    return 1 + int(std::count(begin, p, '\n'));
}

// The text of a statement that did not prepare: up to the first ';' at which the engine itself
// (sqlite3_complete) considers the statement complete, so trigger bodies stay whole.
// Bounded, because a broken quote early in a large file would make the search quadratic.
QString failedStatementText(const char *start, const char *end)
{
    constexpr qsizetype kMaxText = 64 * 1024;
    constexpr int kMaxCandidates = 256;
    end = start + std::min<qsizetype>(end - start, kMaxText);
    int candidates = 0;
    for (const char *p = start; p < end && candidates < kMaxCandidates; ++p) {
        if (*p != ';')
            continue;
        ++candidates;
        const QByteArray candidate(start, p - start + 1);
        if (sqlite3_complete(candidate.constData()))
            return QString::fromUtf8(start, p - start).trimmed();
    }
    return QString::fromUtf8(start, end - start).trimmed();
}

class ScratchLoad final
{
public:
    ScratchLoad(sqlite3 *handle, const QString &fileName) : m_handle(handle), m_fileName(fileName) {}

    Result<void> execute(const QString &ddl);

private:
    Unexpected statementFailure(int number, const char *start, const QString &statement, const char *errorAt);

    sqlite3 *m_handle = nullptr;
    QString m_fileName;
    QByteArray m_utf8;
    Guard m_guard;
};

Unexpected ScratchLoad::statementFailure(int number, const char *start, const QString &statement, const char *errorAt)
{
    const char *begin = m_utf8.constData();
    Error error;
    error.code = ErrorCode::SchemaLoadFailed;
    error.file = m_fileName;
    error.line = lineAt(begin, start);
    error.statement = statement;
    const QString file = m_fileName.isEmpty() ? Tr::tr("the desired schema") : m_fileName;
    if (!m_guard.refusal.isEmpty()) {
        // "not authorized" when the engine refused it; empty when SchemaPilot itself did (VACUUM)
        if (sqlite3_errcode(m_handle) != SQLITE_OK)
            error.driverText = QString::fromUtf8(sqlite3_errmsg(m_handle));
        error.message = Tr::tr("Statement %1 of %2 was refused: %3. The desired schema is loaded into a private "
                               "in-memory database and may only create schema objects; remove the statement and retry")
                            .arg(number)
                            .arg(file, m_guard.refusal);
        return fail(std::move(error));
    }
    error.driverText = QString::fromUtf8(sqlite3_errmsg(m_handle));
    QString where;
    if (errorAt && lineAt(begin, errorAt) != error.line)
        where = Tr::tr(" (near line %1)").arg(lineAt(begin, errorAt));
    error.message = Tr::tr("Statement %1 of %2 failed%3: %4; fix the statement and retry")
                        .arg(number)
                        .arg(file, where, error.driverText);
    return fail(std::move(error));
}

Result<void> ScratchLoad::execute(const QString &ddl)
{
    // The scratch database lives in memory; make sure the DDL cannot reach any file either.
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_limit(m_handle, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(m_handle, SQLITE_LIMIT_LENGTH, kMaxValueBytes);
    sqlite3_set_authorizer(m_handle, authorize, &m_guard);
    sqlite3_progress_handler(m_handle, kProgressInterval, stopRunaway, &m_guard);

    m_utf8 = ddl.toUtf8();
    const char *begin = m_utf8.constData();
    const char *end = begin + m_utf8.size();
    const char *position = begin;
    // The engine stops reading at a NUL, so the rest of the file would be silently ignored.
    if (const char *nul = std::find(begin, end, '\0'); nul != end) {
        const int line = lineAt(begin, nul);
        return fail(Error{ErrorCode::SchemaLoadFailed,
                          Tr::tr("%1 contains a NUL byte on line %2; a schema file must be plain SQL text")
                              .arg(m_fileName.isEmpty() ? Tr::tr("The desired schema") : m_fileName)
                              .arg(line),
                          {}, {}, m_fileName, line});
    }
    int number = 0;
    while (position < end) {
        const char *start = skipSpaceAndComments(position, end);
        if (start >= end)
            break;
        if (const char *skipped = internalTableStatementEnd(start, end)) {
            position = skipped;
            continue;
        }
        m_guard.refusal.clear();
        m_guard.progressCalls = 0;
        StatementFinalizer statement;
        const char *tail = nullptr;
        // The engine decides where each statement ends (trigger bodies, strings, comments).
        const int prepared = sqlite3_prepare_v2(m_handle, position, int(end - position), &statement.statement, &tail);
        if (prepared != SQLITE_OK) {
            const int offset = sqlite3_error_offset(m_handle);
            return statementFailure(number + 1, start, failedStatementText(start, end),
                                    offset >= 0 ? position + offset : nullptr);
        }
        if (!statement.statement) { // a lone ';'
            position = tail && tail > position ? tail : end;
            continue;
        }
        ++number;
        QString text = QString::fromUtf8(start, tail - start).trimmed();
        if (text.endsWith(u';'))
            text = text.chopped(1).trimmed();
        if (SqliteCreateText::firstKeyword(text) == "VACUUM"_L1) {
            m_guard.refusal = Tr::tr("VACUUM can write a copy of the database to a file (VACUUM INTO)");
            return statementFailure(number, start, text, nullptr);
        }
        int stepped = SQLITE_ROW;
        while (stepped == SQLITE_ROW)
            stepped = sqlite3_step(statement.statement);
        if (stepped != SQLITE_DONE)
            return statementFailure(number, start, text, nullptr);
        position = tail;
    }
    qCDebug(lcCore) << "desired schema" << m_fileName << "executed" << number << "statements";
    return {};
}

} // namespace

namespace {

// Values of the rows the desired file inserts (lookup tables), as rename evidence.
ValueSamples sampleSeededRows(const QSqlDatabase &db, const Schema &schema)
{
    ValueSamples samples;
    for (const Table &table : schema.tables) {
        for (const Column &column : table.columns) {
            auto values = sampleDistinctValues(db, sqliteQuote(table.name), sqliteQuote(column.name));
            if (!values || values->isEmpty())
                continue;
            samples.byColumn.insert(valueSampleKey(table.name, column.name), *values);
        }
    }
    return samples;
}

} // namespace

QString SqliteDesiredLoader::cacheIdentity() const
{
    return u"sqlite "_s + QString::fromLatin1(sqlite3_sourceid());
}

Result<Schema> SqliteDesiredLoader::load(const QString &ddl, const QString &fileName, const QSqlDatabase &target,
                                         const InspectOptions &options) const
{
    Q_UNUSED(target) // SQLite needs no server-side scratch space
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return fail(ErrorCode::SchemaLoadFailed,
                    Tr::tr("The Qt SQL driver QSQLITE is not installed (Debian: libqt6sql6-sqlite)"));

    const QString name = u"schemapilot-desired-%1-%2"_s.arg(quintptr(QThread::currentThreadId()))
                             .arg(s_scratchCounter.fetchAndAddRelaxed(1));
    Result<Schema> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(u":memory:"_s);
        result = [&]() -> Result<Schema> {
            if (!db.open())
                return fail(ErrorCode::SchemaLoadFailed,
                            Tr::tr("Could not open a scratch in-memory SQLite database for the desired schema"),
                            db.lastError().text());
            sqlite3 *handle = sqliteHandleOf(db);
            if (!handle)
                return fail(ErrorCode::SchemaLoadFailed,
                            Tr::tr("The QSQLITE driver did not expose its SQLite handle; check the Qt installation"));
            ScratchLoad load(handle, fileName);
            auto executed = load.execute(ddl);
            sqlite3_progress_handler(handle, 0, nullptr, nullptr);   // the step limit is for the file's statements
            Result<Schema> schema = executed ? Result<Schema>() : fail(executed.error());
            if (executed) {
                // Row estimates of a scratch database mean nothing: the desired side has none.
                InspectOptions scratchOptions = options;
                scratchOptions.estimateRows = false;
                schema = m_inspector.inspect(db, scratchOptions);
                if (!schema && schema.error().file.isEmpty())
                    schema.error().file = fileName;
                // DDL changes no rows: only a file that seeds data has values worth sampling.
                if (schema && sqlite3_total_changes(handle) > 0)
                    schema->samples = sampleSeededRows(db, *schema);
            }
            sqlite3_set_authorizer(handle, nullptr, nullptr);
            return schema;
        }();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace SchemaPilot::Core
