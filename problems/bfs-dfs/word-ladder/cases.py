"""Cases for word-ladder. Answers count words, both ends included; 0 means no ladder."""

import random

EXAMPLES = [
    {"args": ["cat", "dog", ["cot", "cog", "dog", "cut"]], "expected": 4,
     "explanation": "cat -> cot -> cog -> dog: three changes, four words."},
    {"args": ["cat", "dog", ["cot", "cog"]], "expected": 0,
     "explanation": "\"dog\" is not in the list, so no ladder can end there."},
    {"args": ["a", "c", ["b", "c"]], "expected": 2, "explanation": "a -> c directly: one change, two words."},
]

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _patterns(w):
    return [w[:i] + "*" + w[i + 1:] for i in range(len(w))]


def _chain(rng, n, length):
    """n distinct words, each one letter from the previous and from no other word of the chain."""
    current = [rng.choice(LETTERS) for _ in range(length)]
    chain = ["".join(current)]
    owners = {p: 1 for p in _patterns(chain[0])}  # how many chain words match each pattern
    while len(chain) < n:
        i = rng.randrange(length)
        step = current[:]
        step[i] = rng.choice(LETTERS)
        word = "".join(step)
        patterns = _patterns(word)
        # Only the changed position's pattern may be shared, and only with the predecessor.
        if owners.get(patterns[i]) != 1 or any(p in owners for j, p in enumerate(patterns) if j != i):
            continue
        for p in patterns:
            owners[p] = owners.get(p, 0) + 1
        chain.append(word)
        current = step
    return chain


def _random_words(rng, n, length, alphabet):
    words = set()
    while len(words) < n:
        words.add("".join(rng.choice(alphabet) for _ in range(length)))
    return sorted(words)


def hidden_cases():
    rng = random.Random(127)
    cases = [
        {"tags": ["single-letter"], "args": ["a", "z", ["z"]], "expected": 2},
        {"tags": ["single-letter", "missing-end"], "args": ["a", "z", ["b", "c"]], "expected": 0},
        {"tags": ["one-step"], "args": ["abc", "abd", ["abd"]], "expected": 2},
        {"tags": ["missing-end"], "args": ["cat", "dog", ["cot", "cog"]], "expected": 0},
        {"tags": ["missing-end", "one-step"], "args": ["cat", "cot", ["cut", "cog"]], "expected": 0},
        {"tags": ["begin-in-list"], "args": ["ab", "cd", ["ab", "ad", "cd"]], "expected": 3},
        {"tags": ["begin-in-list", "one-step"], "args": ["ab", "ac", ["ac", "ab"]], "expected": 2},
        {"tags": ["disconnected"], "args": ["ab", "cd", ["cd", "ef"]], "expected": 0},
        {"tags": ["disconnected"], "args": ["aaa", "bbb", ["aab", "abb", "bbb", "ccc"]], "expected": 4},
        {"tags": ["disconnected"], "args": ["aaa", "bbb", ["aab", "acb", "bbb", "ccb"]], "expected": 0},
        {"tags": ["chain"], "args": ["aaa", "ccc", ["aab", "abb", "bbb", "bbc", "bcc", "ccc"]], "expected": 7},
        {"tags": ["shortcut"], "args": ["aa", "cc", ["ab", "bb", "bc", "cc", "ac"]], "expected": 3},
        {"tags": ["shortcut"], "args": ["aaaa", "bbbb", ["baaa", "bbaa", "bbba", "abaa", "bbbb", "aaab", "aabb",
                                                          "abbb", "bbab"]], "expected": 5},
        {"tags": ["shortcut", "end-early"], "args": ["lead", "gold", ["load", "goad", "gold", "lend", "lold"]],
         "expected": 4},
        {"tags": ["same-position"], "args": ["ax", "ex", ["bx", "cx", "dx", "ex"]], "expected": 2},
        {"tags": ["long-words"], "args": ["abcdefghij", "abcdefghiz", ["abcdefghiz", "abcdefghzz"]], "expected": 2},
        {"tags": ["long-words", "first-letter"], "args": ["abcdefghij", "zbcdefghiy", ["zbcdefghij", "zbcdefghiy"]],
         "expected": 3},
        {"tags": ["cycle"], "args": ["aa", "bb", ["ab", "ba", "bb", "aa"]], "expected": 3},
    ]
    for n, length, alphabet in ((20, 3, "abc"), (80, 4, "abcd"), (300, 5, "abcdef"), (1000, 4, "abcdefgh")):
        words = _random_words(rng, n, length, alphabet)
        begin = "".join(rng.choice(alphabet) for _ in range(length))
        cases.append({"tags": ["random"], "args": [begin, rng.choice(words), words]})

    # Max size: 5000 words of 10 letters. A pairwise comparison of words does 25 million
    # comparisons when the search has to visit every word.
    n, length = 5000, 10
    chain = _chain(rng, n + 1, length)
    word_list = chain[1:]
    rng.shuffle(word_list)
    cases.append({"tags": ["max-size", "chain", "deep"], "args": [chain[0], chain[-1], word_list],
                  "expected": n + 1})
    word_list = chain[:-1]  # the begin word is in the list this time
    rng.shuffle(word_list)
    cases.append({"tags": ["max-size", "chain", "begin-in-list"], "args": [chain[0], chain[-2], word_list],
                  "expected": n})
    word_list = chain[1:n] + ["z" * length]  # every word reachable, the end word cut off
    rng.shuffle(word_list)
    cases.append({"tags": ["max-size", "disconnected"], "args": [chain[0], "z" * length, word_list],
                  "expected": 0})
    words = _random_words(rng, n, 5, "abcdef")  # dense: many neighbours per word
    cases.append({"tags": ["max-size", "dense"], "args": [words[0], words[-1], words]})
    words = _random_words(rng, n, 10, "abc")
    cases.append({"tags": ["max-size", "random"], "args": [words[1], words[-2], words]})
    words = _random_words(rng, n, 10, "abcd")
    cases.append({"tags": ["max-size", "missing-end"], "args": [words[0], "e" * 10, words], "expected": 0})
    return cases
