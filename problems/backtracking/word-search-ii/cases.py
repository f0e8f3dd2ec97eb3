"""Cases for word-search-ii (boards up to 12 x 12, up to 30_000 distinct words of 1..10 letters).

Answers are compared as unordered lists; hand-checked answers are listed in any order.
"""

import random
import string

EXAMPLES = [
    {"args": [[["c", "a", "t"], ["x", "s", "y"]], ["cat", "cats", "as", "sat", "tax"]], "expected": ["cat", "as", "sat"],
     "explanation": "c-a-t runs along the top row; a-s and s-a-t use the s below the a. cats would need "
                    "the s next to the t (it is only diagonal), and tax would need the x next to the a."},
    {"args": [[["a", "b"], ["c", "d"]], ["abdc", "abcd", "aba"]], "expected": ["abdc"],
     "explanation": "abdc goes right, down, left. abcd would need a diagonal step, and aba would reuse the a."},
]


def _board(rng, rows, cols, letters):
    return [[rng.choice(letters) for _ in range(cols)] for _ in range(rows)]


def _traced(rng, board, length):
    """A word read along a random path of the board (so it can be found), up to `length` letters."""
    rows, cols = len(board), len(board[0])
    r, c = rng.randrange(rows), rng.randrange(cols)
    used = {(r, c)}
    word = board[r][c]
    while len(word) < length:
        options = [(nr, nc) for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1))
                   if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in used]
        if not options:
            break
        r, c = rng.choice(options)
        used.add((r, c))
        word += board[r][c]
    return word


def _random_words(rng, count, letters):
    return {"".join(rng.choice(letters) for _ in range(rng.randint(1, 10))) for _ in range(count)}


def _mixed(rng, board, traced, random_count, letters):
    words = {_traced(rng, board, rng.randint(1, 10)) for _ in range(traced)} | _random_words(rng, random_count, letters)
    words = sorted(words)
    rng.shuffle(words)
    return words


