def next_greater_element(nums1, nums2):
    # Mistake: a stack of indices, and the answer records the index of the larger value, not the value.
    nxt = {}
    stack = []
    for i, x in enumerate(nums2):
        while stack and nums2[stack[-1]] < x:
            nxt[nums2[stack.pop()]] = i
        stack.append(i)
    return [nxt.get(x, -1) for x in nums1]
