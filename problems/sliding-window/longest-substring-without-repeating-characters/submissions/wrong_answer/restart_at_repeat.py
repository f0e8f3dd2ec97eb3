def length_of_longest_substring(s):
    # Wrong restart: on a repeat, starts a new window at the repeated character and forgets
    # the characters between the two occurrences ("dvdf" has "vdf").
    window = set()
    best = 0
    for c in s:
        if c in window:
            window = set()
        window.add(c)
        best = max(best, len(window))
    return best
