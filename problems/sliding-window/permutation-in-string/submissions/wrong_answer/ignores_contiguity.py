from collections import Counter


def check_inclusion(s1, s2):
    # Mistake: asks whether s2 has the letters of s1 anywhere, not in one run.
    have = Counter(s2)
    return all(have[c] >= k for c, k in Counter(s1).items())
