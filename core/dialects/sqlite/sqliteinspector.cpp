#include "dialects/sqlite/sqliteinspector.h"

#include "common/logging.h"
#include "common/sqltokenlist.h"
#include "common/tr.h"
#include "db/sqlexec.h"
#include "dialects/sqlite/sqlitecreatetext.h"
#include "dialects/sqlite/sqlitehandle.h"

#include <QHash>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>

namespace SchemaPilot::Core {

namespace {

using namespace Qt::Literals::StringLiterals;

struct SchemaRow {
    QString type;
    QString name;
    QString tableName;
    QString sql;
};

bool nameLess(const QString &a, const QString &b)
{
    const int c = a.compare(b, Qt::CaseInsensitive);
    return c != 0 ? c < 0 : a < b;
}

template<typename T>
void sortByName(QList<T> &items)
{
    std::sort(items.begin(), items.end(), [](const T &a, const T &b) { return nameLess(a.name, b.name); });
}

bool sameNames(const QStringList &a, const QStringList &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a.at(i).compare(b.at(i), Qt::CaseInsensitive) != 0)
            return false;
    return true;
}

// SQLite numbers constraint indexes sqlite_autoindex_<table>_<N> in declaration order.
int autoindexNumber(const QString &indexName)
{
    const qsizetype underscore = indexName.lastIndexOf(u'_');
    return underscore < 0 ? 0 : indexName.mid(underscore + 1).toInt();
}

class Inspection final
{
public:
    Inspection(const QSqlDatabase &db, sqlite3 *handle, const InspectOptions &options)
        : m_db(db), m_handle(handle), m_options(options)
    {
    }

    Result<Schema> run();

private:
    bool isSkipped(const QString &name) const;
    Result<void> readSchemaRows();
    Result<void> readStatistics();
    Result<Table> readTable(const QString &name, bool withoutRowid, bool strict);
    Result<void> readColumns(Table &table, const SqliteTableText &text);
    Result<void> readIndexes(Table &table, const SqliteTableText &text);
    Result<Index> readIndex(const Table &table, const QString &name, bool unique, const QString &origin, bool partial);
    Result<void> readForeignKeys(Table &table, const SqliteTableText &text);
    Result<qint64> estimateRows(const Table &table);
    QStringList viewDependencies(const QString &select, const QString &self) const;
    Unexpected readFailure(Error error, const QString &what) const;
    Result<QSqlQuery> perObjectQuery(const QString &sql, const QString &objectName);

    const QSqlDatabase &m_db;
    sqlite3 *m_handle = nullptr;
    const InspectOptions &m_options;
    QList<SchemaRow> m_rows;
    QHash<QString, QString> m_sqlByName;        // lower-case name -> stored CREATE text
    QHash<QString, qint64> m_statRows;          // lower-case table -> rows per sqlite_stat1
    QHash<QString, QSqlQuery> m_prepared;       // per-object pragma queries, prepared once
    Schema m_schema;
};

Unexpected Inspection::readFailure(Error error, const QString &what) const
{
    if (error.code == ErrorCode::StatementFailed || error.code == ErrorCode::Internal) {
        error.code = ErrorCode::IntrospectionFailed;
        error.message = Tr::tr("Could not read %1 from the SQLite database; check that the file is a healthy "
                               "SQLite 3.37+ database and retry")
                            .arg(what);
    }
    return fail(std::move(error));
}

// The pragma queries run once per table or index: prepared once per inspection, SQLite parses
// each text once instead of once per object (a third of `status`'s time on a 20-table file).
Result<QSqlQuery> Inspection::perObjectQuery(const QString &sql, const QString &objectName)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return fail(errorFromSql(query.lastError(), sql));
        it = m_prepared.insert(sql, query);
    }
    // A copy shares the prepared statement and gives the caller a query of its own to step
    // through (Qt 6.4 deprecates copying QSqlQuery; sharing is what is wanted here).
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    QSqlQuery query = *it;
    QT_WARNING_POP
    query.bindValue(0, objectName);
    if (!query.exec())
        return fail(errorFromSql(query.lastError(), sql));
    return query;
}

