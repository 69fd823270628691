#include "dialects/mysql/mysqlinspector.h"
#include "support/mysqlfixture.h"

#include <QTest>

using namespace SchemaPilot::Core;

namespace {

const char *const kShopDdl = R"sql(
CREATE TABLE products (
  id int PRIMARY KEY AUTO_INCREMENT,
  code varchar(20) NOT NULL UNIQUE,
  name varchar(50) DEFAULT 'abc' COLLATE utf8mb4_bin,
  latin varchar(10) CHARACTER SET latin1 DEFAULT NULL,
  price decimal(10,2) DEFAULT 0,
  created timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  doc json,
  total decimal(12,2) AS (price * 2) VIRTUAL,
  code_len int AS (char_length(code) + 1) STORED COMMENT 'length of the code',
  flag boolean DEFAULT true,
  body text,
  qty int CHECK (qty >= 0),
  CONSTRAINT chk_name CHECK (char_length(name) > 1),
  KEY ix_name_price (name(10) DESC, price),
  FULLTEXT KEY ft_body (body)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC COMMENT='catalogue';
CREATE TABLE orders (
  id bigint NOT NULL,
  product_id int,
  product_code varchar(20),
  PRIMARY KEY (id),
  CONSTRAINT fk_product FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE ON UPDATE SET NULL,
  CONSTRAINT fk_code FOREIGN KEY (product_code) REFERENCES products (code)
);
CREATE TABLE pairs (a int NOT NULL, b int NOT NULL, PRIMARY KEY (b, a)) ENGINE=MyISAM;
CREATE TABLE schemapilot_history (id int PRIMARY KEY);
CREATE VIEW cheap AS SELECT id, name FROM products WHERE price < 10;
CREATE VIEW cheap_names AS SELECT name FROM cheap;
CREATE TRIGGER orders_bi BEFORE INSERT ON orders FOR EACH ROW SET NEW.product_code = UPPER(NEW.product_code);
INSERT INTO products (code, name, qty) VALUES ('a1', 'apple', 1), ('b2', 'banana', 2), ('c3', 'cherry', 3);
ANALYZE TABLE products;
)sql";

} // namespace

