"""Tables of text, the one way the judge draws them. A leaf: imports nothing of the judge.

On a terminal (or with COLUMNS set) a table fits the width: the columns named in ``drop`` go first, in
that order, then the widest text column is shortened (its cells end in "~").  Piped output is left whole,
for scripts and files.
"""

from __future__ import annotations

import os
import shutil
import sys

ELLIPSIS = "~"
MIN_COLUMN = 8


def terminal_width() -> int | None:
    """The width to fit: the terminal's (COLUMNS wins), None when output is not a terminal and COLUMNS is unset."""
    if not (sys.stdout.isatty() or os.environ.get("COLUMNS")):
        return None
    return shutil.get_terminal_size((120, 24)).columns


def table(rows, headers, style: str = "simple", drop: tuple[str, ...] = (), width: int | None = None) -> str:
    """``rows`` under ``headers``: ``simple`` for the terminal, ``github`` for Markdown files.  ``simple``
    tables fit ``width`` (default: the terminal's, see ``terminal_width``)."""
    from tabulate import tabulate  # a tenth of the import time of the commands that never draw one

    rows = [list(row) for row in rows]
    headers = list(headers)
    text = tabulate(rows, headers=headers, tablefmt=style)
    width = width if width is not None else (terminal_width() if style == "simple" else None)
    if width is None:
        return text
    for name in drop:
        if _widest_line(text) <= width or name not in headers:
            continue
        column = headers.index(name)
        headers.pop(column)
        for row in rows:
            row.pop(column)
        text = tabulate(rows, headers=headers, tablefmt=style)
    while _widest_line(text) > width:
        column = _widest_text_column(rows, headers)
        if column is None:
            break
        longest = max(len(str(row[column])) for row in rows)
        keep = max(MIN_COLUMN, longest - (_widest_line(text) - width))
        if keep >= longest:
            break
        for row in rows:
            cell = str(row[column])
            if len(cell) > keep:
                row[column] = cell[: keep - 1] + ELLIPSIS
        text = tabulate(rows, headers=headers, tablefmt=style)
    return text


def _widest_line(text: str) -> int:
    return max((len(line) for line in text.splitlines()), default=0)


def _widest_text_column(rows, headers) -> int | None:
    """The column with the longest cell still longer than MIN_COLUMN (None: nothing left to shorten)."""
    best, best_len = None, MIN_COLUMN
    for column in range(len(headers)):
        longest = max((len(str(row[column])) for row in rows), default=0)
        if longest > best_len:
            best, best_len = column, longest
    return best
