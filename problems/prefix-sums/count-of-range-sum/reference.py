def count_range_sum(nums, lower, upper):
    prefix = [0]
    for x in nums:
        prefix.append(prefix[-1] + x)

    def sort_count(lo, hi):
        if hi - lo <= 1:
            return 0
        mid = (lo + hi) // 2
        count = sort_count(lo, mid) + sort_count(mid, hi)
        i = j = mid
        for left in prefix[lo:mid]:
            while i < hi and prefix[i] - left < lower:
                i += 1
            while j < hi and prefix[j] - left <= upper:
                j += 1
            count += j - i
        prefix[lo:hi] = sorted(prefix[lo:hi])
        return count

    return sort_count(0, len(prefix))
