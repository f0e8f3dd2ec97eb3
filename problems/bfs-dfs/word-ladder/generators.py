"""Worst-case inputs for the complexity report (see problems/README.md, "Complexity reports").

n distinct words of length L from a random walk (each word one letter away
from an earlier one, letters a..y), so the begin word reaches them all; the
end word is "zzz...z", in the list but one letter away from nothing, so the
search explores every word and finds no ladder.
"""


def walk(sizes, rng):
    n, length = sizes["n"], sizes["L"]
    letters = "abcdefghijklmnopqrstuvwxy"
    current = [rng.choice(letters) for _ in range(length)]
    words = {"".join(current)}
    order = ["".join(current)]
    while len(order) < n - 1:
        current[rng.randrange(length)] = rng.choice(letters)
        word = "".join(current)
        if word not in words:
            words.add(word)
            order.append(word)
    begin = order[0]
    word_list = order[1:] + ["z" * length]
    rng.shuffle(word_list)
    return [begin, "z" * length, word_list]
