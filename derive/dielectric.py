"""Placeholder: filled in by the derivation of this topic."""

from slowion.derive.identity import Identity


def identities() -> list[Identity]:
    return []
