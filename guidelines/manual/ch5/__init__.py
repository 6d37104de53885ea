"""Chapter Five: determining the sentence (Part A Sentencing Table, B probation, C imprisonment, D supervised release, E fines, G several counts, K departures)."""
