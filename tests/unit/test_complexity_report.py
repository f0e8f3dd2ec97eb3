"""From points to the report: count against time, targets, claims, several parameters, NumPy."""

import math

from judge.complexity.measure import Measurement, Point, Series
from judge.complexity.report import ReportRequest, build_report

SIZES = [256 * 2 ** k for k in range(8)]


def series(name, sizes, count, time, space=lambda n: 300, others=None):
    points = [Point(parameter=name, size=n, sizes={name: n, **(others or {})}, count=int(count(n)), depth=2,
                    wrapped=True, seeds=1, time_s=time(n), times_s=[time(n)], peak_bytes=int(space(n)) + 100,
                    retained_bytes=100, count_cpu_s=1e-3) for n in sizes]
    return Series(name, points, "max size")


def report(*all_series, time_target="O(n)", space_target="O(1)", numpy=False, claim=None, space_claim=None,
           diagonal=None):
    params = tuple(s.parameter for s in all_series)
    return build_report(Measurement(list(all_series), cost_s=1.5, diagonal=diagonal),
                        ReportRequest(params, time_target, space_target, numpy, claim, space_claim))


def test_the_shape_of_the_json():
    data = report(series("n", SIZES, lambda n: 3 * n, lambda n: 4e-8 * n + 2e-6))
    assert set(data) >= {"available", "parameters", "time", "space", "vectorized", "points", "notes", "cost_s"}
    for axis in ("time", "space"):
        assert set(data[axis]) >= {"measured", "target", "status", "confidence", "runner_up", "by_parameter"}
    assert data["time"]["measured"] == "O(n)" and data["time"]["status"] == "optimal"
    assert data["space"]["measured"] == "O(1)" and data["vectorized"] is None
    assert {"size", "count", "time_s", "space_bytes"} <= set(data["points"][0])
    assert 0 <= data["time"]["confidence"] <= 1


def test_work_hidden_in_c_is_found_by_time_and_said():
    # Slicing inside a loop: the count is linear, CPU time quadratic.
    data = report(series("n", SIZES, lambda n: 2 * n, lambda n: 5e-8 * n + 1e-10 * n * n))
    assert data["time"]["measured"] == "O(n^2)" and data["time"]["status"] == "suboptimal"
    assert data["time"]["signal"] == "time"
    assert any("done in C" in note for note in data["notes"])


def test_a_cache_bent_time_does_not_override_the_count():
    # A sort whose time per comparison rises 2.5x as its data leave the cache.
    bent = lambda n: 1e-8 * n * math.log2(n) * (1 + 1.5 * min(1, max(0, math.log(n / 4096) / math.log(4))))
    data = report(series("n", SIZES, lambda n: n * math.log2(n), bent), time_target="O(n log n)")
    assert data["time"]["measured"] == "O(n log n)" and data["time"]["signal"] == "count"


def diagonal_of(count, time=lambda n: 1e-8 * n, space=lambda n: 300, sizes=SIZES):
    return series("diagonal", sizes, count, time, space)


def test_several_parameters_are_reported_per_parameter_and_together():
    v = series("V", SIZES, lambda n: n * n, lambda n: 1e-9 * n * n, others={"E": 64})
    e = series("E", SIZES, lambda n: 2 * n + 50_000, lambda n: 1e-8 * n + 1e-4, others={"V": 256})
    data = report(v, e, time_target="O(V+E)", space_target="O(V+E)", diagonal=diagonal_of(lambda k: k * k + 2 * k))
    assert data["time"]["measured"] == "O(V^2+E)" and data["time"]["status"] == "suboptimal"
    assert data["time"]["combination"] == "sum" and data["time"]["diagonal"]["measured"] == "O(k^2)"
    assert data["time"]["by_parameter"]["V"]["measured"] == "O(V^2)"
    assert data["time"]["by_parameter"]["E"]["measured"] == "O(E)"
    linear = report(series("V", SIZES, lambda n: 3 * n, lambda n: 1e-8 * n),
                    series("E", SIZES, lambda n: 3 * n, lambda n: 1e-8 * n), time_target="O(V+E)",
                    diagonal=diagonal_of(lambda k: 6 * k))
    assert linear["time"]["measured"] == "O(V+E)" and linear["time"]["status"] == "optimal"


