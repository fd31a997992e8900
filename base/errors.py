"""Errors that the command line reports as one line: bad input (exit code 2) and a failed computation (exit 1)."""

from __future__ import annotations


class InputError(ValueError):
    """Bad input: the message names the argument and what is allowed.

    Raised either with a complete message (``InputError("argument --rs: expected ...")``) or with the name of the
    parameter and what is wrong with it (``InputError("expected ...", parameter="rs")``); then ``str()`` is
    ``"argument rs: expected ..."`` and the command line puts the flag (``--rs``) in place of the parameter name.
    """

    def __init__(self, message: str, parameter: str | None = None) -> None:
        self.detail = message
        self.parameter = parameter
        super().__init__(message if parameter is None else f"argument {parameter}: {message}")


class ComputationError(RuntimeError):
    """A computation inside the supported input domain did not give a finite result (a bug to report, exit 1)."""
