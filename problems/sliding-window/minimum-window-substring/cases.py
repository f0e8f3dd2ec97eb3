"""Cases for minimum-window-substring. The checker accepts any shortest covering window."""

import random
import string
from collections import Counter

EXAMPLES = [
    {"args": ["xaybzcab", "abc"], "expected": "cab",
     "explanation": "\"cab\" (the last three letters) holds a, b and c; every other covering window is longer."},
    {"args": ["bab", "bb"], "expected": "bab", "explanation": "t needs two b's, so the window must reach both."},
    {"args": ["Ab", "ab"], "expected": "", "explanation": "\"A\" is not \"a\": nothing covers t."},
]

LETTERS = string.ascii_letters


def _shortest_windows(s, t):
    """How many windows of s of the shortest covering length cover t (0: none covers it)."""
    need, missing = Counter(t), len(t)
    shortest, count, left = None, 0, 0
    for right, c in enumerate(s):
        missing -= need[c] > 0
        need[c] -= 1
        while missing == 0:
            size = right - left + 1
            if shortest is None or size < shortest:
                shortest, count = size, 0
            count += size == shortest
            need[s[left]] += 1
            missing += need[s[left]] > 0
            left += 1
    return count


def hidden_cases():
    rng = random.Random(76)
    cases = [
        {"tags": ["single"], "args": ["a", "a"], "expected": "a"},
        {"tags": ["single", "no-answer"], "args": ["a", "b"], "expected": ""},
        {"tags": ["single", "duplicates", "no-answer"], "args": ["a", "aa"], "expected": ""},
        {"tags": ["longer-t", "no-answer"], "args": ["abc", "abcd"], "expected": ""},
        {"tags": ["whole-string"], "args": ["abc", "cba"], "expected": "abc"},
        {"tags": ["at-end"], "args": ["ab", "b"], "expected": "b"},
        {"tags": ["at-start"], "args": ["bxxxxc", "b"], "expected": "b"},
        {"tags": ["duplicates"], "args": ["aab", "aa"], "expected": "aa"},
        {"tags": ["duplicates"], "args": ["abab", "aab"], "expected": "aba"},
        {"tags": ["duplicates"], "args": ["baaab", "aaa"], "expected": "aaa"},
        {"tags": ["duplicates"], "args": ["aba", "aa"], "expected": "aba"},
        {"tags": ["duplicates", "no-answer"], "args": ["abcabc", "aaa"], "expected": ""},
        {"tags": ["case"], "args": ["aA", "A"], "expected": "A"},
        {"tags": ["case", "no-answer"], "args": ["aB", "ab"], "expected": ""},
        {"tags": ["case"], "args": ["AaBbab", "AB"], "expected": "AaB"},
        {"tags": ["shrink"], "args": ["aaaaab", "ab"], "expected": "ab"},
        {"tags": ["shrink"], "args": ["abxxxxxaxb", "ba"], "expected": "ab"},
        {"tags": ["later-shorter"], "args": ["axxxbxxab", "ab"], "expected": "ab"},
        {"tags": ["later-shorter"], "args": ["cabwefgewcwaefgcf", "cae"], "expected": "cwae"},
        {"tags": ["later-longer"], "args": ["abxaxb", "ab"], "expected": "ab"},
        {"tags": ["later-longer"], "args": ["xyzzyzx", "xy"], "expected": "xy"},
        {"tags": ["extra-letters"], "args": ["qwertyuiop", "pq"], "expected": "qwertyuiop"},
    ]
    for n, m, alphabet in ((30, 3, "abc"), (300, 5, "abcdef"), (3000, 20, LETTERS)):
        while True:  # LeetCode promises one shortest window: draw again until there is exactly one
            s = "".join(rng.choice(alphabet) for _ in range(n))
            t = "".join(rng.choice(alphabet) for _ in range(m))
            if _shortest_windows(s, t) == 1:
                break
        cases.append({"tags": ["random"], "args": [s, t]})

    # Max size: s has 100,000 letters. Growing a window from every start is about 5e9 steps.
    n = 100_000
    no_z = LETTERS.replace("Z", "")
    s = "".join(rng.choice(no_z) for _ in range(n - 1)) + "Z"
    cases.append({"tags": ["max-size", "at-end"], "args": [s, "Zabc"]})
    cases.append({"tags": ["max-size", "no-answer"], "args": [s[:-1], "Zabc"], "expected": ""})
    text = "".join(rng.choice(LETTERS) for _ in range(n))
    shuffled = list(text)
    rng.shuffle(shuffled)
    cases.append({"tags": ["max-size", "whole-string", "longer-t"], "args": [text, "".join(shuffled)],
                  "expected": text})
    # 10_000 a's then 10_000 b's, between random stretches of nine a's in ten (before) and nine b's in
    # ten (after): the one window of 5000 of each sits at the boundary, so the shortest is unique.
    noise = lambda k, letters: "".join(rng.choice(letters) for _ in range(k))  # noqa: E731
    s = noise(40_000, "aaaaaaaaab") + "a" * 10_000 + "b" * 10_000 + noise(40_000, "abbbbbbbbb")
    cases.append({"tags": ["max-size", "duplicates"], "args": [s, "a" * 5000 + "b" * 5000]})
    cases.append({"tags": ["max-size", "shrink"], "args": ["x" * (n - 1) + "a", "a"], "expected": "a"})
    return cases
