#!/usr/bin/env python3
"""The benchmark's change done by Alembic: a batch migration (SQLite "move and copy") that makes
big.payload NOT NULL DEFAULT '' ("notnull", the default), gives it COLLATE NOCASE ("collation") or
turns big.n from INTEGER into TEXT ("type").
Prints the migration's own duration in ms on stdout.
usage: alembic_batch.py DATABASE_FILE [notnull|collation|type]"""
import os
import sys
import time

import sqlalchemy as sa
from alembic.migration import MigrationContext
from alembic.operations import Operations

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "alembic_project"))
from big_change import change_big  # noqa: E402  (the same change as the Alembic project's revision)


def main():
    engine = sa.create_engine("sqlite:///" + sys.argv[1])
    with engine.begin() as connection:
        started = time.perf_counter()
        operations = Operations(MigrationContext.configure(connection))
        change_big(operations, sys.argv[2] if len(sys.argv) > 2 else "notnull")
        elapsed = (time.perf_counter() - started) * 1000.0
    print(f"{elapsed:.1f}")


if __name__ == "__main__":
    main()
