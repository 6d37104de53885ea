"""README.md's case-file reference ("## The case file") and `ussg schema` agree: every key
README documents exists in the schema, at the place and with the type README gives, and
every key a user can state in a case file is documented in README. A difference is fixed in
README's text, never in the schema (tests/docs/readme_keys.py reads both)."""

from tests.docs.readme_keys import documented, readme_sections, schema_keys


def test_readme_documents_the_case_file_in_tables() -> None:
    """The reader finds something to compare: the sections and rows README has today."""
    sections = readme_sections()
    assert len(sections) > 25
    assert sum(len(s.rows) for s in sections) > 350
    assert "offense.firearms.convicted_under" in schema_keys()


def test_every_key_readme_documents_is_in_the_schema() -> None:
    keys = schema_keys()
    unknown = [f"README.md line {row.line}: {path}" for section in readme_sections()
               for row in section.rows for path in row.keys if path not in keys]
    assert not unknown, "\n".join(unknown)


def test_every_key_has_the_type_readme_gives() -> None:
    keys = schema_keys()
    wrong = []
    for section in readme_sections():
        for row in section.rows:
            for path, kinds in zip(row.keys, row.kinds):
                if kinds is None or path not in keys:
                    continue
                actual = keys[path].kinds
                if not actual or not actual <= kinds:
                    wrong.append(f"README.md line {row.line}: {path} is {sorted(actual)} in "
                                 f"the schema, README says {sorted(kinds)}")
    assert not wrong, "\n".join(wrong)


def test_every_key_a_case_file_can_state_is_documented() -> None:
    done = documented()
    first: dict[tuple[str, str], str] = {}
    for key in sorted(schema_keys().values(),
                      key=lambda k: (k.path.startswith("counts."), k.path.count("."), k.path)):
        first.setdefault((key.model, key.key), key.path)
    missing = sorted(path for model_key, path in first.items() if model_key not in done)
    assert not missing, "not in README's case-file reference:\n" + "\n".join(missing)
