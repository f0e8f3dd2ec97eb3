"""LeetCode 127's rule that problem.toml's [constraints] cannot say: the two end words differ."""


def check(args):
    begin_word, end_word, _ = args
    if begin_word == end_word:
        return f"end_word: equals begin_word ({begin_word!r}); they must differ"
    return None