bool Inspection::isSkipped(const QString &name) const
{
    if (name.startsWith("sqlite_"_L1, Qt::CaseInsensitive) || name.startsWith("schemapilot_"_L1, Qt::CaseInsensitive))
        return true;
    return m_options.excludeTables.contains(name, Qt::CaseInsensitive);
}

Result<void> Inspection::readSchemaRows()
{
    auto query = runQuery(m_db, u"SELECT type, name, tbl_name, sql FROM main.sqlite_schema"_s);
    if (!query)
        return readFailure(query.error(), Tr::tr("the schema table"));
    while (query->next()) {
        SchemaRow row{query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
                      query->value(3).toString()};
        m_sqlByName.insert(row.name.toLower(), row.sql);
        m_rows << row;
    }
    return {};
}

Result<void> Inspection::readStatistics()
{
    if (!m_options.estimateRows || !m_sqlByName.contains(u"sqlite_stat1"_s))
        return {};
    auto query = runQuery(m_db, u"SELECT tbl, stat FROM main.sqlite_stat1"_s);
    if (!query)
        return readFailure(query.error(), Tr::tr("the table statistics (sqlite_stat1)"));
    while (query->next()) {
        // "stat" starts with the number of rows of the table (or of the index, which is the same)
        const QString stat = query->value(1).toString();
        bool ok = false;
        const qint64 rows = stat.section(u' ', 0, 0).toLongLong(&ok);
        if (!ok)
            continue;
        const QString table = query->value(0).toString().toLower();
        m_statRows.insert(table, std::max(rows, m_statRows.value(table, 0)));
    }
    return {};
}

Result<void> Inspection::readColumns(Table &table, const SqliteTableText &text)
{
    auto query = perObjectQuery(u"SELECT cid, name, type, \"notnull\", dflt_value, pk, hidden "
                          "FROM pragma_table_xinfo(?, 'main') ORDER BY cid"_s, table.name);
    if (!query)
        return readFailure(query.error(), Tr::tr("the columns of table %1").arg(table.name));
    const QByteArray tableName = table.name.toUtf8();
    while (query->next()) {
        const int hidden = query->value(6).toInt();
        if (hidden == 1) // hidden columns exist only in virtual tables
            continue;
        Column column;
        column.name = query->value(1).toString();
        column.type = query->value(2).toString();
        column.notNull = query->value(3).toInt() != 0;
        if (!query->value(4).isNull())
            column.defaultExpr = query->value(4).toString();
        column.primaryKeyOrdinal = query->value(5).toInt();
        if (hidden == 2 || hidden == 3) {
            column.generated = hidden == 2 ? GeneratedKind::Virtual : GeneratedKind::Stored;
            for (const SqliteColumnText &parsed : text.columns)
                if (parsed.name.compare(column.name, Qt::CaseInsensitive) == 0)
                    column.generatedExpr = parsed.generatedExpr;
        }
        // Collation and AUTOINCREMENT are known to the engine but no PRAGMA reports them.
        const char *declaredType = nullptr;
        const char *collation = nullptr;
        int notNull = 0, primaryKey = 0, autoIncrement = 0;
        const int rc = sqlite3_table_column_metadata(m_handle, "main", tableName.constData(),
                                                     column.name.toUtf8().constData(), &declaredType, &collation,
                                                     &notNull, &primaryKey, &autoIncrement);
        if (rc != SQLITE_OK) {
            const QString driverText = QString::fromUtf8(sqlite3_errmsg(m_handle));
            return readFailure(Error{ErrorCode::IntrospectionFailed, {}, {}, driverText, {}, 0},
                               Tr::tr("the collation of column %1.%2").arg(table.name, column.name));
        }
        const QString collationName = QString::fromUtf8(collation);
        if (collationName.compare("BINARY"_L1, Qt::CaseInsensitive) != 0)
            column.collation = collationName;
        column.autoIncrement = autoIncrement != 0;
        table.columns << column;
    }
    return {};
}

