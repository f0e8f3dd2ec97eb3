"""Cases for permutation-in-string."""

import random
import string

EXAMPLES = [
    {"args": ["dog", "hotgodly"], "expected": True, "explanation": "\"god\" (positions 3 to 5) rearranges \"dog\"."},
    {"args": ["aab", "abbaxab"], "expected": False,
     "explanation": "Every run of three has the wrong counts: \"abb\" and \"bba\" hold two b's, \"bax\" an x."},
]

LOWER = string.ascii_lowercase


def _shuffled(rng, text):
    chars = list(text)
    rng.shuffle(chars)
    return "".join(chars)


def hidden_cases():
    rng = random.Random(567)
    cases = [
        {"tags": ["single"], "args": ["a", "a"], "expected": True},
        {"tags": ["single"], "args": ["a", "b"], "expected": False},
        {"tags": ["single"], "args": ["z", "abcz"], "expected": True},
        {"tags": ["longer-s1"], "args": ["abc", "ab"], "expected": False},
        {"tags": ["longer-s1"], "args": ["aa", "a"], "expected": False},
        {"tags": ["equal-length"], "args": ["abc", "cab"], "expected": True},
        {"tags": ["equal-length"], "args": ["abc", "abd"], "expected": False},
        {"tags": ["at-start"], "args": ["ab", "baxyz"], "expected": True},
        {"tags": ["at-end"], "args": ["ab", "xyzba"], "expected": True},
        {"tags": ["at-end"], "args": ["abc", "zzzzcba"], "expected": True},
        {"tags": ["counts"], "args": ["aab", "abab"], "expected": True},
        {"tags": ["counts"], "args": ["aab", "abbb"], "expected": False},
        {"tags": ["counts"], "args": ["aabb", "ababab"], "expected": True},
        {"tags": ["counts"], "args": ["aaa", "aabaa"], "expected": False},
        {"tags": ["split"], "args": ["ab", "axb"], "expected": False},
        {"tags": ["split"], "args": ["abc", "abxc"], "expected": False},
        {"tags": ["duplicates", "all-equal"], "args": ["zz", "zzzz"], "expected": True},
        {"tags": ["near-miss"], "args": ["abcd", "abceabcf"], "expected": False},
        {"tags": ["middle"], "args": ["yxz", "aaazxyaaa"], "expected": True},
        {"tags": ["whole-alphabet"], "args": [LOWER, "a" + LOWER[::-1] + "a"], "expected": True},
        {"tags": ["whole-alphabet"], "args": [LOWER, LOWER[:-1] + "a" + LOWER], "expected": True},
        {"tags": ["whole-alphabet"], "args": [LOWER, LOWER[:-1] * 3], "expected": False},
    ]
    for m, n in ((3, 20), (10, 200), (50, 2000)):
        s1 = "".join(rng.choice("abcd") for _ in range(m))
        s2 = "".join(rng.choice("abcd") for _ in range(n))
        cases.append({"tags": ["random"], "args": [s1, s2]})
        at = rng.randrange(n - m)
        cases.append({"tags": ["random", "planted"], "args": [s1, s2[:at] + _shuffled(rng, s1) + s2[at + m:]],
                      "expected": True})

    # Max size, LeetCode's: s2 has 10,000 letters and s1 half as many; sorting every window is 5000 sorts
    # of 5000 letters.
    n = 10_000
    no_z = LOWER[:-1]
    s1 = "".join(rng.choice(no_z) for _ in range(n // 2 - 1)) + "z"
    s2 = "".join(rng.choice(no_z) for _ in range(n))
    cases.append({"tags": ["max-size", "no-answer"], "args": [s1, s2], "expected": False})
    cases.append({"tags": ["max-size", "at-end"], "args": [s1, s2[: n - len(s1)] + _shuffled(rng, s1)],
                  "expected": True})
    cases.append({"tags": ["max-size", "counts", "near-miss"], "args": ["a" * (n // 2) + "b", "a" * n],
                  "expected": False})
    s1 = "".join(rng.choice(LOWER) for _ in range(n))
    cases.append({"tags": ["max-size", "equal-length"], "args": [s1, _shuffled(rng, s1)], "expected": True})
    cases.append({"tags": ["max-size", "longer-s1"], "args": [s1, s1[:-1]], "expected": False})
    return cases
