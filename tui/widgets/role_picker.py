"""Chapter Three, Part B: the defendant's role — aggravating (§3B1.1) or mitigating
(§3B1.2), the number of participants, and whether the activity was otherwise extensive.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Checkbox, Input, Select

from ussg.guidelines.api import AggravatingRole, MitigatingRole, Role

from ..evaluation import ABSENT
from ..form_values import int_value, text_of
from .fact_fields import FactFields
from .field_input import FieldInput
from .field_message import FieldMessage, compose_field
from .lazy_select import LazySelect
from .mark import Mark

#: §§3B1.3-3B1.5, shown as the schema describes them
EXTRA_ROLE_FINDINGS = ["abuse_of_trust", "special_skill", "used_minor", "body_armor"]


def _choices(enum: type) -> list[tuple[str, str]]:
    return [(member.value.replace("_", " "), member.value) for member in enum]


def _value(raw: Any, choices: list[tuple[str, str]]) -> Any:
    return raw if raw in {v for _, v in choices} else Select.NULL


class RolePicker(Vertical):
    """The role adjustment, as the case file's [adjustments.role] holds it."""

    def __init__(self, role: dict[str, Any], **kwargs) -> None:
        super().__init__(**kwargs)
        self.border_title = "Role — Ch.3 Pt.B"
        self._role = role
        self._aggravating = _choices(AggravatingRole)
        self._mitigating = _choices(MitigatingRole)
        # a value the picker does not offer (a typo in the file) is shown, so it can be fixed
        for raw, choices in ((role.get("aggravating"), self._aggravating),
                             (role.get("mitigating"), self._mitigating)):
            if raw is not None and _value(raw, choices) is Select.NULL:
                choices.append((f"{text_of(raw)} (as written)", text_of(raw)))

    def compose(self) -> ComposeResult:
        role = self._role
        yield from compose_field(
            "Aggravating", "adjustments.role.aggravating",
            LazySelect(self._aggravating, prompt="none", compact=True, id="aggravating-role",
                       value=_value(role.get("aggravating"), self._aggravating)))
        yield from compose_field(
            "Participants", "adjustments.role.participants",
            FieldInput(text_of(role.get("participants")),
                       placeholder="number (five or more: (a)/(b))", compact=True,
                       id="participants"))
        yield Mark("Otherwise extensive", role.get("otherwise_extensive") is True,
                   compact=True, id="otherwise-extensive")
        yield FieldMessage("adjustments.role.otherwise_extensive")
        yield from compose_field(
            "Mitigating", "adjustments.role.mitigating",
            LazySelect(self._mitigating, prompt="none", compact=True, id="mitigating-role",
                       value=_value(role.get("mitigating"), self._mitigating)))
        yield FactFields(Role, "adjustments.role", role, EXTRA_ROLE_FINDINGS)
        yield FieldMessage("adjustments.role")
        yield FieldMessage("adjustments")

    def data(self) -> dict[str, Any]:
        def selected(selector: str) -> Any:
            value = self.query_one(selector, Select).value
            return ABSENT if value is Select.NULL else value

        extensive = self.query_one("#otherwise-extensive", Checkbox).value
        return {"adjustments": {"role": {
            "aggravating": selected("#aggravating-role"),
            "participants": int_value(self.query_one("#participants", Input).value),
            "otherwise_extensive": True if extensive else ABSENT,
            "mitigating": selected("#mitigating-role"),
            **self.query_one(FactFields).data(),
        }}}
