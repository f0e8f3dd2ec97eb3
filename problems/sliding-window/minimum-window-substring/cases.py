"""Cases for minimum-window-substring. The checker accepts any shortest covering window."""

import random
import string

EXAMPLES = [
    {"args": ["xaybzcab", "abc"], "expected": "cab",
     "explanation": "\"cab\" (the last three letters) holds a, b and c; every other covering window is longer."},
    {"args": ["bab", "bb"], "expected": "bab", "explanation": "t needs two b's, so the window must reach both."},
    {"args": ["Ab", "ab"], "expected": "", "explanation": "\"A\" is not \"a\": nothing covers t."},
]

LETTERS = string.ascii_letters


def hidden_cases():
    rng = random.Random(76)
    cases = [
        {"tags": ["single"], "args": ["a", "a"], "expected": "a"},
        {"tags": ["single", "no-answer"], "args": ["a", "b"], "expected": ""},
        {"tags": ["single", "duplicates", "no-answer"], "args": ["a", "aa"], "expected": ""},
        {"tags": ["longer-t", "no-answer"], "args": ["abc", "abcd"], "expected": ""},
        {"tags": ["whole-string"], "args": ["abc", "cba"], "expected": "abc"},
        {"tags": ["at-end"], "args": ["ab", "b"], "expected": "b"},
        {"tags": ["at-start"], "args": ["bxxxxb", "b"], "expected": "b"},
        {"tags": ["duplicates"], "args": ["aab", "aa"], "expected": "aa"},
        {"tags": ["duplicates"], "args": ["abab", "aab"], "expected": "aba"},
        {"tags": ["duplicates"], "args": ["baaab", "aaa"], "expected": "aaa"},
        {"tags": ["duplicates"], "args": ["aba", "aa"], "expected": "aba"},
        {"tags": ["duplicates", "no-answer"], "args": ["abcabc", "aaa"], "expected": ""},
        {"tags": ["case"], "args": ["aA", "A"], "expected": "A"},
        {"tags": ["case", "no-answer"], "args": ["aB", "ab"], "expected": ""},
        {"tags": ["case"], "args": ["AaBbAb", "AB"], "expected": "AaB"},
        {"tags": ["shrink"], "args": ["aaaaab", "ab"], "expected": "ab"},
        {"tags": ["shrink"], "args": ["abxxxxxab", "ba"], "expected": "ab"},
        {"tags": ["later-shorter"], "args": ["axxxbxxab", "ab"], "expected": "ab"},
        {"tags": ["later-shorter"], "args": ["cabwefgewcwaefgcf", "cae"], "expected": "cwae"},
        {"tags": ["ties"], "args": ["abxab", "ab"], "expected": "ab"},
        {"tags": ["ties"], "args": ["xyzzyx", "xy"], "expected": "xy"},
        {"tags": ["extra-letters"], "args": ["qwertyuiop", "pq"], "expected": "qwertyuiop"},
    ]
    for n, m, alphabet in ((30, 3, "abc"), (300, 5, "abcdef"), (3000, 20, LETTERS)):
        s = "".join(rng.choice(alphabet) for _ in range(n))
        t = "".join(rng.choice(alphabet) for _ in range(m))
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
    s = "".join(rng.choice("ab") for _ in range(n))
    cases.append({"tags": ["max-size", "duplicates"], "args": [s, "a" * 5000 + "b" * 5000]})
    cases.append({"tags": ["max-size", "shrink"], "args": ["x" * (n - 1) + "a", "a"], "expected": "a"})
    return cases
