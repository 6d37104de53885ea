"""Chapter Three: adjustments (Part A victim, B role, C obstruction, D multiple counts, E acceptance)."""
