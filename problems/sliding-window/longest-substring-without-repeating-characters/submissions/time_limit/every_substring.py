def length_of_longest_substring(s):
    # Correct but far slower: checks every substring for repeats.
    best = 0
    n = len(s)
    for i in range(n):
        for j in range(i + 1, n + 1):
            if j - i > best and len(set(s[i:j])) == j - i:
                best = j - i
    return best
