# Top-down with functools.cache, recursing `amount` levels deep (10_000 with a coin of 1): the sandbox
# gives cache its pure-Python wrapper, so only the recursion limit bounds the depth.
import sys
from functools import cache
sys.setrecursionlimit(100000)

class Solution:
    def coinChange(self, coins, amount):
        @cache
        def fewest(rest):
            if rest == 0:
                return 0
            best = float("inf")
            for coin in coins:
                if coin <= rest:
                    best = min(best, fewest(rest - coin) + 1)
            return best
        answer = fewest(amount)
        return -1 if answer == float("inf") else answer
