def length_of_longest_substring(s):
    # Mistake: counts distinct characters in the whole string, not in one run.
    return len(set(s))
