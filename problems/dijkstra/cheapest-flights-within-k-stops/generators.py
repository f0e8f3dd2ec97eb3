"""Worst-case inputs for the complexity report (see problems/README.md, "Complexity reports").

Forward flights i -> j priced (j - i)^2, so splitting a hop is always
cheaper and the best price keeps improving with every extra flight allowed:
Bellman-Ford cannot stop early, and a search over (city, stops) states
meets every state. There are enough cities for E distinct forward flights
plus k + 3, for a route of more than k + 1 flights: the city count grows
with k from the smallest k on (a count flat up to k = 43 and then rising bent
every per-city memory into a k^2 reading); the unit hops i -> i + 1 come
first.
"""


def more_stops_cheaper(sizes, rng):
    e, k = sizes["E"], sizes["k"]
    enough = 2  # cities enough for E distinct forward flights ...
    while enough * (enough - 1) // 2 < e:
        enough += 1
    n = k + 3 + enough  # ... and k + 3 more, so that the city count grows with k and with E at every size
    pairs = [(i, i + 1) for i in range(n - 1)][:e]
    chosen = set(pairs)
    while len(pairs) < e:
        i, j = sorted(rng.sample(range(n), 2))
        if (i, j) not in chosen:
            chosen.add((i, j))
            pairs.append((i, j))
    flights = [[i, j, (j - i) ** 2] for i, j in pairs]
    rng.shuffle(flights)
    return [n, flights, 0, n - 1, k]
