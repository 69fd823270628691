#include "dialects/sqlite/sqlitecreatetext.h"

#include "common/sqltokenlist.h"

namespace SchemaPilot::Core {

namespace {

using namespace Qt::Literals::StringLiterals;

// Index one past the parenthesised group opening at `i` (or i itself when there is none).
qsizetype skipGroup(const SqlTokenList &t, qsizetype i, qsizetype last)
{
    if (!t.isPunct(i, u'('))
        return i;
    const qsizetype close = t.matchingParen(i);
    return close < 0 ? last + 1 : close + 1;
}

// The column names of "(a, b COLLATE x DESC, ...)" opening at `open`: the first token of each term.
QStringList groupColumns(const SqlTokenList &t, qsizetype open)
{
    QStringList columns;
    const qsizetype close = t.matchingParen(open);
    if (close < 0)
        return columns;
    for (const auto &[first, last] : t.splitTopLevel(open + 1, close - 1))
        columns << t.identifier(first);
    return columns;
}

// ON DELETE/UPDATE, MATCH and DEFERRABLE after "REFERENCES table [(cols)]". Returns the next index.
qsizetype parseReferences(const SqlTokenList &t, qsizetype i, qsizetype last, SqliteForeignKeyText &fk)
{
    ++i; // REFERENCES
    fk.refTable = t.identifier(i);
    i = skipGroup(t, i + 1, last);
    while (i <= last) {
        if (t.isKeyword(i, "ON"_L1)) {
            i += 2; // ON DELETE | ON UPDATE; the action itself comes from PRAGMA foreign_key_list
            i += (t.isKeyword(i, "SET"_L1) || t.isKeyword(i, "NO"_L1)) ? 2 : 1;
        } else if (t.isKeyword(i, "MATCH"_L1)) {
            fk.match = t.identifier(i + 1).toUpper();
            i += 2;
        } else if (t.isKeyword(i, "NOT"_L1) && t.isKeyword(i + 1, "DEFERRABLE"_L1)) {
            // SQLite: NOT DEFERRABLE is immediate whatever INITIALLY says
            fk.deferrable = false;
            fk.initiallyDeferred = false;
            i += t.isKeyword(i + 2, "INITIALLY"_L1) ? 4 : 2;
        } else if (t.isKeyword(i, "DEFERRABLE"_L1)) {
            fk.deferrable = true;
            fk.initiallyDeferred = t.isKeyword(i + 1, "INITIALLY"_L1) && t.isKeyword(i + 2, "DEFERRED"_L1);
            i += t.isKeyword(i + 1, "INITIALLY"_L1) ? 3 : 1;
        } else {
            break;
        }
    }
    return i;
}

// Walks the constraints of one column definition (`column` set) or one table constraint.
void parseConstraints(const SqlTokenList &t, qsizetype i, qsizetype last, SqliteColumnText *column,
                      SqliteTableText &out)
{
    const bool tableLevel = column == nullptr;
    QString pendingName;
    while (i <= last) {
        if (t.isKeyword(i, "CONSTRAINT"_L1)) {
            pendingName = t.identifier(i + 1);
            i += 2;
        } else if (t.isKeyword(i, "PRIMARY"_L1)) {
            if (!pendingName.isEmpty())
                out.primaryKeyName = pendingName;
            pendingName.clear();
            i = tableLevel ? skipGroup(t, i + 2, last) : i + 2;
        } else if (t.isKeyword(i, "UNIQUE"_L1)) {
            const QStringList columns = tableLevel ? groupColumns(t, i + 1) : QStringList{column->name};
            out.uniques << SqliteUniqueText{pendingName, columns};
            pendingName.clear();
            i = tableLevel ? skipGroup(t, i + 1, last) : i + 1;
        } else if (t.isKeyword(i, "CHECK"_L1) && t.isPunct(i + 1, u'(')) {
            const qsizetype close = t.matchingParen(i + 1);
            if (close < 0)
                return;
            out.checks << CheckConstraint{pendingName, t.textBetween(i + 2, close - 1).trimmed()};
            pendingName.clear();
            i = close + 1;
        } else if (tableLevel && t.isKeyword(i, "FOREIGN"_L1) && t.isKeyword(i + 1, "KEY"_L1)) {
            SqliteForeignKeyText fk;
            fk.constraintName = pendingName;
            fk.columns = groupColumns(t, i + 2);
            i = skipGroup(t, i + 2, last);
            if (t.isKeyword(i, "REFERENCES"_L1))
                i = parseReferences(t, i, last, fk);
            out.foreignKeys << fk;
            pendingName.clear();
        } else if (!tableLevel && t.isKeyword(i, "REFERENCES"_L1)) {
            SqliteForeignKeyText fk;
            fk.constraintName = pendingName;
            fk.columns = {column->name};
            i = parseReferences(t, i, last, fk);
            out.foreignKeys << fk;
            pendingName.clear();
        } else if (!tableLevel && t.isKeyword(i, "AS"_L1) && t.isPunct(i + 1, u'(')) {
            const qsizetype close = t.matchingParen(i + 1);
            if (close < 0)
                return;
            column->generatedExpr = t.textBetween(i + 2, close - 1).trimmed();
            pendingName.clear();
            i = close + 1;
        } else if (t.isPunct(i, u'(')) {
            i = skipGroup(t, i, last); // type size, DEFAULT (expr)
        } else {
            // NOT NULL, DEFAULT, COLLATE, GENERATED ... take the pending name with them
            if (t.isKeyword(i, "NOT"_L1) || t.isKeyword(i, "NULL"_L1) || t.isKeyword(i, "DEFAULT"_L1)
                || t.isKeyword(i, "COLLATE"_L1) || t.isKeyword(i, "GENERATED"_L1))
                pendingName.clear();
            ++i;
        }
    }
}

bool startsTableConstraint(const SqlTokenList &t, qsizetype i)
{
    for (const auto keyword : {"CONSTRAINT"_L1, "PRIMARY"_L1, "UNIQUE"_L1, "CHECK"_L1, "FOREIGN"_L1})
        if (t.isKeyword(i, keyword))
            return true;
    return false;
}

} // namespace

SqliteTableText SqliteCreateText::parseTable(const QString &createTableSql)
{
    SqliteTableText result;
    const SqlTokenList t(createTableSql);
    qsizetype open = -1;
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t.isKeyword(i, "AS"_L1))
            return result; // CREATE TABLE ... AS SELECT: no column definitions to read
        if (t.isPunct(i, u'(')) {
            open = i;
            break;
        }
    }
    const qsizetype close = t.matchingParen(open);
    if (close < 0)
        return result;
    for (const auto &[first, last] : t.splitTopLevel(open + 1, close - 1)) {
        if (startsTableConstraint(t, first)) {
            parseConstraints(t, first, last, nullptr, result);
        } else {
            result.columns << SqliteColumnText{t.identifier(first), {}};
            parseConstraints(t, first + 1, last, &result.columns.last(), result);
        }
    }
    return result;
}

