"""Cases for edit-distance (0 <= lengths <= 500, lowercase letters)."""

import random
import string

EXAMPLES = [
    {"args": ["kitten", "sitting"], "expected": 3,
     "explanation": "Replace k with s, replace e with i, insert g at the end."},
    {"args": ["", "abc"], "expected": 3, "explanation": "Three insertions."},
    {"args": ["flaw", "lawn"], "expected": 2, "explanation": "Delete the f, insert an n at the end."},
]


def _random_word(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hidden_cases():
    rng = random.Random(72)
    cases = [
        {"tags": ["empty", "both-empty"], "args": ["", ""], "expected": 0},
        {"tags": ["empty"], "args": ["", "abc"], "expected": 3},
        {"tags": ["empty"], "args": ["abcd", ""], "expected": 4},
        {"tags": ["single", "equal"], "args": ["a", "a"], "expected": 0},
        {"tags": ["single", "replace"], "args": ["a", "b"], "expected": 1},
        {"tags": ["single", "insert"], "args": ["a", "aaaaa"], "expected": 4},
        {"tags": ["equal"], "args": ["abcxyz", "abcxyz"], "expected": 0},
        {"tags": ["replace"], "args": ["abc", "abd"], "expected": 1},
        {"tags": ["replace", "disjoint"], "args": ["abc", "xyz"], "expected": 3},
        {"tags": ["swap"], "args": ["ab", "ba"], "expected": 2},
        {"tags": ["swap"], "args": ["abc", "acb"], "expected": 2},
        {"tags": ["reversed"], "args": ["abcdefg", "gfedcba"], "expected": 6},
        {"tags": ["delete", "duplicates"], "args": ["aaaa", "aa"], "expected": 2},
        {"tags": ["insert"], "args": ["xyz", "xyzxyz"], "expected": 3},
        {"tags": ["insert", "front"], "args": ["bcd", "abcd"], "expected": 1},
        {"tags": ["mixed"], "args": ["sunday", "saturday"], "expected": 3},
        {"tags": ["mixed"], "args": ["kitten", "sitting"], "expected": 3},
        {"tags": ["alignment-trap"], "args": ["abcdef", "bcdefa"], "expected": 2},
    ]
    for n, m, alphabet in ((8, 10, "ab"), (30, 25, "abc"), (120, 150, string.ascii_lowercase), (300, 200, "abcd")):
        cases.append({"tags": ["random"], "args": [_random_word(rng, n, alphabet), _random_word(rng, m, alphabet)]})
    # Max size: 500 x 500. Recursing on three choices without memory is exponential on all of these.
    n = 500
    cases.append({"tags": ["max-size", "random"],
                  "args": [_random_word(rng, n, string.ascii_lowercase), _random_word(rng, n, string.ascii_lowercase)]})
    cases.append({"tags": ["max-size", "random", "duplicates"], "args": [_random_word(rng, n, "ab"),
                                                                         _random_word(rng, n, "ab")]})
    cases.append({"tags": ["max-size", "disjoint"], "args": ["a" * n, "b" * n], "expected": n})
    cases.append({"tags": ["max-size", "empty"], "args": ["", "z" * n], "expected": n})
    word = _random_word(rng, n, string.ascii_lowercase)
    cases.append({"tags": ["max-size", "alignment-trap"], "args": [word, word[1:] + word[0]]})
    cases.append({"tags": ["max-size", "equal"], "args": [word, word], "expected": 0})
    return cases