class TestMysqlInspector final : public QObject
{
    Q_OBJECT

private:
    // One database for all read-only checks keeps the executable fast.
    std::unique_ptr<SchemaPilot::Test::MysqlTestDatabase> m_db;
    std::optional<Schema> m_schema;

private slots:
    void initTestCase()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        const QString error = db.exec(QString::fromUtf8(kShopDdl));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto schema = MysqlInspector().inspect(db.database(), InspectOptions{});
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
        m_schema = *schema;
        m_db = std::move(*dbHolder);
    }

    void cleanupTestCase() { m_db.reset(); }

    void columnsAsTheEngineReportsThem_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("notNull");
        QTest::addColumn<QString>("defaultExpr");   // "<none>" when there is no default
        QTest::addColumn<QString>("collation");
        QTest::addColumn<QString>("charset");
        QTest::addColumn<bool>("autoIncrement");
        QTest::addColumn<int>("generated");
        QTest::addColumn<QString>("generatedExpr");
        QTest::addColumn<QString>("onUpdate");
        QTest::addColumn<QString>("comment");
        QTest::addColumn<int>("pkOrdinal");

        QTest::newRow("auto-increment primary key") << "id" << "int(11)" << true << "<none>" << "" << "" << true << 0 << "" << "" << "" << 1;
        QTest::newRow("not null varchar, table collation") << "code" << "varchar(20)" << true << "<none>" << "" << "" << false << 0 << "" << "" << "" << 0;
        QTest::newRow("quoted string default, own collation") << "name" << "varchar(50)" << false << "'abc'" << "utf8mb4_bin" << "" << false << 0 << "" << "" << "" << 0;
        QTest::newRow("own charset, DEFAULT NULL is no default") << "latin" << "varchar(10)" << false << "<none>" << "latin1_swedish_ci" << "latin1" << false << 0 << "" << "" << "" << 0;
        QTest::newRow("numeric default normalised by the engine") << "price" << "decimal(10,2)" << false << "0.00" << "" << "" << false << 0 << "" << "" << "" << 0;
        QTest::newRow("current_timestamp default and on update") << "created" << "timestamp" << true << "current_timestamp()" << "" << "" << false << 0 << "" << "current_timestamp()" << "" << 0;
        QTest::newRow("json shown as json, its check and collation implied") << "doc" << "json" << false << "<none>" << "" << "" << false << 0 << "" << "" << "" << 0;
        QTest::newRow("virtual generated column") << "total" << "decimal(12,2)" << false << "<none>" << "" << "" << false << int(GeneratedKind::Virtual) << "`price` * 2" << "" << "" << 0;
        QTest::newRow("stored generated column with comment") << "code_len" << "int(11)" << false << "<none>" << "" << "" << false << int(GeneratedKind::Stored) << "char_length(`code`) + 1" << "" << "length of the code" << 0;
        QTest::newRow("boolean is tinyint(1) with default 1") << "flag" << "tinyint(1)" << false << "1" << "" << "" << false << 0 << "" << "" << "" << 0;
    }

    void columnsAsTheEngineReportsThem()
    {
        QFETCH(QString, column);
        QFETCH(QString, type);
        QFETCH(bool, notNull);
        QFETCH(QString, defaultExpr);
        QFETCH(QString, collation);
        QFETCH(QString, charset);
        QFETCH(bool, autoIncrement);
        QFETCH(int, generated);
        QFETCH(QString, generatedExpr);
        QFETCH(QString, onUpdate);
        QFETCH(QString, comment);
        QFETCH(int, pkOrdinal);
        const std::optional<Schema> &schema = m_schema;
        QVERIFY(schema);
        const Table *products = schema->table(QStringLiteral("products"));
        QVERIFY(products);
        const Column *c = products->column(column);
        QVERIFY2(c, qPrintable(column));
        QCOMPARE(c->type, type);
        QCOMPARE(c->notNull, notNull);
        QCOMPARE(c->defaultExpr.value_or(QStringLiteral("<none>")), defaultExpr);
        QCOMPARE(c->collation, collation);
        QCOMPARE(c->charset, charset);
        QCOMPARE(c->autoIncrement, autoIncrement);
        QCOMPARE(int(c->generated), generated);
        QCOMPARE(c->generatedExpr, generatedExpr);
        QCOMPARE(c->onUpdate, onUpdate);
        QCOMPARE(c->comment, comment);
        QCOMPARE(c->primaryKeyOrdinal, pkOrdinal);
    }

    void tableOptionsCommentAndRowEstimate()
    {
        const std::optional<Schema> &schema = m_schema;
        QVERIFY(schema);
        QCOMPARE(schema->dialect, QStringLiteral("mysql"));
        QCOMPARE(schema->name, m_db->name());
        const Table *products = schema->table(QStringLiteral("products"));
        QVERIFY(products);
        QCOMPARE(products->options,
                 QStringLiteral("ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC"));
        QCOMPARE(products->comment, QStringLiteral("catalogue"));
        QCOMPARE(products->rowEstimate, 3); // TABLE_ROWS after ANALYZE TABLE
        QVERIFY(products->sql.startsWith(QStringLiteral("CREATE TABLE `products`")));
        QVERIFY2(!products->sql.contains(QStringLiteral("AUTO_INCREMENT=")), qPrintable(products->sql));
        QCOMPARE(schema->table(QStringLiteral("pairs"))->options.left(13), QStringLiteral("ENGINE=MyISAM"));
        QCOMPARE(schema->table(QStringLiteral("pairs"))->primaryKeyColumns(), (QStringList{"b", "a"}));
    }

    void internalTablesAreSkipped()
    {
        const std::optional<Schema> &schema = m_schema;
        QVERIFY(schema);
        QStringList names;
        for (const Table &t : schema->tables)
            names << t.name;
        QCOMPARE(names, (QStringList{"orders", "pairs", "products"}));
    }

    void indexesWithPrefixDescendingAndFulltext()
    {
        const std::optional<Schema> &schema = m_schema;
        QVERIFY(schema);
        const Table *products = schema->table(QStringLiteral("products"));
        QCOMPARE(products->indexes.first().name, QStringLiteral("PRIMARY"));
        QCOMPARE(products->indexes.first().origin, IndexOrigin::PrimaryKey);

        const Index *byName = products->index(QStringLiteral("ix_name_price"));
        QVERIFY(byName);
        QCOMPARE(byName->parts.size(), 2);
        QCOMPARE(byName->parts[0].column, QStringLiteral("name"));
        QCOMPARE(byName->parts[0].prefixLength, 10);
        QVERIFY(byName->parts[0].descending);
        QCOMPARE(byName->parts[1].prefixLength, 0);
        QVERIFY(!byName->parts[1].descending);
        QCOMPARE(byName->sql, QStringLiteral("CREATE INDEX `ix_name_price` ON `products` (`name`(10) DESC, `price`)"));

        const Index *fulltext = products->index(QStringLiteral("ft_body"));
        QVERIFY(fulltext);
        QCOMPARE(fulltext->method, QStringLiteral("FULLTEXT"));
        const Index *unique = products->index(QStringLiteral("code"));
        QVERIFY(unique);
        QVERIFY(unique->unique);
        QCOMPARE(unique->origin, IndexOrigin::Created);
        QCOMPARE(unique->method, QString());
    }

    void foreignKeysWithTheirActions()
    {
        const std::optional<Schema> &schema = m_schema;
        QVERIFY(schema);
        const Table *orders = schema->table(QStringLiteral("orders"));
        QCOMPARE(orders->foreignKeys.size(), 2);
        const ForeignKey &byCode = orders->foreignKeys[0];
        QCOMPARE(byCode.name, QStringLiteral("fk_code"));
        QCOMPARE(byCode.refColumns, QStringList{"code"});
        QCOMPARE(byCode.onDelete, QStringLiteral("RESTRICT"));
        const ForeignKey &byId = orders->foreignKeys[1];
        QCOMPARE(byId.name, QStringLiteral("fk_product"));
        QCOMPARE(byId.columns, QStringList{"product_id"});
        QCOMPARE(byId.refTable, QStringLiteral("products"));
        QCOMPARE(byId.refColumns, QStringList{"id"});
        QCOMPARE(byId.onDelete, QStringLiteral("CASCADE"));
        QCOMPARE(byId.onUpdate, QStringLiteral("SET NULL"));
        // InnoDB creates an index for each foreign key; it is part of the schema.
        QVERIFY(orders->index(QStringLiteral("fk_product")));
    }

    void checksWithoutTheJsonValidityCheck()
    {
        const std::optional<Schema> &schema = m_schema;
        QVERIFY(schema);
        const Table *products = schema->table(QStringLiteral("products"));
        QStringList checks;
        for (const CheckConstraint &check : products->checks)
            checks << check.name + u'=' + check.expression;
        QCOMPARE(checks, (QStringList{"chk_name=char_length(`name`) > 1", "qty=`qty` >= 0"}));
    }

    void viewsWithoutTheDatabaseQualifier()
    {
        const std::optional<Schema> &schema = m_schema;
        QVERIFY(schema);
        QCOMPARE(schema->views.size(), 2);
        const View *cheap = schema->view(QStringLiteral("cheap"));
        QVERIFY(cheap);
        QVERIFY2(!cheap->definition.contains(m_db->name()), qPrintable(cheap->definition));
        QCOMPARE(cheap->definition,
                 QStringLiteral("select `products`.`id` AS `id`,`products`.`name` AS `name` from `products` where `products`.`price` < 10"));
        QCOMPARE(cheap->sql, QStringLiteral("CREATE VIEW `cheap` AS ") + cheap->definition);
        QCOMPARE(cheap->dependsOn, QStringList{"products"});
        QCOMPARE(schema->view(QStringLiteral("cheap_names"))->dependsOn, QStringList{"cheap"});
    }

    void triggers()
    {
        const std::optional<Schema> &schema = m_schema;
        QVERIFY(schema);
        QCOMPARE(schema->triggers.size(), 1);
        const Trigger &trigger = schema->triggers.first();
        QCOMPARE(trigger.name, QStringLiteral("orders_bi"));
        QCOMPARE(trigger.table, QStringLiteral("orders"));
        QCOMPARE(trigger.sql, QStringLiteral("CREATE TRIGGER `orders_bi` BEFORE INSERT ON `orders` FOR EACH ROW "
                                             "SET NEW.product_code = UPPER(NEW.product_code)"));
    }

    void inspectingTwiceGivesTheSameFingerprint()
    {
        const std::optional<Schema> &first = m_schema;
        QVERIFY(first);
        const auto second = MysqlInspector().inspect(m_db->database(), InspectOptions{});
        QVERIFY(second);
        QCOMPARE(second->fingerprint(), first->fingerprint());
        QVERIFY(*second == *first);
    }
};

QTEST_GUILESS_MAIN(TestMysqlInspector)
#include "tst_mysqlinspector.moc"