SqliteIndexText SqliteCreateText::parseIndex(const QString &createIndexSql)
{
    SqliteIndexText result;
    const SqlTokenList t(createIndexSql);
    const qsizetype on = t.findTopLevelKeyword(0, t.size() - 1, "ON"_L1);
    if (on < 0)
        return result;
    qsizetype open = on + 2;
    if (t.isPunct(open, u'.')) // schema-qualified table name
        open += 2;
    const qsizetype close = t.matchingParen(open);
    if (close < 0)
        return result;
    for (auto [first, last] : t.splitTopLevel(open + 1, close - 1)) {
        if (last > first && (t.isKeyword(last, "ASC"_L1) || t.isKeyword(last, "DESC"_L1)))
            --last;
        if (last - 1 > first && t.isKeyword(last - 1, "COLLATE"_L1))
            last -= 2;
        result.parts << t.textBetween(first, last).trimmed();
    }
    const qsizetype where = t.findTopLevelKeyword(close + 1, t.size() - 1, "WHERE"_L1);
    if (where >= 0)
        result.where = t.textBetween(where + 1, t.size() - 1).trimmed();
    return result;
}

QString SqliteCreateText::viewSelect(const QString &createViewSql)
{
    const SqlTokenList t(createViewSql);
    const qsizetype as = t.findTopLevelKeyword(0, t.size() - 1, "AS"_L1);
    return as < 0 ? QString() : t.textBetween(as + 1, t.size() - 1).trimmed();
}

QString SqliteCreateText::firstKeyword(const QString &sql)
{
    const SqlTokenList t(sql);
    if (t.size() == 0 || t.at(0).kind != SqlToken::Kind::Word)
        return {};
    return t.text(0).toUpper();
}

} // namespace SchemaPilot::Core
