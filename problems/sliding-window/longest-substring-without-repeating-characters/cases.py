"""Cases for longest-substring-without-repeating-characters."""

import random
import string

EXAMPLES = [
    {"args": ["xyzxyzzy"], "expected": 3, "explanation": "\"xyz\" (or \"yzx\", \"zxy\"): every longer run repeats."},
    {"args": ["kkkk"], "expected": 1, "explanation": "Any single character."},
    {"args": ["stats"], "expected": 3,
     "explanation": "\"sta\" and \"ats\" have no repeats; \"stat\" and \"tats\" both hold two t's."},
]

PRINTABLE = "".join(chr(c) for c in range(32, 127))


def hidden_cases():
    rng = random.Random(3)
    cases = [
        {"tags": ["empty"], "args": [""], "expected": 0},
        {"tags": ["single"], "args": ["a"], "expected": 1},
        {"tags": ["single", "space"], "args": [" "], "expected": 1},
        {"tags": ["all-equal"], "args": ["zzzzzz"], "expected": 1},
        {"tags": ["all-distinct"], "args": ["abcdef"], "expected": 6},
        {"tags": ["pair"], "args": ["au"], "expected": 2},
        {"tags": ["repeat-at-start"], "args": ["aab"], "expected": 2},
        {"tags": ["repeat-at-end"], "args": ["abcc"], "expected": 3},
        {"tags": ["left-edge"], "args": ["abba"], "expected": 2},
        {"tags": ["left-edge"], "args": ["tmmzuxt"], "expected": 5},
        {"tags": ["left-edge"], "args": ["abcdbxyza"], "expected": 7},
        {"tags": ["restart"], "args": ["dvdf"], "expected": 3},
        {"tags": ["restart"], "args": ["abcbdefg"], "expected": 6},
        {"tags": ["window-first-char"], "args": ["abca"], "expected": 3},
        {"tags": ["case"], "args": ["aA"], "expected": 2},
        {"tags": ["case"], "args": ["aAbBaA"], "expected": 4},
        {"tags": ["space"], "args": ["a b c"], "expected": 3},
        {"tags": ["space", "symbols"], "args": ["!@ #!$"], "expected": 5},
        {"tags": ["digits"], "args": ["1231234"], "expected": 4},
        {"tags": ["duplicates"], "args": ["abab"], "expected": 2},
        {"tags": ["middle"], "args": ["aaabcdaaa"], "expected": 4},
        {"tags": ["whole-alphabet"], "args": [PRINTABLE], "expected": 95},
        {"tags": ["whole-alphabet", "repeat-at-end"], "args": [PRINTABLE + "~"], "expected": 95},
    ]
    for n, alphabet in ((20, "abcd"), (200, string.ascii_lowercase), (2000, PRINTABLE), (3000, "ab")):
        cases.append({"tags": ["random"], "args": ["".join(rng.choice(alphabet) for _ in range(n))]})

    # Max size: 50,000 characters; checking every substring is about 1.25e9 slices.
    n = 50_000
    cases.append({"tags": ["max-size", "random"], "args": ["".join(rng.choice(PRINTABLE) for _ in range(n))]})
    order = list(PRINTABLE)
    rng.shuffle(order)
    cycle = "".join(order)
    cases.append({"tags": ["max-size", "whole-alphabet"], "args": [(cycle * (n // 95 + 1))[:n]], "expected": 95})
    cases.append({"tags": ["max-size", "all-equal"], "args": ["q" * n], "expected": 1})
    text = "".join(rng.choice("ab") for _ in range(n - 95)) + cycle  # the longest run is the very end
    cases.append({"tags": ["max-size", "repeat-at-end", "whole-alphabet"], "args": [text]})
    text = "".join(rng.choice(string.digits) for _ in range(n // 2))
    text += "".join(rng.choice(string.ascii_letters) for _ in range(n - len(text)))
    cases.append({"tags": ["max-size", "random", "left-edge"], "args": [text]})
    return cases
