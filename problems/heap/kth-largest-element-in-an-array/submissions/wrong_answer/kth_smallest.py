class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        # Mistake: heapq is a min-heap, so popping k times gives the k-th smallest.
        heap = list(nums)
        heapify(heap)
        for _ in range(k - 1):
            heappop(heap)
        return heap[0]
