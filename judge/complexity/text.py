"""The complexity report as terminal text, with a small log-log plot per size parameter.

Works from the report's JSON (``report.build_report``), so what the terminal
shows is exactly what ``submit --json`` says.  Nothing here decides anything.
"""

from __future__ import annotations

import math

from judge.growth import BY_KEY, ExpressionError, growth_value, parse
from judge.safe_text import visible

PLOT_WIDTH = 48
PLOT_HEIGHT = 9
_STATUS_COLORS = {"optimal": "green", "suboptimal": "yellow", "inconclusive": "magenta"}
_VERDICT_COLORS = {"confirmed": "green", "refuted": "red", "inconclusive": "magenta"}


def report_lines(data: dict | None, color: bool = True) -> list[str]:
    """The report's lines (empty when there is no report: not accepted, or --no-complexity)."""
    if not data:
        return []
    if not data.get("available", True):
        reason = data.get("reason", "this problem has no complexity measurement")
        return [f"Complexity: not measured ({visible(reason)})"]
    style = _styler(color)
    lines = [f"Complexity (measured in {data.get('cost_s', 0):.1f} s over "
             f"{len(data.get('points', []))} runs; `--no-complexity` skips it)"]
    for axis in ("time", "space"):
        part = data[axis]
        measured = part["measured"] or "?"
        # Padded before it is painted: the escape codes would count as columns and eat the gap.
        status = style(part["status"], _STATUS_COLORS.get(part["status"])) + " " * max(0, 12 - len(part["status"]))
        extra = f"  runner-up {part['runner_up']}" if part.get("runner_up") else ""
        lines.append(f"  {axis:<6} {measured:<22} target {part['target']:<12} {status} "
                     f"confidence {part['confidence']:.2f}{extra}")
        diagonal = part.get("diagonal")
        if diagonal and diagonal.get("measured"):
            lines.append(f"         all parameters together (as k): {diagonal['measured']}"
                         + (f", target {diagonal['target']}" if diagonal.get("target") else ""))
        if part.get("reason") and part.get("measured"):
            lines.append(f"         why: {visible(part['reason'])}")
        if part.get("not_swept"):
            lines.append(f"         {', '.join(part['not_swept'])}: not swept; taken from the target")
    for axis in ("time", "space"):
        claim = data[axis].get("claim")
        if claim:
            verdict = style(claim["verdict"], _VERDICT_COLORS.get(claim["verdict"]))
            lines.append(f"  your {axis} claim {claim['claimed']}: {verdict} ({visible(claim['message'])})")
    if data.get("vectorized") is not None:
        how = "yes: Python-level work does not grow" if data["vectorized"] else \
            f"no: Python-level work grows as {data.get('python_work')}"
        lines.append(f"  vectorized: {how}")
    reason = next((data[a].get("reason") for a in ("time", "space") if not data[a].get("measured")), None)
    if reason:
        lines.append(f"  inconclusive: {visible(reason)}")  # a failure's reason may quote the submission
    for note in data.get("notes", []):
        lines.append(f"  note: {visible(note)}")
    for parameter in data.get("parameters", []):
        lines += plot_lines(data, parameter)
    return lines


def _styler(color: bool):
    if not color:
        return lambda text, fg=None: text
    import click

    return lambda text, fg=None: click.style(text, fg=fg) if fg else text


def plot_lines(data: dict, parameter: str) -> list[str]:
    """A log-log plot of one sweep: the trusted signal's points (*) against the target curve (.)."""
    points = [p for p in data.get("points", []) if p["parameter"] == parameter]
    by = data["time"].get("by_parameter", {}).get(parameter, {})
    signal = by.get("signal") or "count"
    key, what = ("time_s", "CPU seconds") if signal == "time" else ("count", "Python-level steps")
    pairs = [(p["size"], p[key]) for p in points if p.get(key) and p[key] > 0 and p["size"] > 0]
    if len(pairs) < 2:
        return []
    target = _target_growth(data, parameter)
    sizes = [n for n, _ in pairs]
    logs = [math.log(v) for _, v in pairs]
    curve = None
    if target is not None:
        # The target curve through the points' geometric middle: the slopes are what to compare.
        g_logs = [math.log(max(growth_value(target, n), 1e-300)) for n in sizes]
        offset = sum(a - b for a, b in zip(logs, g_logs)) / len(logs)
        curve = lambda n: math.log(max(growth_value(target, n), 1e-300)) + offset  # noqa: E731
    x_lo, x_hi = math.log(min(sizes)), math.log(max(sizes))
    ys = logs + ([curve(n) for n in sizes] if curve else [])
    y_lo, y_hi = min(ys), max(ys)
    height = PLOT_HEIGHT if len(data.get("parameters", [])) == 1 else 6
    grid = [[" "] * PLOT_WIDTH for _ in range(height)]

    def cell(x, y):
        col = 0 if x_hi == x_lo else round((x - x_lo) / (x_hi - x_lo) * (PLOT_WIDTH - 1))
        row = 0 if y_hi == y_lo else round((y - y_lo) / (y_hi - y_lo) * (height - 1))
        return height - 1 - row, col

    if curve:
        for col in range(PLOT_WIDTH):
            n = math.exp(x_lo + (x_hi - x_lo) * col / (PLOT_WIDTH - 1))
            y = curve(n)
            if y_lo <= y <= y_hi:
                r, c = cell(math.log(n), y)
                grid[r][c] = "."
    for n, y in zip(sizes, logs):
        r, c = cell(math.log(n), y)
        grid[r][c] = "*"
    label = f"{parameter}: {what} against {parameter} (log-log); * measured"
    if target is not None:
        # The same target as the report's line above; the curve is its growth in this parameter.
        whole = data["time"]["target"]
        label += f", . target {whole}" + (f" (in {parameter}: {target.label(parameter)})"
                                          if whole != target.label(parameter) else "")
    top, bottom = _short(math.exp(y_hi), key), _short(math.exp(y_lo), key)
    width = max(len(top), len(bottom))
    lines = [f"  {label}"]
    for i, row in enumerate(grid):
        tag = top if i == 0 else bottom if i == height - 1 else ""
        lines.append(f"  {tag:>{width}} |{''.join(row).rstrip()}")
    lines.append(f"  {'':>{width}} +{'-' * PLOT_WIDTH}")
    left, right = str(min(sizes)), str(max(sizes))
    lines.append(f"  {'':>{width}}  {left}{right:>{PLOT_WIDTH - len(left)}}")
    return lines


def _target_growth(data: dict, parameter: str):
    try:
        return parse(data["time"]["target"], tuple(data.get("parameters", [])), constants=True).classes[parameter]
    except (ExpressionError, KeyError):
        by = data["time"].get("by_parameter", {}).get(parameter, {})
        key = (by.get("target") or "").removeprefix("O(").removesuffix(")").replace(parameter, "n")
        return BY_KEY.get(key)


def _short(value: float, key: str) -> str:
    if key == "time_s":
        for unit, scale in (("s", 1.0), ("ms", 1e-3), ("us", 1e-6)):
            if value >= scale:
                return f"{value / scale:.3g} {unit}"
        return f"{value * 1e9:.3g} ns"
    return f"{value:.3g}"
