from itertools import permutations


def alien_order(words):
    # Correct, but tries every order of the letters until one sorts the words: up to 26!
    # candidate alphabets when all the letters occur.
    letters = sorted(set("".join(words)))
    for order in permutations(letters):
        rank = {ch: i for i, ch in enumerate(order)}
        keys = [[rank[ch] for ch in w] for w in words]
        if all(a <= b for a, b in zip(keys, keys[1:])):
            return "".join(order)
    return ""
