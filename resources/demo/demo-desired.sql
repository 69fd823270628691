-- SchemaPilot demo: the schema the next release wants.
CREATE TABLE customers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL DEFAULT '',          -- was nullable
    phone TEXT,                             -- new
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
    -- fax is gone
);

CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL,
    title TEXT NOT NULL,
    price NUMERIC(10, 2) NOT NULL DEFAULT 0,  -- was REAL
    discontinued INTEGER NOT NULL DEFAULT 0   -- new
);
CREATE UNIQUE INDEX idx_products_sku ON products(sku);

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

CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    body TEXT,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX idx_orders_customer ON orders(customer_id);
CREATE INDEX idx_orders_status_created ON orders(status, created_at DESC);
CREATE INDEX idx_reviews_product ON reviews(product_id);

CREATE VIEW open_orders AS
    SELECT o.id, c.email, o.created_at FROM orders o JOIN customers c ON c.id = o.customer_id
    WHERE o.status <> 'shipped';

CREATE VIEW product_ratings AS
    SELECT p.id, p.title, avg(r.rating) AS rating, count(r.id) AS reviews
    FROM products p LEFT JOIN reviews r ON r.product_id = p.id GROUP BY p.id;
