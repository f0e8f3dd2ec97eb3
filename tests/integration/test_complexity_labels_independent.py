"""The independent labelled suite (issue 15): solutions written for it alone, labelled before measuring.

Data only (no tests here); test_complexity_suite.py measures every item through
the real sandbox, as it does test_complexity_labels.py's.  None of these is a
pack's submission: each is a small solution of a classic task written here,
over inputs built by the generators below for its worst case, and labelled by
reading its code, per size parameter (the others held at ``fixed``) and
overall (the whole expression, whose growth with every parameter together is
what the report's diagonal measures).  The rules are the first suite's: the
output is not auxiliary space, a recursion of depth d costs d frames, a
sequence of heap or sort operations on k entries costs log k each.

The labels were written and committed before the first measurement; a label
found wrong afterwards is corrected only with the reason beside it.  After the
first measurement no label changed; five inputs or solutions did, each because
it was not what its label assumes (marked "corrected:"): a solution that
crashed at n = 1, three generators that were not the worst case the label
analyses (random data keeps a lazy heap's pushes O(1) each; random heights keep
a grid Dijkstra's heap at the frontier; random strings let a memoised LCS skip
most of its table), and one whose shape changed with the size (item weights
larger than the smallest capacities).

Families: heap Dijkstra and other heap work, grid BFS/DFS, DP tables top-down
and bottom-up, tree recursion (chain and balanced shapes), quickselect,
interval sorting, backtracking (exponential and factorial, on small step
ladders), NumPy loops against vectorized code, union-find with and without
ranks and path compression, graph traversals.
"""

from __future__ import annotations

from test_complexity_labels import Item

# -- generators: worst cases for the code that uses them ------------------------------------------------


def distinct(sizes, rng):
    return [rng.sample(range(-10**9, 10**9), sizes["n"])]


def small_values(sizes, rng):
    return [[rng.randrange(0, 50) for _ in range(sizes["n"])]]


def count_only(sizes, rng):
    return [sizes["n"]]


def sorted_values(sizes, rng):
    return [list(range(0, 5 * sizes["n"], 5))]


def open_grid(sizes, rng):
    """An m x n grid of open cells (0) with random heights beside: every search visits every cell."""
    return [[[0] * sizes["n"] for _ in range(sizes["m"])]]


def corridor_grid(sizes, rng):
    """corrected: an m x n maze whose heights rise by one along a snake corridor between walls of the top
    height; every wall cell beside the corridor is pushed and never popped before the far corner, so a
    grid Dijkstra's heap grows with the cells (random heights keep it at the frontier)."""
    m, n = sizes["m"], sizes["n"]
    heights = [[10**6] * n for _ in range(m)]
    height = 1
    for r in range(0, m, 2):
        for c in range(n) if r % 4 == 0 else range(n - 1, -1, -1):
            heights[r][c] = height
            height += 1
        if r + 1 < m:
            heights[r + 1][n - 1 if r % 4 == 0 else 0] = height
            height += 1
    heights[m - 1][n - 1] = height
    return [heights]


def disjoint_strings(sizes, rng):
    """corrected: strings of lengths m and n with no letter in common, so a memoised LCS visits every cell
    (random strings let its matches skip most of the table)."""
    return ["".join(rng.choice("ac") for _ in range(sizes["m"])), "".join(rng.choice("gt") for _ in range(sizes["n"]))]


def two_strings(sizes, rng):
    """Two strings of lengths m and n over four letters: the DP tables fill every cell whatever they are."""
    return ["".join(rng.choice("acgt") for _ in range(sizes["m"])),
            "".join(rng.choice("acgt") for _ in range(sizes["n"]))]


def coins_and_amount(sizes, rng):
    """c coin values (1 and distinct odd ones, so every amount is reachable) and an amount a."""
    return [[1] + [3 + 2 * i for i in range(sizes["c"] - 1)], sizes["a"]]


