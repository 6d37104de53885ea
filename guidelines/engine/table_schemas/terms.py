"""Terms of supervised release (§§5D1.1-5D1.2) and §4A1.2's time periods."""


from . import Common


class Terms(Common):
    text: str | None = None
    # §5D1.2
    by_class: dict[str, list[int]] = {}
    statutory_term: list[int] = []
    statutory_minimum_governs: bool | None = None
    up_to_life: list[str] = []  # "terrorism_risk", "sex_offense": the term may be up to life
    up_to_life_paragraph: str | None = None
    text_up_to_life: str | None = None
    sex_offense_recommendation: str | None = None  # the statutory maximum is recommended
    recommendation_paragraph: str | None = None
    statute_sets_maximum: str | None = None  # 2025: "Except as otherwise provided by statute"
    required_above_months: int | None = None  # §5D1.1
    # §4A1.2(d)-(e)
    long_sentence_exceeds: str | None = None
    long_window: str | None = None
    other_window: str | None = None
    juvenile_window: str | None = None
    adult_age: int | None = None  # (d): offenses committed before this age
    juvenile_confinement_at_least: str | None = None
    text_d: str | None = None
    text_e1: str | None = None
    text_e2: str | None = None
