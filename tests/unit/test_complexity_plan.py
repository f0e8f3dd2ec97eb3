"""Size plans: doubling ladders, the extension below min, midpoints, and what counts as enough."""

from judge.complexity import plan
from judge.packs.model import SizeParameter


def param(low=256, high=65536, floor=1, fixed=None):
    return SizeParameter("n", "gen", low, high, fixed or low, floor)


def test_the_ladder_doubles_from_min_up_to_ten_sizes():
    assert plan.ladder(param(256, 65536)) == [256 * 2 ** k for k in range(9)]
    assert len(plan.ladder(param(1, 1 << 20))) == plan.MAX_SIZES
    assert plan.ladder(param(7, 896)) == [7, 14, 28, 56, 112, 224, 448, 896]


def test_a_step_ladder_adds_its_step_and_never_extends_below_min():
    step = SizeParameter("n", "gen", 2, 16, 2, 1, step=2)
    assert plan.ladder(step) == [2, 4, 6, 8, 10, 12, 14, 16]
    assert plan.ladder(SizeParameter("n", "gen", 1, 100, 1, 1, step=1)) == list(range(1, 11))  # MAX_SIZES
    assert plan.extension(step, 8) == []


def test_the_extension_reaches_a_span_of_one_and_a_half_decades_and_stops_at_the_floor():
    # A quadratic stopped at 1024 by the budget, from min 512: down to 32.
    assert plan.extension(param(512), 1024) == [256, 128, 64, 32]
    assert plan.extension(param(512, floor=100), 1024) == [256, 128]
    assert plan.extension(param(256), 65536) == []  # a full ladder needs nothing


def test_midpoints_fill_the_widest_gaps_lowest_first():
    assert plan.midpoints([1, 2, 4, 8, 16], 3) == [3, 6, 11]
    assert plan.midpoints([32, 64, 128, 256, 512, 1024], 2) == [45, 91]
    assert plan.midpoints([2, 3], 3) == []  # no integer between


def test_other_parameters_hold_their_fixed_values():
    v, e = SizeParameter("V", "g", 128, 16384, 256, 16), SizeParameter("E", "g", 128, 16384, 64, 1)
    assert plan.sizes_for((v, e), v, 4096) == {"V": 4096, "E": 64}
    assert plan.sizes_for((v, e), e, 512) == {"V": 256, "E": 512}


def test_enough_means_five_sizes_over_a_factor_of_eight():
    assert plan.enough([16, 32, 64, 128, 256])
    assert plan.enough([1, 2, 3, 4, 8])
    assert not plan.enough([16, 32, 64, 128])
    assert not plan.enough([100, 120, 140, 160, 180])
    assert not plan.enough([100, 120, 140, 160, 800], span=10.0)


def test_a_small_parameter_climbs_in_steps_and_decides_on_steps():
    from judge.complexity import plan
    from judge.packs.model import SizeParameter

    assert plan.ladder(SizeParameter("n", "g", 4, 18, 4, 4)) == [4, 6, 8, 10, 12, 14, 16, 18]
    assert plan.ladder(SizeParameter("n", "g", 2, 9, 2, 2)) == [2, 3, 4, 5, 6, 7, 8, 9]
    assert plan.enough([4, 6, 8, 10, 12]) and not plan.enough([4, 5, 6, 7, 8])


def test_the_diagonal_grows_every_parameter_in_its_min_proportion():
    from judge.complexity import plan
    from judge.packs.model import SizeParameter

    v, e = SizeParameter("V", "g", 128, 16384, 2048, 8), SizeParameter("E", "g", 256, 32768, 4096, 16)
    assert plan.diagonal((v,)) is None
    diagonal = plan.diagonal((v, e))
    assert diagonal is not None and (diagonal.min, diagonal.max, diagonal.floor) == (128, 16384, 8)
    assert plan.sizes_for((v, e), diagonal, 512) == {"V": 512, "E": 1024}
    assert plan.sizes_for((v, e), v, 512) == {"V": 512, "E": 4096}
