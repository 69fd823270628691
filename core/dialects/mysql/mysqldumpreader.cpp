#include "dialects/mysql/mysqldumpreader.h"

#include "common/tr.h"

#include <QFile>

namespace SchemaPilot::Core {

namespace {

// `name` at the start of `text` (backticks, `` inside), or empty. `consumed` is its length.
QString backtickName(QByteArrayView text, qsizetype *consumed = nullptr)
{
    if (text.isEmpty() || text.front() != '`')
        return {};
    QByteArray name;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text[i] != '`') {
            name += text[i];
            continue;
        }
        if (i + 1 < text.size() && text[i + 1] == '`') {
            name += '`';
            ++i;
            continue;
        }
        if (consumed)
            *consumed = i + 1;
        return QString::fromUtf8(name);
    }
    return {};
}

QString nameAfter(const QByteArray &line, QByteArrayView prefix)
{
    const qsizetype at = line.indexOf(prefix);
    return at < 0 ? QString() : backtickName(QByteArrayView(line).sliced(at + prefix.size()));
}

// Scans the VALUES part of an extended INSERT, which may span lines: counts top-level tuples and
// notices the terminating semicolon.
class InsertScanner final
{
public:
    void start(const QString &table) { *this = InsertScanner{}; m_table = table; m_active = true; }
    bool active() const { return m_active; }
    const QString &table() const { return m_table; }

    // Returns the tuples started in `text`; active() turns false after the closing ';'.
    qint64 feed(QByteArrayView text)
    {
        qint64 tuples = 0;
        for (qsizetype i = 0; i < text.size() && m_active; ++i) {
            const char c = text[i];
            if (m_quote) {
                if (m_escaped)
                    m_escaped = false;
                else if (c == '\\')
                    m_escaped = true;
                else if (c == m_quote)
                    m_quote = 0;   // a doubled quote reopens at once on the next character
                continue;
            }
            if (c == '\'' || c == '"') {
                m_quote = c;
            } else if (c == '(') {
                if (m_depth++ == 0)
                    ++tuples;
            } else if (c == ')') {
                --m_depth;
            } else if (c == ';' && m_depth == 0) {
                m_active = false;
            }
        }
        return tuples;
    }
    bool balanced() const { return m_depth == 0 && m_quote == 0; }

private:
    QString m_table;
    bool m_active = false;
    int m_depth = 0;
    char m_quote = 0;
    bool m_escaped = false;
};

} // namespace

Result<MysqlDumpContents> readMysqlDump(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error{file.exists() ? ErrorCode::FileUnreadable : ErrorCode::NotFound,
                          Tr::tr("Cannot read the MySQL dump file"), {}, file.errorString(), path, 0});
    MysqlDumpContents contents;
    InsertScanner insert;
    QByteArray lastLine;
    int lineNumber = 0;
    bool inBody = false;
    static constexpr QByteArrayView insertPrefix("INSERT INTO ");
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        ++lineNumber;
        if (insert.active()) {
            contents.rowCounts[insert.table()] += insert.feed(line);
            if (!insert.active() && !insert.balanced() && contents.problem.isEmpty())
                contents.problem = Tr::tr("the rows of table %1 end in the middle of a value (line %2)").arg(insert.table()).arg(lineNumber);
            continue;
        }
        if (lineNumber <= 5 && (line.startsWith("-- MariaDB dump") || line.startsWith("-- MySQL dump")))
            contents.header = true;
        if (!line.trimmed().isEmpty())
            lastLine = line;
        // Trigger and routine bodies (between DELIMITER ;; and DELIMITER ;) may contain INSERTs of their own.
        if (line.startsWith("DELIMITER ")) {
            inBody = line.trimmed() != "DELIMITER ;";
            continue;
        }
        if (inBody)
            continue;
        if (line.startsWith(insertPrefix)) {
            qsizetype nameLength = 0;
            const QString table = backtickName(QByteArrayView(line).sliced(insertPrefix.size()), &nameLength);
            if (table.isEmpty()) {
                if (contents.problem.isEmpty())
                    contents.problem = Tr::tr("an INSERT without a table name on line %1").arg(lineNumber);
                continue;
            }
            insert.start(table);
            const qsizetype values = line.indexOf(" VALUES", insertPrefix.size() + nameLength);
            if (values < 0) {
                if (contents.problem.isEmpty())
                    contents.problem = Tr::tr("an INSERT into %1 without VALUES on line %2").arg(table).arg(lineNumber);
                continue;
            }
            contents.rowCounts[table] += insert.feed(QByteArrayView(line).sliced(values));
            if (!insert.active() && !insert.balanced() && contents.problem.isEmpty())
                contents.problem = Tr::tr("the rows of table %1 end in the middle of a value (line %2)").arg(table).arg(lineNumber);
            continue;
        }
        if (line.startsWith("CREATE TABLE `")) {
            const QString table = nameAfter(line, "CREATE TABLE ");
            contents.tables.insert(table);
            contents.rowCounts.insert(table, contents.rowCounts.value(table, 0));
        } else if (line.startsWith("/*!50001 VIEW `") || line.startsWith("/*!50001 CREATE VIEW `")) {
            contents.views.insert(nameAfter(line, "VIEW "));
        }
    }
    if (insert.active() && contents.problem.isEmpty())
        contents.problem = Tr::tr("the file ends inside the rows of table %1").arg(insert.table());
    contents.complete = lastLine.startsWith("-- Dump completed");
    // A view's temporary stand-in is never a table of its own.
    for (const QString &view : std::as_const(contents.views)) {
        contents.tables.remove(view);
        contents.rowCounts.remove(view);
    }
    return contents;
}

} // namespace SchemaPilot::Core
