"""Chapter Two: offense conduct, a package per offense guideline."""
