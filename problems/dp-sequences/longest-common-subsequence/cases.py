"""Cases for longest-common-subsequence (1 <= lengths <= 1000, lowercase letters)."""

import random
import string

EXAMPLES = [
    {"args": ["abcde", "ace"], "expected": 3, "explanation": "\"ace\" is a subsequence of both."},
    {"args": ["abc", "abc"], "expected": 3, "explanation": "A string is a subsequence of itself."},
    {"args": ["abc", "xyz"], "expected": 0, "explanation": "No character is shared."},
]


def _random_text(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hidden_cases():
    rng = random.Random(1143)
    cases = [
        {"tags": ["single", "equal"], "args": ["a", "a"], "expected": 1},
        {"tags": ["single", "disjoint"], "args": ["a", "b"], "expected": 0},
        {"tags": ["single"], "args": ["z", "xyz"], "expected": 1},
        {"tags": ["single", "first-char"], "args": ["abc", "a"], "expected": 1},
        {"tags": ["disjoint"], "args": ["abc", "def"], "expected": 0},
        {"tags": ["equal"], "args": ["abcdef", "abcdef"], "expected": 6},
        {"tags": ["not-contiguous"], "args": ["axbycz", "abc"], "expected": 3},
        {"tags": ["not-contiguous", "swapped-args"], "args": ["ace", "abcde"], "expected": 3},
        {"tags": ["reversed"], "args": ["abcdef", "fedcba"], "expected": 1},
        {"tags": ["reversed"], "args": ["ab", "ba"], "expected": 1},
        {"tags": ["duplicates"], "args": ["aaaaa", "aaa"], "expected": 3},
        {"tags": ["duplicates"], "args": ["xyz", "xxyyzz"], "expected": 3},
        {"tags": ["duplicates", "interleaved"], "args": ["abab", "baba"], "expected": 3},
        {"tags": ["greedy-trap"], "args": ["abcd", "dabc"], "expected": 3},
        {"tags": ["greedy-trap"], "args": ["bab", "aab"], "expected": 2},
        {"tags": ["substring-trap"], "args": ["abxcd", "abycd"], "expected": 4},
        {"tags": ["last-char"], "args": ["xxxxq", "q"], "expected": 1},
        {"tags": ["palindrome"], "args": ["abcba", "abcbcba"], "expected": 5},
    ]
    for n, m, alphabet in ((10, 12, "ab"), (40, 35, "abcd"), (200, 300, string.ascii_lowercase),
                           (500, 400, "abc"), (30, 900, string.ascii_lowercase)):
        cases.append({"tags": ["random"], "args": [_random_text(rng, n, alphabet), _random_text(rng, m, alphabet)]})
    # Max size: 1000 x 1000. Recursing without memory is exponential on all of these.
    n = 1000
    cases.append({"tags": ["max-size", "random"],
                  "args": [_random_text(rng, n, string.ascii_lowercase), _random_text(rng, n, string.ascii_lowercase)]})
    cases.append({"tags": ["max-size", "random", "duplicates"],
                  "args": [_random_text(rng, n, "ab"), _random_text(rng, n, "ab")]})
    cases.append({"tags": ["max-size", "disjoint"], "args": ["a" * n, "b" * n], "expected": 0})
    text = _random_text(rng, n, string.ascii_lowercase)
    cases.append({"tags": ["max-size", "equal"], "args": [text, text], "expected": n})
    cases.append({"tags": ["max-size", "uneven"], "args": [_random_text(rng, n, "xyz"), "zyx"]})
    return cases
