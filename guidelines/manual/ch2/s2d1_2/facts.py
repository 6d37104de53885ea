"""The facts §2D1.2 asks for beyond §2D1.1's (``[offense.protected_location]``)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict


class DirectlyInvolvedDrug(Strict):
    """A controlled substance and the part of its quantity that directly involved a
    protected location or an underage or pregnant individual (the keys of ``[[offense.drugs]]``,
    read the same way)."""

    substance: str = Field(description="Substance as the Drug Quantity Table names it, as in "
                                       "[[offense.drugs]].")
    quantity: str | None = Field(None, description="Exact quantity with unit (\"5 g\"), as in "
                                                   "[[offense.drugs]].")
    quantity_at_least: str | None = Field(None, description="The quantity as the court found "
                                          "it, \"at least\" this much, as in [[offense.drugs]].")
    quantity_between: list[str] | None = Field(None, description="The quantity as the court "
                                               "found it, between two amounts, as in "
                                               "[[offense.drugs]].")
    purity: str | None = Field(None, description="Purity of the mixture (\"50%\"), as in "
                                                 "[[offense.drugs]].")


class ProtectedLocationFacts(Strict):
    """§2D1.2(a): what the court found beyond the total quantity (``[offense] drugs``)."""

    directly_involved_drugs: list[DirectlyInvolvedDrug] | None = Field(
        None,
        description="§2D1.2(a)(1) (from Nov. 1, 1990, Amendment 319): \"the quantity of "
        "controlled substances directly involving a protected location or an underage or "
        "pregnant individual\", one entry per substance; left out, the whole quantity of "
        "[offense] drugs directly involved it. Under the Nov. 1, 1989 text (a)(1) takes the "
        "offense level from §2D1.1 of the whole offense and this key is refused. Before Nov. "
        "1, 1989 (\"Involving Juveniles\", Application Note 1): the amounts of the offenses "
        "that involved the juvenile, doubled or tripled \"before totalling the amounts\".")
    person_under_18: bool = Field(
        False,
        description="§2D1.2(a)(3) (from Nov. 1, 1990; (a)(2) in the Nov. 1, 1989 text): \"the "
        "offense involved a person less than eighteen years of age\" (level 26).")
    individual_age: int | None = Field(
        None, ge=0, le=17,
        description="§2D1.2(a) before Nov. 1, 1989 (\"Involving Juveniles in the Trafficking "
        "of Controlled Substances\"; required then, an error later): the age in years of the "
        "youngest individual under eighteen the defendant involved. (a)(1), the §2D1.1 level "
        "of triple the drug amount, at least 13: \"less than fourteen years of age\" (to Jan. "
        "14, 1988), \"fourteen years of age or less\" (Amendment 22); (a)(2), double the "
        "amount: older, \"less than eighteen years of age\".")
