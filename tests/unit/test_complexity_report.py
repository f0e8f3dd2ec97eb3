"""From points to the report: count against time, targets, claims, several parameters, NumPy."""

import math

from judge.complexity.measure import Measurement, Point, Series
from judge.complexity.report import build_report

SIZES = [256 * 2 ** k for k in range(8)]


def series(name, sizes, count, time, space=lambda n: 300, others=None):
    points = [Point(parameter=name, size=n, sizes={name: n, **(others or {})}, count=int(count(n)), depth=2,
                    wrapped=True, time_s=time(n), times_s=[time(n)], peak_bytes=int(space(n)) + 100,
                    retained_bytes=100, count_cpu_s=1e-3) for n in sizes]
    return Series(name, points, "max size")


def report(*all_series, time_target="O(n)", space_target="O(1)", numpy=False, claim=None, space_claim=None):
    params = tuple(s.parameter for s in all_series)
    return build_report(Measurement(list(all_series), cost_s=1.5), params, time_target, space_target, numpy,
                        claim, space_claim)


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


def test_several_parameters_are_reported_per_parameter_and_together():
    v = series("V", SIZES, lambda n: n * n, lambda n: 1e-9 * n * n, others={"E": 64})
    e = series("E", SIZES, lambda n: 2 * n + 50_000, lambda n: 1e-8 * n + 1e-4, others={"V": 256})
    data = report(v, e, time_target="O(V+E)", space_target="O(V+E)")
    assert data["time"]["measured"] == "O(V^2+E)" and data["time"]["status"] == "suboptimal"
    assert data["time"]["by_parameter"]["V"]["measured"] == "O(V^2)"
    assert data["time"]["by_parameter"]["E"]["measured"] == "O(E)"
    linear = report(series("V", SIZES, lambda n: 3 * n, lambda n: 1e-8 * n),
                    series("E", SIZES, lambda n: 3 * n, lambda n: 1e-8 * n), time_target="O(V+E)")
    assert linear["time"]["measured"] == "O(V+E)" and linear["time"]["status"] == "optimal"


def test_a_matching_product_target_keeps_its_own_text():
    parts = [series(p, SIZES, lambda n: 9, lambda n: 2e-9 * n + 1e-5) for p in ("n", "m", "d")]
    data = report(*parts, time_target="O(n m d)", space_target="O(n m)", numpy=True)
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
    data = build_report(Measurement([], failure="the sandbox stopped answering"), ("n",), "O(n)", "O(1)", False,
                        "O(n)")
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
