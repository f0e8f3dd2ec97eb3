def next_greater_element(nums1, nums2):
    # Left to right: a value leaves the stack when the first larger value arrives.
    answer_for = {}
    waiting = []
    for x in nums2:
        while waiting and waiting[-1] < x:
            answer_for[waiting.pop()] = x
        waiting.append(x)
    for x in waiting:
        answer_for[x] = -1
    return [answer_for[x] for x in nums1]