def items_and_capacity(sizes, rng):
    """corrected: weights up to an eighth of the capacity, so every item loops over most of it at every size
    (fixed weights up to 40 skipped the loop at the smallest capacities, a shape that changed with W)."""
    n, top = sizes["n"], max(1, sizes["W"] // 8)
    return [[rng.randrange(1, top + 1) for _ in range(n)], [rng.randrange(1, 10**6) for _ in range(n)], sizes["W"]]


def relaxing_graph(sizes, rng):
    """V nodes on a chain of weight 1, plus E extra edges into the last node whose weights fall in the order
    they are relaxed, so that every one improves its distance: a lazy Dijkstra pushes all E of them."""
    v, e = sizes["V"], sizes["E"]
    edges = [[i, i + 1, 1] for i in range(v - 1)]
    per = -(-e // max(v - 1, 1))
    big = 10**9
    for j in range(e):
        source, k = j % (v - 1), j // (v - 1)
        edges.append([source, v - 1, big - source * (per + 2) - k])
    return [v, edges]


def dag(sizes, rng):
    """V nodes, a chain through all of them and E more random forward edges: a DAG every traversal covers."""
    v, e = sizes["V"], sizes["E"]
    edges = [[i, i + 1] for i in range(v - 1)]
    for _ in range(e):
        a = rng.randrange(v - 1)
        edges.append([a, rng.randrange(a + 1, v)])
    return [v, edges]


def chain_tree(sizes, rng):
    """A tree as child-index arrays (-1: none), every node the left child of the one before: depth n."""
    n = sizes["n"]
    return [[i + 1 if i + 1 < n else -1 for i in range(n)], [-1] * n, [rng.randrange(-99, 100) for _ in range(n)]]


def balanced_tree(sizes, rng):
    """A complete binary tree in heap order as child-index arrays: depth log n."""
    n = sizes["n"]
    return [[2 * i + 1 if 2 * i + 1 < n else -1 for i in range(n)],
            [2 * i + 2 if 2 * i + 2 < n else -1 for i in range(n)], [rng.randrange(-99, 100) for _ in range(n)]]


def intervals(sizes, rng):
    out = []
    for _ in range(sizes["n"]):
        start = rng.randrange(0, 10**8)
        out.append([start, start + rng.randrange(1, 10**4)])
    return [out]


def disjoint_sorted_intervals(sizes, rng):
    return [[[10 * i, 10 * i + 5] for i in range(sizes["n"])], [10 * sizes["n"] // 2 + 1, 10 * sizes["n"] // 2 + 3]]


def star_edges(sizes, rng):
    """Edges (0, 1), (0, 2), ...: union without ranks hangs each root under the next, a chain that find(0)
    walks whole."""
    return [sizes["n"], [[0, i] for i in range(1, sizes["n"])]]


def random_edges(sizes, rng):
    n = sizes["n"]
    return [n, [[rng.randrange(n), rng.randrange(n)] for _ in range(n)]]


def vector(sizes, rng):
    import numpy as np

    return [np.random.default_rng(rng.getrandbits(64)).standard_normal(sizes["n"])]


GENERATORS = {f.__name__: f for f in (distinct, small_values, count_only, sorted_values, open_grid,
                                       corridor_grid, disjoint_strings, two_strings, coins_and_amount,
                                       items_and_capacity, relaxing_graph, dag,
                                       chain_tree, balanced_tree, intervals, disjoint_sorted_intervals, star_edges,
                                       random_edges, vector)}


def one(name, time, space, source, generator="distinct", **kw):
    """A one-parameter item: its overall labels are its per-parameter ones."""
    return Item(name=name, time={"n": time}, space={"n": space}, source=source.strip() + "\n", generator=generator,
                overall=(f"O({time})", f"O({space})"), **kw)


def many(name, params, time, space, overall, source, generator):
    """An item with several size parameters: ``params`` is ((name, min, max, fixed, floor), ...)."""
    return Item(name=name, time=time, space=space, source=source.strip() + "\n", generator=generator,
                params=params, overall=overall)


GRID = (("m", 8, 512, 32, 2), ("n", 8, 512, 32, 2))
STRINGS = (("m", 16, 1024, 64, 2), ("n", 16, 1024, 64, 2))
GRAPH = (("V", 64, 8192, 256, 8), ("E", 128, 16384, 512, 8))
LINEAR2 = {"m": "n", "n": "n"}

ITEMS = [
    # -- heap Dijkstra and other heap work ----------------------------------------------------------------
    many("dijkstra_lazy_heap", (("V", 64, 8192, 64, 8), ("E", 256, 16384, 256, 8)),
         {"V": "n", "E": "n log n"}, {"V": "n", "E": "n"}, ("O(V+E log E)", "O(V+E)"), """
from heapq import heappop, heappush


def f(v, edges):
    graph = [[] for _ in range(v)]
    for a, b, w in edges:
        graph[a].append((b, w))
    dist = [None] * v
    heap = [(0, 0)]
    while heap:
        d, u = heappop(heap)
        if dist[u] is not None:
            continue
        dist[u] = d
        for b, w in graph[u]:
            if dist[b] is None:
                heappush(heap, (d + w, b))
    return dist[v - 1]
""", "relaxing_graph"),
    many("dijkstra_array_scan", (("V", 32, 1024, 64, 8), ("E", 128, 16384, 256, 8)),
         {"V": "n^2", "E": "n"}, {"V": "n", "E": "n"}, ("O(V^2+E)", "O(V+E)"), """
def f(v, edges):
    graph = [[] for _ in range(v)]
    for a, b, w in edges:
        graph[a].append((b, w))
    dist, done = [None] * v, [False] * v
    dist[0] = 0
    for _ in range(v):
        u = -1
        for i in range(v):
            if not done[i] and dist[i] is not None and (u < 0 or dist[i] < dist[u]):
                u = i
        if u < 0:
            break
        done[u] = True
        for b, w in graph[u]:
            if dist[b] is None or dist[u] + w < dist[b]:
                dist[b] = dist[u] + w
    return dist[v - 1]
""", "relaxing_graph"),
    one("heap_sort_all", "n log n", "n", """
from heapq import heappop, heappush


def f(xs):
    heap = []
    for x in xs:
        heappush(heap, x)
    out = 0
    while heap:
        out = heappop(heap)
    return out
"""),
    one("heap_sliding_max_lazy", "n log n", "n", """
from heapq import heappop, heappush


def f(xs):
    width, heap, best = max(1, len(xs) // 4), [], 0
    for i, x in enumerate(xs):
        heappush(heap, (-x, i))
        while heap[0][1] <= i - width:
            heappop(heap)
        if i >= width - 1:
            best += -heap[0][0]
    return best
""", generator="sorted_values"),  # corrected: rising values, each push sifts to the top (random: O(1) each)
    one("heapify_then_few_pops", "n", "n", """
from heapq import heapify, heappop


def f(xs):
    heap = list(xs)
    heapify(heap)
    return [heappop(heap) for _ in range(min(5, len(heap)))]  # corrected: popped 5 from a heap of 1
"""),
    one("heap_of_fixed_k", "n", "1", """
from heapq import heappush, heapreplace


def f(xs):
    heap = []
    for x in xs:
        if len(heap) < 8:
            heappush(heap, x)
        elif x > heap[0]:
            heapreplace(heap, x)
    return heap[0]
"""),
    # -- grid BFS / DFS -----------------------------------------------------------------------------------
    many("grid_bfs_deque", GRID, LINEAR2, LINEAR2, ("O(m n)", "O(m n)"), """
from collections import deque


def f(grid):
    m, n = len(grid), len(grid[0])
    seen = [[False] * n for _ in range(m)]
    seen[0][0] = True
    queue, steps = deque([(0, 0)]), 0
    while queue:
        r, c = queue.popleft()
        steps += 1
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < m and 0 <= nc < n and not seen[nr][nc] and grid[nr][nc] == 0:
                seen[nr][nc] = True
                queue.append((nr, nc))
    return steps
""", "open_grid"),
    many("grid_dfs_stack", GRID, LINEAR2, LINEAR2, ("O(m n)", "O(m n)"), """
def f(grid):
    m, n = len(grid), len(grid[0])
    seen = set()
    stack = [(0, 0)]
    while stack:
        r, c = stack.pop()
        if (r, c) in seen:
            continue
        seen.add((r, c))
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < m and 0 <= nc < n and grid[nr][nc] == 0 and (nr, nc) not in seen:
                stack.append((nr, nc))
    return len(seen)
""", "open_grid"),
    many("grid_dfs_recursive", (("m", 8, 256, 32, 2), ("n", 8, 256, 32, 2)), LINEAR2, LINEAR2,
         ("O(m n)", "O(m n)"), """
def f(grid):
    m, n = len(grid), len(grid[0])
    seen = [[False] * n for _ in range(m)]

    def visit(r, c):
        seen[r][c] = True
        total = 1
        for nr, nc in ((r + 1, c), (r, c + 1), (r - 1, c), (r, c - 1)):
            if 0 <= nr < m and 0 <= nc < n and not seen[nr][nc] and grid[nr][nc] == 0:
                total += visit(nr, nc)
        return total

    return visit(0, 0)
""", "open_grid"),
    many("grid_islands_scan", GRID, LINEAR2, LINEAR2, ("O(m n)", "O(m n)"), """
def f(grid):
    m, n = len(grid), len(grid[0])
    seen = [[False] * n for _ in range(m)]
    islands = 0
    for r in range(m):
        for c in range(n):
            if grid[r][c] == 0 and not seen[r][c]:
                islands += 1
                stack = [(r, c)]
                seen[r][c] = True
                while stack:
                    y, x = stack.pop()
                    for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                        if 0 <= ny < m and 0 <= nx < n and grid[ny][nx] == 0 and not seen[ny][nx]:
                            seen[ny][nx] = True
                            stack.append((ny, nx))
    return islands
""", "open_grid"),
    many("grid_dijkstra_min_effort", GRID, {"m": "n log n", "n": "n log n"}, LINEAR2,
         ("O(m n log(m n))", "O(m n)"), """
from heapq import heappop, heappush


def f(heights):
    m, n = len(heights), len(heights[0])
    best = [[None] * n for _ in range(m)]
    heap = [(0, 0, 0)]
    while heap:
        effort, r, c = heappop(heap)
        if best[r][c] is not None:
            continue
        best[r][c] = effort
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < m and 0 <= nc < n and best[nr][nc] is None:
                heappush(heap, (max(effort, abs(heights[nr][nc] - heights[r][c])), nr, nc))
    return best[m - 1][n - 1]
""", "corridor_grid"),
    many("grid_row_prefix_sums", GRID, LINEAR2, LINEAR2, ("O(m n)", "O(m n)"), """
def f(grid):
    prefix = []
    for row in grid:
        running, line = 0, []
        for value in row:
            running += value + 1
            line.append(running)
        prefix.append(line)
    return prefix[-1][-1]
""", "open_grid"),
    # -- DP tables, bottom-up and top-down ----------------------------------------------------------------
    many("lcs_table", STRINGS, LINEAR2, LINEAR2, ("O(m n)", "O(m n)"), """
def f(a, b):
    m, n = len(a), len(b)
    table = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m):
        for j in range(n):
            table[i + 1][j + 1] = table[i][j] + 1 if a[i] == b[j] else max(table[i][j + 1], table[i + 1][j])
    return table[m][n]
""", "two_strings"),
    many("lcs_two_rows", STRINGS, LINEAR2, {"m": "1", "n": "n"}, ("O(m n)", "O(n)"), """
def f(a, b):
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]
""", "two_strings"),
    many("lcs_memo_top_down", (("m", 16, 512, 48, 2), ("n", 16, 512, 48, 2)), LINEAR2, LINEAR2,
         ("O(m n)", "O(m n)"), """
from functools import lru_cache


def f(a, b):
    @lru_cache(maxsize=None)
    def best(i, j):
        if i == len(a) or j == len(b):
            return 0
        if a[i] == b[j]:
            return best(i + 1, j + 1) + 1
        return max(best(i + 1, j), best(i, j + 1))

    return best(0, 0)
""", "disjoint_strings"),
    many("edit_distance_table", STRINGS, LINEAR2, LINEAR2, ("O(m n)", "O(m n)"), """
def f(a, b):
    m, n = len(a), len(b)
    table = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m + 1):
        table[i][0] = i
    for j in range(n + 1):
        table[0][j] = j
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            if a[i - 1] == b[j - 1]:
                table[i][j] = table[i - 1][j - 1]
            else:
                table[i][j] = 1 + min(table[i - 1][j], table[i][j - 1], table[i - 1][j - 1])
    return table[m][n]
""", "two_strings"),
    many("coin_change_bottom_up", (("c", 4, 256, 8, 2), ("a", 64, 8192, 256, 8)), {"c": "n", "a": "n"},
         {"c": "1", "a": "n"}, ("O(c a)", "O(a)"), """
def f(coins, amount):
    fewest = [0] + [None] * amount
    for total in range(1, amount + 1):
        best = None
        for coin in coins:
            if coin <= total and fewest[total - coin] is not None:
                candidate = fewest[total - coin] + 1
                if best is None or candidate < best:
                    best = candidate
        fewest[total] = best
    return fewest[amount]
""", "coins_and_amount"),
    many("knapsack_one_row", (("n", 8, 512, 32, 2), ("W", 64, 8192, 512, 8)), {"n": "n", "W": "n"},
         {"n": "1", "W": "n"}, ("O(n W)", "O(W)"), """
def f(weights, values, capacity):
    best = [0] * (capacity + 1)
    for weight, value in zip(weights, values):
        for room in range(capacity, weight - 1, -1):
            if best[room - weight] + value > best[room]:
                best[room] = best[room - weight] + value
    return best[capacity]
""", "items_and_capacity"),
    one("lis_quadratic", "n^2", "n", """
def f(xs):
    longest = [1] * len(xs)
    for i in range(len(xs)):
        for j in range(i):
            if xs[j] < xs[i] and longest[j] + 1 > longest[i]:
                longest[i] = longest[j] + 1
    return max(longest)
""", min=32, max=2048),
    one("lis_patience_bisect", "n log n", "n", """
from bisect import bisect_left


def f(xs):
    tails = []
    for x in xs:
        i = bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)
""", generator="sorted_values"),
    one("stairs_memo_top_down", "n", "n", """
from functools import lru_cache


def f(n):
    @lru_cache(maxsize=None)
    def ways(k):
        if k <= 1:
            return 1
        return (ways(k - 1) + ways(k - 2)) % 1_000_000_007

    return ways(n)
""", generator="count_only", min=64, max=8192),
    one("stairs_two_variables", "n", "1", """
def f(n):
    a, b = 1, 1
    for _ in range(n):
        a, b = b, (a + b) % 1_000_000_007
    return a
""", generator="count_only", min=256, max=65536),
    one("house_robber_table", "n", "n", """
def f(xs):
    best = [0] * (len(xs) + 2)
    for i, x in enumerate(xs):
        best[i + 2] = max(best[i + 1], best[i] + abs(x))
    return best[-1]
"""),
    # -- tree recursion: a chain (depth n) and a balanced tree (depth log n) --------------------------------
    one("tree_depth_chain_recursive", "n", "n", """
def f(left, right, values):
    def depth(node):
        if node < 0:
            return 0
        return 1 + max(depth(left[node]), depth(right[node]))

    return depth(0)
""", generator="chain_tree", max=8192),
    one("tree_depth_balanced_recursive", "n", "log n", """
def f(left, right, values):
    def depth(node):
        if node < 0:
            return 0
        return 1 + max(depth(left[node]), depth(right[node]))

    return depth(0)
""", generator="balanced_tree"),
    one("tree_path_sum_balanced", "n", "log n", """
def f(left, right, values):
    best = [values[0]]

    def gain(node):
        if node < 0:
            return 0
        a, b = max(gain(left[node]), 0), max(gain(right[node]), 0)
        best[0] = max(best[0], values[node] + a + b)
        return values[node] + max(a, b)

    gain(0)
    return best[0]
""", generator="balanced_tree"),
    one("tree_diameter_chain", "n", "n", """
def f(left, right, values):
    best = [0]

    def height(node):
        if node < 0:
            return 0
        a, b = height(left[node]), height(right[node])
        best[0] = max(best[0], a + b)
        return 1 + max(a, b)

    height(0)
    return best[0]
""", generator="chain_tree", max=8192),
    one("tree_level_order_balanced", "n", "n", """
from collections import deque


def f(left, right, values):
    queue, widest = deque([0]), 0
    while queue:
        widest = max(widest, len(queue))
        for _ in range(len(queue)):
            node = queue.popleft()
            for child in (left[node], right[node]):
                if child >= 0:
                    queue.append(child)
    return widest
""", generator="balanced_tree"),
    one("tree_iterative_postorder_chain", "n", "n", """
def f(left, right, values):
    stack, total = [(0, False)], 0
    while stack:
        node, done = stack.pop()
        if node < 0:
            continue
        if done:
            total += values[node]
        else:
            stack.append((node, True))
            stack.append((right[node], False))
            stack.append((left[node], False))
    return total
""", generator="chain_tree"),
    # -- quickselect and sorting --------------------------------------------------------------------------
    one("quickselect_random_lists", "n", "n", """
import random


def f(xs):
    k = len(xs) // 2
    while True:
        pivot = random.choice(xs)
        low = [x for x in xs if x < pivot]
        if k < len(low):
            xs = low
            continue
        high = [x for x in xs if x > pivot]
        equal = len(xs) - len(low) - len(high)
        if k < len(low) + equal:
            return pivot
        k -= len(low) + equal
        xs = high
"""),
    one("quickselect_random_in_place", "n", "n", """
import random


def f(xs):
    a, k = list(xs), len(xs) // 2
    lo, hi = 0, len(a) - 1
    while lo < hi:
        p = random.randint(lo, hi)
        a[p], a[hi] = a[hi], a[p]
        pivot, store = a[hi], lo
        for i in range(lo, hi):
            if a[i] < pivot:
                a[i], a[store] = a[store], a[i]
                store += 1
        a[store], a[hi] = a[hi], a[store]
        if store == k:
            return a[store]
        if store < k:
            lo = store + 1
        else:
            hi = store - 1
    return a[lo]
"""),
    one("median_by_sorting", "n log n", "n", """
def f(xs):
    return sorted(xs)[len(xs) // 2]
"""),
    one("sort_then_two_pointers", "n log n", "n", """
def f(xs):
    ys = sorted(xs)
    i, j, best = 0, len(ys) - 1, None
    while i < j:
        total = ys[i] + ys[j]
        if best is None or abs(total) < abs(best):
            best = total
        if total < 0:
            i += 1
        else:
            j -= 1
    return best
"""),
    one("counting_sort_small_values", "n", "1", """
def f(xs):
    counts = [0] * 50
    for x in xs:
        counts[x] += 1
    middle, seen = len(xs) // 2, 0
    for value, count in enumerate(counts):
        seen += count
        if seen > middle:
            return value
""", generator="small_values"),
    # -- intervals ----------------------------------------------------------------------------------------
    one("merge_intervals_sorted", "n log n", "n", """
def f(spans):
    merged = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return len(merged)
""", generator="intervals"),
    one("meeting_rooms_heap", "n log n", "n", """
from heapq import heappop, heappush


def f(spans):
    ends, rooms = [], 0
    for start, end in sorted(spans):
        while ends and ends[0] <= start:
            heappop(ends)
        heappush(ends, end)
        rooms = max(rooms, len(ends))
    return rooms
""", generator="intervals"),
    one("non_overlapping_by_end", "n log n", "n", """
def f(spans):
    kept, last = 0, None
    for start, end in sorted(spans, key=lambda s: s[1]):
        if last is None or start >= last:
            kept += 1
            last = end
    return len(spans) - kept
""", generator="intervals"),
    one("intervals_all_pairs", "n^2", "1", """
def f(spans):
    overlapping = 0
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            if spans[i][0] < spans[j][1] and spans[j][0] < spans[i][1]:
                overlapping += 1
    return overlapping
""", generator="intervals", min=32, max=2048),
    one("insert_interval_scan", "n", "n", """
def f(spans, new):
    out, start, end, i = [], new[0], new[1], 0
    while i < len(spans) and spans[i][1] < start:
        out.append(spans[i])
        i += 1
    while i < len(spans) and spans[i][0] <= end:
        start, end = min(start, spans[i][0]), max(end, spans[i][1])
        i += 1
    out.append([start, end])
    while i < len(spans):
        out.append(spans[i])
        i += 1
    return len(out)
""", generator="disjoint_sorted_intervals"),
    # -- backtracking: exponential and factorial, on small step ladders -----------------------------------
    one("subsets_sum_each_leaf", "n 2^n", "n", """
def f(n):
    path, total = [], [0]

    def choose(i):
        if i == n:
            for x in path:
                total[0] += x
            return
        choose(i + 1)
        path.append(i)
        choose(i + 1)
        path.pop()

    choose(0)
    return total[0]
""", generator="count_only", min=4, max=18, floor=4),
    one("subsets_count_leaves", "2^n", "n", """
def f(n):
    def count(i):
        if i == n:
            return 1
        return count(i + 1) + count(i + 1)

    return count(0)
""", generator="count_only", min=4, max=20, floor=4),
    one("bitmask_subsets", "n 2^n", "1", """
def f(n):
    best = 0
    for mask in range(1 << n):
        total = 0
        for i in range(n):
            if mask >> i & 1:
                total += i
        best = max(best, total % 7)
    return best
""", generator="count_only", min=4, max=18, floor=4),
    one("permutations_visit_each", "n n!", "n", """
def f(n):
    used, path, checksum = [False] * n, [], [0]

    def extend():
        if len(path) == n:
            for i, x in enumerate(path):
                checksum[0] += i * x
            return
        for x in range(n):
            if not used[x]:
                used[x] = True
                path.append(x)
                extend()
                path.pop()
                used[x] = False

    extend()
    return checksum[0]
""", generator="count_only", min=2, max=9, floor=2),
    one("permutations_by_swaps", "n!", "n", """
def f(n):
    a, leaves = list(range(n)), [0]

    def permute(k):
        if k == n:
            leaves[0] += 1
            return
        for i in range(k, n):
            a[k], a[i] = a[i], a[k]
            permute(k + 1)
            a[k], a[i] = a[i], a[k]

    permute(0)
    return leaves[0]
""", generator="count_only", min=2, max=9, floor=2),
    one("fibonacci_naive", "2^n", "n", """
def f(n):
    def fib(k):
        return k if k < 2 else fib(k - 1) + fib(k - 2)

    return fib(n)
""", generator="count_only", min=6, max=26, floor=4),
    # -- NumPy: Python loops against vectorized code ------------------------------------------------------
    one("np_sum_vectorized", "n", "1", """
import numpy as np


def f(a):
    return float(np.sum(a))
""", generator="vector", numpy=True, vectorized=True, min=2048, max=1 << 18),
    one("np_sum_python_loop", "n", "1", """
def f(a):
    total = 0.0
    for x in a:
        total += x
    return float(total)
""", generator="vector", numpy=True, vectorized=False),
    one("np_cumsum_vectorized", "n", "n", """
import numpy as np


def f(a):
    return float(np.cumsum(a).max())
""", generator="vector", numpy=True, vectorized=True, min=2048, max=1 << 18),
    one("np_outer_vectorized", "n^2", "n^2", """
import numpy as np


def f(a):
    return float(np.outer(a, a).sum())
""", generator="vector", numpy=True, vectorized=True, min=32, max=2048),
    one("np_outer_row_loop", "n^2", "n^2", """
import numpy as np


def f(a):
    out = np.empty((len(a), len(a)))
    for i in range(len(a)):
        out[i] = a[i] * a
    return float(out.sum())
""", generator="vector", numpy=True, vectorized=False, min=32, max=2048),
    one("np_pairs_python_double_loop", "n^2", "1", """
def f(a):
    close = 0
    n = len(a)
    for i in range(n):
        x = a[i]
        for j in range(i + 1, n):
            if abs(x - a[j]) < 0.01:
                close += 1
    return close
""", generator="vector", numpy=True, vectorized=False, min=32, max=1024),
    # -- union-find: with and without ranks and path compression ------------------------------------------
    one("union_find_rank_and_compression", "n", "n", """
def f(n, edges):
    parent, rank = list(range(n)), [0] * n

    def find(x):
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    groups = n
    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        if rank[ra] < rank[rb]:
            ra, rb = rb, ra
        parent[rb] = ra
        if rank[ra] == rank[rb]:
            rank[ra] += 1
        groups -= 1
    return groups
""", generator="random_edges"),
    one("union_find_naive_chain", "n^2", "n", """
def f(n, edges):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
    return sum(1 for i in range(n) if parent[i] == i)
""", generator="star_edges", min=32, max=2048),
    one("union_find_rank_only_star", "n", "n", """
def f(n, edges):
    parent, rank = list(range(n)), [0] * n

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        if rank[ra] < rank[rb]:
            ra, rb = rb, ra
        parent[rb] = ra
        if rank[ra] == rank[rb]:
            rank[ra] += 1
    return sum(1 for i in range(n) if parent[i] == i)
""", generator="star_edges"),
    one("union_find_compression_only_star", "n", "n", """
def f(n, edges):
    parent = list(range(n))

    def find(x):
        if parent[x] != x:
            parent[x] = find(parent[x])
        return parent[x]

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
    return sum(1 for i in range(n) if find(i) == i)
""", generator="star_edges"),
    one("union_find_dict_by_size", "n", "n", """
def f(n, edges):
    parent, size = {}, {}

    def find(x):
        if x not in parent:
            parent[x], size[x] = x, 1
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        if size[ra] < size[rb]:
            ra, rb = rb, ra
        parent[rb] = ra
        size[ra] += size[rb]
    return len({find(x) for x in list(parent)})
""", generator="random_edges"),
    # -- graphs -------------------------------------------------------------------------------------------
    many("bfs_adjacency_lists", GRAPH, {"V": "n", "E": "n"}, {"V": "n", "E": "n"}, ("O(V+E)", "O(V+E)"), """
from collections import deque


def f(v, edges):
    graph = [[] for _ in range(v)]
    for a, b in edges:
        graph[a].append(b)
    seen, queue = [False] * v, deque([0])
    seen[0] = True
    while queue:
        u = queue.popleft()
        for w in graph[u]:
            if not seen[w]:
                seen[w] = True
                queue.append(w)
    return sum(seen)
""", "dag"),
    many("topological_order_kahn", GRAPH, {"V": "n", "E": "n"}, {"V": "n", "E": "n"}, ("O(V+E)", "O(V+E)"), """
def f(v, edges):
    graph, indegree = [[] for _ in range(v)], [0] * v
    for a, b in edges:
        graph[a].append(b)
        indegree[b] += 1
    ready = [u for u in range(v) if indegree[u] == 0]
    order = []
    while ready:
        u = ready.pop()
        order.append(u)
        for w in graph[u]:
            indegree[w] -= 1
            if indegree[w] == 0:
                ready.append(w)
    return len(order)
""", "dag"),
    many("adjacency_matrix_scan", (("V", 16, 1024, 64, 4), ("E", 64, 16384, 256, 8)), {"V": "n^2", "E": "n"},
         {"V": "n^2", "E": "1"}, ("O(V^2+E)", "O(V^2)"), """
def f(v, edges):
    matrix = [[False] * v for _ in range(v)]
    for a, b in edges:
        matrix[a][b] = True
    reached, stack = [False] * v, [0]
    reached[0] = True
    while stack:
        u = stack.pop()
        row = matrix[u]
        for w in range(v):
            if row[w] and not reached[w]:
                reached[w] = True
                stack.append(w)
    return sum(reached)
""", "dag"),
    # -- plain loops, for the classes' baselines ------------------------------------------------------------
    one("binary_search_loop", "log n", "1", """
def f(xs):
    target, lo, hi = xs[len(xs) // 3] + 1, 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
""", generator="sorted_values"),
    one("distinct_with_set", "n", "n", """
def f(xs):
    seen = set()
    for x in xs:
        seen.add(x)
    return len(seen)
"""),
    one("pair_count_nested", "n^2", "1", """
def f(xs):
    count = 0
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            if xs[i] < xs[j]:
                count += 1
    return count
""", min=32, max=2048),
    one("triples_nested", "n^3", "1", """
def f(xs):
    n, count = len(xs), 0
    for i in range(n):
        for j in range(i + 1, n):
            for k in range(j + 1, n):
                if xs[i] < xs[j] < xs[k]:
                    count += 1
    return count
""", min=8, max=512),
    one("dict_frequencies", "n", "n", """
def f(xs):
    counts = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    return max(counts.values())
"""),
    one("difference_table", "n^2", "n^2", """
def f(xs):
    table = []
    for i in range(len(xs)):
        row = []
        for j in range(len(xs)):
            row.append(xs[i] - xs[j])
        table.append(row)
    return table[-1][0]
""", min=16, max=1024),
    one("halving_loop", "log n", "1", """
def f(n):
    steps = 0
    while n > 1:
        n //= 2
        steps += n & 1
    return steps
""", generator="count_only", min=1024, max=1 << 24),
]
