def next_greater_element(nums1, nums2):
    # O(len(nums1) * len(nums2)): find each value, then scan to its right. At LeetCode's sizes
    # (1000 numbers) that is fast, so it is accepted; the complexity report calls it suboptimal.
    out = []
    for x in nums1:
        j = nums2.index(x)
        ans = -1
        for y in nums2[j + 1:]:
            if y > x:
                ans = y
                break
        out.append(ans)
    return out