def test_without_a_diagonal_sums_and_products_are_not_guessed():
    parts = [series(p, SIZES, lambda n: 3 * n, lambda n: 1e-8 * n) for p in ("V", "E")]
    data = report(*parts, time_target="O(V+E)")
    assert data["time"]["combination"] == "unknown" and "combination unknown" in data["time"]["measured"]
    assert data["time"]["status"] == "inconclusive"  # V*E would pass each sweep alone
    product = report(*parts, time_target="O(V E)")
    assert product["time"]["status"] == "optimal"  # even the product of the classes is within the target


def test_a_grid_product_is_told_from_a_sum_by_the_diagonal():
    # Dijkstra on an m x n grid: with the other side fixed at 32 each side alone looks linear-ish; together the
    # cells grow as k^2 and the heap's comparisons add a log.
    side = lambda n: 32 * n * math.log2(32 * n)  # noqa: E731
    m = series("m", SIZES[:6], side, lambda n: 1e-7 * side(n), others={"n": 32})
    n = series("n", SIZES[:6], side, lambda n: 1e-7 * side(n), others={"m": 32})
    grid = diagonal_of(lambda k: k * k * math.log2(k * k), sizes=SIZES[:6])
    data = report(m, n, time_target="O(m n log(m n))", space_target="O(m n)", diagonal=grid)
    assert data["time"]["measured"] == "O(m n log(m n))" and data["time"]["combination"] == "target"
    assert data["time"]["status"] != "suboptimal" and data["time"]["diagonal"]["measured"] == "O(k^2 log k)"
    untargeted = report(m, n, time_target="O(m+n)", diagonal=grid)
    assert untargeted["time"]["measured"] == "O(m n log(m n))" and untargeted["time"]["status"] == "suboptimal"
    assert "m+n" not in untargeted["time"]["measured"]


def test_a_diagonal_that_fits_neither_sum_nor_product_leaves_the_combination_unknown():
    parts = [series(p, SIZES, lambda n: 3 * n, lambda n: 1e-8 * n) for p in ("V", "E")]
    data = report(*parts, time_target="O(V+E)", diagonal=diagonal_of(lambda k: k ** 3 / 6 + k * k))
    assert data["time"]["combination"] == "unknown" and data["time"]["status"] == "suboptimal"
    assert "V: O(V), E: O(E) (combination unknown)" == data["time"]["measured"]
    assert "O(k^3)" in data["time"]["reason"]


def test_never_more_than_two_adjacent_readings():
    # Both parameters between n and n log n: four combinations; the report gives them per parameter.
    blur = lambda n: n * (1 + 0.045 * math.log2(n))  # noqa: E731
    parts = [series(p, SIZES, blur, lambda n: 1e-8 * n) for p in ("V", "E")]
    data = report(*parts, time_target="O(V+E)", diagonal=diagonal_of(lambda k: 2 * blur(k)))
    assert data["time"]["measured"].count(" or ") <= 2 and "O(V+E) or" not in data["time"]["measured"]
    one = report(series("n", SIZES, blur, lambda n: 1e-8 * n))
    assert one["time"]["measured"].count(" or ") <= 1
    if " or " in one["time"]["measured"]:
        assert "cannot separate" in one["time"]["reason"]


def test_a_matching_product_target_keeps_its_own_text():
    parts = [series(p, SIZES, lambda n: 9, lambda n: 2e-9 * n + 1e-5) for p in ("n", "m", "d")]
    data = report(*parts, time_target="O(n m d)", space_target="O(n m)", numpy=True,
                  diagonal=diagonal_of(lambda k: 9, lambda k: 2e-9 * k ** 3 + 1e-5))
    assert data["time"]["measured"] == "O(n m d)"
    assert data["vectorized"] is True and data["python_work"] == "O(1)"


