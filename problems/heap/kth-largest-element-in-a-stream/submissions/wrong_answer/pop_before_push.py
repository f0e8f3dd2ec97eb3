class KthLargest:
    # Mistake: makes room before looking at the new score, so a small score evicts a larger one.
    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.heap = []
        for x in nums:
            self.add(x)

    def add(self, val: int) -> int:
        if len(self.heap) == self.k:
            heappop(self.heap)
        heappush(self.heap, val)
        return self.heap[0]
