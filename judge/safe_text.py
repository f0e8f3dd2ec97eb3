"""Text a submission controls, made safe to write to a terminal. A leaf: imports nothing of the judge.

Everything that came from a sandbox (printed output, returned values, exception types and messages,
traceback lines, counterexamples, inputs echoed from generated data) reaches a terminal only through
``visible``: its control characters become escapes a reader sees (``\\x1b``, ``\\x07``, ``\\x0d``), so no
submission can move the cursor, clear the screen, retitle the window, write the clipboard (OSC 52) or
forge a verdict line.  Newlines and tabs stay; a caller that shows several lines indents them.  JSON
output keeps exact values: ``json.dumps`` escapes control characters itself.
"""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls, lone surrogates (which UTF-8 cannot encode), and the
# bidirectional overrides and isolates that reorder what a line appears to say.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: object) -> str:
    """``text`` (a str, or anything turned into one) with every control character but ``\\n`` and ``\\t`` escaped."""
    return _CONTROL.sub(_escape, text if isinstance(text, str) else str(text))


def visible_lines(text: object, indent: str) -> str:
    """``visible`` text whose second and later lines start with ``indent``, so no line it holds can pass
    for one of the judge's own."""
    return visible(text).replace("\n", "\n" + indent)
