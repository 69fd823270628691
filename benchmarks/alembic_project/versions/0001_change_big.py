"""The benchmark's change of table big, chosen by -x change=...: "type" turns big.n from INTEGER
into TEXT, "collation" gives big.payload COLLATE NOCASE, "notnull" (the default) makes it
NOT NULL DEFAULT ''.

Revision ID: 0001
"""
import sqlalchemy as sa
from alembic import context, op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    change = context.get_x_argument(as_dictionary=True).get("change", "notnull")
    if change == "type":
        with op.batch_alter_table("big", recreate="always") as batch:
            batch.alter_column("n", existing_type=sa.Integer(), type_=sa.Text())
    elif change == "collation":
        with op.batch_alter_table("big", recreate="always") as batch:
            batch.alter_column("payload", existing_type=sa.Text(), type_=sa.Text(collation="NOCASE"))
    else:
        # Alembic copies rows as they are; NULLs must be filled first (SchemaPilot's plan does it).
        op.execute("UPDATE big SET payload = '' WHERE payload IS NULL")
        with op.batch_alter_table("big", recreate="always") as batch:
            batch.alter_column("payload", existing_type=sa.Text(), nullable=False, server_default="")


def downgrade():
    raise NotImplementedError("the benchmark only upgrades")
