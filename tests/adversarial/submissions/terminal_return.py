"""Returns terminal control sequences as its answer (strings inside the list LeetCode expects). Expected:
wrong_answer, the answer shown with its escapes visible."""


def two_sum_sorted(numbers, target):
    return ["\x1b]0;owned\x07", "\x1b[1A\x1b[2KAccepted\x1b]52;c;ZXZpbA==\x07\x9b2J"]
