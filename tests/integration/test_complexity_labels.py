"""The labelled complexity suite: solutions with their true time and space classes, by hand.

Data only (no tests here); test_complexity_suite.py measures every item through
the real sandbox.  Labels are the classes of the code on the worst-case inputs
its generator builds, per size parameter, as a person analyses them: ``sorted``
is n log n, slicing inside a loop is n^2, the output is not auxiliary space, a
recursion of depth d costs d frames.  Synthetic items cover every class, n
against n log n, work hidden in C (slicing, ``in`` on a list, ``sorted``,
``pop(0)``) and NumPy loops against vectorized code; problem items are the
first problems' reference, accepted and time_limit solutions (not pairwise-sq-dists'
Python triple loop: three sweeps of a solution that slow do not fit the 5 s budget
on a loaded machine, and a time_limit solution never gets a report anyway).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PROBLEMS = REPO / "problems"


@dataclass(frozen=True)
class Item:
    name: str
    time: dict  # parameter -> class key ("n log n")
    space: dict
    source: str = ""  # synthetic: the code, entry `f`
    generator: str = ""  # synthetic: a generator below
    min: int = 128
    max: int = 16384
    floor: int = 1
    numpy: bool = False
    vectorized: bool | None = None
    problem: str = ""  # problem item: the problem directory under problems/ (generators, sizes, targets)
    fixed: dict = field(default_factory=dict)
    params: tuple = ()  # synthetic, several size parameters: ((name, min, max, fixed, floor), ...); else n
    overall: tuple = ()  # (time, space) labels of the whole expression, as "O(m n)"; () when not labelled


def ints(sizes, rng):
    """Distinct random ints: no equal hashes, so no set or dict compares that depend on luck."""
    return [rng.sample(range(-10**9, 10**9), sizes["n"])]


def sorted_ints(sizes, rng):
    return [list(range(0, 3 * sizes["n"], 3))]


def small_ints(sizes, rng):
    return [[rng.randrange(1, 50) for _ in range(sizes["n"])]]


def int_n(sizes, rng):
    return [sizes["n"]]


def array(sizes, rng):
    import numpy as np

    return [np.random.default_rng(rng.getrandbits(64)).standard_normal(sizes["n"])]


GENERATORS = {"ints": ints, "sorted_ints": sorted_ints, "small_ints": small_ints, "int_n": int_n, "array": array}


def synthetic(name, time, space, source, generator="ints", **kw):
    return Item(name=name, time={"n": time}, space={"n": space}, source=source.strip() + "\n", generator=generator,
                **kw)


SYNTHETIC = [
    # -- O(1) ---------------------------------------------------------------
    synthetic("const_ends", "1", "1", """
def f(xs):
    return xs[0] + xs[-1]
"""),
    synthetic("const_short_slice", "1", "1", """
def f(xs):
    middle = len(xs) // 2
    return sum(xs[middle:middle + 10])
"""),
    # -- O(log n) -------------------------------------------------------------
    synthetic("log_binary_search", "log n", "1", """
def f(xs):
    target, lo, hi = xs[-1] + 1, 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
""", "sorted_ints"),
    synthetic("log_halving", "log n", "1", """
def f(n):
    steps = 0
    while n > 1:
        n //= 2
        steps += 1
    return steps
""", "int_n", min=256, max=1 << 20),
    synthetic("log_recursive_search", "log n", "log n", """
def f(xs):
    def search(lo, hi, target):
        if lo >= hi:
            return lo
        mid = (lo + hi) // 2
        if xs[mid] < target:
            return search(mid + 1, hi, target)
        return search(lo, mid, target)
    return search(0, len(xs), xs[-1] + 1)
""", "sorted_ints"),
    synthetic("log_power_mod", "log n", "1", """
def f(n):
    result, base, exponent, mod = 1, 3, n, 1_000_000_007
    while exponent:
        if exponent & 1:
            result = result * base % mod
        base = base * base % mod
        exponent >>= 1
    return result
""", "int_n", min=256, max=1 << 20),
    # -- O(n) -----------------------------------------------------------------
    synthetic("linear_loop_sum", "n", "1", """
def f(xs):
    total = 0
    for x in xs:
        total += x
    return total
"""),
    synthetic("linear_heavy_body", "n", "1", """
def f(xs):
    a = b = c = 0
    for x in xs:
        a += x
        b ^= x
        c = (c * 31 + x) % 1_000_003
        if a > b:
            a -= b
        else:
            b -= a
        c += a % 7 + b % 11
    return a + b + c
