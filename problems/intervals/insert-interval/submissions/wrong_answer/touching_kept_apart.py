class Solution:
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
        # Mistake: `<=` / `>=` where the comparisons must be strict, so an interval that
        # only shares an endpoint with the new one is not merged with it.
        res = []
        for i in range(len(intervals)):
            if newInterval[1] <= intervals[i][0]:
                res.append(newInterval)
                return res + intervals[i:]
            elif newInterval[0] >= intervals[i][1]:
                res.append(intervals[i])
            else:
                newInterval = [min(newInterval[0], intervals[i][0]), max(newInterval[1], intervals[i][1])]
        res.append(newInterval)
        return res
