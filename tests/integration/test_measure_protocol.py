"""The runner's measuring ops through the real sandbox: ``measure`` keeps inputs, ``retime`` times them again."""

import random

import pytest

from judge.sandbox import wire
from judge.sandbox.container import Sandbox

pytestmark = [pytest.mark.docker]

# Sorts its input in place: a run that saw a previous run's (sorted) input would be measurably different,
# and the printed line must not reach the protocol channel.
SOURCE = """
def f(xs):
    print("timing me")
    xs.sort()
    return len(xs)
"""


def measure_request(request_id, n, keep=True):
    return {"op": "measure", "id": request_id, "args": wire.encode([list(range(n, 0, -1))]), "returns_arg": None,
            "wrap": True, "space": False, "run_budget_s": 2.0, "time_budget_s": 0.01, "repeats": 3, "keep": keep}


def test_retime_times_each_kept_input_once_per_round_then_forgets_them(engine):
    client, image = engine
    with Sandbox(client, image) as sandbox:
        assert sandbox.request({"op": "load", "source": SOURCE, "entry": "f"}, 30)["ok"]
        for request_id, n, keep in ((1, 1000, True), (2, 50_000, True), (3, 2000, False)):
            answer = sandbox.request(measure_request(request_id, n, keep), 30)
            assert answer["ok"] and answer["over_budget"] is None, answer
        retime = {"op": "retime", "id": 4, "ids": [1, 2, 3, 77], "rounds": 5, "time_budget_s": 5.0,
                  "run_budget_s": 2.0, "returns_arg": None}
        answer = sandbox.request(retime, 30)
        assert answer["op"] == "retime" and answer["id"] == 4 and answer["ok"] is True
        times = answer["times_s"]
        assert set(times) == {"1", "2"}  # 3 was not kept, 77 was never measured
        assert all(len(t) == 5 for t in times.values())
        assert min(times["2"]) > min(times["1"])  # each round ran the input it names, afresh
        again = sandbox.request({**retime, "id": 5}, 30)
        assert again["ok"] and again["times_s"] == {}  # forgotten after one pass


def test_retime_stops_at_its_time_budget(engine):
    client, image = engine
    with Sandbox(client, image) as sandbox:
        assert sandbox.request({"op": "load", "source": SOURCE, "entry": "f"}, 30)["ok"]
        assert sandbox.request(measure_request(1, 200_000), 30)["ok"]
        answer = sandbox.request({"op": "retime", "id": 2, "ids": [1], "rounds": 50, "time_budget_s": 0.02,
                                  "run_budget_s": 2.0, "returns_arg": None}, 30)
        # Each round copies 200 000 ints and sorts them: a few ms, so 0.02 s of CPU is spent long before 50.
        assert answer["ok"] and 1 <= len(answer["times_s"]["1"]) < 50


def counted(sandbox, source, xs, request_id=1):
    assert sandbox.request({"op": "load", "source": source, "entry": "f"}, 30)["ok"]
    request = {**measure_request(request_id, 0, keep=False), "args": wire.encode([xs])}
    answer = sandbox.request(request, 30)
    assert answer["ok"] and answer["over_budget"] is None, answer
    return answer


# Sorting values computed from the input: their comparisons happen in C, on ints that are not the input's.
SORT_DERIVED = """
def f(xs):
    return sorted([x * 3 + 1 for x in xs])[0]
"""
# Dijkstra-like: distances are sums of input weights, compared by heapq in C.
HEAP_DERIVED = """
from heapq import heappop, heappush


def f(xs):
    heap, total = [], 0
    for x in xs:
        heappush(heap, total + x)
        total += 1
    return [heappop(heap) for _ in range(len(heap))][-1]
"""


@pytest.mark.parametrize("source", [SORT_DERIVED, HEAP_DERIVED])
def test_comparisons_of_values_computed_from_the_input_are_counted(engine, source):
    client, image = engine
    with Sandbox(client, image) as sandbox:
        # Shuffled: a sort of a descending run makes n comparisons, not n log n.
        small = counted(sandbox, source, random.Random(1).sample(range(2000), 2000))
        large = counted(sandbox, source, random.Random(2).sample(range(32000), 32000), 2)
    assert small["wrapped"] and large["wrapped"] and small["seeds"] == 1
    # n log n comparisons: 16 times the input, more than 16 times the count (a linear count would be 16x).
    assert large["count"] / small["count"] > 16 * 1.2


def test_a_randomized_submission_is_counted_under_several_seeds_the_same_each_time(engine):
    source = """
import random


def f(xs):
    pivot = random.choice(xs)
    return sum(1 for x in xs if x < pivot)
"""
    client, image = engine
    with Sandbox(client, image) as sandbox:
        first = counted(sandbox, source, list(range(5000)))
        second = counted(sandbox, source, list(range(5000)), 2)
    assert first["seeds"] == second["seeds"] == 5
    assert first["count"] == second["count"]  # the seeds are fixed: the mean is reproducible
