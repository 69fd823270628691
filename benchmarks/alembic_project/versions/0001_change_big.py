"""The benchmark's change of table big (big_change.py), chosen by -x change=type|collation|notnull.

Revision ID: 0001
"""
from alembic import context, op

from big_change import change_big

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    change_big(op, context.get_x_argument(as_dictionary=True).get("change", "notnull"))


def downgrade():
    raise NotImplementedError("the benchmark only upgrades")