def test_python_loops_in_numpy_code_are_not_vectorized():
    data = report(series("n", SIZES, lambda n: n, lambda n: 1e-7 * n), numpy=True)
    assert data["vectorized"] is False and data["python_work"] == "O(n)"


def test_claims_are_confirmed_or_refuted_with_the_reason():
    linear = series("n", SIZES, lambda n: 3 * n, lambda n: 3e-8 * n)
    assert report(linear, claim="O(n)")["time"]["claim"]["verdict"] == "confirmed"
    too_low = report(series("n", SIZES, lambda n: n * n, lambda n: 1e-9 * n * n), claim="O(n log n)")
    assert too_low["time"]["claim"]["verdict"] == "refuted"
    assert "faster than claimed" in too_low["time"]["claim"]["message"]
    too_high = report(linear, claim="O(n^2)")["time"]["claim"]
    assert too_high["verdict"] == "refuted" and "not tight" in too_high["message"]
    assert report(linear, space_claim="O(1)")["space"]["claim"]["verdict"] == "confirmed"


def test_too_few_sizes_are_inconclusive_and_say_why():
    data = report(series("n", SIZES[:3], lambda n: n, lambda n: 1e-8 * n))
    assert data["time"]["status"] == "inconclusive" and data["time"]["measured"] is None
    assert any("only 3 sizes" in note for note in data["notes"])


def test_a_failed_measurement_is_inconclusive_everywhere():
    data = build_report(Measurement([], failure="the sandbox stopped answering"),
                        ReportRequest(("n",), "O(n)", "O(1)", False, "O(n)"))
    assert data["time"]["status"] == data["space"]["status"] == "inconclusive"
    assert data["time"]["claim"]["verdict"] == "inconclusive"


def test_a_tiny_quadratic_term_cannot_pass_for_quadratic_space():
    # Heap peaks measured from a Fenwick-tree LIS (a rank dict and a tree of n ints): linear, with a bend where
    # computed ints pass 256.  An n^2 model fits them within the noise only with 0.005 bytes per n^2 unit.
    peaks = {256: 16304, 512: 41344, 1024: 94676, 2048: 205260, 4096: 426452, 8192: 868812}
    for sizes in (list(peaks), list(peaks)[:-1], list(peaks)[1:]):
        data = report(series("n", sizes, lambda n: n, lambda n: 1e-8 * n, space=lambda n: peaks[n]),
                      space_target="O(n)")
        assert data["space"]["measured"] == "O(n)", sizes


def test_a_real_quadratic_table_is_still_quadratic_space():
    data = report(series("n", SIZES[:6], lambda n: n * n, lambda n: 1e-8 * n * n, space=lambda n: 8 * n * n + 64 * n),
                  time_target="O(n^2)", space_target="O(n^2)")
    assert data["space"]["measured"] == "O(n^2)"
    bits = report(series("n", SIZES[:6], lambda n: n * n, lambda n: 1e-8 * n * n, space=lambda n: n * n / 8 + 40 * n),
                  time_target="O(n^2)", space_target="O(n^2)")
    assert bits["space"]["measured"] == "O(n^2)"


def test_claims_equal_below_and_above_the_measured_class_on_one_parameter():
    nlogn = series("n", SIZES, lambda n: n * math.log2(n), lambda n: 1e-8 * n * math.log2(n))
    assert report(nlogn, time_target="O(n log n)", claim="O(n log n)")["time"]["claim"]["verdict"] == "confirmed"
    below = report(nlogn, time_target="O(n log n)", claim="O(n)")["time"]["claim"]
    assert below["verdict"] == "refuted" and "faster than claimed" in below["message"]
    above = report(nlogn, time_target="O(n log n)", claim="O(n^2)")["time"]["claim"]
    assert above["verdict"] == "refuted" and "not tight" in above["message"]


