#!/usr/bin/env python3
"""The benchmark's change done by Alembic: a batch migration (SQLite "move and copy") that makes
big.payload NOT NULL DEFAULT '' ("notnull", the default), gives it COLLATE NOCASE ("collation") or
turns big.n from INTEGER into TEXT ("type").
Prints the migration's own duration in ms on stdout.
usage: alembic_batch.py DATABASE_FILE [notnull|collation|type]"""
import sys
import time

import sqlalchemy as sa
from alembic.migration import MigrationContext
from alembic.operations import Operations


def main():
    engine = sa.create_engine("sqlite:///" + sys.argv[1])
    with engine.begin() as connection:
        started = time.perf_counter()
        operations = Operations(MigrationContext.configure(connection))
        change = sys.argv[2] if len(sys.argv) > 2 else "notnull"
        if change == "type":
            with operations.batch_alter_table("big", recreate="always") as batch:
                batch.alter_column("n", existing_type=sa.Integer(), type_=sa.Text())
        elif change == "collation":
            with operations.batch_alter_table("big", recreate="always") as batch:
                batch.alter_column("payload", existing_type=sa.Text(), type_=sa.Text(collation="NOCASE"))
        else:
            # Alembic copies rows as they are; NULLs must be filled first (SchemaPilot's plan does it).
            operations.execute("UPDATE big SET payload = '' WHERE payload IS NULL")
            with operations.batch_alter_table("big", recreate="always") as batch:
                batch.alter_column("payload", existing_type=sa.Text(), nullable=False, server_default="")
        elapsed = (time.perf_counter() - started) * 1000.0
    print(f"{elapsed:.1f}")


if __name__ == "__main__":
    main()
