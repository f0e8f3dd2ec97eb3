class Solution:
    def canAttendMeetings(self, intervals: List[List[int]]) -> bool:
        # Sorting by end works as well: any clash shows up between neighbours.
        intervals.sort(key=lambda x: x[1])
        return all(intervals[i][0] >= intervals[i - 1][1] for i in range(1, len(intervals)))
