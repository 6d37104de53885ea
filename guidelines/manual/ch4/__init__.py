"""Chapter Four: criminal history (Part A) and criminal livelihood (Part B: career offender, armed career criminal, repeat sex offender), Part C: zero-point offenders."""
