"""Errors that the command line reports as one line with exit code 2."""


class InputError(ValueError):
    """Bad input: the message names the argument and what is allowed, e.g.
    ``"argument --rs: expected a finite number > 0, got -1"``."""
