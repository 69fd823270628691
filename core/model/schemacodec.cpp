#include "model/schemacodec.h"

#include <QDataStream>
#include <QIODevice>

namespace SchemaPilot::Core {

namespace {

// Adding a field to the model changes its size: these fail to compile (on 64-bit builds) until the
// codec and the round-trip test in tst_schemacodec learn the new field too.
constexpr bool k64 = sizeof(void *) == 8;
static_assert(!k64 || sizeof(Column) == 280, "Column changed: update the codec and tst_schemacodec");
static_assert(!k64 || sizeof(ForeignKey) == 176, "ForeignKey changed: update the codec and tst_schemacodec");
static_assert(!k64 || sizeof(UniqueConstraint) == 56, "UniqueConstraint changed: update the codec and tst_schemacodec");
static_assert(!k64 || sizeof(CheckConstraint) == 56, "CheckConstraint changed: update the codec and tst_schemacodec");
static_assert(!k64 || sizeof(IndexPart) == 88, "IndexPart changed: update the codec and tst_schemacodec");
static_assert(!k64 || sizeof(Index) == 184, "Index changed: update the codec and tst_schemacodec");
static_assert(!k64 || sizeof(Table) == 264, "Table changed: update the codec and tst_schemacodec");
static_assert(!k64 || sizeof(View) == 128, "View changed: update the codec and tst_schemacodec");
static_assert(!k64 || sizeof(Trigger) == 96, "Trigger changed: update the codec and tst_schemacodec");
static_assert(!k64 || sizeof(SchemaObject) == 96, "SchemaObject changed: update the codec and tst_schemacodec");
static_assert(!k64 || sizeof(Schema) == 152, "Schema changed: update the codec and tst_schemacodec");

constexpr quint32 kMagic = 0x53505343;   // "SPSC"
constexpr quint16 kFormat = 3;   // 2: Column::invisible; 3: PostgreSQL identity options, deferral, UNLOGGED, NO INHERIT

class Writer
{
public:
    explicit Writer(QByteArray *bytes) : m_out(bytes, QIODevice::WriteOnly) { m_out.setVersion(QDataStream::Qt_6_0); }

    Writer &operator<<(const QString &v) { m_out << v; return *this; }
    Writer &operator<<(bool v) { m_out << v; return *this; }
    Writer &operator<<(qint32 v) { m_out << v; return *this; }
    Writer &operator<<(qint64 v) { m_out << v; return *this; }
    Writer &operator<<(quint32 v) { m_out << v; return *this; }
    Writer &operator<<(quint16 v) { m_out << v; return *this; }
    Writer &operator<<(const QStringList &v) { return list(v, [this](const QString &s) { *this << s; }); }

    template<typename T, typename F>
    Writer &list(const QList<T> &items, F each)
    {
        m_out << quint32(items.size());
        for (const T &item : items)
            each(item);
        return *this;
    }

private:
    QDataStream m_out;
};

// Every read checks the stream; a count larger than the bytes left is damage, not a reason to allocate.
class Reader
{
public:
    explicit Reader(const QByteArray &bytes) : m_size(bytes.size()), m_in(bytes) { m_in.setVersion(QDataStream::Qt_6_0); }

    bool ok() const { return m_ok && m_in.status() == QDataStream::Ok; }
    bool atEnd() const { return m_in.atEnd(); }

    Reader &operator>>(QString &v)
    {
        if (ok()) {
            // A QString is a byte length followed by UTF-16; refuse a length past the end.
            if (const qint64 left = remaining(); left < 4 || peekLength() > quint64(left - 4))
                m_ok = false;
            else
                m_in >> v;
        }
        return *this;
    }
    Reader &operator>>(bool &v) { if (ok()) m_in >> v; return *this; }
    Reader &operator>>(qint32 &v) { if (ok()) m_in >> v; return *this; }
    Reader &operator>>(qint64 &v) { if (ok()) m_in >> v; return *this; }
    Reader &operator>>(quint32 &v) { if (ok()) m_in >> v; return *this; }
    Reader &operator>>(quint16 &v) { if (ok()) m_in >> v; return *this; }
    Reader &operator>>(QStringList &v) { return list(v, [this](QString &s) { *this >> s; }); }

