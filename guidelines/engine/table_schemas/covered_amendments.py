"""What each amendment §1B1.10 covers changed: the schema is with §1B1.10's own (reduction.py)."""

from .reduction import CoveredAmendments

__all__ = ["CoveredAmendments"]
