"""The benchmark's change of table big as Alembic batch operations, shared by the project's
revision (`alembic upgrade head`) and by ../alembic_batch.py (the same change without the CLI):
"type" turns big.n from INTEGER into TEXT, "collation" gives big.payload COLLATE NOCASE,
"notnull" (the default) makes it NOT NULL DEFAULT ''."""
import sqlalchemy as sa


def change_big(operations, change):
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
