"""The last step of a generated numpy dispatcher: the closed form on the points no branch took (issue 13, item 1).

Boolean indexing copies every argument (``a[todo]``) and scatters the result (``out[todo] = ...``): measured
~5 ns per element and argument, more than the closed forms of the Lindhard family cost themselves (wind_integrand at
10^5 points: 8.3 ms with 4 points in its q -> 0 branch, 2.8 ms for the closed form alone). So when at most
1/:data:`FEW` of the points are in series branches, the closed form runs on the whole arrays and a masked copy
(``blocked_into``: ``numpy.copyto(..., where=todo)`` block by block, generated/_helpers.py) keeps its values only
where no branch was taken: at the branch points its
values are discarded and its floating-point warnings silenced (``numpy.errstate``) -- they are the 0/0 and 0 * inf
the branches exist for. The series branches themselves still run only on their own points. With more branch
points (the STO overlaps: about half the points in the near case) the closed form is compressed as before.
"""

from __future__ import annotations

#: the closed form runs on all points when fewer than 1/FEW of them are in branches
FEW = 8


def fallback_lines(closed: str, args: str) -> list[str]:
    """Source lines (4-space indented) that fill ``out`` where ``todo`` holds with ``closed(args)`` and return."""
    return [
        f"    if {FEW} * numpy.count_nonzero(todo) > {FEW - 1} * todo.size:  # few branch points: no compression",
        '        with numpy.errstate(all="ignore"):  # only the discarded branch points can warn (0/0, 0 * inf)',
        f"            blocked_into(out, todo, {closed}, {args})",
        "        return out[()]",
        f"    out[todo] = blocked({closed}, *(a[todo] for a in ({args},)))",
        "    return out[()]",
    ]
