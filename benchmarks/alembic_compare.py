#!/usr/bin/python3
"""The Alembic side of bench_status: the same question `schemapilot-cli status` answers.

usage: alembic_compare.py DATABASE.sqlite DESIRED.sql

Does the equivalent work: loads the desired schema (CREATE statements) into an in-memory SQLite
database and reflects it into a SQLAlchemy MetaData, connects to the live database, runs
alembic.autogenerate.compare_metadata and prints the diff as JSON.
"""
import json
import sqlite3
import sys

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import MetaData, create_engine


def desired_metadata(ddl):
    # The desired schema, as SchemaPilot's loader sees it: executed in a scratch database.
    scratch = sqlite3.connect(":memory:")
    scratch.executescript(ddl)
    engine = create_engine("sqlite://", creator=lambda: scratch)
    metadata = MetaData()
    metadata.reflect(bind=engine)
    return metadata


def not_sqlite_internal(name, type_, parent_names):
    # SchemaPilot ignores SQLite's own tables (sqlite_stat1 after ANALYZE); so does this side.
    return not (type_ == "table" and name.startswith("sqlite_"))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    db_path, schema_path = sys.argv[1], sys.argv[2]
    with open(schema_path, encoding="utf-8") as f:
        metadata = desired_metadata(f.read())
    engine = create_engine("sqlite:///" + db_path)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True, "compare_server_default": True,
                                                                  "include_name": not_sqlite_internal})
        diff = compare_metadata(context, metadata)
    print(json.dumps({"migration_needed": bool(diff), "operation_count": len(diff),
                      "operations": [repr(op)[:200] for op in diff]}))


if __name__ == "__main__":
    main()