Result<Index> Inspection::readIndex(const Table &table, const QString &name, bool unique, const QString &origin,
                                    bool partial)
{
    Index index;
    index.name = name;
    index.table = table.name;
    index.unique = unique;
    index.origin = origin == "pk"_L1  ? IndexOrigin::PrimaryKey
                   : origin == "u"_L1 ? IndexOrigin::UniqueConstraint
                                      : IndexOrigin::Created;
    if (index.origin == IndexOrigin::Created)
        index.sql = m_sqlByName.value(name.toLower());
    const SqliteIndexText text = SqliteCreateText::parseIndex(index.sql);
    if (partial)
        index.where = text.where;

    auto query = perObjectQuery(u"SELECT seqno, cid, name, \"desc\", coll, \"key\" "
                          "FROM pragma_index_xinfo(?, 'main') ORDER BY seqno"_s, name);
    if (!query)
        return readFailure(query.error(), Tr::tr("the columns of index %1").arg(name));
    while (query->next()) {
        if (query->value(5).toInt() == 0) // auxiliary columns (rowid, WITHOUT ROWID key) are not part of the key
            continue;
        IndexPart part;
        const int seqno = query->value(0).toInt();
        const int cid = query->value(1).toInt();
        QString baseCollation = u"BINARY"_s;
        if (cid >= 0 && !query->value(2).isNull()) {
            part.column = query->value(2).toString();
            if (const Column *column = table.column(part.column); column && !column->collation.isEmpty())
                baseCollation = column->collation;
        } else {
            part.expression = text.parts.value(seqno, cid == -1 ? u"rowid"_s : QString());
        }
        part.descending = query->value(3).toInt() != 0;
        const QString collation = query->value(4).toString();
        if (collation.compare(baseCollation, Qt::CaseInsensitive) != 0)
            part.collation = collation;
        index.parts << part;
    }
    return index;
}

Result<void> Inspection::readIndexes(Table &table, const SqliteTableText &text)
{
    auto query = perObjectQuery(u"SELECT name, \"unique\", origin, partial FROM pragma_index_list(?, 'main')"_s, table.name);
    if (!query)
        return readFailure(query.error(), Tr::tr("the indexes of table %1").arg(table.name));
    struct Entry { QString name; bool unique; QString origin; bool partial; };
    QList<Entry> entries;
    while (query->next())
        entries << Entry{query->value(0).toString(), query->value(1).toInt() != 0, query->value(2).toString(),
                         query->value(3).toInt() != 0};
    query->finish();

    QList<std::pair<int, UniqueConstraint>> uniques;
    QList<bool> used(text.uniques.size(), false);
    for (const Entry &entry : entries) {
        auto index = readIndex(table, entry.name, entry.unique, entry.origin, entry.partial);
        if (!index)
            return fail(index.error());
        if (index->origin == IndexOrigin::UniqueConstraint) {
            UniqueConstraint unique{{}, index->columnNames()};
            // SQLite keeps no constraint names; the CREATE text does when the user gave one.
            for (qsizetype i = 0; i < text.uniques.size(); ++i) {
                if (!used.at(i) && sameNames(text.uniques.at(i).columns, unique.columns)) {
                    used[i] = true;
                    unique.name = text.uniques.at(i).constraintName;
                    break;
                }
            }
            uniques.append({autoindexNumber(index->name), unique});
        }
        table.indexes << *index;
    }
    std::sort(uniques.begin(), uniques.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &entry : uniques)
        table.uniques << entry.second;
    sortByName(table.indexes);
    return {};
}

