"""Alembic's environment for bench_apply: the database file comes from -x db=FILE; migrations
run online, in batch mode (SQLite's "move and copy"), in one transaction."""
from logging.config import fileConfig

import sqlalchemy as sa
from alembic import context

if context.config.config_file_name is not None:
    fileConfig(context.config.config_file_name)

arguments = context.get_x_argument(as_dictionary=True)
engine = sa.create_engine("sqlite:///" + arguments["db"])
with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=None, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
