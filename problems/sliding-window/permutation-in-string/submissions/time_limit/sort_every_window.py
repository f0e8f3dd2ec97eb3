def check_inclusion(s1, s2):
    # Correct but slow: sorts every window, O(len(s2) * len(s1) log len(s1)).
    m = len(s1)
    target = sorted(s1)
    for i in range(len(s2) - m + 1):
        if sorted(s2[i:i + m]) == target:
            return True
    return False