Result<void> Inspection::readForeignKeys(Table &table, const SqliteTableText &text)
{
    // SQLite lists the last declared key first (id 0): descending ids give declaration order.
    auto query = perObjectQuery(u"SELECT id, \"table\", \"from\", \"to\", on_update, on_delete "
                          "FROM pragma_foreign_key_list(?, 'main') ORDER BY id DESC, seq"_s, table.name);
    if (!query)
        return readFailure(query.error(), Tr::tr("the foreign keys of table %1").arg(table.name));
    int currentId = -1;
    while (query->next()) {
        const int id = query->value(0).toInt();
        if (id != currentId || table.foreignKeys.isEmpty()) {
            currentId = id;
            ForeignKey fk;
            fk.refTable = query->value(1).toString();
            fk.onUpdate = query->value(4).toString().toUpper();
            fk.onDelete = query->value(5).toString().toUpper();
            table.foreignKeys << fk;
        }
        ForeignKey &fk = table.foreignKeys.last();
        fk.columns << query->value(2).toString();
        if (!query->value(3).isNull())
            fk.refColumns << query->value(3).toString();
    }
    QList<bool> used(text.foreignKeys.size(), false);
    for (ForeignKey &fk : table.foreignKeys) {
        for (qsizetype i = 0; i < text.foreignKeys.size(); ++i) {
            const SqliteForeignKeyText &parsed = text.foreignKeys.at(i);
            if (used.at(i) || !sameNames(parsed.columns, fk.columns)
                || parsed.refTable.compare(fk.refTable, Qt::CaseInsensitive) != 0)
                continue;
            used[i] = true;
            fk.name = parsed.constraintName;
            fk.match = parsed.match;
            fk.deferrable = parsed.deferrable;
            fk.initiallyDeferred = parsed.initiallyDeferred;
            break;
        }
    }
    return {};
}

Result<qint64> Inspection::estimateRows(const Table &table)
{
    if (const auto it = m_statRows.constFind(table.name.toLower()); it != m_statRows.cend())
        return *it;
    if (table.withoutRowid)
        return qint64(-1); // no cheap bound without statistics
    // max(rowid) walks one b-tree edge (O(log n)); pick a rowid alias no column shadows.
    for (const auto alias : {"rowid"_L1, "_rowid_"_L1, "oid"_L1}) {
        if (table.column(alias))
            continue;
        auto value = queryScalar(m_db, u"SELECT max(%1) FROM main.%2"_s.arg(alias, sqliteQuote(table.name)));
        if (!value)
            return readFailure(value.error(), Tr::tr("the row estimate of table %1").arg(table.name));
        return value->isNull() ? qint64(0) : value->toLongLong();
    }
    return qint64(-1);
}

Result<Table> Inspection::readTable(const QString &name, bool withoutRowid, bool strict)
{
    Table table;
    table.name = name;
    table.withoutRowid = withoutRowid;
    table.strict = strict;
    table.sql = m_sqlByName.value(name.toLower());
    const SqliteTableText text = SqliteCreateText::parseTable(table.sql);
    table.primaryKeyName = text.primaryKeyName;
    table.checks = text.checks;
    if (auto ok = readColumns(table, text); !ok)
        return fail(ok.error());
    if (auto ok = readIndexes(table, text); !ok)
        return fail(ok.error());
    if (auto ok = readForeignKeys(table, text); !ok)
        return fail(ok.error());
    if (m_options.estimateRows) {
        auto rows = estimateRows(table);
        if (!rows)
            return fail(rows.error());
        table.rowEstimate = *rows;
    }
    return table;
}

QStringList Inspection::viewDependencies(const QString &select, const QString &self) const
{
    QHash<QString, QString> known; // lower-case -> the name as created
    for (const Table &table : m_schema.tables)
        known.insert(table.name.toLower(), table.name);
    for (const SchemaRow &row : m_rows)
        if (row.type == "view"_L1 && !isSkipped(row.name))
            known.insert(row.name.toLower(), row.name);
    known.remove(self.toLower());
    // Any identifier naming a table or view: a column (or keyword) with such a name only adds a
    // harmless ordering edge, while a missed one would break the order of CREATE VIEW statements.
    QStringList dependencies;
    const SqlTokenList tokens(select);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const auto kind = tokens.at(i).kind;
        if (kind != SqlToken::Kind::Word && kind != SqlToken::Kind::QuotedIdentifier)
            continue;
        const QString name = known.value(tokens.identifier(i).toLower());
        if (!name.isEmpty() && !dependencies.contains(name))
            dependencies << name;
    }
    std::sort(dependencies.begin(), dependencies.end(), nameLess);
    return dependencies;
}

