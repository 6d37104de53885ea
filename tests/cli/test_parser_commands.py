"""The command line's parser gives arguments only to the command named (guidelines/cli.py,
_parser): every command is still listed, and the help of each is whole."""

import argparse

from ussg.guidelines import cli


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


def _arguments(parser: argparse.ArgumentParser) -> list[str]:
    return [a.dest for a in parser._actions if a.dest != "help"]


def test_every_command_is_listed_and_handled() -> None:
    assert tuple(_subcommands(cli._parser())) == cli.COMMANDS


def test_only_the_command_named_is_given_its_arguments() -> None:
    every = {name: _arguments(sub) for name, sub in _subcommands(cli._parser([])).items()}
    assert every["calc"] and every["reduce"] and every["compare"]
    for command in cli.COMMANDS:
        built = {name: _arguments(sub)
                 for name, sub in _subcommands(cli._parser([command, "x"])).items()}
        assert built[command] == every[command]
        assert all(not arguments for name, arguments in built.items() if name != command)
    # no command named (the top-level help, an unknown command): every command in full
    for argv in (["--help"], ["bogus"], []):
        assert {name: _arguments(sub)
                for name, sub in _subcommands(cli._parser(argv)).items()} == every


def test_each_commands_help_is_whole(ussg) -> None:
    run = ussg("reduce", "--help")
    assert run.code == 0
    for option in ("--amendment", "--motion-date", "--summary", "--chart"):
        assert option in run.out
    run = ussg("--help")
    assert all(command in run.out for command in cli.COMMANDS)
