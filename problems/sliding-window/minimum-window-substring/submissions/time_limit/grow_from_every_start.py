from collections import Counter


def min_window(s, t):
    # Correct but quadratic: from every start, grows a window until it covers t.
    need = Counter(t)
    best = ""
    for i in range(len(s)):
        have = Counter()
        missing = len(t)
        for j in range(i, len(s)):
            c = s[j]
            have[c] += 1
            if have[c] <= need[c]:
                missing -= 1
            if missing == 0:
                if not best or j - i + 1 < len(best):
                    best = s[i:j + 1]
                break
    return best
