class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        # Breadth-first over amounts: the first time the target is reached uses the fewest coins.
        if amount == 0:
            return 0
        seen = {0}
        frontier = [0]
        steps = 0
        while frontier:
            steps += 1
            nxt = []
            for total in frontier:
                for c in coins:
                    t = total + c
                    if t == amount:
                        return steps
                    if t < amount and t not in seen:
                        seen.add(t)
                        nxt.append(t)
            frontier = nxt
        return -1
