"""Versioned guideline tables, as data. See README.md in this folder."""
