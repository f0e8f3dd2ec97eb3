"""Size plans: which sizes a sweep measures, and what it may spend.

A sweep varies one size parameter while the others hold their ``fixed``
values.  It climbs the *ladder* ``min, 2 min, 4 min, ...`` (at most
``MAX_SIZES``, never past ``max``) in increasing order and stops early when
the next size would break the per-run budget or the report's budget (all
ladders climb together, see ``measure``).  When that leaves less than ``TARGET_SPAN`` (1.5 decades) it
*extends* below ``min`` (halving down to ``floor``), where runs are cheap,
and when it leaves fewer than ``TARGET_SIZES`` points it fills in geometric
midpoints, so that a quadratic solution stopped at 1024 still gets 8 sizes
over 1.5 decades.  It does not go lower than that needs: at tiny sizes
lower-order terms (the ``-n/2`` of ``n(n-1)/2``) distort every model.

A parameter whose ``max`` is at most ``SMALL_LADDER_MAX`` (backtracking:
exponential or factorial work) climbs in steps of one or a few instead of
doublings: n = 4, 5, 6, ... is where such code can be told apart.

With several size parameters one more ladder, the *diagonal*, grows them all
together in their ``min`` proportions (``V = k``, ``E = 2k`` for ``min``
128 and 256): one parameter at a time cannot tell ``m n`` from ``m + n``,
the diagonal can.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from judge.packs.model import SMALL_LADDER_MAX, SMALL_MIN_STEPS, SizeParameter

MAX_SIZES = 10
TARGET_SIZES = 8
TARGET_SPAN = 32.0
MIN_SIZES = 5  # fewer points than this, or less than MIN_SPAN, and the class is not decided
MIN_SPAN = 8.0  # (when a slow machine stops a ladder early; the plan itself aims at 1.5 decades)
DIAGONAL = "diagonal"  # the name of the ladder that grows every parameter together


@dataclass(frozen=True)
class Budget:
    """What one complexity report may spend.

    ``total_s`` is wall-clock for the whole report (every sweep, the wire and
    the host's generators included); ``run_s`` caps the CPU of one measured run
    inside the sandbox (the counted run is the slowest of the three kinds);
    ``time_s`` is the CPU spent per size on repeated timing runs, of which at
    most ``repeats`` are made and at least two; ``retime_s`` is the CPU of the
    last pass, which times every size once per round for up to ``retime_rounds``
    rounds (see ``measure``), kept back from the ladders' share of ``total_s``.
    """

    total_s: float = 5.0
    run_s: float = 0.4
    time_s: float = 0.02
    repeats: int = 30
    retime_s: float = 0.3
    retime_rounds: int = 8


def ladder(parameter: SizeParameter) -> list[int]:
    """The sizes from ``min`` up to ``max``, at most ``MAX_SIZES`` of them: doubling; or ``min``, ``min + step``,
    ... for a parameter with a ``step``; or, for a small parameter (max at most ``SMALL_LADDER_MAX``) without
    one, even steps that reach ``max``."""
    if not parameter.step and parameter.max <= SMALL_LADDER_MAX:
        step = max(1, math.ceil((parameter.max - parameter.min) / (MAX_SIZES - 1)))
        return list(range(parameter.min, parameter.max + 1, step))[:MAX_SIZES]
    sizes: list[int] = []
    size = parameter.min
    while size <= parameter.max and len(sizes) < MAX_SIZES:
        sizes.append(size)
        size = size + parameter.step if parameter.step else size * 2
    return sizes


def diagonal(parameters: tuple[SizeParameter, ...]) -> SizeParameter | None:
    """The ladder of every parameter growing together, in the size of the first (None for one parameter).

    At size k of the first parameter, each other is ``k * its min / the first's min`` (see ``sizes_for``);
    the range is what keeps every parameter within its own floor and max.
    """
    if len(parameters) < 2:
        return None
    first = parameters[0]
    top = min(first.min * p.max // p.min for p in parameters)
    floor = max(math.ceil(p.floor * first.min / p.min) for p in parameters)
    return SizeParameter(name=DIAGONAL, generator=first.generator, min=first.min, max=max(top, first.min),
                         fixed=first.min, floor=max(1, min(floor, first.min)))


def extension(parameter: SizeParameter, largest: int) -> list[int]:
    """Sizes below ``min`` (largest first) that bring the span up to ``TARGET_SPAN`` when ``largest`` was the top."""
    if parameter.step:  # a step ladder's min is already as low as its exponential sizes can usefully go
        return []
    sizes: list[int] = []
    size = parameter.min // 2
    while largest / (sizes[-1] if sizes else parameter.min) < TARGET_SPAN and size >= max(parameter.floor, 1):
        sizes.append(size)
        size //= 2
    return sizes


def sizes_for(parameters: tuple[SizeParameter, ...], varied: SizeParameter, value: int) -> dict[str, int]:
    """Every parameter's value when ``varied`` is at ``value`` (the diagonal: all in their min proportions)."""
    if varied.name == DIAGONAL and not any(p.name == DIAGONAL for p in parameters):
        first = parameters[0]
        return {p.name: max(1, round(value * p.min / first.min)) for p in parameters}
    return {p.name: (value if p.name == varied.name else p.fixed) for p in parameters}


def enough(sizes: list[int], span: float = MIN_SPAN) -> bool:
    """Whether measured sizes are enough to decide a class: MIN_SIZES of them over a factor of ``span``
    (small sizes, where only exponential work is measured: over ``SMALL_MIN_STEPS`` steps)."""
    distinct = sorted(set(sizes))
    if len(distinct) < MIN_SIZES:
        return False
    if distinct[-1] <= SMALL_LADDER_MAX and distinct[-1] - distinct[0] >= SMALL_MIN_STEPS:
        return True
    return distinct[-1] / distinct[0] >= span


def midpoints(sizes: list[int], need: int) -> list[int]:
    """Up to ``need`` new sizes between measured ones (geometric midpoints of the widest gaps, lowest first).

    Used when even the extension below ``min`` leaves too few points, as for an
    exponential solution whose doubling ladder ends at 16.
    """
    have = sorted(set(sizes))
    new: list[int] = []
    while len(new) < need:
        gaps = sorted(((b / a, a, b) for a, b in zip(have, have[1:]) if b - a >= 2), key=lambda g: (-g[0], g[2]))
        if not gaps:
            break
        _, a, b = gaps[0]
        middle = round((a * b) ** 0.5)
        middle = min(max(middle, a + 1), b - 1)
        new.append(middle)
        have = sorted(have + [middle])
    return new