"""),
    synthetic("linear_max_builtin", "n", "1", """
def f(xs):
    return max(xs)
"""),
    synthetic("linear_sum_builtin", "n", "1", """
def f(xs):
    return sum(xs)
"""),
    synthetic("linear_reversed_copy", "n", "1", """
def f(xs):
    return xs[::-1]
"""),
    synthetic("linear_distinct_set", "n", "n", """
def f(xs):
    return len(set(xs))
"""),
    synthetic("linear_prefix_sums", "n", "n", """
def f(xs):
    prefix = [0]
    for x in xs:
        prefix.append(prefix[-1] + x)
    return max(prefix)
"""),
    # -- O(n log n) -----------------------------------------------------------
    synthetic("nlogn_sorted_median", "n log n", "n", """
def f(xs):
    return sorted(xs)[len(xs) // 2]
"""),
    synthetic("nlogn_merge_sort", "n log n", "n", """
def f(xs):
    def merge_sort(a):
        if len(a) <= 1:
            return a
        mid = len(a) // 2
        left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
        out, i, j = [], 0, 0
        while i < len(left) and j < len(right):
            if left[i] <= right[j]:
                out.append(left[i])
                i += 1
            else:
                out.append(right[j])
                j += 1
        out.extend(left[i:])
        out.extend(right[j:])
        return out
    return merge_sort(xs)[0]
"""),
    synthetic("nlogn_heap_sort", "n log n", "n", """
def f(xs):
    heap = list(xs)
    heapify(heap)
    smallest = [heappop(heap) for _ in range(len(heap))]
    return smallest[len(smallest) // 2]
"""),
    synthetic("nlogn_bisect_per_item", "n log n", "1", """
def f(xs):
    hits = 0
    for x in xs:
        hits += bisect_left(xs, x + 1) - bisect_left(xs, x)
    return hits
""", "sorted_ints"),
    synthetic("nlogn_sort_then_scan", "n log n", "n", """
def f(xs):
    order = sorted(xs)
    best = 0
    for i in range(1, len(order)):
        best = max(best, order[i] - order[i - 1])
    return best
"""),
    # -- O(n^2) ---------------------------------------------------------------
    synthetic("quad_all_pairs", "n^2", "1", """
def f(xs):
    count = 0
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            if xs[i] + xs[j] == 0:
                count += 1
    return count
""", min=16, max=4096),
    synthetic("quad_in_on_a_list", "n^2", "n", """
def f(xs):
    seen = []
    for x in xs:
        if x not in seen:
            seen.append(x)
    return len(seen)
""", min=16, max=16384),
    synthetic("quad_slice_in_loop", "n^2", "n", """
def f(xs):
    total = 0
    for i in range(len(xs)):
        rest = xs[i:]
        total += len(rest)
    return total
""", min=64, max=16384),
    synthetic("quad_pop_front", "n^2", "n", """
def f(xs):
    queue = list(xs)
    total = 0
    while queue:
        total += queue.pop(0)
    return total
""", min=128, max=16384),
    synthetic("quad_table", "n^2", "n^2", """
def f(xs):
    n = len(xs)
    table = [[0] * n for _ in range(n)]
    for i in range(n):
        row = table[i]
        for j in range(n):
            row[j] = i ^ j
    return table[n - 1][n // 2]
""", min=16, max=2048),
    # -- O(n^2 log n) ---------------------------------------------------------
    synthetic("n2logn_pair_bisect", "n^2 log n", "1", """
def f(xs):
    hits = 0
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            hits += bisect_left(xs, xs[i] + xs[j]) & 1
    return hits
""", "sorted_ints", min=8, max=1024),
    synthetic("n2logn_sorted_prefixes", "n^2 log n", "n", """
def f(xs):
    total = 0
    for i in range(1, len(xs) + 1):
        total += sorted(xs[:i])[i // 2]
    return total
""", min=8, max=1024),
    # -- O(n^3) ---------------------------------------------------------------
    synthetic("cubic_triples", "n^3", "1", """
def f(xs):
    n, count = len(xs), 0
    for i in range(n):
        for j in range(i + 1, n):
            for k in range(j + 1, n):
                if xs[i] + xs[j] + xs[k] == 0:
                    count += 1
    return count
""", min=8, max=1024),
    synthetic("cubic_matrix_product", "n^3", "n^2", """
def f(n):
    a = [[float((i * j) % 7) for j in range(n)] for i in range(n)]
    c = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for k in range(n):
            aik, row = a[i][k], a[k]
            out = c[i]
            for j in range(n):
                out[j] += aik * row[j]
    return c[n - 1][n - 1]
""", "int_n", min=4, max=1024),
    # -- O(2^n) ---------------------------------------------------------------
    synthetic("exp_fibonacci", "2^n", "n", """
def f(n):
    return n if n < 2 else f(n - 1) + f(n - 2)
""", "int_n", min=2, max=256),
    synthetic("exp_zero_sum_subsets", "2^n", "n", """
def f(xs):
    def count(i, total):
        if i == len(xs):
            return 1 if total == 0 else 0
        return count(i + 1, total + xs[i]) + count(i + 1, total - xs[i])
    return count(0, 0)
""", "small_ints", min=2, max=256),
    # -- NumPy: vectorized against Python loops --------------------------------
    synthetic("np_vectorized_cumsum", "n", "1", """
import numpy as np
def f(a):
    return np.cumsum(a)
""", "array", numpy=True, vectorized=True, min=512, max=1 << 17),
    synthetic("np_vectorized_outer", "n^2", "n^2", """
import numpy as np
def f(a):
    return float(np.abs(np.subtract.outer(a, a)).max())
""", "array", numpy=True, vectorized=True, min=16, max=4096),
    synthetic("np_loop_sum", "n", "1", """
def f(a):
    total = 0.0
    for x in a:
        total += x
    return float(total)
""", "array", numpy=True, vectorized=False, min=128, max=16384),
    synthetic("np_loop_of_vector_ops", "n^2", "n", """
import numpy as np
def f(a):
    best = 0.0
    for i in range(len(a)):
        best = max(best, float(np.cumsum(np.abs(a - a[i]))[-1]))
    return best
""", "array", numpy=True, vectorized=False, min=64, max=32768),
]


def problem_item(problem, name, time, space, source=None, vectorized=None):
    """A solution to one of the first problems: the pack's own (its reference, or the tagged submission
    of that name, so a pack edit that changes its growth shows here), or ``source`` for one the pack lacks."""
    if source is None:
        directory = PROBLEMS / problem
        paths = [directory / "reference.py"] if name == "reference" else \
            sorted(directory.glob(f"submissions/*/{name}.py"))
        assert len(paths) == 1, f"{problem}: no single solution named {name}"
        source = paths[0].read_text(encoding="utf-8")
    return Item(name=f"{problem.split('/')[-1]}:{name}", time=time, space=space, problem=problem,
                source=source.strip() + "\n", vectorized=vectorized)


LINEAR_GRAPH = {"V": "n", "E": "n"}
SCAN_TIME = {"V": "n^2", "E": "n"}
SCAN_SPACE = {"V": "n", "E": "1"}
ALL_LINEAR = {"n": "n", "m": "n", "d": "n"}

PROBLEM_ITEMS = [
    problem_item("two-pointers/two-sum-ii", "reference", {"n": "n"}, {"n": "1"}),
    problem_item("two-pointers/two-sum-ii", "two_pointers", {"n": "n"}, {"n": "1"}),
    problem_item("two-pointers/two-sum-ii", "leetcode_class_binary_search", {"n": "n log n"}, {"n": "1"}),
    problem_item("two-pointers/two-sum-ii", "quadratic", {"n": "n^2"}, {"n": "1"}),
    problem_item("dp-sequences/longest-increasing-subsequence", "reference", {"n": "n log n"}, {"n": "n"}),
    problem_item("dp-sequences/longest-increasing-subsequence", "patience_bisect", {"n": "n log n"}, {"n": "n"}),
    problem_item("dp-sequences/longest-increasing-subsequence", "leetcode_class_tails", {"n": "n log n"}, {"n": "n"}),
    problem_item("dp-sequences/longest-increasing-subsequence", "leetcode_class_fenwick", {"n": "n log n"}, {"n": "n"}, """
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        # Fenwick tree over value ranks: best[v] = longest subsequence ending in a value of rank <= v.
        ranks = {v: i + 1 for i, v in enumerate(sorted(set(nums)))}
        size = len(ranks)
        tree = [0] * (size + 1)
        answer = 0
        for x in nums:
            r = ranks[x] - 1  # strictly smaller values only
            best = 0
            while r > 0:
                best = max(best, tree[r])
                r -= r & -r
            length = best + 1
            answer = max(answer, length)
            r = ranks[x]
            while r <= size:
                if tree[r] < length:
                    tree[r] = length
                r += r & -r
        return answer
"""),
    problem_item("dp-sequences/longest-increasing-subsequence", "quadratic_dp", {"n": "n^2"}, {"n": "n"}),
    problem_item("topological-sort/course-schedule", "reference", LINEAR_GRAPH, LINEAR_GRAPH, """
def can_finish(num_courses, prerequisites):
    # Kahn's algorithm: repeatedly take a course whose prerequisites are all done.
    unlocks = [[] for _ in range(num_courses)]
    waiting_on = [0] * num_courses
    for course, prereq in prerequisites:
        unlocks[prereq].append(course)
        waiting_on[course] += 1
    ready = [c for c in range(num_courses) if waiting_on[c] == 0]
    taken = 0
    while ready:
        c = ready.pop()
        taken += 1
        for nxt in unlocks[c]:
            waiting_on[nxt] -= 1
            if waiting_on[nxt] == 0:
                ready.append(nxt)
    return taken == num_courses
"""),
    problem_item("topological-sort/course-schedule", "dfs_three_colors", LINEAR_GRAPH, LINEAR_GRAPH),
    problem_item("topological-sort/course-schedule", "leetcode_class_kahn", LINEAR_GRAPH, LINEAR_GRAPH),
    problem_item("topological-sort/course-schedule", "repeated_scan", SCAN_TIME, SCAN_SPACE),
    problem_item("topological-sort/course-schedule-ii", "reference", LINEAR_GRAPH, LINEAR_GRAPH, """
def find_order(num_courses, prerequisites):
    # Kahn's algorithm, breadth first: take courses in the order they become free.
    unlocks = [[] for _ in range(num_courses)]
    waiting_on = [0] * num_courses
    for course, prereq in prerequisites:
        unlocks[prereq].append(course)
        waiting_on[course] += 1
    order = [c for c in range(num_courses) if waiting_on[c] == 0]
    head = 0
    while head < len(order):
        c = order[head]
        head += 1
        for nxt in unlocks[c]:
            waiting_on[nxt] -= 1
            if waiting_on[nxt] == 0:
                order.append(nxt)
    return order if len(order) == num_courses else []
"""),
    problem_item("topological-sort/course-schedule-ii", "dfs_postorder_reversed", LINEAR_GRAPH, LINEAR_GRAPH),
    problem_item("topological-sort/course-schedule-ii", "iterative_dfs", LINEAR_GRAPH, LINEAR_GRAPH),
    problem_item("topological-sort/course-schedule-ii", "leetcode_class_kahn_stack", LINEAR_GRAPH, LINEAR_GRAPH),
    problem_item("topological-sort/course-schedule-ii", "repeated_scan", SCAN_TIME, SCAN_SPACE),
    problem_item("vectorized-numpy/pairwise-sq-dists", "reference", ALL_LINEAR, ALL_LINEAR, """
import numpy as np


def pairwise_sq_dists(X, Y):
    # Exact differences, a block of rows of X at a time: no cancellation, and the
    # (rows, m, d) temporary stays around 16 MB whatever the input size.
    n, d = X.shape
    m = Y.shape[0]
    out = np.empty((n, m), dtype=np.float64)
    rows = max(1, (1 << 21) // max(1, m * d))
    for start in range(0, n, rows):
        diff = X[start:start + rows, None, :] - Y[None, :, :]
        np.einsum("ijk,ijk->ij", diff, diff, out=out[start:start + rows])
    return out
""", vectorized=True),
    problem_item("vectorized-numpy/pairwise-sq-dists", "expansion_trick", ALL_LINEAR, ALL_LINEAR, vectorized=True),
    problem_item("vectorized-numpy/pairwise-sq-dists", "leetcode_class_row_loop", ALL_LINEAR, {"n": "1", "m": "n", "d": "n"}, """
import numpy as np


class Solution:
    def pairwise_sq_dists(self, X: np.ndarray, Y: np.ndarray) -> np.ndarray:
        # One Python iteration per row of X; each row is compared with all of Y at once.
        out = np.empty((X.shape[0], Y.shape[0]))
        for i, x in enumerate(X):
            diff = Y - x
            out[i] = np.einsum("jk,jk->j", diff, diff)
        return out
""", vectorized=False),
]

ITEMS = SYNTHETIC + PROBLEM_ITEMS
