"""§2D1.1: unlawful manufacturing, importing, exporting, or trafficking (drugs)."""
