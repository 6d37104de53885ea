"""Chapter One: introduction, authority and general application principles (§1B1.11)."""
