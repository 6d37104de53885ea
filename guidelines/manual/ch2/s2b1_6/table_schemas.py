"""The shape of §2B1.6's table (tables/aggravated_identity_theft.toml)."""

from __future__ import annotations

from ussg.guidelines.engine.table_schemas import MayNotExist


class AggravatedIdentityTheft(MayNotExist):
    """One version of §2B1.6: (a) and comment. (n.2), or ``exists = false`` and why."""

    text: str | None = None
    a_text: str | None = None
    note2_text: str | None = None


SCHEMAS = {"aggravated_identity_theft": AggravatedIdentityTheft}
