-- SchemaPilot demo: a small shop as it runs in production today.
PRAGMA foreign_keys = ON;

CREATE TABLE customers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL UNIQUE,
    name TEXT,
    fax TEXT,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL,
    title TEXT NOT NULL,
    price REAL NOT NULL DEFAULT 0
);

CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'new',
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE order_items (
    order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products(id),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (order_id, product_id)
) WITHOUT ROWID;

CREATE INDEX idx_orders_customer ON orders(customer_id);

CREATE VIEW open_orders AS
    SELECT o.id, c.email, o.created_at FROM orders o JOIN customers c ON c.id = o.customer_id
    WHERE o.status <> 'shipped';

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
INSERT INTO customers (email, name, fax)
    SELECT 'customer' || i || '@example.com', CASE WHEN i % 7 = 0 THEN NULL ELSE 'Customer ' || i END,
           CASE WHEN i % 5 = 0 THEN '+49 30 ' || (100000 + i) END
    FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)
INSERT INTO products (id, sku, title, price)
    SELECT i, 'SKU-' || printf('%04d', i), 'Product ' || i, round(i * 3.7, 2) FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)
INSERT INTO orders (id, customer_id, status)
    SELECT i, 1 + (i * 37) % 200, CASE i % 3 WHEN 0 THEN 'shipped' WHEN 1 THEN 'new' ELSE 'paid' END FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)
INSERT INTO order_items (order_id, product_id, quantity)
    SELECT i, 1 + (i * 13) % 50, 1 + i % 4 FROM n;
