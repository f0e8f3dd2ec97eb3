class Solution:
    def canAttendMeetings(self, intervals: List[List[int]]) -> bool:
        # Mistake: only compares neighbours as given, without sorting first.
        for prev, cur in zip(intervals, intervals[1:]):
            if cur[0] < prev[1]:
                return False
        return True
