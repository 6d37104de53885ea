"""The shape of §2K3.2's table (tables/mailing_injurious_articles.toml)."""

from __future__ import annotations

from pydantic import model_validator

from ussg.guidelines.engine.table_schemas import MayNotExist
from ussg.guidelines.manual.ch2.fixed_levels import Reference


class MailingInjuriousArticles(MayNotExist):
    """One version of §2K3.2 (``exists = false`` with ``text`` before Nov. 1, 1990)."""

    heading: str | None = None  # "Base Offense Level (Apply the greater):"
    intent: Reference | None = None  # (a)(1)
    death: Reference | None = None  # (a)(2)
    text: str | None = None

    @model_validator(mode="after")
    def _complete(self) -> "MailingInjuriousArticles":
        needed = ["heading", "intent", "death"] if self.exists else ["text"]
        missing = [f for f in needed if getattr(self, f) is None]
        if missing:
            raise ValueError(f"a version needs {', '.join(missing)}")
        return self


SCHEMAS = {"mailing_injurious_articles": MailingInjuriousArticles}
