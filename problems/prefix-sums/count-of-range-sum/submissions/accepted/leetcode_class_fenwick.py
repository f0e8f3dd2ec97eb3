class Solution:
    def countRangeSum(self, nums: List[int], lower: int, upper: int) -> int:
        prefix = [0]
        for x in nums:
            prefix.append(prefix[-1] + x)
        values = sorted(set(prefix))
        m = len(values)
        tree = [0] * (m + 1)

        def add(i):
            i += 1
            while i <= m:
                tree[i] += 1
                i += i & -i

        def count_upto(i):  # how many stored values have rank < i
            s = 0
            while i > 0:
                s += tree[i]
                i -= i & -i
            return s

        res = 0
        for p in prefix:
            lo = bisect_left(values, p - upper)
            hi = bisect_right(values, p - lower)
            res += count_upto(hi) - count_upto(lo)
            add(bisect_left(values, p))
        return res
