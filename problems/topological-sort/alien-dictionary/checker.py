"""Checker for alien-dictionary: any ordering of exactly the letters used that respects every
constraint between neighbouring words; "" exactly when no ordering exists (the reference decides)."""


def _constraints(words):
    for first, second in zip(words, words[1:]):
        for a, b in zip(first, second):
            if a != b:
                yield a, b
                break


def check(args, expected, got):
    (words,) = args
    if not isinstance(got, str):
        return f"expected a string of letters, got {type(got).__name__}"
    if expected == "":
        return None if got == "" else f"no alphabet fits these words, so the answer is \"\", not {got[:40]!r}"
    if got == "":
        return "returned \"\" but an alphabet that fits these words exists"
    letters = {ch for word in words for ch in word}
    if len(set(got)) != len(got):
        repeated = next(ch for ch in got if got.count(ch) > 1)
        return f"letter {repeated!r} appears more than once"
    if set(got) != letters:
        missing = sorted(letters - set(got))
        if missing:
            return f"the answer leaves out letters used in the words: {''.join(missing)!r}"
        return f"the answer has letters no word uses: {''.join(sorted(set(got) - letters))!r}"
    position = {ch: i for i, ch in enumerate(got)}
    for a, b in _constraints(words):
        if position[a] > position[b]:
            return f"{a!r} must come before {b!r} (some neighbouring words first differ there), but it comes after"
    return None
