"""The Guidelines Manual, chapter by chapter: each module applies the section or part it is named for."""