def test_claims_on_two_parameters_are_judged_per_parameter_and_together():
    parts = [series(p, SIZES, lambda n: 3 * n, lambda n: 1e-8 * n) for p in ("V", "E")]
    sums = dict(time_target="O(V+E)", diagonal=diagonal_of(lambda k: 6 * k))
    assert report(*parts, **sums, claim="O(V+E)")["time"]["claim"]["verdict"] == "confirmed"
    below = report(*parts, **sums, claim="O(V)")["time"]["claim"]
    assert below["verdict"] == "refuted" and "faster than claimed (in E)" in below["message"]
    above = report(*parts, **sums, claim="O(V E)")["time"]["claim"]
    assert above["verdict"] == "refuted" and "not tight" in above["message"]
    products = dict(time_target="O(V E)", diagonal=diagonal_of(lambda k: 3 * k * k))
    assert report(*parts, **products, claim="O(V E)")["time"]["claim"]["verdict"] == "confirmed"
    wrong_sum = report(*parts, **products, claim="O(V+E)")["time"]["claim"]
    assert wrong_sum["verdict"] == "refuted" and "all together" in wrong_sum["message"]


def test_a_name_no_sweep_varies_is_compared_with_the_target_and_said_so():
    # Bouquets: O(n log D) with only n swept.  The report shows the target's text; so is the claim judged.
    linear = series("n", SIZES, lambda n: 30 * n, lambda n: 1e-7 * n)
    data = report(linear, time_target="O(n log D)", claim="O(n log D)")
    assert data["time"]["measured"] == "O(n log D)" and data["time"]["not_swept"] == ["D"]
    assert data["time"]["claim"]["verdict"] == "confirmed" and "D not swept" in data["time"]["claim"]["message"]
    refuted = report(linear, time_target="O(n log D)", claim="O(n)")["time"]["claim"]
    assert refuted["verdict"] == "refuted" and "faster than claimed (in D)" in refuted["message"]
    assert report(linear, time_target="O(n log D)", claim="O(n D)")["time"]["claim"]["verdict"] == "refuted"


def test_a_claim_may_use_only_the_size_parameters_and_the_targets_names():
    import pytest

    from judge.complexity.report import parse_claim
    from judge.growth import ExpressionError

    assert parse_claim("O(n log D)", ("n",), "O(n log D)").classes["n"].key == "n"
    with pytest.raises(ExpressionError, match="may use only n, D"):
        parse_claim("O(n log(max(bloom_day)))", ("n",), "O(n log D)")
    assert parse_claim("O(len)", ("n",), "O(n)").classes["n"].key == "n"  # one name, one parameter: it


def test_a_log_factor_seen_only_along_the_diagonal_is_given_to_the_parameters_that_can_carry_it():
    # Heap Dijkstra: with E fixed the V sweep sees no work grow; with V fixed the heap's log is of a constant.
    v = series("V", SIZES, lambda n: 9000, lambda n: 1e-4, others={"E": 4096})
    e = series("E", SIZES, lambda n: 20 * n, lambda n: 1e-8 * n, others={"V": 128})
    data = report(v, e, time_target="O(V+E log E)", space_target="O(V+E)",
                  diagonal=diagonal_of(lambda k: 3 * k * math.log2(k) + 4 * k))
    assert data["time"]["measured"] == "O(E log V) or O(E log E)"
    assert "only along the diagonal" in data["time"]["reason"]
    assert data["time"]["status"] == "optimal"


