def next_greater_element(nums1, nums2):
    # Mistake: only looks at the value right after x, not at everything to its right.
    pos = {x: i for i, x in enumerate(nums2)}
    out = []
    for x in nums1:
        j = pos[x] + 1
        out.append(nums2[j] if j < len(nums2) and nums2[j] > x else -1)
    return out
