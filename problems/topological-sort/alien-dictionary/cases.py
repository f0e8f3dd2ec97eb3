"""Cases for alien-dictionary. Many inputs admit several alphabets; `expected` is written by hand
where the answer is unique or "" and checker.py judges every answer."""

import random
import string

EXAMPLES = [
    {"args": [["wrt", "wrf", "er", "ett", "rftt"]], "expected": "wertf",
     "explanation": "t < f, w < e, r < t and e < r chain into the only order w, e, r, t, f."},
    {"args": [["z", "x"]], "expected": "zx", "explanation": "z comes before x."},
    {"args": [["z", "x", "z"]], "expected": "",
     "explanation": "z < x and x < z contradict each other."},
    {"args": [["abc", "ab"]], "expected": "",
     "explanation": "A word cannot come before its own prefix, whatever the order."},
]


def _sorted_words(rng, count, alphabet, min_len, max_len):
    """`count` distinct random words over `alphabet`, sorted by the order `alphabet` is given in."""
    rank = {ch: i for i, ch in enumerate(alphabet)}
    words = set()
    while len(words) < count:
        words.add("".join(rng.choice(alphabet) for _ in range(rng.randint(min_len, max_len))))
    return sorted(words, key=lambda w: [rank[ch] for ch in w])


def hidden_cases():
    rng = random.Random(269)
    full = "".join(rng.sample(string.ascii_lowercase, 26))
    cases = [
        {"tags": ["single", "single-letter"], "args": [["a"]], "expected": "a"},
        {"tags": ["single"], "args": [["abc"]]},
        {"tags": ["duplicates", "single-letter"], "args": [["a", "a", "a"]], "expected": "a"},
        {"tags": ["duplicates"], "args": [["ab", "ab"]]},
        {"tags": ["prefix", "invalid"], "args": [["abc", "ab"]], "expected": ""},
        {"tags": ["prefix", "invalid"], "args": [["a", "abc", "ab", "b"]], "expected": ""},
        {"tags": ["prefix", "invalid"], "args": [["abc", "abd", "ab"]], "expected": ""},
        {"tags": ["prefix"], "args": [["ab", "abc", "b"]]},
        {"tags": ["prefix", "one-letter"], "args": [["a", "aa", "aaa"]], "expected": "a"},
        {"tags": ["cycle", "invalid"], "args": [["a", "b", "a"]], "expected": ""},
        {"tags": ["cycle", "invalid"], "args": [["a", "b", "c", "a"]], "expected": ""},
        {"tags": ["cycle", "invalid"], "args": [["ba", "bc", "ac", "cab", "cb", "ca"]], "expected": ""},
        {"tags": ["first-difference-only"], "args": [["ab", "ba"]]},
        {"tags": ["first-difference-only"], "args": [["abz", "acy"]]},
        {"tags": ["unconstrained-letters"], "args": [["ab", "ac"]]},
        {"tags": ["unconstrained-letters"], "args": [["xyz", "xyz", "q"]]},
        {"tags": ["repeated-constraint"], "args": [["ac", "ab", "bc", "bb"]]},
        {"tags": ["repeated-constraint"], "args": [["za", "zb", "ya", "yb", "xa", "xb"]]},
        {"tags": ["chain", "unique"], "args": [["wrt", "wrf", "er", "ett", "rftt"]], "expected": "wertf"},
        {"tags": ["chain", "unique"], "args": [list(full)], "expected": full},
        {"tags": ["chain", "unique", "deep-letters"], "args": [["q" * 50 + ch for ch in full]], "expected": full},
        {"tags": ["transitive"], "args": [["ba", "bc", "ac", "cab"]], "expected": "bac"},
        {"tags": ["invalid", "cycle", "long"], "args": [list(full) + [full[0]]], "expected": ""},
    ]
    for count, letters, lo, hi in ((10, 4, 1, 4), (60, 8, 1, 6), (100, 26, 1, 8), (100, 5, 1, 12)):
        alphabet = "".join(rng.sample(string.ascii_lowercase, letters))
        cases.append({"tags": ["random"], "args": [_sorted_words(rng, count, alphabet, lo, hi)]})
    words = [rng.choice(["ab", "ba", "abc", "b", "a", "ca"]) for _ in range(12)]
    cases.append({"tags": ["random", "unsorted"], "args": [words]})

    # Max size, LeetCode's: 100 words of up to 100 letters. Every textbook method is fast at this size
    # (comparing every pair of words, not just neighbours, too); trying every order of the letters is not.
    words = _sorted_words(rng, 100, full, 1, 100)
    cases.append({"tags": ["max-size", "random"], "args": [words]})
    last = max(i for i, w in enumerate(words) if len(w) > 1)  # a longer word, then its own prefix
    cases.append({"tags": ["max-size", "prefix", "invalid"], "args": [words[: last + 1][-99:] + [words[last][:-1]]],
                  "expected": ""})
    cases.append({"tags": ["max-size", "cycle", "invalid"], "args": [words[:99] + [full[0]]], "expected": ""})
    two = _sorted_words(rng, 100, full[5:7], 1, 100)
    cases.append({"tags": ["max-size", "two-letters"], "args": [two]})
    base = "".join(rng.choice(full) for _ in range(99))
    shared = sorted([base + ch for ch in full] * 3, key=lambda w: full.index(w[-1]))  # differ in the last letter
    cases.append({"tags": ["max-size", "long-words", "duplicates", "unique"], "args": [shared], "expected": full})
    return cases
