"""The charts of `judge report`, drawn by matplotlib as SVG text to inline in one HTML file.

Matplotlib rather than plotly: static SVG needs no script in the page (plotly's inline library is megabytes of
JavaScript per file), prints and scales cleanly, keeps the report readable with scripts off, and its Figure
API draws without pyplot's global state.  Text stays text (``svg.fonttype = none``), so the page is small
and searchable; every chart gets its own id salt, so the ids of several inline SVGs never collide.  Each
function takes plain data and returns one ``<svg>`` element.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from datetime import date, timedelta

from judge.paths import data_dir

PACE_MIN = 30  # judge.stats.weakness.PACE_S, in minutes
VERDICT_COLOURS = {"accepted": "#2e7d32", "wrong_answer": "#c62828", "time_limit": "#ef6c00",
                   "runtime_error": "#6a1b9a", "memory_limit": "#4e342e", "compile_error": "#546e7a",
                   "output_limit": "#ad1457"}
CALENDAR_GREENS = ("#ebedf0", "#9be9a8", "#40c463", "#30a14e", "#216e39")
MAX_LINES = 8  # weakness over time: the patterns weakest now; more lines are unreadable


def _figure(width: float, height: float):
    """A pyplot-free Figure; matplotlib's cache goes to the judge's data dir, not the user's home."""
    os.environ.setdefault("MPLCONFIGDIR", str(data_dir() / "matplotlib"))
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), layout="constrained")
    return figure


def _svg(figure, salt: str, title: str) -> str:
    import matplotlib

    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": salt, "font.family": "sans-serif"}):
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg", metadata={"Title": title, "Date": None, "Creator": None})
    text = buffer.getvalue()
    return text[text.index("<svg"):]


def _height(rows: int) -> float:
    return max(1.6, 0.75 + 0.32 * rows)


def weakness_over_time(days: list[date], series: dict[str, list[float | None]]) -> str:
    """One line per pattern (``series``: a score or None per day of ``days``), 0 strong to 1 weak."""
    figure = _figure(9, 3.6)
    axes = figure.subplots()
    for pattern, values in series.items():
        axes.plot(days, [float("nan") if v is None else v for v in values], marker="o", markersize=3,
                  label=pattern)
    axes.set_ylim(0, 1)
    axes.set_ylabel("weakness score")
    axes.grid(alpha=0.3)
    axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize="small", frameon=False)
    figure.autofmt_xdate()
    return _svg(figure, "weakness-over-time", "Weakness per pattern over time")


def time_to_accept(times: dict[str, list[float]]) -> str:
    """Each session attempt's minutes to accept, a dot per attempt and a box per pattern, against the pace."""
    patterns = list(times)
    figure = _figure(9, _height(len(patterns)))
    axes = figure.subplots()
    minutes = [[t / 60 for t in times[p]] for p in patterns]
    positions = range(1, len(patterns) + 1)
    axes.boxplot(minutes, positions=list(positions), orientation="horizontal", widths=0.5, showfliers=False)
    for y, values in zip(positions, minutes):
        axes.scatter(values, [y] * len(values), s=14, color="#1565c0", zorder=3)
    axes.axvline(PACE_MIN, color="#c62828", linestyle="--", linewidth=1)
    axes.text(PACE_MIN, len(patterns) + 0.45, f" {PACE_MIN}-minute pace", color="#c62828", fontsize="small",
              va="bottom")
    axes.set_yticks(list(positions), patterns)
    axes.set_ylim(0.4, len(patterns) + 0.9)
    axes.set_xlim(0, max(PACE_MIN * 1.25, max((max(m) for m in minutes if m), default=0) * 1.1))
    axes.set_xlabel("minutes from the session's start to the accept")
    axes.invert_yaxis()
    axes.grid(axis="x", alpha=0.3)
    return _svg(figure, "time-to-accept", "Time to accept per pattern")


def verdict_mix(mix: dict[str, dict[str, int]]) -> str:
    """A bar per pattern, split by verdict (``mix``: pattern -> verdict -> submissions)."""
    patterns = list(mix)
    verdicts = [v for v in VERDICT_COLOURS if any(mix[p].get(v) for p in patterns)]
    figure = _figure(9, _height(len(patterns)))
    axes = figure.subplots()
    left = [0] * len(patterns)
    for verdict in verdicts:
        counts = [mix[p].get(verdict, 0) for p in patterns]
        axes.barh(patterns, counts, left=left, color=VERDICT_COLOURS[verdict], label=verdict.replace("_", " "))
        left = [a + b for a, b in zip(left, counts)]
    axes.invert_yaxis()
    axes.set_xlabel("submissions")
    axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize="small", frameon=False)
    axes.grid(axis="x", alpha=0.3)
    return _svg(figure, "verdict-mix", "Verdict mix per pattern")