Result<Schema> Inspection::run()
{
    m_schema.dialect = u"sqlite"_s;
    m_schema.name = u"main"_s;
    if (auto ok = readSchemaRows(); !ok)
        return fail(ok.error());
    if (auto ok = readStatistics(); !ok)
        return fail(ok.error());

    auto list = runQuery(m_db, u"SELECT name, type, wr, strict FROM pragma_table_list WHERE schema = 'main'"_s);
    if (!list)
        return readFailure(list.error(), Tr::tr("the table list"));
    struct Entry { QString name; QString type; bool withoutRowid; bool strict; };
    QList<Entry> entries;
    while (list->next())
        entries << Entry{list->value(0).toString(), list->value(1).toString(), list->value(2).toInt() != 0,
                         list->value(3).toInt() != 0};
    list->finish();

    for (const Entry &entry : entries) {
        if (isSkipped(entry.name))
            continue;
        if (entry.type == "table"_L1) {
            auto table = readTable(entry.name, entry.withoutRowid, entry.strict);
            if (!table)
                return fail(table.error());
            m_schema.tables << *table;
        } else if (entry.type == "virtual"_L1) {
            // FTS, R*Tree, ...: the model does not break them down; their shadow tables follow them
            m_schema.objects << SchemaObject{u"virtual table"_s, entry.name, m_sqlByName.value(entry.name.toLower()),
                                             u"DROP TABLE %1"_s.arg(sqliteQuote(entry.name))};
        }
    }
    sortByName(m_schema.tables);
    sortByName(m_schema.objects);

    for (const SchemaRow &row : m_rows) {
        if (isSkipped(row.name))
            continue;
        if (row.type == "view"_L1) {
            const QString select = SqliteCreateText::viewSelect(row.sql);
            m_schema.views << View{row.name, row.sql, select, false, viewDependencies(select, row.name)};
        } else if (row.type == "trigger"_L1 && !isSkipped(row.tableName)) {
            m_schema.triggers << Trigger{row.name, row.tableName, row.sql, {}};
        }
    }
    sortByName(m_schema.views);
    sortByName(m_schema.triggers);
    return m_schema;
}

} // namespace

using namespace Qt::Literals::StringLiterals;

Result<Schema> SqliteInspector::inspect(const QSqlDatabase &db, const InspectOptions &options) const
{
    sqlite3 *handle = sqliteHandleOf(db);
    if (!handle)
        return fail(ErrorCode::IntrospectionFailed,
                    Tr::tr("The connection is not an open SQLite database; open it with the QSQLITE driver first"));
    // One read transaction gives one consistent snapshot even while another process migrates.
    // Inside the caller's own transaction the snapshot is already consistent.
    const bool ownTransaction = sqlite3_get_autocommit(handle) != 0;
    if (ownTransaction) {
        if (auto begun = execSql(db, u"BEGIN"_s); !begun)
            return fail(begun.error());
    }
    Result<Schema> schema = Inspection(db, handle, options).run();
    if (ownTransaction && sqlite3_get_autocommit(handle) == 0) {
        // a read transaction has nothing to lose; a failure to end it only matters to the log
        if (auto ended = execSql(db, schema ? u"COMMIT"_s : u"ROLLBACK"_s); !ended)
            qCWarning(lcCore) << "could not end the inspection transaction:" << ended.error().driverText;
    }
    return schema;
}

} // namespace SchemaPilot::Core