def hidden_cases():
    rng = random.Random(212)
    square = [["a", "b"], ["c", "d"]]
    turns = [["d", "c", "x"], ["e", "b", "a"], ["f", "g", "h"]]
    cases = [
        {"tags": ["single-cell"], "args": [[["a"]], ["a"]], "expected": ["a"]},
        {"tags": ["single-cell", "none"], "args": [[["a"]], ["b", "aa"]], "expected": []},
        {"tags": ["single-row"], "args": [[["a", "b"]], ["ab", "ba", "abc", "a"]], "expected": ["ab", "ba", "a"]},
        {"tags": ["single-column"], "args": [[["x"], ["y"], ["z"]], ["xyz", "zy", "xz", "yzx"]],
         "expected": ["xyz", "zy"]},
        {"tags": ["no-diagonal"], "args": [square, ["ad", "bc", "da", "cb"]], "expected": []},
        {"tags": ["no-reuse"], "args": [square, ["abdc", "acdb", "abcd", "aba", "abdca"]], "expected": ["abdc", "acdb"]},
        {"tags": ["no-reuse", "duplicates"], "args": [[["a", "a"]], ["aaa", "aa", "a"]], "expected": ["aa", "a"]},
        {"tags": ["found-once", "duplicates"], "args": [[["a", "a"], ["a", "a"]], ["aa", "aaaa", "aaaaa"]],
         "expected": ["aa", "aaaa"]},
        {"tags": ["prefixes"], "args": [[["c", "a", "t"], ["x", "s", "y"]], ["ca", "cat", "cats", "cast", "at", "as"]],
         "expected": ["ca", "cat", "at", "as"]},
        {"tags": ["directions"], "args": [turns, ["abcd", "hgfed", "xab", "defgh", "bx", "cab"]],
         "expected": ["abcd", "hgfed", "xab", "defgh"]},
        {"tags": ["directions", "backtrack"], "args": [[["a", "b", "c"], ["b", "x", "d"], ["c", "d", "e"]],
                                                       ["abcde", "abxb", "abcb", "bxd", "edcx"]],
         "expected": ["abcde", "abxb", "bxd"]},
        {"tags": ["restore-cell"], "args": [[["o", "a", "b"], ["a", "t", "c"]], ["oa", "oat", "at", "ta", "tat", "boat"]],
         "expected": ["oa", "oat", "at", "ta"]},
        {"tags": ["last-cell"], "args": [[["a", "b", "c"], ["d", "e", "f"], ["g", "h", "z"]], ["z", "hz", "fz", "zz"]],
         "expected": ["z", "hz", "fz"]},
        {"tags": ["single-row", "long-words"], "args": [[list("abcdefghijkl")],
                                                         ["abcdefghij", "lkjihgfedc", "acegik", "jihgfedcba", "bcdefghijk"]],
         "expected": ["abcdefghij", "lkjihgfedc", "jihgfedcba", "bcdefghijk"]},
        {"tags": ["none", "letters-absent"], "args": [[["a", "b"], ["c", "d"]], ["xyz", "q", "dcbaq"]], "expected": []},
    ]
    for rows, cols, letters, traced, extra in ((3, 3, "abc", 5, 10), (4, 5, "abcd", 10, 40), (6, 6, "abcdef", 30, 200),
                                               (8, 8, string.ascii_lowercase, 50, 2000), (10, 7, "ab", 40, 300)):
        board = _board(rng, rows, cols, letters)
        cases.append({"tags": ["random"], "args": [board, _mixed(rng, board, traced, extra, letters)]})

    # Max size: 12 x 12 boards and 30_000 words.
    board = _board(rng, 12, 12, string.ascii_lowercase)
    cases.append({"tags": ["max-size", "random"],
                  "args": [board, _mixed(rng, board, 1000, 29_000, string.ascii_lowercase)[:30_000]]})
    board = _board(rng, 12, 12, "abcd")
    words = sorted({_traced(rng, board, 10) for _ in range(3000)} | _random_words(rng, 5000, "abcd"))
    cases.append({"tags": ["max-size", "long-words"], "args": [board, words]})
    # Shared prefixes: ~30_000 words that match the board for 3 to 6 letters and then leave it.
    # A trie walks each matching path once; searching word by word walks it once per word.
    board = _board(rng, 12, 12, "ab")
    present = {_traced(rng, board, rng.randint(1, 10)) for _ in range(600)}
    absent = set()
    while len(absent) < 30_000 - len(present):
        prefix = "".join(rng.choice("ab") for _ in range(rng.randint(3, 6)))
        absent.add(prefix + "".join(rng.choice("cdefghij") for _ in range(rng.randint(1, 10 - len(prefix)))))
    words = sorted(present | absent)
    rng.shuffle(words)
    cases.append({"tags": ["max-size", "shared-prefixes"], "args": [board, words]})
    # One letter everywhere. "a" ... "aaaaaaaaaa" are all found along the first path and pruned; the
    # other words run along 1 to 5 a's and then need a letter the board lacks. A trie walks those
    # short paths once; a search per word walks them once per word.
    board = [["a"] * 12 for _ in range(12)]
    absent = set()
    while len(absent) < 29_990:
        k = rng.randint(1, 5)
        absent.add("a" * k + "".join(rng.choice("bcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, 10 - k))))
    words = ["a" * k for k in range(1, 11)] + sorted(absent)
    rng.shuffle(words)
    cases.append({"tags": ["max-size", "all-equal", "prune"], "args": [board, words]})
    board = [["a"] * 12 for _ in range(12)]
    board[11][11] = "b"
    words = ["a" * k for k in range(1, 11)] + ["a" * k + "b" for k in range(0, 10)]
    cases.append({"tags": ["max-size", "all-equal", "corner"], "args": [board, words]})
    return cases
