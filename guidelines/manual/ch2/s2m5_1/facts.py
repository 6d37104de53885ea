"""The case file's ``[offense.export_evasion]``: the facts §2M5.1 (Evasion of Export Controls;
Financial Transactions with Countries Supporting International Terrorism) reads. Part of the
public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict

Control = Literal["national_security", "nuclear_proliferation", "biological_proliferation",
                  "chemical_proliferation", "other"]


class ExportEvasionFacts(Strict):
    """§2M5.1 (a) "(Apply the greater)": the controls evaded, the financial transaction."""

    controls_evaded: list[Control] = Field(
        default_factory=list, description="§2M5.1(a)(1)(A): the export controls evaded: "
        "\"national_security\", \"nuclear_proliferation\", \"biological_proliferation\", "
        "\"chemical_proliferation\" (controls relating to the proliferation of those weapons "
        "or materials) or \"other\" (any other export controls). Before Nov. 1, 2001 (a)(1) "
        "names \"national security or nuclear proliferation controls\" only (level 22); from "
        "Amendment 633 also biological and chemical (26). A control the edition does not name "
        "is shown \"not applied\".")
    terrorism_country_transaction: bool = Field(
        False, description="§2M5.1(a)(1)(B), from Nov. 1, 2002 (Amendment 637; an error "
        "before): the offense involved a financial transaction with a country supporting "
        "international terrorism (comment. (n.1) of 2025: designated under 50 U.S.C. § 4813).")

    @model_validator(mode="after")
    def _check(self) -> ExportEvasionFacts:
        if not self.controls_evaded and not self.terrorism_country_transaction:
            raise ValueError("§2M5.1 needs the controls evaded (controls_evaded) or, from Nov. 1, "
                             "2002, terrorism_country_transaction = true")
        if len(set(self.controls_evaded)) != len(self.controls_evaded):
            raise ValueError("controls_evaded names a control twice")
        return self
