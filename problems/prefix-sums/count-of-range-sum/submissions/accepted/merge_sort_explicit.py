def count_range_sum(nums, lower, upper):
    sums = [0]
    for x in nums:
        sums.append(sums[-1] + x)

    def solve(a):
        # Returns (count of good pairs inside a, a sorted).
        if len(a) < 2:
            return 0, a
        half = len(a) // 2
        c1, left = solve(a[:half])
        c2, right = solve(a[half:])
        count = c1 + c2
        lo = hi = 0
        for v in left:
            while lo < len(right) and right[lo] - v < lower:
                lo += 1
            while hi < len(right) and right[hi] - v <= upper:
                hi += 1
            count += hi - lo
        merged = []
        p = q = 0
        while p < len(left) and q < len(right):
            if left[p] <= right[q]:
                merged.append(left[p])
                p += 1
            else:
                merged.append(right[q])
                q += 1
        merged.extend(left[p:])
        merged.extend(right[q:])
        return count, merged

    return solve(sums)[0]
