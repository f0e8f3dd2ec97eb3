class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        # Sweep over +1 / -1 events; at equal times the -1 (a meeting ending) comes first.
        events = []
        for s, e in intervals:
            events.append((s, 1))
            events.append((e, -1))
        events.sort()
        cur = best = 0
        for _, d in events:
            cur += d
            best = max(best, cur)
        return best
