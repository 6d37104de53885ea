"""The facts models that nest each other, completed once all are defined.

§2B1.1's cross reference nests §2K1.4's facts ((c)(2)) and §2B1.5's ((c)(4)); §2B1.3's (c)(1)
nests §2K1.4's; §2K1.4's facts nest §2B1.1's and §2B1.3's (its "2 plus"), and §2B1.5's (c)(1)
nests §2K1.4's. Each of these facts modules names the others' models as forward references
and calls :func:`complete` at its end (importing the others first): whichever finishes last,
with every model defined, builds them all. A case that states none of these tables imports
none of them (README "Speed")."""

from __future__ import annotations

import importlib
import sys

_CH2 = "ussg.guidelines.manual.ch2"
#: module -> the models in it that nest (or are nested by) the others
MODELS = {
    f"{_CH2}.s2b1_1.facts": ("TheftCrossReference", "TheftFraudFacts"),
    f"{_CH2}.s2b1_3.facts": ("PropertyDamageFacts",),
    f"{_CH2}.s2k1_4.facts": ("ArsonFacts",),
    f"{_CH2}.s2b1_5.facts": ("CulturalHeritageFacts",),
}


def import_all() -> None:
    """Import each of :data:`MODELS`' modules (one being imported is left to finish)."""
    for module in MODELS:
        if module not in sys.modules:
            importlib.import_module(module)


def complete() -> None:
    """Build the models of :data:`MODELS` with each other's names, if all are defined."""
    names = {}
    for module, classes in MODELS.items():
        loaded = sys.modules.get(module)
        for name in classes:
            model = getattr(loaded, name, None) if loaded is not None else None
            if model is None:
                return  # a module still being imported: its own end completes them
            names[name] = model
    for model in names.values():
        model.model_rebuild(force=True, _types_namespace=names)
