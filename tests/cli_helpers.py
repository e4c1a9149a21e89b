"""Helpers shared by the CLI test modules."""

from __future__ import annotations

from click.testing import CliRunner, Result

from kg.cli import cli


def fail(*args: object, code: int = 1, input: str | bytes | None = None) -> Result:
    """A command that must fail with ``code``: exit 1 prints one ``Error:`` line, exit 2 a
    usage error; never a traceback, never data on stdout."""
    result = CliRunner().invoke(cli, [str(a) for a in args], input=input)
    assert result.exit_code == code, (result.exit_code, result.output, result.exc_info)
    assert isinstance(result.exception, SystemExit), result.exc_info
    assert "Traceback" not in result.output
    assert result.stdout == ""
    if code == 1:
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    else:
        assert "Usage: kg" in result.stderr
    return result
