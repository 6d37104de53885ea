"""The case file: the models of what a user states, reading and writing them, and the counts of conviction."""
