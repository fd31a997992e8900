"""Griffe extension for the generated-API page: the kernels' docstrings shown as written.

The docstrings of ``generated/`` are plain text with formulas such as ``q > 8*k_F + 8*Abs(lambda)``; read as
Markdown, ``*`` and ``_`` would turn into emphasis and vanish. HTML characters and the Markdown-special characters
are escaped, so the page shows exactly what the docstring says.
"""

from __future__ import annotations

import html
import re

import griffe

_SPECIAL = re.compile(r"([\\`*_\[\]{}#])")


class LiteralDocstrings(griffe.Extension):
    """Escape the Markdown of every docstring of the modules it is applied to."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: object) -> None:
        if obj.docstring is not None:
            obj.docstring.value = _SPECIAL.sub(r"\\\1", html.escape(obj.docstring.value, quote=False))
