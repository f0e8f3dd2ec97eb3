class KthLargest:
    # Correct but O(n log n) per add: keeps every score and sorts them all each time.
    def __init__(self, k, nums):
        self.k = k
        self.scores = list(nums)

    def add(self, val):
        self.scores.append(val)
        return sorted(self.scores, reverse=True)[self.k - 1]