def test_the_exact_call_nesting_raises_space_to_its_class():
    # A backtracking search n deep on a small ladder: frames of 128 bytes beside a heap that barely moves.
    sizes = [4, 5, 6, 8, 10, 12, 14, 16]
    points = [Point(parameter="n", size=n, sizes={"n": n}, count=2 ** n, depth=n + 4, wrapped=True, seeds=1,
                    time_s=1e-7 * 2 ** n, times_s=[1e-7 * 2 ** n], peak_bytes=900 + 16 * (n // 4) + 100,
                    retained_bytes=100, count_cpu_s=1e-3) for n in sizes]
    data = report(Series("n", points, "max size"), time_target="O(2^n)", space_target="O(n)")
    assert data["space"]["measured"] == "O(n)"
    assert any("call nesting" in note for note in data["notes"])


def test_a_fixed_table_of_counters_passing_256_is_constant_space():
    # 50 counters, each about n / 50: they leave CPython's small-int cache together near n = 12800.
    space = lambda n: 800 + (1600 if n >= 12800 else 0)  # noqa: E731
    data = report(series("n", SIZES, lambda n: n, lambda n: 1e-8 * n, space=space))
    assert data["space"]["measured"] == "O(1)"


def test_a_short_diagonal_does_not_decide_the_combination():
    # Rows cost as much as cells at small k: over k = 8..32 a grid's m n looks like m + n.
    parts = [series(p, SIZES, lambda n: 3 * n, lambda n: 1e-8 * n) for p in ("m", "n")]
    short = diagonal_of(lambda k: 56 * k + 8 * k * k, sizes=[8, 11, 16, 23, 32])
    data = report(*parts, time_target="O(m+n)", diagonal=short)
    assert data["time"]["combination"] == "unknown" and data["time"]["status"] == "inconclusive"
    assert any("too little to say how they combine" in note for note in data["notes"])


def test_leaves_copied_in_c_make_a_counted_2_to_the_n_into_n_2_to_the_n():
    # Subsets built as `subset + [x]`: 2^n Python steps, n 2^n elements copied in C.
    sizes = [4, 6, 8, 10, 12, 14, 16, 18]
    data = report(series("n", sizes, lambda n: 3 * 2 ** n, lambda n: 2e-8 * 2 ** n + 4e-8 * n * 2 ** n),
                  time_target="O(n 2^n)")
    assert data["time"]["measured"] == "O(n 2^n)" and data["time"]["signal"] == "time"
    plain = report(series("n", sizes, lambda n: 3 * 2 ** n, lambda n: 5e-8 * 2 ** n), time_target="O(n 2^n)")
    assert plain["time"]["measured"] == "O(2^n)"


def test_one_ambiguous_parameter_without_a_diagonal_is_per_parameter():
    from judge.complexity.fit import choose
    from judge.complexity.report import AxisResult, read_axis
    from judge.growth import BY_KEY, parse

    between = AxisResult(choose({BY_KEY["1"]: 10.0, BY_KEY["log n"]: 10.5}), "count")  # 1 or log V
    linear = AxisResult(choose({BY_KEY["n"]: 1.0, BY_KEY["n^2"]: 40.0}), "count")
    assert between.candidates == (BY_KEY["1"], BY_KEY["log n"]) and linear.candidates == (BY_KEY["n"],)
    reading = read_axis({"V": between, "E": linear}, parse("O(V+E)", ("V", "E")), None)
    assert reading.combination == "unknown" and "not measured far enough" in reading.reason
    assert reading.text == "V: O(1) or O(log V), E: O(E) (combination unknown)"


def test_a_constant_name_in_the_target_does_not_raise_the_diagonal_limit():
    # O((B+H) T) with T not swept: together B and H may grow as k, and a product (k^2) breaks the target.
    b = series("B", SIZES, lambda n: 5 * n, lambda n: 1e-8 * n + 1e-5, others={"H": 256})
    h = series("H", SIZES, lambda n: 5 * n, lambda n: 1e-8 * n + 1e-5, others={"B": 256})
    data = report(b, h, time_target="O((B+H) T)", space_target="O(1)",
                  diagonal=diagonal_of(lambda k: 3 * k * k, lambda k: 1e-9 * k * k + 1e-5))
    assert data["time"]["diagonal"]["target"] == "O(k)"
    assert data["time"]["status"] == "suboptimal"


def test_ints_leaving_the_small_int_cache_do_not_pass_for_a_higher_power():
    # Two measured sweeps of a table of i ^ j (tests/integration/test_complexity_labels.py: quad_table) that
    # read O(n^3) with a cache step of at most 1.5x: up to n = 256 every i ^ j is a shared small int, above it
    # each cell allocates one, on top of the table leaving the cache (14 ns a cell, then 23, then 37).
    sizes = [16, 23, 32, 64, 128, 256, 512, 1024]
    counts = [291, 578, 1091, 4227, 16643, 66051, 263171, 1050627]
    for times in ([5.81e-06, 1.057e-05, 1.8015e-05, 6.5112e-05, 0.000250292, 0.000954795, 0.006815871, 0.03921614],
                  [5.384e-06, 9.461e-06, 1.6678e-05, 6.3378e-05, 0.000236818, 0.000943936, 0.006585319,
                   0.038645753]):
        measured = series("n", sizes, lambda n: counts[sizes.index(n)], lambda n: times[sizes.index(n)])
        data = report(measured, time_target="O(n^2)")
        assert data["time"]["measured"] == "O(n^2)" and data["time"]["signal"] == "count"


def test_hidden_cubic_work_still_beats_a_cache_step():
    # A quadratic count whose every step also does n/64 element copies in C: a whole power more, not a step.
    sizes = [16, 23, 32, 64, 128, 256, 512, 1024]
    data = report(series("n", sizes, lambda n: n * n, lambda n: 1.4e-8 * n * n * (1 + n / 64)),
                  time_target="O(n^2)")
    assert data["time"]["measured"] == "O(n^3)" and data["time"]["signal"] == "time"


def deepening_series(times, depths):
    sizes = [16, 32, 64, 128, 256, 512, 1024, 2048]
    measured = series("h", sizes, lambda n: 8195, lambda n: times[sizes.index(n)])
    for point, depth in zip(measured.points, depths):
        point.depth = depth
    return measured


# maximum-depth-of-binary-tree's reference, 4096 nodes with a path of h of them (measured): the same 8195
# steps, 23 ns each 16 deep and 52 ns each 2048 deep.
DEEPENING_TIMES = [x * 1e-3 for x in (0.192, 0.196, 0.197, 0.216, 0.232, 0.270, 0.315, 0.428)]


def test_calls_nesting_deeper_do_not_pass_for_work_in_c():
    data = report(deepening_series(DEEPENING_TIMES, [h + 2 for h in (16, 32, 64, 128, 256, 512, 1024, 2048)]),
                  time_target="O(1)", space_target="O(h)")
    assert data["time"]["by_parameter"]["h"]["measured"] == "O(1)"
    assert data["time"]["by_parameter"]["h"]["signal"] == "count"


def test_the_same_times_at_a_fixed_nesting_are_work_in_c():
    data = report(deepening_series(DEEPENING_TIMES, [18] * 8), time_target="O(1)")
    assert data["time"]["by_parameter"]["h"]["measured"] == "O(h)"


def test_a_log_factor_smaller_than_its_constant_is_still_read():
    # capacity-to-ship's reference (measured): a binary search over log2(sum) capacities, each a pass over
    # the n weights, where sum grows with n: n (66 + 4 log2 n) steps, which a 5% precision let pass for
    # 71 n + 0.0014 n^2 (inconclusive).
    sizes = [256, 362, 512, 1024, 2048, 4096, 8192, 16384]
    counts = [16994, 25444, 35944, 75886, 159860, 335994, 704640, 1474694]
    data = report(series("n", sizes, lambda n: counts[sizes.index(n)], lambda n: 9e-9 * counts[sizes.index(n)]),
                  time_target="O(n log n)")
    assert data["time"]["measured"] == "O(n log n)" and data["time"]["status"] == "optimal"
