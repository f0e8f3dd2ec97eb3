class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        # Mistake: counts clashes between neighbours in start order, as if every clash needed
        # one more room; it ignores rooms that were freed in the meantime.
        intervals.sort()
        rooms = 1
        for i in range(1, len(intervals)):
            if intervals[i][0] < intervals[i - 1][1]:
                rooms += 1
        return rooms
