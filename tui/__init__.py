"""The ussg terminal app (Textual)."""