    template<typename T, typename F>
    Reader &list(QList<T> &items, F each)
    {
        quint32 count = 0;
        *this >> count;
        if (!ok() || count > remaining()) {   // every element takes at least one byte
            m_ok = false;
            return *this;
        }
        items.clear();
        items.reserve(count);
        for (quint32 i = 0; i < count && ok(); ++i)
            each(items.emplace_back());
        return *this;
    }

private:
    qint64 remaining() const { return m_size - m_in.device()->pos(); }
    quint64 peekLength()
    {
        const QByteArray head = m_in.device()->peek(4);
        if (head.size() < 4)
            return ~quint64(0);
        const quint32 length = (quint32(uchar(head[0])) << 24) | (quint32(uchar(head[1])) << 16)
                               | (quint32(uchar(head[2])) << 8) | quint32(uchar(head[3]));
        return length == 0xffffffffu ? 0 : length;   // 0xffffffff encodes a null QString
    }

    qint64 m_size = 0;
    QDataStream m_in;
    bool m_ok = true;
};

void writeColumn(Writer &s, const Column &c)
{
    qint32 generated = qint32(c.generated);
    bool hasDefault = c.defaultExpr.has_value();
    QString defaultExpr = c.defaultExpr.value_or(QString());
    s << c.name << c.type << c.notNull << hasDefault << defaultExpr << c.collation << qint32(c.primaryKeyOrdinal)
      << c.autoIncrement << generated << c.generatedExpr << c.charset << c.comment << c.identity << c.onUpdate << c.invisible
      << c.identityOptions;
}

void readColumn(Reader &s, Column &c)
{
    qint32 generated = 0;
    qint32 ordinal = 0;
    bool hasDefault = false;
    QString defaultExpr;
    s >> c.name >> c.type >> c.notNull >> hasDefault >> defaultExpr >> c.collation >> ordinal >> c.autoIncrement
        >> generated >> c.generatedExpr >> c.charset >> c.comment >> c.identity >> c.onUpdate >> c.invisible >> c.identityOptions;
    c.primaryKeyOrdinal = ordinal;
    c.defaultExpr = hasDefault ? std::optional<QString>(defaultExpr) : std::nullopt;
    c.generated = generated == qint32(GeneratedKind::Virtual) ? GeneratedKind::Virtual
                  : generated == qint32(GeneratedKind::Stored) ? GeneratedKind::Stored
                                                               : GeneratedKind::None;
}

void writeIndex(Writer &s, const Index &i)
{
    s << i.name << i.table << i.unique;
    s.list(i.parts, [&](const IndexPart &p) {
        s << p.column << p.expression << p.descending << p.collation << qint32(p.prefixLength);
    });
    s << i.where << i.method << i.include << qint32(i.origin) << i.sql;
}

void readIndex(Reader &s, Index &i)
{
    qint32 origin = 0;
    s >> i.name >> i.table >> i.unique;
    s.list(i.parts, [&](IndexPart &p) {
        qint32 prefix = 0;
        s >> p.column >> p.expression >> p.descending >> p.collation >> prefix;
        p.prefixLength = prefix;
    });
    s >> i.where >> i.method >> i.include >> origin >> i.sql;
    i.origin = origin == qint32(IndexOrigin::UniqueConstraint) ? IndexOrigin::UniqueConstraint
               : origin == qint32(IndexOrigin::PrimaryKey)     ? IndexOrigin::PrimaryKey
                                                               : IndexOrigin::Created;
}

void writeTable(Writer &s, const Table &t)
{
    s << t.name;
    s.list(t.columns, [&](const Column &c) { writeColumn(s, c); });
    s << t.primaryKeyName;
    s << t.primaryKeyDeferrable << t.primaryKeyInitiallyDeferred << t.unlogged;
    s.list(t.uniques, [&](const UniqueConstraint &u) { s << u.name << u.columns << u.deferrable << u.initiallyDeferred; });
    s.list(t.checks, [&](const CheckConstraint &c) { s << c.name << c.expression << c.noInherit; });
    s.list(t.foreignKeys, [&](const ForeignKey &f) {
        s << f.name << f.columns << f.refTable << f.refColumns << f.onDelete << f.onUpdate << f.match << f.deferrable
          << f.initiallyDeferred;
    });
    s.list(t.indexes, [&](const Index &i) { writeIndex(s, i); });
    s << t.withoutRowid << t.strict << t.options << t.comment << t.sql << t.rowEstimate;
}

void readTable(Reader &s, Table &t)
{
    s >> t.name;
    s.list(t.columns, [&](Column &c) { readColumn(s, c); });
    s >> t.primaryKeyName;
    s >> t.primaryKeyDeferrable >> t.primaryKeyInitiallyDeferred >> t.unlogged;
    s.list(t.uniques, [&](UniqueConstraint &u) { s >> u.name >> u.columns >> u.deferrable >> u.initiallyDeferred; });
    s.list(t.checks, [&](CheckConstraint &c) { s >> c.name >> c.expression >> c.noInherit; });
    s.list(t.foreignKeys, [&](ForeignKey &f) {
        s >> f.name >> f.columns >> f.refTable >> f.refColumns >> f.onDelete >> f.onUpdate >> f.match >> f.deferrable
            >> f.initiallyDeferred;
    });
    s.list(t.indexes, [&](Index &i) { readIndex(s, i); });
    s >> t.withoutRowid >> t.strict >> t.options >> t.comment >> t.sql >> t.rowEstimate;
}

} // namespace

QByteArray encodeSchema(const Schema &schema)
{
    QByteArray bytes;
    Writer s(&bytes);
    s << kMagic << kFormat << schema.dialect << schema.name;
    s.list(schema.tables, [&](const Table &t) { writeTable(s, t); });
    s.list(schema.views, [&](const View &v) {
        s << v.name << v.sql << v.definition << v.materialized << v.dependsOn;
        s.list(v.columns, [&](const Column &c) { writeColumn(s, c); });
    });
    s.list(schema.triggers, [&](const Trigger &t) { s << t.name << t.table << t.sql << t.functionSql; });
    s.list(schema.objects, [&](const SchemaObject &o) { s << o.kind << o.name << o.sql << o.dropSql; });
    QStringList keys = schema.samples.byColumn.keys();
    keys.sort();   // the same schema always encodes to the same bytes
    s.list(keys, [&](const QString &key) { s << key << schema.samples.byColumn.value(key); });
    return bytes;
}

std::optional<Schema> decodeSchema(const QByteArray &bytes)
{
    Reader s(bytes);
    quint32 magic = 0;
    quint16 format = 0;
    s >> magic >> format;
    if (!s.ok() || magic != kMagic || format != kFormat)
        return std::nullopt;
    Schema schema;
    s >> schema.dialect >> schema.name;
    s.list(schema.tables, [&](Table &t) { readTable(s, t); });
    s.list(schema.views, [&](View &v) {
        s >> v.name >> v.sql >> v.definition >> v.materialized >> v.dependsOn;
        s.list(v.columns, [&](Column &c) { readColumn(s, c); });
    });
    s.list(schema.triggers, [&](Trigger &t) { s >> t.name >> t.table >> t.sql >> t.functionSql; });
    s.list(schema.objects, [&](SchemaObject &o) { s >> o.kind >> o.name >> o.sql >> o.dropSql; });
    QList<QString> keys;
    s.list(keys, [&](QString &key) {
        QStringList values;
        s >> key >> values;
        schema.samples.byColumn.insert(key, values);
    });
    if (!s.ok() || !s.atEnd())
        return std::nullopt;
    return schema;
}

} // namespace SchemaPilot::Core