def calendar(counts: dict[date, int], today: date, weeks: int = 26) -> str:
    """The practice calendar: a column a week, a row a weekday, a cell shaded by the day's submissions."""
    from matplotlib.colors import BoundaryNorm, ListedColormap

    start = today - timedelta(days=today.weekday(), weeks=weeks - 1)
    busiest = max((n for d, n in counts.items() if start <= d <= today), default=0)
    grid = [[float("nan")] * weeks for _ in range(7)]
    for week in range(weeks):
        for weekday in range(7):
            day = start + timedelta(weeks=week, days=weekday)
            if day <= today:
                n = counts.get(day, 0)
                grid[weekday][week] = 0 if n == 0 else min(4, max(1, -(-4 * n // busiest)))
    figure = _figure(9, 2.1)
    axes = figure.subplots()
    colours = ListedColormap(CALENDAR_GREENS)
    axes.pcolormesh(grid, cmap=colours, norm=BoundaryNorm([-0.5, 0.5, 1.5, 2.5, 3.5, 4.5], colours.N),
                    edgecolors="white", linewidth=2)
    axes.set_aspect("equal")
    axes.invert_yaxis()
    axes.set_yticks([0.5, 2.5, 4.5], ["Mon", "Wed", "Fri"], fontsize="small")
    ticks, labels = [], []
    for week in range(weeks):
        first = start + timedelta(weeks=week)
        if week == 0 or first.month != (first - timedelta(weeks=1)).month:
            ticks.append(week + 0.5)
            labels.append(first.strftime("%b"))
    axes.set_xticks(ticks, labels, fontsize="small")
    axes.tick_params(length=0)
    for side in axes.spines.values():
        side.set_visible(False)
    total = sum(n for d, n in counts.items() if start <= d <= today)
    axes.set_title(f"{total} submission(s) in the last {weeks} weeks; darker: more, against the busiest day "
                   f"({busiest})", fontsize="small", loc="left")
    return _svg(figure, "calendar", "Practice calendar")


@dataclass(frozen=True)
class ShareBars:
    """Horizontal bars of shares between 0 and 1, one per pattern, each labelled at its end."""

    shares: dict[str, float]
    labels: list[str]
    colours: list[str]
    xlabel: str
    mark: float | None = None  # a dotted line at this share


def _share_chart(bars: ShareBars, salt: str, title: str) -> str:
    patterns = list(bars.shares)
    figure = _figure(9, _height(len(patterns)))
    axes = figure.subplots()
    drawn = axes.barh(patterns, [bars.shares[p] for p in patterns], color=bars.colours)
    axes.bar_label(drawn, [f" {label}" for label in bars.labels], fontsize="small")
    ticks = sorted({0, 0.25, 0.5, 0.75, 1.0} | ({bars.mark} if bars.mark is not None else set()))
    if bars.mark is not None:
        axes.axvline(bars.mark, color="#555555", linestyle=":", linewidth=1)
    axes.set_xlim(0, 1.45)
    axes.set_xticks(ticks, [f"{t:.0%}" for t in ticks])
    axes.set_xlabel(bars.xlabel)
    axes.invert_yaxis()
    return _svg(figure, salt, title)


def retrievability(recall: dict[str, tuple[float, str]]) -> str:
    """FSRS's predicted recall now per pattern (``recall``: pattern -> (retrievability, due text))."""
    shares = {p: value for p, (value, _) in recall.items()}
    return _share_chart(ShareBars(
        shares, [f"{value:.0%}, {due}" for value, due in recall.values()],
        ["#c62828" if v < 0.8 else "#1565c0" for v in shares.values()],
        "predicted recall now (FSRS retrievability; reviews aim at 90%)", mark=0.9),
        "retrievability", "FSRS retrievability per pattern")


def target_share(shares: dict[str, tuple[float, int]]) -> str:
    """Per pattern, the share of accepted submissions measured at the target complexity (share, measured)."""
    return _share_chart(ShareBars(
        {p: share for p, (share, _) in shares.items()}, [f"{share:.0%} of {n}" for share, n in shares.values()],
        ["#2e7d32"] * len(shares),
        "accepted submissions at the target complexity (of those measured optimal or suboptimal)"),
        "target-share", "Share of accepted submissions at the target complexity")
