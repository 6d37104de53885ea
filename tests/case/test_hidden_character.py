"""`facts.hidden_character` looks at each character only where a string could hold one it
refuses: a string that is printable (no control, invisible or separator character but the
space) is searched for digits other than 0-9 among its characters beyond ASCII alone
(a statute's "§" made every count's statute walked character by character: issue #17).
What it finds must be what the rule, character by character, finds."""

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines.case.facts import hidden_character


def _by_the_rule(value: str, free_text: bool) -> str | None:
    """The rule itself, every character in turn."""
    for position, char in enumerate(value, 1):
        category = unicodedata.category(char)
        if char in "\t\n\r" and free_text:
            continue
        if category in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            kind = "a control character" if category == "Cc" else "an invisible character"
        elif char.isdigit() and not char.isascii():
            kind = "a digit other than 0-9"
        else:
            continue
        name = " " + unicodedata.name(char, "") if category != "Cc" else ""
        return f"contains {kind}, U+{ord(char):04X}{name}, at character {position}"
    return None


TEXT = st.text(alphabet=st.one_of(
    st.sampled_from("21 U.S.C. § 841(a)(1)é\t\n\u00a0\u200b\ufeff１²٣\u2028"),
    st.characters()), max_size=12)


@settings(max_examples=3000, deadline=None)
@given(TEXT, st.booleans())
def test_what_is_found_is_what_the_rule_finds(value: str, free_text: bool) -> None:
    assert hidden_character(value, free_text) == _by_the_rule(value, free_text)


def test_a_statute_with_a_section_sign_is_clean_and_a_hidden_digit_is_not() -> None:
    assert hidden_character("21 U.S.C. § 841(a)(1), (b)(1)(C)") is None
    assert hidden_character("21 U.S.C. § ８41") == (
        "contains a digit other than 0-9, U+FF18 FULLWIDTH DIGIT EIGHT, at character 13")
    assert hidden_character("§ 841\u200b") == (
        "contains an invisible character, U+200B ZERO WIDTH SPACE, at character 6")
